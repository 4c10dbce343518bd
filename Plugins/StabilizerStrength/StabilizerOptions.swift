public import YAMLKit
import PlanKit

/// A `stabilizer-strength` block's options: which exercises, and the doses they start at and rise to.
public struct StabilizerOptions: Sendable, Hashable, Decodable {
    /// The exercises when a block names none.
    public static let defaultExercises = ["scapular-push-up", "prone-y-t-w", "plank", "chin-tuck"]
    /// Allowed sets.
    public static let setsRange = 1...6
    /// Allowed repetitions per set.
    public static let repsRange = 1...50
    /// Allowed hold lengths, in seconds.
    public static let holdRange = 5...120
    /// Allowed rest between sets, in seconds.
    public static let restRange = 10...300
    /// Allowed repetitions added per step.
    public static let repsStepRange = 1...10
    /// Allowed seconds added per step.
    public static let holdStepRange = 1...30

    /// "write a whole number of UNIT from A to B".
    static func help(_ unit: String, _ allowed: ClosedRange<Int>) -> String {
        "write a whole number of \(unit) from \(allowed.lowerBound) to \(allowed.upperBound)"
    }

    /// Catalog ids of stabilizer exercises, in the order they are done.
    public var exercises: [Located<String>]
    /// Working sets, from start to target.
    public var sets: StartTarget
    /// Repetitions per set for repetition exercises.
    public var reps: StartTarget
    /// Seconds per set for hold exercises.
    public var holdSeconds: StartTarget
    /// Rest between sets, in seconds.
    public var restSeconds: Int
    /// Repetitions added per weekly step.
    public var repsStep: Int
    /// Seconds added per weekly step.
    public var holdStep: Int
    /// The coding path of `exercises`, so the plugin's catalog checks name it.
    var exercisesPath: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case exercises, sets, reps
        case holdSeconds = "hold-seconds"
        case restSeconds = "rest-seconds"
        case repsStep = "reps-step"
        case holdStep = "hold-step"
    }

    /// Creates options in code; every value defaults to the documented default.
    public init(
        exercises: [String] = StabilizerOptions.defaultExercises, sets: StartTarget = StartTarget(start: 2, target: 3),
        reps: StartTarget = StartTarget(start: 10, target: 15), holdSeconds: StartTarget = StartTarget(start: 10, target: 30),
        restSeconds: Int = 45, repsStep: Int = 2, holdStep: Int = 5
    ) {
        self.exercises = exercises.map { Located($0) }
        self.sets = sets
        self.reps = reps
        self.holdSeconds = holdSeconds
        self.restSeconds = restSeconds
        self.repsStep = repsStep
        self.holdStep = holdStep
        exercisesPath = "exercises"
    }

    /// The catalog ids, without where they were written.
    public var exerciseIDs: [String] { exercises.map(\.value) }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        let defaults = StabilizerOptions()
        let path = decoder.codingPath
        exercisesPath = CodingPathFormatter.string(path + [CodingKeys.exercises])

        if keys.contains(.exercises) {
            let failedBefore = recorder.failed
            keys.checkCount(forKey: .exercises, limit: Limits.exercisesPerBlock, noun: "exercises", owner: "a block",
                            recorder: recorder, path: path,
                            help: "a stabilizer block works a few muscles; split the rest into another block or session")
            exercises = keys.decodeEach(Located<String>.self, forKey: .exercises, recorder: recorder)
            if exercises.isEmpty, recorder.failed == failedBefore {
                recorder.report(
                    "'exercises' must list at least one stabilizer exercise", at: keys.sourceRange(forKey: .exercises),
                    path: path + [CodingKeys.exercises],
                    help: "list catalog ids, such as [scapular-push-up, prone-y-t-w, plank, chin-tuck], or remove the key")
            }
        } else {
            exercises = defaults.exercises
        }
        var seen: Set<String> = []
        for (index, id) in exercises.enumerated() where !seen.insert(id.value).inserted {
            recorder.report(
                "exercise '\(id.value)' is listed twice in 'exercises'", at: id.range,
                path: path + [CodingKeys.exercises, AnyCodingKey(index)], help: "remove the second '\(id.value)'")
        }

        sets = recorder.attempt(defaults.sets) { try keys.decodeIfPresent(StartTarget.self, forKey: .sets) ?? defaults.sets }
        reps = recorder.attempt(defaults.reps) { try keys.decodeIfPresent(StartTarget.self, forKey: .reps) ?? defaults.reps }
        holdSeconds = recorder.attempt(defaults.holdSeconds) {
            try keys.decodeIfPresent(StartTarget.self, forKey: .holdSeconds) ?? defaults.holdSeconds
        }
        restSeconds = recorder.attempt(defaults.restSeconds) {
            try keys.decodeIfPresent(Int.self, forKey: .restSeconds, in: Self.restRange, help: Self.help("seconds of rest between sets", Self.restRange))
                ?? defaults.restSeconds
        }
        repsStep = recorder.attempt(defaults.repsStep) {
            try keys.decodeIfPresent(Int.self, forKey: .repsStep, in: Self.repsStepRange, help: Self.help("repetitions added each week", Self.repsStepRange))
                ?? defaults.repsStep
        }
        holdStep = recorder.attempt(defaults.holdStep) {
            try keys.decodeIfPresent(Int.self, forKey: .holdStep, in: Self.holdStepRange, help: Self.help("seconds added each week", Self.holdStepRange))
                ?? defaults.holdStep
        }

        let check = RangeCheck(keys: keys, recorder: recorder, path: path)
        check.dose(sets, key: .sets, allowed: Self.setsRange, unit: "sets")
        check.dose(reps, key: .reps, allowed: Self.repsRange, unit: "repetitions per set")
        check.dose(holdSeconds, key: .holdSeconds, allowed: Self.holdRange, unit: "seconds per hold")
        try recorder.check()
    }

    /// Values only; where they were written does not matter.
    public static func == (lhs: StabilizerOptions, rhs: StabilizerOptions) -> Bool {
        lhs.exerciseIDs == rhs.exerciseIDs && lhs.sets == rhs.sets && lhs.reps == rhs.reps
            && lhs.holdSeconds == rhs.holdSeconds && lhs.restSeconds == rhs.restSeconds
            && lhs.repsStep == rhs.repsStep && lhs.holdStep == rhs.holdStep
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(exerciseIDs)
        hasher.combine(sets)
        hasher.combine(reps)
        hasher.combine(holdSeconds)
        hasher.combine(restSeconds)
        hasher.combine(repsStep)
        hasher.combine(holdStep)
    }
}

/// Reports option values outside their allowed ranges, at the value that is wrong.
private struct RangeCheck {
    let keys: KeyedDecodingContainer<StabilizerOptions.CodingKeys>
    let recorder: DecodingRecorder
    let path: [any CodingKey]

    func dose(_ value: StartTarget, key: StabilizerOptions.CodingKeys, allowed: ClosedRange<Int>, unit: String) {
        guard keys.contains(key) else { return }
        let bounds = "from \(allowed.lowerBound) to \(allowed.upperBound)"
        let help = "write a whole number of \(unit) \(bounds)"
        if value.isFixed {
            if !allowed.contains(value.start) {
                recorder.report(
                    "'\(key.stringValue)' must be \(bounds), found \(value.startWritten)", at: value.startRange,
                    path: path + [key], help: help)
            }
            return
        }
        let parts = [
            (StartTarget.CodingKeys.start, value.start, value.startRange, value.startWritten),
            (StartTarget.CodingKeys.target, value.target, value.targetRange, value.targetWritten),
        ]
        var inRange = true
        for (part, number, range, written) in parts where !allowed.contains(number) {
            inRange = false
            recorder.report(
                "'\(key.stringValue)' \(part.stringValue) must be \(bounds), found \(written)", at: range,
                path: path + [key, part], help: help)
        }
        if inRange, value.target < value.start {
            recorder.report(
                "'\(key.stringValue)' target \(value.target) is below its start \(value.start)", at: value.targetRange,
                path: path + [key, StartTarget.CodingKeys.target],
                help: "make the target at least \(value.start), or write one number to keep \(key.stringValue) fixed")
        }
    }
}
