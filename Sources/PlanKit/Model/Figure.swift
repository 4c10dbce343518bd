public import YAMLKit

/// A line drawing of an exercise that Protract draws from a pose description: a start pose, up to
/// two poses between, and an end pose, each a base position with the directions of the body's
/// segments, and the props the person uses (docs/authoring.md, "Figures").
public struct Figure: Sendable, Hashable, Decodable {
    /// Where the drawing is seen from.
    public enum View: String, Sendable, Hashable, Codable, NamedCases {
        /// In profile, the person facing right; the other arm and leg drawn lighter.
        case side
        /// From above, head at the top of the page, arms and legs mirrored (prone Y-T-W).
        case top
        /// From the front, head at the top, arms and legs mirrored (wall slide).
        case front
    }

    /// Something drawn with the person, placed where the body meets it.
    public enum Prop: String, Sendable, Hashable, Codable, NamedCases {
        /// A floor line under the lowest point of the body.
        case floor
        /// A mat under the body.
        case mat
        /// A wall at the hands (side view) or behind the body (front view).
        case wall
        /// A door frame at the hand.
        case doorway
        /// A bench or chair seat (about 45 cm) under the hands.
        case bench
        /// A worktop or counter (about 90 cm) under the hands.
        case counter
        /// A chair under the hips.
        case chair
        /// A rolled towel under the upper back (side view) or under the forehead (top view).
        case towel
        /// A foam roller under the upper back.
        case foamRoller = "foam-roller"
        /// A light weight in each hand.
        case weights

        /// Whether the prop can be drawn in `view`.
        public func isDrawable(in view: View) -> Bool {
            switch view {
            case .side: return true
            case .front: return [.floor, .mat, .wall, .chair, .weights].contains(self)
            case .top: return [.mat, .towel, .weights].contains(self)
            }
        }
    }

    /// Where the drawing is seen from.
    public var view: View
    /// What is drawn with the person.
    public var props: [Prop]
    /// The poses in order: the start, any between, and the end.
    public var poses: [FigurePose]

    /// The most props a figure draws.
    public static let maxProps = 6
    /// The most poses between the start and the end.
    public static let maxBetween = 2

    enum CodingKeys: String, CodingKey, CaseIterable {
        case view, props, start, between, end
    }

    /// Creates a figure in code (tests).
    public init(view: View, props: [Prop] = [], poses: [FigurePose]) {
        self.view = view
        self.props = props
        self.poses = poses
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        // The coding path is made only for a problem to report.
        var path: [any CodingKey] { decoder.codingPath }
        view = recorder.attempt(.side) { try keys.decodeIfPresent(View.self, forKey: .view) ?? .side }
        let props = keys.decodeEachIfPresent(Located<Prop>.self, forKey: .props, recorder: recorder)
        self.props = props.map(\.value)
        let start = recorder.attempt { try keys.decode(FigurePose.self, forKey: .start) }
        let between = keys.decodeEachIfPresent(FigurePose.self, forKey: .between, recorder: recorder)
        let end = recorder.attempt { try keys.decode(FigurePose.self, forKey: .end) }
        poses = (start.map { [$0] } ?? []) + between + (end.map { [$0] } ?? [])

        keys.checkCount(forKey: .props, limit: Self.maxProps, noun: "props", owner: "a figure", recorder: recorder,
                        help: "draw only what the person touches or holds")
        keys.checkCount(forKey: .between, limit: Self.maxBetween, noun: "poses", owner: "a figure", recorder: recorder,
                        help: "show the start, at most two poses between, and the end")
        var seen: Set<Prop> = []
        for (offset, prop) in props.enumerated() {
            var where_: [any CodingKey] { path + [CodingKeys.props, AnyCodingKey(offset)] }
            if !seen.insert(prop.value).inserted {
                recorder.report("'\(prop.value.rawValue)' is listed twice in 'props'", at: prop.range, path: where_,
                                help: "list each prop once")
            } else if !prop.value.isDrawable(in: view) {
                let views = View.allCases.filter { prop.value.isDrawable(in: $0) }.map(\.rawValue)
                recorder.report(
                    "a \(prop.value.rawValue) cannot be drawn in a \(view.rawValue) view", at: prop.range, path: where_,
                    help: "remove it, or use 'view: " + views.joined(separator: "' or 'view: ") + "'")
            }
        }
        try recorder.check()
    }
}
