import YAMLKit

/// A range of repetitions per set, written `5-8` in a programme: start a step at the bottom, add a
/// rep each session, and move on once every set reaches the top (double progression).
public struct RepRange: Sendable, Hashable, Decodable, CustomStringConvertible {
    /// The fewest repetitions per set, where a new step starts (at least 1).
    public let lower: Int
    /// The most repetitions per set, after which the next step comes (above `lower`, at most 30).
    public let upper: Int

    /// The most repetitions per set a range may ask for; beyond it, a harder step is the better way on.
    public static let maximumUpper = 30

    /// The default range, 5-8 (r/bodyweightfitness Recommended Routine).
    public static let standard = RepRange(checkedLower: 5, upper: 8)

    /// Creates a range; nil unless `1 <= lower < upper <= 30`.
    public init?(lower: Int, upper: Int) {
        guard RepRange.problem(lower: lower, upper: upper) == nil else { return nil }
        self.init(checkedLower: lower, upper: upper)
    }

    private init(checkedLower lower: Int, upper: Int) {
        self.lower = lower
        self.upper = upper
    }

    /// Whether `reps` lies inside the range.
    public func contains(_ reps: Int) -> Bool { (lower...upper).contains(reps) }

    /// `5-8`.
    public var description: String { "\(lower)-\(upper)" }

    /// What is wrong with a range, as a message and how to fix it, or nil when it is good.
    static func problem(lower: Int, upper: Int) -> (message: String, help: String)? {
        if lower < 1 {
            return ("the bottom of the rep range must be at least 1, found \(lower)",
                    "start the range at 1 rep or more, such as 5-8")
        }
        if upper <= lower {
            return ("the top of the rep range must be above the bottom, found \(lower)-\(upper)",
                    "write the fewest reps first and the most second, such as 5-8")
        }
        if upper > maximumUpper {
            return ("the top of the rep range must be at most \(maximumUpper), found \(upper)",
                    "past \(maximumUpper) reps a harder step of the ladder is the better way on; try 5-8 or 8-12")
        }
        return nil
    }

    /// Reads `5-8` (spaces around the numbers and an en dash are accepted too).
    public init(from decoder: any Decoder) throws {
        // The path is written only into an error: making it for every range cost more than reading one.
        var path: String { CodingPathFormatter.string(decoder.codingPath) }
        let help = "write the fewest and the most reps per set joined by a hyphen, such as 5-8"
        guard let text = try? decoder.singleValueContainer().decode(String.self) else {
            let found = decoder.yamlNode.map(RepRange.describe) ?? "another kind of value"
            throw YAMLError(
                "expected a rep range such as 5-8, found \(found)", at: decoder.sourceRange, path: path, help: help)
        }
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "–" }.map(Self.trimmingSpaces)
        guard parts.count == 2, let lower = Int(parts[0]), let upper = Int(parts[1]) else {
            throw YAMLError(
                "expected a rep range such as 5-8, found \"\(text)\"", at: decoder.sourceRange, path: path, help: help)
        }
        if let problem = RepRange.problem(lower: lower, upper: upper) {
            throw YAMLError(problem.message, at: decoder.sourceRange, path: path, help: problem.help)
        }
        self.init(checkedLower: lower, upper: upper)
    }

    /// `part` without the spaces before and after it (only ' ', as a number may stand between
    /// them). Substring indices, not `reversed()` twice: that went through the standard library's
    /// unspecialised generic code, about 20,000 instructions a part.
    private static func trimmingSpaces(_ part: Substring) -> Substring {
        let start = part.firstIndex { $0 != " " } ?? part.endIndex
        guard let last = part[start...].lastIndex(where: { $0 != " " }) else { return part[start..<start] }
        return part[start...last]
    }

    private static func describe(_ node: Node) -> String {
        switch node.content {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar: return node.isNull ? "nothing" : "another kind of value"
        }
    }
}
