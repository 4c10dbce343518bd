public import YAMLKit
import PlanKit

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
        public var path: String

        enum CodingKeys: String, CodingKey, CaseIterable {
            case minutes
            case foamRoller = "foam-roller"
            case drills
            case rotate
        }

        /// Creates options in code; the defaults are those of a block that sets no keys.
        public init(minutes: Int = 6, foamRoller: Bool = false, drills: [String]? = nil, rotate: Bool = true) {
            self.minutes = Located(minutes)
            self.foamRoller = foamRoller
            self.drills = drills.map { $0.map { Located($0) } }
            self.rotate = rotate
            self.drillsRange = nil
            self.path = ""
        }

        /// Reads the block's keys; unknown keys and wrong types are located errors.
        public init(from decoder: any Decoder) throws {
            let keys = try decoder.container(listing: CodingKeys.self)
            let recorder = decoder.recorder()
            minutes = recorder.attempt(Located(6)) {
                // A number too large for any integer is out of the warm-up's range like any other.
                if let node = ((try? keys.superDecoder(forKey: .minutes)) as? any NodeDecoding)?.node,
                    let written = BoundedInteger.overflowingText(node)
                {
                    throw BoundedInteger.error(
                        key: CodingKeys.minutes.stringValue, allowed: MobilityWarmUp.minuteRange, found: written,
                        at: node.range, path: decoder.codingPath + [CodingKeys.minutes])
                }
                return try keys.decodeIfPresent(Located<Int>.self, forKey: .minutes) ?? Located(6)
            }
            foamRoller = recorder.attempt(false) { try keys.decodeIfPresent(Bool.self, forKey: .foamRoller) ?? false }
            if keys.contains(.drills), (try? keys.decodeNil(forKey: .drills)) != true {
                keys.checkCount(forKey: .drills, limit: Limits.exercisesPerBlock, noun: "drills",
                                owner: "a warm-up block", recorder: recorder, path: decoder.codingPath,
                                help: "a warm-up rotates through a few drills; list at most \(Limits.exercisesPerBlock)")
                drills = keys.decodeEach(Located<String>.self, forKey: .drills, recorder: recorder)
            } else {
                drills = nil
            }
            rotate = recorder.attempt(true) { try keys.decodeIfPresent(Bool.self, forKey: .rotate) ?? true }
            drillsRange = keys.sourceRange(forKey: .drills)
            path = CodingPathFormatter.string(decoder.codingPath)
            try recorder.check()
        }

        /// The path of one of the block's keys (`sessions[0].blocks[0].minutes`).
        func path(of key: String) -> String {
            path.isEmpty ? key : "\(path).\(key)"
        }
    }
}
