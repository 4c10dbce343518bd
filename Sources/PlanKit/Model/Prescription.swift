/// How much of an exercise one set is: repetitions or a timed hold.
public enum Dose: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Repetitions per set.
    case reps(Int)
    /// Seconds held per set.
    case hold(seconds: Int)
    /// A test: as many good-form repetitions as the person can do in one set, stopped at technical
    /// failure (the first rep that breaks form) or, in a rehab programme, at the pain threshold.
    /// There is no fixed number to reach, so the plan never states one.
    case maxTest

    /// `8`, `20 s` or `max`.
    public var description: String {
        switch self {
        case .reps(let count): return "\(count)"
        case .hold(let seconds): return "\(seconds) s"
        case .maxTest: return "max"
        }
    }

    /// The number in one set: repetitions or seconds; 0 for a test, which has no number to reach.
    public var amount: Int {
        switch self {
        case .reps(let count): count
        case .hold(let seconds): seconds
        case .maxTest: 0
        }
    }

    /// Whether this is a test to technical failure rather than a dose.
    public var isTest: Bool {
        if case .maxTest = self { return true }
        return false
    }
}

/// What to do for one exercise in one session: sets, dose, rest, tempo, and why it changed.
public struct Prescription: Sendable, Hashable, Codable {
    /// The catalog id of the exercise.
    public var exerciseID: String
    /// Working sets.
    public var sets: Int
    /// Repetitions or seconds per set.
    public var dose: Dose
    /// Whether the dose is per side.
    public var perSide: Bool
    /// The tempo, for repetitions.
    public var tempo: Tempo?
    /// A pause held at end range on every repetition, in seconds.
    public var holdSeconds: Int?
    /// Rest between sets, in seconds.
    public var restSeconds: Int
    /// Why the prescription differs from the last time this exercise was done, if it does.
    public var change: String?
    /// Extra instructions for this session (`each position: Y, T and W`), as a screen shows them:
    /// the text plan, `next`, the calendar and the JSON. A command in it (`protract log --retest
    /// N`) is for a person who runs Protract.
    public var note: String?
    /// The note as a printed handout words it, for a reader who may never run Protract: what to do
    /// on paper instead of a command (`Write the count down; if you keep your log in Protract:
    /// protract log --retest N`), as ``Plan/Screening/paperText(inCourse:)`` is to the screening
    /// line. Nil when the note reads the same on paper; a paper renderer shows ``paperNote`` or
    /// else ``note``.
    public var paperNote: String?
    /// How many positions each set goes through with the reps (prone Y-T-W: 3); 1 for most.
    public var positions: Int

    /// Creates a prescription.
    public init(
        exerciseID: String, sets: Int, dose: Dose, perSide: Bool = false, tempo: Tempo? = nil,
        holdSeconds: Int? = nil, restSeconds: Int, change: String? = nil, note: String? = nil, paperNote: String? = nil,
        positions: Int = 1
    ) {
        self.exerciseID = exerciseID
        self.sets = sets
        self.dose = dose
        self.perSide = perSide
        self.tempo = tempo
        self.holdSeconds = holdSeconds
        self.restSeconds = restSeconds
        self.change = change
        self.note = note
        self.paperNote = paperNote
        self.positions = max(positions, 1)
    }

    private enum CodingKeys: String, CodingKey {
        case exerciseID, sets, dose, perSide, tempo, holdSeconds, restSeconds, change, note, paperNote, positions
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(keyedBy: CodingKeys.self)
        exerciseID = try keys.decode(String.self, forKey: .exerciseID)
        sets = try keys.decode(Int.self, forKey: .sets)
        dose = try keys.decode(Dose.self, forKey: .dose)
        perSide = try keys.decode(Bool.self, forKey: .perSide)
        tempo = try keys.decodeIfPresent(Tempo.self, forKey: .tempo)
        holdSeconds = try keys.decodeIfPresent(Int.self, forKey: .holdSeconds)
        restSeconds = try keys.decode(Int.self, forKey: .restSeconds)
        change = try keys.decodeIfPresent(String.self, forKey: .change)
        note = try keys.decodeIfPresent(String.self, forKey: .note)
        paperNote = try keys.decodeIfPresent(String.self, forKey: .paperNote)
        positions = max(try keys.decodeIfPresent(Int.self, forKey: .positions) ?? 1, 1)
    }

    /// Total repetitions (both sides counted once), or 0 for holds.
    public var totalReps: Int {
        if case .reps(let count) = dose { return sets * count }
        return 0
    }

    /// Total seconds held across sets (both sides counted once), or 0 for repetitions.
    public var totalHoldSeconds: Int {
        if case .hold(let seconds) = dose { return sets * seconds }
        return 0
    }

    /// Every second held: a hold's sets times its seconds, and a repetition exercise's end-range
    /// pause (`holdSeconds`) on every rep in every position (chin tucks 2 x 6 with a 5 s hold: 60 s).
    /// Both sides counted once. Saturates rather than overflowing.
    public var secondsHeld: Int {
        switch dose {
        case .hold: return totalHoldSeconds
        case .maxTest: return 0  // a test is not training volume
        case .reps(let count):
            guard let hold = holdSeconds, hold > 0 else { return 0 }
            let (perSet, overflow) = count.multipliedReportingOverflow(by: max(positions, 1) * hold)
            let (total, overflowAgain) = perSet.multipliedReportingOverflow(by: sets)
            return overflow || overflowAgain ? Int.max : total
        }
    }
}

/// One block of a planned session, as its plugin filled it.
public struct BlockPlan: Sendable, Hashable, Codable {
    /// The plugin that filled it.
    public var pluginID: String
    /// The heading shown for the block (`Warm-up`, `Stabilizers`, `Push-ups`).
    public var title: String
    /// The exercises, in order.
    public var prescriptions: [Prescription]
    /// Block-level notes (`deload week: sets cut to 60%`).
    public var notes: [String]
    /// The block's planned length in whole minutes, when its plugin sizes it (the warm-up does).
    public var minutes: Int?
    /// What the block adds to the plan's progress summary; nil when it adds nothing (the warm-up).
    /// Not part of the block's coded form: the plan documents summarise nothing.
    public var progress: BlockProgress? = nil

    private enum CodingKeys: String, CodingKey {
        case pluginID, title, prescriptions, notes, minutes
    }

    /// Creates a block plan.
    public init(
        pluginID: String, title: String, prescriptions: [Prescription], notes: [String] = [], minutes: Int? = nil,
        progress: BlockProgress? = nil
    ) {
        self.pluginID = pluginID
        self.title = title
        self.prescriptions = prescriptions
        self.notes = notes
        self.minutes = minutes
        self.progress = progress
    }

    /// The heading renderers show: `Warm-up (about 6 min)`, or the title alone.
    public var heading: String {
        minutes.map { "\(title) (about \($0) min)" } ?? title
    }
}
