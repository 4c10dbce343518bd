public import YAMLKit
public import PlanKit

/// A `stabilizer-strength` block's options: which exercises, and the doses they start at and rise to.
public struct StabilizerOptions: Sendable, Equatable, Decodable {
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
    /// The items of `exercises` as written: each id with any dose or variants of its own.
    public var entries: [ExerciseEntry]
    /// Whether an exercise at the top of its progression moves on to a harder variant (its item's
    /// `harder`, else the catalog's); false keeps every exercise of the block at the top.
    public var progressToHarder: Bool
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
    var exercisesPath = "exercises"
    /// The block's coding path (`sessions[0].blocks[1]`), so the plugin's warnings name its keys.
    var blockPath = ""

    /// The block's options, declared once: key, type, default, summary, schema and, for whole
    /// numbers, range and help.
    public enum Declared {
        public static let exercises = PluginOption<[Located<String>]>(
            "exercises",
            type: "list of stabilizer exercise ids from the catalog (or {id, …} items), no repeats",
            default: defaultExercises.map { Located($0) }, written: defaultExercises.yamlText,
            schema: .array(of: entrySchema, minItems: 1, maxItems: Limits.exercisesPerBlock, uniqueItems: true),
            summary: "The exercises, in order; each one progresses on its own, keyed by its id. An item written "
                + "{id: ID, ...} overrides the block's sets, reps, hold-seconds or rest-seconds for that exercise "
                + "(the same forms and checks), and 'harder' names its own harder variants in order ([] for none). "
                + "A mobility drill may be listed with its own dose (reps, or hold-seconds for a hold) to be "
                + "stabilizer work here. One exercise in templates that take turns (the programme's, or one phase's) needs "
                + "the same dose in each; a phase's own templates may dose it their own way.")
        public static let sets = PluginOption(
            "sets", type: "{start, target}, A-B, or one whole number; 1 to 6", default: StartTarget(start: 2, target: 3),
            schema: dose(setsRange), summary: "Working sets; a set is added when the reps or hold reach the target.")
        public static let reps = PluginOption(
            "reps", type: "{start, target}, A-B, or one whole number; 1 to 50", default: StartTarget(start: 10, target: 15),
            schema: dose(repsRange),
            summary: "Repetitions per set for repetition exercises (per shape for Y-T-W, per side where marked).")
        public static let holdSeconds = PluginOption(
            "hold-seconds", type: "{start, target}, A-B, or one whole number; 5 to 120 seconds",
            default: StartTarget(start: 10, target: 30), schema: dose(holdRange),
            summary: "Seconds per set for hold exercises such as the plank.")
        public static let restSeconds = PluginOption<Int>(
            "rest-seconds", default: 45, in: restRange, help: help("seconds of rest between sets", restRange),
            summary: "Rest between sets, in seconds.")
        public static let repsStep = PluginOption<Int>(
            "reps-step", default: 2, in: repsStepRange, help: help("repetitions added each week", repsStepRange),
            summary: "Repetitions added each week until the target.")
        public static let holdStep = PluginOption<Int>(
            "hold-step", type: "whole number, 1 to 30 seconds", default: 5, in: holdStepRange,
            help: help("seconds added each week", holdStepRange),
            summary: "Seconds added to holds each week until the target.")
        public static let progressToHarder = PluginOption(
            "progress-to-harder", type: "true or false", default: true, schema: .boolean,
            summary: "Whether an exercise at the top of its sets and dose moves on to its next harder variant "
                + "(the item's 'harder', else the catalog's 'harder'), at the start dose; the plan says so in "
                + "the change ('harder variant: …'). false keeps every exercise of the block at the top.")
        public static let all = [
            exercises.declaration, sets.declaration, reps.declaration, holdSeconds.declaration,
            restSeconds.declaration, repsStep.declaration, holdStep.declaration, progressToHarder.declaration,
        ]
    }

    /// An item of `exercises`: an id, or `{id, sets?, reps?, hold-seconds?, rest-seconds?, harder?}`.
    static let entrySchema = JSONSchema.anyOf([
        .exerciseID,
        .object([
            ("id", .exerciseID),
            ("sets", dose(setsRange)),
            ("reps", dose(repsRange)),
            ("hold-seconds", dose(holdRange)),
            ("rest-seconds", .integer(restRange)),
            ("harder", .array(of: .exerciseID, maxItems: Limits.listItems, uniqueItems: true)),
        ], required: ["id"]),
    ])

    /// A `StartTarget`: one whole number, `{start, target}` or `A-B`, each within `range` (the
    /// pattern checks the form; the range of `A-B` is checked by `validate`).
    static func dose(_ range: ClosedRange<Int>) -> JSONSchema {
        .anyOf([
            .integer(range),
            .object([("start", .integer(range)), ("target", .integer(range))], required: ["start", "target"]),
            .string(pattern: "^ *[0-9]+ *[-–] *[0-9]+ *$"),
        ])
    }

    /// Creates options in code; every value defaults to the documented default.
    public init(
        exercises: [String] = StabilizerOptions.defaultExercises, sets: StartTarget = Declared.sets.defaultValue,
        reps: StartTarget = Declared.reps.defaultValue, holdSeconds: StartTarget = Declared.holdSeconds.defaultValue,
        restSeconds: Int = Declared.restSeconds.defaultValue, repsStep: Int = Declared.repsStep.defaultValue,
        holdStep: Int = Declared.holdStep.defaultValue, progressToHarder: Bool = Declared.progressToHarder.defaultValue
    ) {
        self.init(entries: exercises.map { ExerciseEntry($0) }, sets: sets, reps: reps, holdSeconds: holdSeconds,
                  restSeconds: restSeconds, repsStep: repsStep, holdStep: holdStep, progressToHarder: progressToHarder)
    }

    /// Creates options in code from items that may carry their own doses.
    public init(
        entries: [ExerciseEntry], sets: StartTarget = Declared.sets.defaultValue,
        reps: StartTarget = Declared.reps.defaultValue, holdSeconds: StartTarget = Declared.holdSeconds.defaultValue,
        restSeconds: Int = Declared.restSeconds.defaultValue, repsStep: Int = Declared.repsStep.defaultValue,
        holdStep: Int = Declared.holdStep.defaultValue, progressToHarder: Bool = Declared.progressToHarder.defaultValue
    ) {
        self.entries = entries
        self.exercises = entries.map(\.id)
        self.progressToHarder = progressToHarder
        self.sets = sets
        self.reps = reps
        self.holdSeconds = holdSeconds
        self.restSeconds = restSeconds
        self.repsStep = repsStep
        self.holdStep = holdStep
    }

    /// The catalog ids, without where they were written.
    public var exerciseIDs: [String] { exercises.map(\.value) }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: Declared.all.map(\.key))
        let recorder = decoder.recorder()
        let path = decoder.codingPath
        let exercisesKey = Declared.exercises.codingKey
        exercisesPath = CodingPathFormatter.string(path + [exercisesKey])
        blockPath = CodingPathFormatter.string(path)

        if keys.contains(exercisesKey) {
            let failedBefore = recorder.failed
            keys.checkCount(forKey: exercisesKey, limit: Limits.exercisesPerBlock, noun: "exercises", owner: "a block",
                            recorder: recorder,
                            help: "a stabilizer block works a few muscles; split the rest into another block or session")
            entries = keys.decodeEach(ExerciseEntry.self, forKey: exercisesKey, recorder: recorder)
            exercises = entries.map(\.id)
            if exercises.isEmpty, recorder.failed == failedBefore {
                recorder.report(
                    "'exercises' must list at least one stabilizer exercise", at: keys.sourceRange(forKey: exercisesKey),
                    path: path + [exercisesKey],
                    help: "list catalog ids, such as [scapular-push-up, prone-y-t-w, plank, chin-tuck], or remove the key")
            }
        } else {
            exercises = Declared.exercises.defaultValue
            entries = exercises.map { ExerciseEntry($0.value) }
        }
        var seen: Set<String> = []
        for (index, id) in exercises.enumerated() where !seen.insert(id.value).inserted {
            recorder.report(
                "exercise '\(id.value)' is listed twice in 'exercises'", at: id.range,
                path: path + [exercisesKey, AnyCodingKey(index)], help: "remove the second '\(id.value)'")
        }

        sets = keys.decode(Declared.sets, recorder: recorder)
        reps = keys.decode(Declared.reps, recorder: recorder)
        holdSeconds = keys.decode(Declared.holdSeconds, recorder: recorder)
        restSeconds = keys.decode(Declared.restSeconds, recorder: recorder)
        repsStep = keys.decode(Declared.repsStep, recorder: recorder)
        holdStep = keys.decode(Declared.holdStep, recorder: recorder)
        progressToHarder = keys.decode(Declared.progressToHarder, recorder: recorder)

        let check = RangeCheck(keys: keys, recorder: recorder, path: path)
        check.dose(sets, key: Declared.sets.codingKey, allowed: Self.setsRange, unit: "sets")
        check.dose(reps, key: Declared.reps.codingKey, allowed: Self.repsRange, unit: "repetitions per set")
        check.dose(holdSeconds, key: Declared.holdSeconds.codingKey, allowed: Self.holdRange, unit: "seconds per hold")
        try recorder.check()
    }

    /// Values only; where they were written does not matter.
    public static func == (lhs: StabilizerOptions, rhs: StabilizerOptions) -> Bool {
        lhs.exerciseIDs == rhs.exerciseIDs && lhs.sets == rhs.sets && lhs.reps == rhs.reps
            && lhs.holdSeconds == rhs.holdSeconds && lhs.restSeconds == rhs.restSeconds
            && lhs.repsStep == rhs.repsStep && lhs.holdStep == rhs.holdStep && lhs.entries == rhs.entries
            && lhs.progressToHarder == rhs.progressToHarder
    }

    /// The item that names `id`, if any.
    public func entry(for id: String) -> ExerciseEntry? {
        entries.first { $0.id.value == id }
    }

    /// These options as they apply to the exercise `slot`: its item's sets, reps, hold and rest in
    /// place of the block's, where the item gives them.
    public func resolved(for slot: String) -> StabilizerOptions {
        guard let entry = entry(for: slot) else { return self }
        var options = self
        options.sets = entry.sets ?? sets
        options.reps = entry.reps ?? reps
        options.holdSeconds = entry.holdSeconds ?? holdSeconds
        options.restSeconds = entry.restSeconds ?? restSeconds
        return options
    }
}

/// Reports option values outside their allowed ranges, at the value that is wrong.
struct RangeCheck {
    let keys: KeyedDecodingContainer<AnyCodingKey>
    let recorder: DecodingRecorder
    let path: [any CodingKey]

    func dose(_ value: StartTarget, key: AnyCodingKey, allowed: ClosedRange<Int>, unit: String) {
        guard keys.contains(key) else { return }
        let bounds = "from \(allowed.lowerBound) to \(allowed.upperBound)"
        let help = StabilizerOptions.help(unit, allowed)
        // A dose written as one number is named by its key alone; else by its start and its target.
        let parts: [(part: StartTarget.CodingKeys?, number: Int, range: SourceRange?, written: String)] =
            value.isFixed
            ? [(nil, value.start, value.startRange, value.startWritten)]
            : [(.start, value.start, value.startRange, value.startWritten),
               (.target, value.target, value.targetRange, value.targetWritten)]
        var inRange = true
        for (part, number, range, written) in parts where !allowed.contains(number) {
            inRange = false
            recorder.report(
                "'\(key.stringValue)'\(part.map { " " + $0.stringValue } ?? "") must be \(bounds), found \(written)",
                at: range, path: path + [key] + (part.map { [$0] } ?? []), help: help)
        }
        if inRange, value.target < value.start {
            recorder.report(
                "'\(key.stringValue)' target \(value.target) is below its start \(value.start)", at: value.targetRange,
                path: path + [key, StartTarget.CodingKeys.target],
                help: value.isRange
                    ? Self.smallerFirst(key.stringValue, value)
                    : "make the target at least \(value.start), or write one number to keep \(key.stringValue) fixed")
        }
    }

    /// How to fix a range written from the larger number, `15-10`: the smaller first, as the
    /// push-up block's rep range says it (`write the fewest reps first and the most second`).
    static func smallerFirst(_ key: String, _ value: StartTarget) -> String {
        let example = "such as \(value.target)-\(value.start)"
        return key == StabilizerOptions.Declared.holdSeconds.codingKey.stringValue
            ? "write the shortest hold first and the longest second, \(example)"
            : "write the fewest \(key) first and the most second, \(example)"
    }
}

extension StartTarget: YAMLWritable {
    /// `{start: 2, target: 3}`, or the one number of a fixed dose.
    public var yamlText: String { isFixed ? String(start) : "{start: \(start), target: \(target)}" }
}
