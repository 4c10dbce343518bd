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
        /// Weeks between max-rep retests (2 to 12): a retest opens the first session of weeks N, 2N, …
        /// (moved to the next week that is not a deload week); nil for no retests.
        public var retestEvery: Int?

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
        static let setsHelp = "3 sets is the usual dose; deload weeks cut sets by themselves"
        static let restHelp = "rest 60 to 180 seconds between push-up sets; 90 is the usual choice"
        static let retestHelp = "retest every 2 to 4 weeks (One Hundred Push Ups tests after weeks 2 and 4), "
            + "or leave 'retest-every' out for no retests"

        /// Where the block and its keys were written, for the catalog checks made after decoding.
        var place = Place()

        struct Place: Sendable {
            /// The block's path (`sessions[0].blocks[2]`), empty when made in code.
            var blockPath = ""
            /// Where the block stands in the source.
            var blockRange: SourceRange?
            /// Where the `ladder` value stands.
            var ladderRange: SourceRange?
            /// Where the `sets` and `rest-seconds` values stand.
            var setsRange: SourceRange?
            var restRange: SourceRange?
            /// Where the `retest-every` value stands.
            var retestRange: SourceRange?

            func path(_ key: String) -> String {
                blockPath.isEmpty ? key : blockPath + "." + key
            }
        }

        /// Creates options in code; `PushUpProgression.init(options:catalog:)` checks them.
        public init(
            ladder: [String] = Options.standardLadder, reps: RepRange = .standard,
            progressEvery: ProgressEvery = .session, sets: Int = 3, restSeconds: Int = 90, tempo: Tempo? = nil,
            retestEvery: Int? = nil
        ) {
            self.ladder = ladder.map { Located($0) }
            self.reps = reps
            self.progressEvery = progressEvery
            self.sets = sets
            self.restSeconds = restSeconds
            self.tempo = tempo
            self.retestEvery = retestEvery
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case ladder, reps
            case progressEvery = "progress-every"
            case sets
            case restSeconds = "rest-seconds"
            case tempo
            case retestEvery = "retest-every"
        }

        public init(from decoder: any Decoder) throws {
            let keys = try decoder.container(listing: CodingKeys.self)
            let recorder = decoder.recorder()
            self.init()
            place = Place(
                blockPath: CodingPathFormatter.string(decoder.codingPath), blockRange: decoder.sourceRange, ladderRange: keys.sourceRange(forKey: .ladder),
                setsRange: keys.sourceRange(forKey: .sets), restRange: keys.sourceRange(forKey: .restSeconds),
                retestRange: keys.sourceRange(forKey: .retestEvery))
            if keys.contains(.ladder) {
                keys.checkCount(forKey: .ladder, limit: Limits.exercisesPerBlock, noun: "steps", owner: "a ladder",
                                recorder: recorder, path: decoder.codingPath,
                                help: "a ladder climbs a few steps, easiest first; list at most \(Limits.exercisesPerBlock)")
                ladder = keys.decodeEachIfPresent(Located<String>.self, forKey: .ladder, recorder: recorder)
            }
            reps = recorder.attempt(.standard) { try keys.decodeIfPresent(RepRange.self, forKey: .reps) ?? .standard }
            progressEvery = recorder.attempt(.session) {
                try keys.decodeIfPresent(ProgressEvery.self, forKey: .progressEvery) ?? .session
            }
            sets = recorder.attempt(3) {
                try keys.decodeIfPresent(Int.self, forKey: .sets, in: Options.setsRange, help: Options.setsHelp) ?? 3
            }
            restSeconds = recorder.attempt(90) {
                try keys.decodeIfPresent(Int.self, forKey: .restSeconds, in: Options.restRange, help: Options.restHelp)
                    ?? 90
            }
            tempo = recorder.attempt(nil) { try keys.decodeIfPresent(Tempo.self, forKey: .tempo) }
            retestEvery = recorder.attempt(nil) {
                try keys.decodeIfPresent(Int.self, forKey: .retestEvery, in: Options.retestRange, unit: "weeks", help: Options.retestHelp)
            }
            // A ladder whose items failed to decode has already been reported; don't count it again.
            let written = (try? keys.nestedUnkeyedContainer(forKey: .ladder))?.count
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
                    .error, "a ladder needs at least 2 exercises, found \(found)",
                    at: place.ladderRange ?? place.blockRange, path: place.path("ladder"),
                    help: "list the steps easiest first, such as [wall-push-up, high-incline-push-up, knee-push-up]"))
            }
            var firstSeen: [String: Located<String>] = [:]
            for (position, step) in ladder.enumerated() {
                guard let first = firstSeen[step.value] else {
                    firstSeen[step.value] = step
                    continue
                }
                problems.append(Diagnostic(
                    .error, "'\(step.value)' is in the ladder twice", at: step.range ?? place.ladderRange,
                    path: place.path("ladder[\(position)]"),
                    help: "every step of the ladder must be a different exercise",
                    notes: first.range.map { [Diagnostic(.note, "first listed here", at: $0)] } ?? []))
            }
            if !Options.setsRange.contains(sets) {
                problems.append(Diagnostic(
                    .error, "'sets' must be from 1 to 6, found \(sets)", at: place.setsRange ?? place.blockRange,
                    path: place.path("sets"), help: Options.setsHelp))
            }
            if !Options.restRange.contains(restSeconds) {
                problems.append(Diagnostic(
                    .error, "'rest-seconds' must be from 15 to 300, found \(restSeconds)",
                    at: place.restRange ?? place.blockRange, path: place.path("rest-seconds"),
                    help: Options.restHelp))
            }
            if let retestEvery, !Options.retestRange.contains(retestEvery) {
                problems.append(Diagnostic(
                    .error, "'retest-every' must be from 2 to 12 weeks, found \(retestEvery)",
                    at: place.retestRange ?? place.blockRange, path: place.path("retest-every"),
                    help: Options.retestHelp))
            }
            return problems
        }
    }
}
