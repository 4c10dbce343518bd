/// Estimates how long prescriptions take, from sets, reps, tempo, holds, rest and changeovers
/// (domain-facts §5: the sum of the tempo digits per rep, holds added, rest between sets).
public struct DurationEstimator: Sendable {
    /// Seconds per repetition when an exercise has no tempo.
    public var defaultSecondsPerRep: Int
    /// Seconds to move from one exercise to the next.
    public var changeoverSeconds: Int

    /// Creates an estimator; the defaults are 3 s a rep and 20 s a changeover.
    public init(defaultSecondsPerRep: Int = 3, changeoverSeconds: Int = 20) {
        self.defaultSecondsPerRep = defaultSecondsPerRep
        self.changeoverSeconds = changeoverSeconds
    }

    /// Seconds of work and rest for one prescription, including one changeover. A set that goes
    /// through several positions (prone Y-T-W) does its reps in each.
    public func seconds(for prescription: Prescription) -> Int {
        let sides = prescription.perSide ? 2 : 1
        let work: Int
        switch prescription.dose {
        case .reps(let reps):
            let perRep = (prescription.tempo?.secondsPerRep ?? defaultSecondsPerRep) + (prescription.holdSeconds ?? 0)
            work = reps * perRep * sides * max(prescription.positions, 1)
        case .hold(let seconds):
            work = seconds * sides
        case .maxTest:
            // A test's length is not known; count it as `testReps` reps, and the rest after it.
            let perRep = (prescription.tempo?.secondsPerRep ?? defaultSecondsPerRep) + (prescription.holdSeconds ?? 0)
            return Self.testReps * perRep * sides + prescription.restSeconds + changeoverSeconds
        }
        let sets = max(prescription.sets, 0)
        return sets * work + max(sets - 1, 0) * prescription.restSeconds + changeoverSeconds
    }

    /// The reps a max test is timed as: its length is whatever the person manages.
    public static let testReps = 15

    /// Seconds for a whole block.
    public func seconds(for block: BlockPlan) -> Int {
        block.prescriptions.reduce(0) { $0 + seconds(for: $1) }
    }

    /// Whole minutes for a session's blocks, rounded up.
    public func minutes(for blocks: [BlockPlan]) -> Int {
        let total = blocks.reduce(0) { $0 + seconds(for: $1) }
        return (total + 59) / 60
    }
}
