import YAMLKit

/// A share written as `60%` (or a bare whole number of percent), between 1 and 100.
public struct Percentage: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The share in percent, 1 to 100.
    public var percent: Int

    /// Creates a percentage; nil outside 1…100.
    public init?(_ percent: Int) {
        guard (1...100).contains(percent) else { return nil }
        self.percent = percent
    }

    /// `60%`.
    public var description: String { "\(percent)%" }

    /// Scales a count and rounds to the nearest whole number, an exact half down, never below
    /// `minimum`: a 50% deload of 3 sets keeps 1, not 2 (toward less work, the side a deload errs on).
    public func apply(to count: Int, minimum: Int = 1) -> Int {
        max(minimum, (count * percent + 49) / 100)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = (try? container.decode(String.self)) ?? ""
        let digits = text.hasSuffix("%") ? String(text.dropLast()) : text
        guard let value = Int(digits.trimmed), let percentage = Percentage(value) else {
            throw YAMLError(
                "'\(text)' is not a percentage from 1% to 100%", at: decoder.sourceRange,
                path: CodingPathFormatter.string(decoder.codingPath), help: "write a percentage such as 60%")
        }
        self = percentage
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Percentage {
    /// 100%.
    public static let full = Percentage(clamped: 100)

    init(clamped percent: Int) {
        self.percent = min(max(percent, 1), 100)
    }
}
