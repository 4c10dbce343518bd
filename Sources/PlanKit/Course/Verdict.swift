/// What the pain rules make of a session for the sessions after it.
public enum Verdict: Sendable, Hashable {
    /// The plan goes on as written.
    case progress
    /// The next session repeats this dose, for the reason given.
    case hold(String)
    /// The next session steps back (fewer reps, an easier step), for the reason given.
    case stepBack(String)
    /// A red flag: no more sessions; see a clinician.
    case stop(String)

    /// How strong the verdict is: stop > step back > hold > progress.
    var rank: Int {
        switch self {
        case .progress: 0
        case .hold: 1
        case .stepBack: 2
        case .stop: 3
        }
    }

    /// The stronger of two verdicts (the first when they are equal).
    func atLeast(_ other: Verdict) -> Verdict { other.rank > rank ? other : self }
}

extension PainRules {
    /// The verdict on a logged session from its pain, its next-morning pain, the symptoms
    /// reported, and the weekly pain before it (`weeklyPain`, oldest first, this week last). A red
    /// flag's reason gives each sign reported as `redFlags` (the programme's) word it, not its name.
    public func verdict(for log: SessionLog, weeklyPain: [Int], redFlags: [RedFlag] = RedFlag.standard) -> Verdict {
        // Worded only for a reason that names it: most sessions of a course progress, and say nothing.
        var day: String { log.date.shortDisplay }
        if !log.symptoms.isEmpty {
            let signs = log.symptoms.map { RedFlag.sign(of: $0, in: redFlags) }.joined(separator: " · ")
            let noun = log.symptoms.count == 1 ? "red flag" : "red flags"
            return .stop("\(noun) reported on \(day) (\(signs)): stop and see a clinician")
        }
        // Each rule that applies adds its reason; the strongest decides.
        var reasons: [String] = []
        var backs = false
        if let pain = log.pain, pain > progressUpTo {
            reasons.append("pain \(pain)/10 on \(day)")
            backs = pain > holdUpTo
        } else if log.pain == nil, unratedPain == .hold {
            reasons.append("pain not rated on \(day)")
        }
        if let morning = log.morningPain, morning > settledUpTo {
            reasons.append((reasons.isEmpty ? "\(day): " : "") + "not settled next morning (\(morning)/10)")
            backs = true
        }
        var verdict = Verdict.progress
        if !reasons.isEmpty {
            let why = reasons.joined(separator: ", ")
            verdict = backs ? .stepBack(why) : .hold(why)
        }
        if let why = risingReason(weeklyPain) {
            verdict = verdict.atLeast(.stepBack(why))
        }
        return verdict
    }

    /// Why the weekly pain steps back (`pain higher than the week before 2 weeks running (3/10,
    /// 4/10, 6/10)`), or nil when it has not risen `risingWeeks` weeks running.
    func risingReason(_ weeklyPain: [Int]) -> String? {
        guard isRising(weeklyPain) else { return nil }
        let recent = weeklyPain.suffix(risingWeeks + 1)
        return "pain \(rising) (\(recent.map { "\($0)/10" }.joined(separator: ", ")))"
    }

    /// Whether the weekly pain has risen `risingWeeks` weeks running: ``risingReason(_:)`` without
    /// its words, for the replay's question asked of every session logged.
    func isRising(_ weeklyPain: [Int]) -> Bool {
        guard weeklyPain.count > risingWeeks else { return false }
        let recent = weeklyPain.suffix(risingWeeks + 1)
        return zip(recent, recent.dropFirst()).allSatisfy { $0 < $1 }
    }
}
