/// What happened to one block of a session, handed to its plugin's `adapt` after the session.
public struct BlockOutcome: Sendable, Hashable {
    /// The session's date.
    public var date: CivilDate
    /// What the block prescribed.
    public var prescribed: BlockPlan
    /// What was done of each prescription, in order: one number per set (reps, or seconds for a
    /// hold); the prescribed dose when done as written, empty when not done.
    public var done: [[Int]]
    /// The pain rules' verdict on the session, with "reps missed" already taken into account.
    public var verdict: Verdict

    /// Creates an outcome.
    public init(date: CivilDate, prescribed: BlockPlan, done: [[Int]], verdict: Verdict) {
        self.date = date
        self.prescribed = prescribed
        self.done = done
        self.verdict = verdict
    }

    /// The outcome of a block done as prescribed under `verdict`, or missed when `log` is nil.
    init(_ block: BlockPlan, log: SessionLog?, date: CivilDate, verdict: Verdict) {
        let done = block.prescriptions.map { prescription -> [Int] in
            guard let log else { return [] }
            if let work = log.work(for: prescription.exerciseID) { return work }
            return log.asPlanned ? Array(repeating: prescription.dose.amount, count: prescription.sets) : []
        }
        let short = zip(block.prescriptions, done).compactMap { prescription, sets -> String? in
            let amount = prescription.dose.amount
            guard sets.count < prescription.sets || sets.contains(where: { $0 < amount }) else { return nil }
            let did = sets.isEmpty ? "not done" : sets.map(String.init).joined(separator: ", ")
            return "\(did) of \(prescription.sets) x \(prescription.dose)"
        }
        var verdict = verdict
        if log != nil, let first = short.first {
            verdict = verdict.atLeast(.hold("\(first) on \(date.shortDisplay)"))
        }
        self.init(date: date, prescribed: block, done: done, verdict: verdict)
    }
}
