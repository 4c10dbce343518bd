public import YAMLKit

/// A cue drawn on a pose: an arrow from a joint (`shoulder blades forward`) or a dashed line between
/// two joints (`one straight line`).
public struct FigureMark: Sendable, Hashable, Decodable {
    /// A point of the body a mark starts or ends at.
    public enum Joint: String, Sendable, Hashable, Codable, NamedCases {
        case head, shoulder, elbow, hand, hip, knee, foot
    }

    /// What the mark is.
    public enum Kind: String, Sendable, Hashable, Codable, NamedCases {
        /// An arrow from `at` pointing in `direction`.
        case arrow
        /// A dashed line from `at` to `to`.
        case line
    }

    /// What the mark is.
    public var kind: Kind
    /// The joint it starts at.
    public var at: Joint
    /// For a line, the joint it ends at.
    public var to: Joint?
    /// For an arrow, its direction in degrees (as a pose's segments).
    public var direction: Int?
    /// A few words written beside it.
    public var text: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case arrow, line, to, direction, text
    }

    /// Creates a mark in code (tests).
    public init(_ kind: Kind, at: Joint, to: Joint? = nil, direction: Int? = nil, text: String? = nil) {
        self.kind = kind
        self.at = at
        self.to = to
        self.direction = direction
        self.text = text
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        // The coding path is made only for a problem to report (making it was a third of a mark's decoding).
        var path: [any CodingKey] { decoder.codingPath }
        let arrow = recorder.attempt(nil) { try keys.decodeIfPresent(Joint.self, forKey: .arrow) }
        let line = recorder.attempt(nil) { try keys.decodeIfPresent(Joint.self, forKey: .line) }
        to = recorder.attempt(nil) { try keys.decodeIfPresent(Joint.self, forKey: .to) }
        direction = recorder.attempt(nil) {
            try keys.decodeIfPresent(Int.self, forKey: .direction, in: FigurePose.directionRange, unit: "degrees",
                                     help: "the arrow's direction in degrees: 0 forward, 90 up, -90 down, 180 behind")
        }
        text = recorder.attempt(nil) { try keys.decodeIfPresent(String.self, forKey: .text) }
        keys.checkTexts([.text: .label], recorder: recorder)
        kind = line != nil && arrow == nil ? .line : .arrow
        at = arrow ?? line ?? .shoulder
        let bothOrNeither = keys.contains(.arrow) == keys.contains(.line)
        if bothOrNeither {
            recorder.report(
                keys.contains(.arrow) ? "a mark is either an 'arrow' or a 'line', not both" : "a mark needs 'arrow' or 'line'",
                at: decoder.sourceRange, path: path,
                help: "write {arrow: shoulder, direction: 0, text: ...} or {line: head, to: foot, text: ...}")
        } else if kind == .arrow {
            if keys.contains(.to) {
                recorder.report("an arrow has no 'to'", at: keys.keyRange(forKey: .to), path: path + [CodingKeys.to],
                                help: "give an arrow a 'direction'; 'to' is for a line")
            }
            if !keys.contains(.direction) {
                recorder.report("the arrow from '\(at.rawValue)' needs a 'direction'", at: decoder.sourceRange, path: path,
                                help: "add 'direction:' in degrees: 0 forward, 90 up, -90 down, 180 behind")
            }
        } else {
            if keys.contains(.direction) {
                recorder.report("a line has no 'direction'", at: keys.keyRange(forKey: .direction),
                                path: path + [CodingKeys.direction], help: "a line runs from its joint to 'to'; remove 'direction'")
            }
            if !keys.contains(.to) {
                recorder.report("the line from '\(at.rawValue)' needs 'to'", at: decoder.sourceRange, path: path,
                                help: "add the joint it runs to, such as 'to: foot'")
            } else if to == at {
                recorder.report("the line runs from '\(at.rawValue)' to itself", at: keys.sourceRange(forKey: .to),
                                path: path + [CodingKeys.to], help: "end the line at a different joint")
            }
        }
        try recorder.check()
    }
}
