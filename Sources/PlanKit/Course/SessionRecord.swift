/// What the journal says about a planned session: done on its day, done on a later day, or
/// missed; what was logged; and what that changes for the sessions after it.
public struct SessionRecord: Sendable, Hashable, Codable {
    /// Whether and when the session happened.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Logged on the session's own date.
        case done
        /// Logged on a later date, before the next session.
        case moved
        /// Not logged before the next session came round.
        case missed
    }

    /// Whether and when the session happened.
    public var status: Status
    /// The journal entry; nil when missed.
    public var log: SessionLog?
    /// What the outcome changes for the next sessions and why; nil when the plan goes on as written.
    public var decision: String?

    /// Creates a record.
    public init(status: Status, log: SessionLog?, decision: String?) {
        self.status = status
        self.log = log
        self.decision = decision
    }

    /// The decision's wording for a verdict.
    static func decision(for verdict: Verdict) -> String? {
        switch verdict {
        case .progress: nil
        case .hold(let why): "\(why): the next session holds the dose"
        case .stepBack(let why): "\(why): the next session steps back"
        case .stop(let why): why
        }
    }

    /// The decision on a session whose pain gave `pain` and whose blocks gave `blocks`: a hold
    /// that comes from some blocks alone (reps missed there, or an exercise of theirs that hurt)
    /// names them, since the others go on (`… of 3 x 10): the push-ups hold their dose next
    /// session`, not "the next session holds the dose" above stabilizers that rise).
    static func decision(pain: Verdict, blocks: [BlockOutcome]) -> String? {
        let verdict = blocks.reduce(pain) { $0.atLeast($1.verdict) }
        guard case .hold(let why) = verdict, verdict.rank > pain.rank else { return decision(for: verdict) }
        let training = blocks.indices.filter { blocks[$0].prescribed.progress != nil }
        let holding = training.filter { blocks[$0].verdict == verdict }
        guard holding.count < training.count else { return decision(for: verdict) }
        let names = holding.map { blocks[$0].prescribed.title.lowercased() }
        return "\(why): the \(spokenList(names)) hold their dose next session"
    }
}

extension SessionRecord {
    /// The record in words, one line each, for every format alike: what was done and felt, the
    /// person's note, and what it changes next.
    ///
    /// ```
    /// Done: pain 4/10 during, 2/10 next morning
    /// Done differently: Knee push-up 6, 6, 5
    /// Hurt: Cat-cow
    /// Note: left shoulder tight
    /// Next: pain 4/10 on Wed 16 Dec: the next session holds the dose
    /// ```
    /// - Parameter name: an exercise's display name from its id.
    public func lines(name: (String) -> String) -> [String] {
        var lines: [String] = []
        switch status {
        case .missed: lines.append("Missed")
        case .done, .moved:
            // Written into one line as it goes: a long course's plan has hundreds.
            var line = status == .moved ? log.map { "Done on \($0.date.shortDisplay)" } ?? "Done" : "Done"
            if let pain = log?.pain { line += ": pain \(pain)/10 during" }
            if let morning = log?.morningPain { line += (log?.pain == nil ? ": " : ", ") + "\(morning)/10 next morning" }
            lines.append(line)
        }
        if let log {
            for work in log.done {
                lines.append("Done differently: \(name(work.exerciseID)) "
                    + (work.sets.isEmpty ? "not done" : work.sets.map(String.init).joined(separator: ", ")))
            }
            if !log.hurt.isEmpty { lines.append("Hurt: " + log.hurt.map(name).joined(separator: ", ")) }
            if let retest = log.retest { lines.append("Retest: \(retest) \(retest == 1 ? "rep" : "reps")") }
            if !log.symptoms.isEmpty { lines.append("Red flag: " + log.symptoms.joined(separator: ", ")) }
            if let note = log.note, !note.isEmpty { lines.append("Note: " + note) }
        }
        if let decision { lines.append("Next: " + decision) }
        return lines
    }
}
