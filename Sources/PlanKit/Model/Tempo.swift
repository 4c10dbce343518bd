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

    public init(from decoder: any Decoder) throws {
        self = try decoder.parse(Tempo.init(parsing:), isNot: "a tempo") { _ in
            "write seconds down-pause-up, such as 2-1-2 (each 0 to 10)"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
