/// What happened to one block of a session, handed to its plugin's `adapt` after the session.
public struct BlockOutcome: Sendable, Hashable {
    /// The session's date.
    public var date: CivilDate
    /// What the block prescribed.
    public var prescribed: BlockPlan
    /// What was done of each prescription, in order: one number per set (reps, or seconds for a
    /// hold); the prescribed dose when done as written, empty when not done.
    public var done: [[Int]]
    /// The pain rules' verdict on the session, with "reps missed" and an exercise of this block
    /// that hurt already taken into account.
    public var verdict: Verdict
    /// The journal's entry for the session; nil when the session was missed.
    public var log: SessionLog?
    /// The exercises of this block that hurt during the session (`log --hurt`), by id, in the
    /// block's order.
    public var hurt: [String]

    /// Creates an outcome.
    public init(
        date: CivilDate, prescribed: BlockPlan, done: [[Int]], verdict: Verdict, log: SessionLog? = nil,
        hurt: [String] = []
    ) {
        self.date = date
        self.prescribed = prescribed
        self.done = done
        self.verdict = verdict
        self.log = log
        self.hurt = hurt
    }

    /// Whether the session was missed (no journal entry).
    public var missed: Bool { log == nil }

    /// The outcome of a block done as prescribed under `verdict`, or missed when `log` is nil.
    ///
    /// Reps missed hold the block at least, and so does an exercise that hurt, in a block that is
    /// training volume (`progress` set: the push-up ladder, the stabilizers); a block that is not
    /// (the warm-up) only hears which exercise hurt, and its plugin decides (the warm-up swaps the
    /// drill).
    ///
    /// - Parameter planned: the sets of the doses done as planned, made once each.
    init(
        _ block: BlockPlan, log: SessionLog?, date: CivilDate, verdict: Verdict, catalog: ExerciseCatalog,
        planned: inout PlannedSets
    ) {
        // Each prescription's fields read where the block keeps them, never copied out: a course's
        // replay makes this for every block of every session logged.
        var done: [[Int]] = []
        // Only the first shortfall is named, so the others are not worded.
        var firstShort: String?
        var hurt: [String] = []
        if let log {
            done.reserveCapacity(block.prescriptions.count)
            for index in block.prescriptions.indices {
                let (id, dose, count) = (
                    block.prescriptions[index].exerciseID, block.prescriptions[index].dose, block.prescriptions[index].sets
                )
                let sets = log.sets(of: id, dose: dose, sets: count, planned: &planned)
                if firstShort == nil { firstShort = Self.shortfall(id, dose, count, done: sets, catalog: catalog) }
                done.append(sets)
                if log.hurt.contains(id), !hurt.contains(id) { hurt.append(id) }
            }
        } else {
            done = Array(repeating: [], count: block.prescriptions.count)
        }
        var verdict = verdict
        // A warm-up drill done short changes nothing: the warm-up keeps a steady dose, and the
        // session's decision must not say "holds the dose" while its training blocks progress.
        if block.progress != nil, let first = firstShort {
            // Named as the pain rules name it: the reason stands beside every exercise the hold
            // keeps, not only the one that fell short.
            verdict = verdict.atLeast(.hold("reps missed on \(date.shortDisplay) (\(first))"))
        }
        if block.progress != nil, let first = hurt.first {
            verdict = verdict.atLeast(.hold("\(catalog.sentenceName(of: first)) hurt on \(date.shortDisplay)"))
        }
        self.init(date: date, prescribed: block, done: done, verdict: verdict, log: log, hurt: hurt)
    }

    /// `knee push-up 7, 6 of 3 x 8` or `knee push-up not done (3 x 8 planned)` when fewer sets
    /// reached the dose than were asked for; nil when they did, and for a test, which has no
    /// number to fall short of. An extra set beyond them (1 x 7 asked, 8, 6 done) is more than
    /// asked, not reps missed.
    private static func shortfall(
        _ exerciseID: String, _ dose: Dose, _ count: Int, done sets: [Int], catalog: ExerciseCatalog
    ) -> String? {
        guard !dose.isTest else { return nil }
        let amount = dose.amount
        guard sets.count(where: { $0 >= amount }) < count else { return nil }
        let (name, planned) = (catalog.sentenceName(of: exerciseID), "\(count) x \(dose)")
        guard !sets.isEmpty else { return "\(name) not done (\(planned) planned)" }
        return "\(name) \(sets.map(String.init).joined(separator: ", ")) of \(planned)"
    }
}
