public import YAMLKit

/// One position of a figure: a base position and the directions of the segments that differ from it.
///
/// A direction is in degrees on the page: 0 points the way the person faces in a side view (right),
/// 90 up, -90 down, 180 behind. Top and front views draw the body head-up on the page and mirror the
/// other arm and leg unless they are given.
public struct FigurePose: Sendable, Hashable, Decodable {
    /// The position the pose starts from; each gives every segment a direction (side view).
    public enum Base: String, Sendable, Hashable, Codable, NamedCases {
        case standing, seated, quadruped, plank
        case kneePlank = "knee-plank"
        case supine, prone
        case sideLying = "side-lying"

        /// The position in words, for the figure's text alternative.
        public var words: String {
            switch self {
            case .standing: "standing"
            case .seated: "sitting"
            case .quadruped: "on hands and knees"
            case .plank: "on hands and feet in a plank"
            case .kneePlank: "on hands and knees in a straight line"
            case .supine: "lying on the back"
            case .prone: "lying face down"
            case .sideLying: "lying on one side"
            }
        }

        /// The direction of every near segment in a side view.
        public var sideDirections: [Segment: Int] {
            switch self {
            case .standing: [.torso: 90, .head: 90, .upperArm: -90, .forearm: -90, .thigh: -90, .shin: -90]
            case .seated: [.torso: 90, .head: 90, .upperArm: -90, .forearm: 0, .thigh: 0, .shin: -90]
            case .quadruped: [.torso: 9, .head: 9, .upperArm: -90, .forearm: -90, .thigh: -90, .shin: 180]
            case .plank: [.torso: 22, .head: 22, .upperArm: -90, .forearm: -90, .thigh: -158, .shin: -158]
            case .kneePlank: [.torso: 34, .head: 34, .upperArm: -90, .forearm: -90, .thigh: -146, .shin: 180]
            case .supine: [.torso: 180, .head: 180, .upperArm: 0, .forearm: 0, .thigh: 0, .shin: 0]
            case .prone: [.torso: 0, .head: 0, .upperArm: 180, .forearm: 180, .thigh: 180, .shin: 180]
            case .sideLying: [.torso: 180, .head: 180, .upperArm: 90, .forearm: 90, .thigh: 90, .shin: 0]
            }
        }

        /// The direction of every near segment in a top or front view: head up, limbs down.
        public static let uprightDirections: [Segment: Int] = [
            .torso: 90, .head: 90, .upperArm: -90, .forearm: -90, .thigh: -90, .shin: -90,
        ]
    }

    /// A body segment, from the joint nearer the hips outward.
    public enum Segment: String, Sendable, Hashable, Codable, CaseIterable {
        case torso, head
        case upperArm = "upper-arm", forearm, thigh, shin
        case otherUpperArm = "other-upper-arm", otherForearm = "other-forearm"
        case otherThigh = "other-thigh", otherShin = "other-shin"

        /// For an `other-` segment, the near segment it copies (side view) or mirrors (top and front).
        public var near: Segment? {
            switch self {
            case .otherUpperArm: .upperArm
            case .otherForearm: .forearm
            case .otherThigh: .thigh
            case .otherShin: .shin
            default: nil
            }
        }
    }

    /// The shape of the back.
    public enum Back: String, Sendable, Hashable, Codable, NamedCases {
        case straight, rounded, arched
    }

    /// The caption under the pose (`Start`, `End`, `Y`); nil for the default.
    public var label: String?
    /// The pose in words for the text alternative (`arms straight, shoulder blades together`).
    public var note: String?
    /// The position the pose starts from.
    public var base: Base
    /// Directions given in the pose, overriding the base's.
    public var directions: [Segment: Int]
    /// The shape of the back.
    public var back: Back
    /// Cues drawn on the pose.
    public var marks: [FigureMark]

    /// The allowed directions, in degrees.
    public static let directionRange = -180...180
    /// The most marks on one pose.
    public static let maxMarks = 4
    /// The help with a direction out of range, made once rather than for every segment of every pose.
    static let directionHelp = "a direction on the page in degrees: 0 forward (the way the person faces), "
        + "90 up, -90 down, 180 behind"

    struct Keys: CodingKey, CaseIterable, Hashable {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
        static let label = Keys(stringValue: "label")
        static let note = Keys(stringValue: "note")
        static let base = Keys(stringValue: "base")
        static let back = Keys(stringValue: "back")
        static let marks = Keys(stringValue: "marks")
        static let allCases: [Keys] = [label, note, base, back] + Segment.allCases.map { Keys(stringValue: $0.rawValue) } + [marks]
    }

    /// Creates a pose in code (tests).
    public init(label: String? = nil, note: String? = nil, base: Base, directions: [Segment: Int] = [:],
                back: Back = .straight, marks: [FigureMark] = []) {
        self.label = label
        self.note = note
        self.base = base
        self.directions = directions
        self.back = back
        self.marks = marks
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: Keys.self)
        let recorder = decoder.recorder()
        label = recorder.attempt(nil) { try keys.decodeIfPresent(String.self, forKey: .label) }
        note = recorder.attempt(nil) { try keys.decodeIfPresent(String.self, forKey: .note) }
        base = recorder.attempt(.standing) { try keys.decode(Base.self, forKey: .base) }
        back = recorder.attempt(.straight) { try keys.decodeIfPresent(Back.self, forKey: .back) ?? .straight }
        var directions: [Segment: Int] = [:]
        // Room for every segment at once: grown one by one, the table was rebuilt three times.
        directions.reserveCapacity(Segment.allCases.count)
        for segment in Segment.allCases {
            let key = Keys(stringValue: segment.rawValue)
            let value = recorder.attempt(nil) {
                try keys.decodeIfPresent(Int.self, forKey: key, in: Self.directionRange, unit: "degrees",
                                         help: Self.directionHelp)
            }
            if let value { directions[segment] = value }
        }
        self.directions = directions
        marks = keys.decodeEachIfPresent(FigureMark.self, forKey: .marks, recorder: recorder)
        keys.checkTexts([.label: .label, .note: .sentence], recorder: recorder)
        keys.checkCount(forKey: .marks, limit: Self.maxMarks, noun: "marks", owner: "a pose", recorder: recorder,
                        help: "mark only the key cue; the cues say the rest")
        try recorder.check()
    }

    /// The direction of `segment` in degrees in `view`: the pose's own, else the base's (side view) or
    /// head-up (top and front); an `other-` segment copies its near segment (side) or mirrors it.
    public func direction(of segment: Segment, in view: Figure.View) -> Int {
        if let own = directions[segment] { return own }
        if let near = segment.near {
            let value = direction(of: near, in: view)
            guard view != .side else { return value }
            let mirrored = 180 - value
            return mirrored > 180 ? mirrored - 360 : mirrored
        }
        let table = view == .side ? base.sideDirections : Base.uprightDirections
        return table[segment] ?? 0
    }
}
