public import YAMLKit
public import PlanKit

extension MobilityWarmUp {
    /// A `mobility-warmup` block's keys: how long, whether a foam roller is at hand, which drills,
    /// and whether the leading drill rotates.
    ///
    /// Decoding only checks types; the plugin's initializer checks ranges and drill ids against the
    /// catalog, so every problem in the block is reported in one run.
    public struct Options: Decodable, Sendable {
        /// The warm-up's length in minutes (3 to 20), with where it was written.
        public var minutes: Located<Int>
        /// Whether a foam roller is available.
        public var foamRoller: Bool
        /// The drills to rotate through, with where each id was written; nil for the default rotation.
        public var drills: [Located<String>]?
        /// Whether each session starts one drill further along the list.
        public var rotate: Bool
        /// Where the `drills` list was written, for diagnostics about the whole list.
        public var drillsRange: SourceRange?
        /// The block's coding path (`sessions[0].blocks[0]`), empty when decoded at a document's root.
        public var path = ""

        /// The block's options, declared once: key, type, default, summary and schema.
        public enum Declared {
            public static let minutes = PluginOption<Int>(
                "minutes", default: 6, in: MobilityWarmUp.minuteRange,
                summary: "How long the warm-up lasts; drills are added in turn while they fit, then second and "
                    + "third sets while more than half a minute is left; when three sets of every drill fall "
                    + "short, the plan says so.")
            public static let foamRoller = PluginOption(
                "foam-roller", type: "true or false", default: false, schema: .boolean,
                summary: "Whether a foam roller is available; when true, foam-roller-extension joins the default "
                    + "drills and may be listed.")
            public static let drills = PluginOption<[Located<String>]?>(
                "drills", type: "list of at least two mobility exercise ids", default: nil,
                written: "[cat-cow, open-book, quadruped-t-spine-rotation, thread-the-needle, wall-slide]",
                schema: .array(of: .exerciseID, minItems: 2, maxItems: Limits.exercisesPerBlock, uniqueItems: true),
                summary: "The drills to rotate through; the default is the catalog's moving (repetition) mobility "
                    + "drills in catalog order, with foam-roller-extension when 'foam-roller' is true.")
            public static let rotate = PluginOption(
                "rotate", type: "true or false", default: true, schema: .boolean,
                summary: "Whether each session starts one drill further along the list; false keeps the same "
                    + "order every session.")
            public static let all = [minutes.declaration, foamRoller.declaration, drills.declaration, rotate.declaration]
        }

        /// Creates options in code; the defaults are those of a block that sets no keys.
        public init(
            minutes: Int = Declared.minutes.defaultValue, foamRoller: Bool = Declared.foamRoller.defaultValue,
            drills: [String]? = nil, rotate: Bool = Declared.rotate.defaultValue
        ) {
            self.minutes = Located(minutes)
            self.foamRoller = foamRoller
            self.drills = drills.map { $0.map { Located($0) } }
            self.rotate = rotate
        }

        /// Reads the block's keys; unknown keys and wrong types are located errors.
        public init(from decoder: any Decoder) throws {
            let keys = try decoder.container(listing: Declared.all.map(\.key))
            let recorder = decoder.recorder()
            let minutesKey = Declared.minutes.codingKey
            let fallback = Located(Declared.minutes.defaultValue)
            minutes = recorder.attempt(fallback) {
                // A number too large for any integer is out of the warm-up's range like any other.
                try keys.decodeIfPresent(Located<Int>.self, forKey: minutesKey, outside: MobilityWarmUp.minuteRange) ?? fallback
            }
            foamRoller = keys.decode(Declared.foamRoller, recorder: recorder)
            let drillsKey = Declared.drills.codingKey
            if keys.contains(drillsKey), (try? keys.decodeNil(forKey: drillsKey)) != true {
                keys.checkCount(forKey: drillsKey, limit: Limits.exercisesPerBlock, noun: "drills",
                                owner: "a warm-up block", recorder: recorder,
                                help: "a warm-up rotates through a few drills; list at most \(Limits.exercisesPerBlock)")
                drills = keys.decodeEach(Located<String>.self, forKey: drillsKey, recorder: recorder)
            }
            rotate = keys.decode(Declared.rotate, recorder: recorder)
            drillsRange = keys.sourceRange(forKey: drillsKey)
            path = CodingPathFormatter.string(decoder.codingPath)
            try recorder.check()
        }

        /// The path of one of the block's keys (`sessions[0].blocks[0].minutes`).
        func path(of key: String) -> String {
            path.isEmpty ? key : "\(path).\(key)"
        }
    }
}
