import YAMLKit

/// A lifting tempo in seconds: lowering, pause at the bottom, raising, and an optional pause at the
/// top (`2-1-2` or `3-1-1-0`), as Convict Conditioning and most rehab sheets write it.
public struct Tempo: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The phases in seconds, three or four of them.
    public var phases: [Int]

    /// Creates a tempo from three or four phase lengths of 0 to 10 seconds each.
    public init?(phases: [Int]) {
        guard (3...4).contains(phases.count), phases.allSatisfy({ (0...10).contains($0) }),
            phases.reduce(0, +) > 0
        else { return nil }
        self.phases = phases
    }

    /// Reads `2-1-2`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.allSatisfy({ $0 != nil }) else { return nil }
        self.init(phases: parts.compactMap { $0 })
    }

    /// Seconds one repetition takes.
    public var secondsPerRep: Int { phases.reduce(0, +) }

    /// `2-1-2`.
    public var description: String { phases.map(String.init).joined(separator: "-") }

    /// How to write a tempo, for every message that refuses one.
    public static let help = "write seconds down-pause-up, such as 2-1-2 (3 or 4 numbers, each 0 to 10, not all 0)"

    /// Whether `text` is 3 or 4 phases of 0 to 10 seconds that add up to nothing (`0-0-0`): a
    /// repetition that takes no time.
    static func isAllZero(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        return (3...4).contains(parts.count) && parts.allSatisfy { $0 == 0 }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if Self.isAllZero(text) {
            throw YAMLError(
                "'\(text)' is a tempo of no seconds: a repetition takes time", at: decoder.sourceRange,
                path: CodingPathFormatter.string(decoder.codingPath),
                help: "give the lowering and the raising a second or more each, such as 2-1-2")
        }
        self = try decoder.parse(Tempo.init(parsing:), isNot: "a tempo") { _ in Self.help }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
