/// What a person logged about one session: whether it went as prescribed, what was done when it
/// did not, pain during it and the next morning, any red-flag symptom, and a note.
public struct SessionLog: Sendable, Hashable, Codable {
    /// What was done of one exercise: reps per set, or hold seconds per set for a timed hold.
    public struct Work: Sendable, Hashable, Codable {
        /// The exercise's id (`knee-push-up`).
        public var exerciseID: String
        /// One number per set done: reps, or seconds for a hold.
        public var sets: [Int]

        /// Creates a record of work done.
        public init(exerciseID: String, sets: [Int]) {
            self.exerciseID = exerciseID
            self.sets = sets
        }
    }

    /// The date the session was done (the plan's session on or before it, see `Course`).
    public var date: CivilDate
    /// Whether the exercises not listed in `done` were done as prescribed (false: not done).
    public var asPlanned: Bool
    /// What was done of the exercises not done as prescribed.
    public var done: [Work]
    /// Pain during the session, 0-10.
    public var pain: Int?
    /// Pain the next morning, 0-10; nil until it is logged.
    public var morningPain: Int?
    /// The exercises that hurt during the session, by id (`log --hurt`): each one's plugin hears of
    /// it (the warm-up swaps the drill; a training block holds at least).
    public var hurt: [String]
    /// Red-flag symptoms reported, by the names `protract screen` uses.
    public var symptoms: [String]
    /// The person's own note.
    public var note: String?
    /// The reps of the session's retest (`log --retest N`): one set to technical failure; nil when
    /// the session had no retest or its count was not logged. The push-up ladder re-seats on it.
    public var retest: Int?

    /// Creates a log entry.
    public init(
        date: CivilDate, asPlanned: Bool = true, done: [Work] = [], pain: Int? = nil, morningPain: Int? = nil,
        hurt: [String] = [], symptoms: [String] = [], note: String? = nil, retest: Int? = nil
    ) {
        self.date = date
        self.asPlanned = asPlanned
        self.done = done
        self.pain = pain
        self.morningPain = morningPain
        self.hurt = hurt
        self.symptoms = symptoms
        self.note = note
        self.retest = retest
    }

    private enum CodingKeys: String, CodingKey {
        case date, asPlanned, done, pain, morningPain, hurt, symptoms, note, retest
    }

    /// Decodes a log; `hurt` and `retest` may be missing (logs coded before they existed).
    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(keyedBy: CodingKeys.self)
        date = try keys.decode(CivilDate.self, forKey: .date)
        asPlanned = try keys.decode(Bool.self, forKey: .asPlanned)
        done = try keys.decode([Work].self, forKey: .done)
        pain = try keys.decodeIfPresent(Int.self, forKey: .pain)
        morningPain = try keys.decodeIfPresent(Int.self, forKey: .morningPain)
        hurt = try keys.decodeIfPresent([String].self, forKey: .hurt) ?? []
        symptoms = try keys.decode([String].self, forKey: .symptoms)
        note = try keys.decodeIfPresent(String.self, forKey: .note)
        retest = try keys.decodeIfPresent(Int.self, forKey: .retest)
    }

    /// What was done of one exercise, or nil when the log does not say (done as prescribed when
    /// `asPlanned`).
    public func work(for exerciseID: String) -> [Int]? {
        done.first { $0.exerciseID == exerciseID }?.sets
    }

    /// What this entry says was done of `prescription`, one number per set (reps, or seconds for
    /// a hold), as the course's replay reads it: the sets logged for its exercise; the prescribed
    /// dose when the entry is as planned; nothing when it is not. A test's one set is the count
    /// logged with `--retest`, nothing when none was.
    public func sets(of prescription: Prescription) -> [Int] {
        var planned = PlannedSets()
        return sets(of: prescription.exerciseID, dose: prescription.dose, sets: prescription.sets, planned: &planned)
    }

    /// The same for a prescription given by its fields, read where its block keeps it, with the
    /// sets of a dose done as planned taken from `planned`, which makes each once (see `PlannedSets`).
    func sets(of exerciseID: String, dose: Dose, sets: Int, planned: inout PlannedSets) -> [Int] {
        if dose.isTest { return retest.map { [$0] } ?? [] }
        if let work = work(for: exerciseID) { return work }
        return asPlanned ? planned.sets(dose.amount, count: sets) : []
    }
}
