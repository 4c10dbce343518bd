public import PlanKit
public import YAMLKit

extension PushUpProgression {
    /// A push-up block's keys: the ladder, the rep range and how often to climb it, sets, rest, tempo
    /// and retests.
    public struct Options: Sendable, Decodable {
        /// The ladder's steps, easiest first: catalog ids of push-up exercises, at least 2, no repeats.
        public var ladder: [Located<String>]
        /// Repetitions per set: start a step at the bottom, move on at the top.
        public var reps: RepRange
        /// How often a rep is added: every session (the default) or once a week.
        public var progressEvery: ProgressEvery
        /// Working sets outside deload weeks, 1 to 6.
        public var sets: Int
        /// Rest between sets in seconds, 15 to 300.
        public var restSeconds: Int
        /// The tempo for every step; nil to use each exercise's own (else 2-1-2).
        public var tempo: Tempo?
        /// Each named step's own rep range, reps added and how often; steps not named use `reps`,
        /// +1 rep, and `progressEvery`.
        public var stepDoses: StepDoses
        /// Weeks between max-rep retests (2 to 12): a retest opens the first session of weeks N, 2N, …
        /// (moved to the next week that is not a deload week); nil for no retests.
        public var retestEvery: Int?
        /// Whether the plan's last week opens with a retest too (moved past a deload week like any
        /// retest): the test to end a programme on, before the discharge criteria.
        public var retestLastWeek: Bool

        /// The default ladder: wall, high incline, low incline, knees, full push-up, push-up plus.
        public static let standardLadder = [
            "wall-push-up", "high-incline-push-up", "low-incline-push-up", "knee-push-up", "push-up", "push-up-plus",
        ]
        /// The allowed number of working sets.
        public static let setsRange = 1...6
        /// The allowed rest between sets, in seconds.
        public static let restRange = 15...300
        /// The allowed weeks between retests.
        public static let retestRange = 2...12

        /// Where the block and its keys were written, for the checks made after decoding.
        var place = Place()

        struct Place: Sendable {
            /// The block's path (`sessions[0].blocks[2]`), empty when made in code.
            var blockPath = ""
            /// Where the block stands in the source.
            var blockRange: SourceRange?
            /// Where each key's value stands, by key.
            var ranges: [String: SourceRange] = [:]

            func path(_ key: String) -> String {
                blockPath.isEmpty ? key : blockPath + "." + key
            }

            /// Where `key`'s value stands, else where the block does.
            func range(_ key: String) -> SourceRange? { ranges[key] ?? blockRange }
        }

        /// The block's options, declared once: key, type, default, summary, schema and, for whole
        /// numbers, range and help.
        public enum Declared {
            public static let ladder = PluginOption<[Located<String>]>(
                "ladder", type: "list of push-up exercise ids, at least 2, no repeats",
                default: standardLadder.map { Located($0) }, written: standardLadder.yamlText,
                schema: .array(of: .exerciseID, minItems: 2, maxItems: Limits.exercisesPerBlock, uniqueItems: true),
                summary: "The steps, easiest first; each must be a catalog exercise of category push-up.")
            public static let reps = PluginOption(
                "reps", type: "rep range LOW-HIGH, 1 <= LOW < HIGH <= 30", default: RepRange.standard,
                schema: .string(pattern: "^ *[0-9]{1,2} *[-–] *[0-9]{1,2} *$"),
                summary: "For steps without their own step-doses: a step starts at LOW reps per set and gains a "
                    + "rep each session (or week, see progress-every); after HIGH, the next step.")
            public static let progressEvery = PluginOption(
                "progress-every", type: "session or week", default: ProgressEvery.session,
                schema: .oneOf(ProgressEvery.allCases.map(\.rawValue)),
                summary: "session: +1 rep per set every session, the next step the session after the top "
                    + "(r/bodyweightfitness, for people without pain). week: +1 rep per set on the week's first "
                    + "session, the same dose all week, the next step after a full week at the top (for people "
                    + "in pain: load rises no faster than the pain-monitoring model allows). The default step-doses "
                    + "keep the light wall, high and low incline steps rising every session either way; write "
                    + "'step-doses: {}', or name those steps with 'every: week', for the block's pace on every step.")
            public static let sets = PluginOption<Int>(
                "sets", default: 3, in: setsRange, help: "3 sets is the usual dose; deload weeks cut sets by themselves",
                summary: "Working sets outside deload weeks; deload weeks cut them by the programme's deload share.")
            public static let restSeconds = PluginOption<Int>(
                "rest-seconds", default: 90, in: restRange,
                help: "rest 60 to 180 seconds between push-up sets; 90 is the usual choice",
                summary: "Rest between sets, in seconds.")
            public static let tempo = PluginOption<Tempo?>(
                "tempo", type: "tempo DOWN-PAUSE-UP[-PAUSE], seconds 0 to 10 each", default: nil, written: nil,
                schema: .tempo,
                summary: "The tempo for every step; when absent, each exercise's own tempo, else 2-1-2.")
            public static let retestEvery = PluginOption<Int?>(
                "retest-every", type: "whole number of weeks, 2 to 12", in: retestRange, unit: "weeks",
                help: "retest every 2 to 4 weeks (One Hundred Push Ups tests after weeks 2 and 4), "
                    + "or leave 'retest-every' out for no retests",
                summary: "When set, a retest opens the first session of weeks N, 2N, … (moved past deload weeks): one "
                    + "set of full push-ups to technical failure (of the step itself on an easier step), then 3 min "
                    + "rest and the working sets. In a course, 'log --retest N' re-seats the ladder on its count "
                    + "(one step up a week at most, down as far as needed). A block of a later phase owes only the "
                    + "retest weeks from its first week on. When absent, no retests.")
            public static let retestLastWeek = PluginOption(
                "retest-last-week", type: "true or false", default: false, schema: .boolean,
                summary: "When true, the plan's last week opens with a retest as well (with any --weeks; in a deload "
                    + "week too), so the plan ends on a test that the programme's discharge criteria are checked against.")
            public static let stepDoses = PluginOption(
                "step-doses", type: "mapping of ladder step ids to {reps: LOW-HIGH, add: 1-5, every: session or week}",
                default: StepDoses.standard, schema: StepDoses.schema,
                summary: "Each named step's own rep range, reps added per set each time, and how often (default: the "
                    + "block's progress-every); a step moves on once every set reaches the top of its range. The "
                    + "default gives the light easy steps the sources' higher reps and session-by-session pace; "
                    + "'{}' gives every step the block's reps. Steps not named use 'reps', +1 rep, 'progress-every'.")
            public static let all = [
                ladder.declaration, reps.declaration, progressEvery.declaration, stepDoses.declaration,
                sets.declaration, restSeconds.declaration, tempo.declaration, retestEvery.declaration,
                retestLastWeek.declaration,
            ]
        }

        /// Creates options in code; `PushUpProgression.init(options:catalog:)` checks them.
        public init(
            ladder: [String] = Options.standardLadder, reps: RepRange = Declared.reps.defaultValue,
            progressEvery: ProgressEvery = Declared.progressEvery.defaultValue,
            stepDoses: StepDoses = Declared.stepDoses.defaultValue, sets: Int = Declared.sets.defaultValue, restSeconds: Int = Declared.restSeconds.defaultValue,
            tempo: Tempo? = nil, retestEvery: Int? = nil, retestLastWeek: Bool = false
        ) {
            self.ladder = ladder.map { Located($0) }
            self.reps = reps
            self.progressEvery = progressEvery
            self.stepDoses = stepDoses
            self.sets = sets
            self.restSeconds = restSeconds
            self.tempo = tempo
            self.retestEvery = retestEvery
            self.retestLastWeek = retestLastWeek
        }

        public init(from decoder: any Decoder) throws {
            let keys = try decoder.container(listing: Declared.all.map(\.key))
            let recorder = decoder.recorder()
            let ladderKey = Declared.ladder.codingKey
            self.init()
            place = Place(blockPath: CodingPathFormatter.string(decoder.codingPath), blockRange: decoder.sourceRange)
            for key in keys.allKeys { place.ranges[key.stringValue] = keys.sourceRange(forKey: key) }
            if keys.contains(ladderKey) {
                keys.checkCount(forKey: ladderKey, limit: Limits.exercisesPerBlock, noun: "steps", owner: "a ladder",
                                recorder: recorder,
                                help: "a ladder climbs a few steps, easiest first; list at most \(Limits.exercisesPerBlock)")
                ladder = keys.decodeEachIfPresent(Located<String>.self, forKey: ladderKey, recorder: recorder)
            }
            reps = keys.decode(Declared.reps, recorder: recorder)
            progressEvery = keys.decode(Declared.progressEvery, recorder: recorder)
            stepDoses = keys.decode(Declared.stepDoses, recorder: recorder)
            sets = keys.decode(Declared.sets, recorder: recorder)
            restSeconds = keys.decode(Declared.restSeconds, recorder: recorder)
            tempo = keys.decode(Declared.tempo, recorder: recorder)
            retestEvery = keys.decode(Declared.retestEvery, recorder: recorder)
            retestLastWeek = keys.decode(Declared.retestLastWeek, recorder: recorder)
            // A ladder whose items failed to decode has already been reported; don't count it again.
            let written = (try? keys.nestedUnkeyedContainer(forKey: ladderKey))?.count
            let ladderDecoded = !recorder.failed || ladder.count == written
            for problem in problems(checkingLadderLength: ladderDecoded) {
                recorder.record(YAMLError(problem))
            }
            try recorder.check()
        }

        /// Problems that need no catalog: the ladder's length and repeats; sets, rest and retest
        /// weeks out of range.
        func problems(checkingLadderLength: Bool = true) -> [Diagnostic] {
            var problems: [Diagnostic] = []
            if checkingLadderLength, ladder.count < 2 {
                let found = ladder.count == 1 ? "1 exercise" : "\(ladder.count) exercises"
                problems.append(Diagnostic(
                    .error, "a ladder needs at least 2 exercises, found \(found)", at: place.range("ladder"),
                    path: place.path("ladder"),
                    help: "list the steps easiest first, such as [wall-push-up, high-incline-push-up, knee-push-up]"))
            }
            var firstSeen: [String: Located<String>] = [:]
            for (position, step) in ladder.enumerated() {
                guard let first = firstSeen[step.value] else {
                    firstSeen[step.value] = step
                    continue
                }
                problems.append(Diagnostic(
                    .error, "'\(step.value)' is in the ladder twice", at: step.range ?? place.range("ladder"),
                    path: place.path("ladder[\(position)]"),
                    help: "every step of the ladder must be a different exercise",
                    notes: first.range.map { [Diagnostic(.note, "first listed here", at: $0)] } ?? []))
            }
            problems += [
                outOfRange(Declared.sets, sets, Options.setsRange),
                outOfRange(Declared.restSeconds, restSeconds, Options.restRange),
                outOfRange(Declared.retestEvery, retestEvery, Options.retestRange, unit: "weeks"),
            ].compactMap { $0 }
            return problems
        }

        /// "'KEY' must be from A to B[ UNIT], found N", as decoding says it, for options made in code.
        private func outOfRange<Value>(
            _ option: PluginOption<Value>, _ value: Int?, _ allowed: ClosedRange<Int>, unit: String? = nil
        ) -> Diagnostic? {
            guard let value, !allowed.contains(value) else { return nil }
            let key = option.declaration.key
            return BoundedInteger.error(
                key: key, allowed: allowed, unit: unit, found: String(value), at: place.range(key),
                path: [AnyCodingKey(place.path(key))], help: option.help
            ).diagnostics.first
        }
    }
}

extension RepRange: YAMLWritable {
    /// `5-8`.
    public var yamlText: String { description }
}

extension PushUpProgression.ProgressEvery: YAMLWritable {
    /// `session` or `week`.
    public var yamlText: String { rawValue }
}
