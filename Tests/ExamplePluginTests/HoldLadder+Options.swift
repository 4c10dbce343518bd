import PlanKit
import YAMLKit

extension HoldLadder {
    /// A `hold-ladder` block's keys. Decoding checks types and ranges; the plugin checks the exercise.
    struct Options: Decodable, Sendable {
        /// The exercise held, with where its id was written.
        var exercise: Located<String>
        /// Seconds held per set in the first week.
        var seconds: Int
        /// Seconds added every week.
        var addSeconds: Int
        /// Sets per session.
        var sets: Int
        /// The block's coding path (`sessions[0].blocks[2]`), for diagnostics.
        var path: String

        /// The block's options, declared once: key, type, default, summary and schema.
        enum Declared {
            static let exercise = PluginOption<Located<String>>(
                "exercise", type: "a hold exercise id", default: Located("plank"), written: "plank",
                schema: .exerciseID, summary: "The exercise held; it must be a timed hold.")
            static let seconds = PluginOption<Int>(
                "seconds", default: 20, in: 5...HoldLadder.longestHold, unit: "seconds",
                summary: "Seconds held per set in the first week.")
            static let addSeconds = PluginOption<Int>(
                "add-seconds", default: 5, in: 0...10, unit: "seconds", summary: "Seconds added every week.")
            static let sets = PluginOption<Int>("sets", default: 2, in: 1...5, summary: "Sets per session.")
            static let all = [exercise.declaration, seconds.declaration, addSeconds.declaration, sets.declaration]
        }

        /// Reads the block's keys; an unknown key, a wrong type or a number out of range is a located error,
        /// and every one in the block is reported in one run.
        init(from decoder: any Decoder) throws {
            let keys = try decoder.container(listing: Declared.all.map(\.key))
            let recorder = decoder.recorder()
            exercise = keys.decode(Declared.exercise, recorder: recorder)
            seconds = keys.decode(Declared.seconds, recorder: recorder)
            addSeconds = keys.decode(Declared.addSeconds, recorder: recorder)
            sets = keys.decode(Declared.sets, recorder: recorder)
            path = CodingPathFormatter.string(decoder.codingPath)
            try recorder.check()
        }

        /// The path of one of the block's keys (`sessions[0].blocks[2].exercise`).
        func path(of key: String) -> String {
            path.isEmpty ? key : "\(path).\(key)"
        }
    }
}
