import PlanKit
import Testing
import YAMLKit

/// The pain-monitoring model's decisions, as a table: each pattern of pain during, next-morning
/// pain, symptoms and weekly trend gives the documented verdict.
struct PainRulesTests {
    static let day = CivilDate(year: 2026, month: 12, day: 9)!

    static func log(pain: Int?, morning: Int? = nil, symptoms: [String] = []) -> SessionLog {
        SessionLog(date: day, pain: pain, morningPain: morning, symptoms: symptoms)
    }

    enum Kind: Equatable { case progress, hold, stepBack, stop }

    static func kind(_ verdict: Verdict) -> Kind {
        switch verdict {
        case .progress: .progress
        case .hold: .hold
        case .stepBack: .stepBack
        case .stop: .stop
        }
    }

    @Test(arguments: [
        // (pain during, next morning, expected)
        (0, nil, Kind.progress), (3, nil, .progress), (3, 3, .progress), (4, nil, .hold), (5, 2, .hold),
        (6, nil, .stepBack), (10, nil, .stepBack), (2, 4, .stepBack), (5, 6, .stepBack),
    ] as [(Int, Int?, Kind)])
    func painDuringAndNextMorning(pain: Int, morning: Int?, expected: Kind) {
        let verdict = PainRules.standard.verdict(for: Self.log(pain: pain, morning: morning), weeklyPain: [pain])
        #expect(Self.kind(verdict) == expected, "pain \(pain), morning \(String(describing: morning))")
    }

    @Test func aRedFlagStopsWhateverThePain() {
        let verdict = PainRules.standard.verdict(for: Self.log(pain: 0, symptoms: ["numbness"]), weeklyPain: [0])
        #expect(verdict == .stop("red flag reported on Wed 9 Dec (numbness): stop and see a clinician"))
    }

    /// Each red flag reported is given by its sign, as the programme's list words it, not by
    /// its name (a clinician's trial read 'night-pain' in the plan's STOPPED line).
    @Test func aRedFlagsStopGivesEverySignReported() {
        let verdict = PainRules.standard.verdict(for: Self.log(pain: 0, symptoms: ["night-pain", "cough-pain"]), weeklyPain: [0])
        #expect(verdict == .stop("red flags reported on Wed 9 Dec (pain that does not ease with rest, or is worse at night · "
            + "pain that is worse when you cough or sneeze): stop and see a clinician"))
        let own = RedFlag(id: "rib-pain", sign: "pain at a rib", urgency: .urgent)
        #expect(PainRules.standard.verdict(for: Self.log(pain: 0, symptoms: ["rib-pain"]), weeklyPain: [0], redFlags: [own])
            == .stop("red flag reported on Wed 9 Dec (pain at a rib): stop and see a clinician"))
    }

    @Test func painRisingTwoWeeksRunningStepsBackEvenInTheSafeZone() {
        let rules = PainRules.standard
        #expect(Self.kind(rules.verdict(for: Self.log(pain: 3), weeklyPain: [1, 2, 3])) == .stepBack)
        #expect(Self.kind(rules.verdict(for: Self.log(pain: 3), weeklyPain: [2, 2, 3])) == .progress)
        #expect(Self.kind(rules.verdict(for: Self.log(pain: 3), weeklyPain: [2, 3])) == .progress)
    }

    @Test func reasonsSayWhatWasLoggedAndWhen() {
        let verdict = PainRules.standard.verdict(for: Self.log(pain: 6, morning: 5), weeklyPain: [6])
        #expect(verdict == .stepBack("pain 6/10 on Wed 9 Dec, not settled next morning (5/10)"))
    }

    @Test func aClinicianCanMoveTheThresholds() {
        let strict = PainRules(progressUpTo: 2, holdUpTo: 4, settledUpTo: 2, risingWeeks: 2, missedWeeks: 2)
        #expect(Self.kind(strict.verdict(for: Self.log(pain: 3), weeklyPain: [3])) == .hold)
        #expect(Self.kind(strict.verdict(for: Self.log(pain: 5), weeklyPain: [5])) == .stepBack)
    }

    @Test func thePlansPainTextComesFromTheRules() {
        let text = PainRules(progressUpTo: 2, holdUpTo: 4, settledUpTo: 1, risingWeeks: 3, missedWeeks: 2)
            .guidance.joined(separator: "\n")
        #expect(text.contains("2/10 or less during the session, settled (1/10 or less)"))
        #expect(text.contains("3-4/10, or reps missed: the next session holds the same dose"))
        #expect(text.contains("above 4/10"))
        #expect(text.contains("3 weeks running"))
        let strict = PainRules(progressUpTo: 3, holdUpTo: 3, settledUpTo: 2, risingWeeks: 2, missedWeeks: 2).guidance
        #expect(strict.contains("reps missed: the next session holds the same dose"))
        #expect(strict.contains { $0.hasPrefix("above 3/10, not settled") })
    }

    /// One week of rising pain reads as such, in the plan's text and in a decision's reason.
    @Test func oneRisingWeekIsNotWeeksRunning() {
        let rules = PainRules(progressUpTo: 3, holdUpTo: 5, settledUpTo: 3, risingWeeks: 1, missedWeeks: 2)
        let text = rules.guidance.joined(separator: "\n")
        #expect(text.contains("or higher than the week before: the next session steps back"), "\(text)")
        #expect(!text.contains("weeks running"), "\(text)")
        #expect(rules.verdict(for: Self.log(pain: 3), weeklyPain: [2, 3]) == .stepBack("pain higher than the week before (2/10, 3/10)"))
        #expect(text.contains("(a pain not rated is taken as within these limits)"), "\(text)")
    }

    /// A clinician can make an unrated session hold (a physiotherapist's trial: with strict rules,
    /// sessions logged without a rating still progressed); by default it progresses, as before.
    @Test func anUnratedSessionHoldsWhenTheRulesSaySo() throws {
        let unrated = Self.log(pain: nil)
        #expect(PainRules.standard.verdict(for: unrated, weeklyPain: []) == .progress)
        var strict = PainRules.standard
        strict.unratedPain = .hold
        #expect(strict.verdict(for: unrated, weeklyPain: []) == .hold("pain not rated on Wed 9 Dec"))
        #expect(Self.kind(strict.verdict(for: Self.log(pain: nil, morning: 5), weeklyPain: [])) == .stepBack)
        #expect(strict.verdict(for: Self.log(pain: 2), weeklyPain: [2]) == .progress)
        #expect(strict.guidance.contains { $0.hasSuffix("(a session logged without its pain holds the dose)") })

        let yaml = "progress-up-to: 2\nunrated-pain: hold\n"
        let decoded = try YAMLDocument.load(SourceFile(name: "rules.yaml", text: yaml)).decode(PainRules.self)
        #expect(decoded.unratedPain == .hold && decoded.progressUpTo == 2)
        #expect(throws: YAMLError.self) {
            try YAMLDocument.load(SourceFile(name: "rules.yaml", text: "unrated-pain: maybe\n")).decode(PainRules.self)
        }
    }
}
