import YAMLKit

/// A day of the week, written in programmes as `mon` … `sun` (full names are accepted too).
public enum Weekday: Int, CaseIterable, Sendable, Hashable, Comparable, Codable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The full name in lowercase: `monday`.
    var fullName: String {
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"][rawValue - 1]
    }

    /// The three-letter form used in files and flags: `mon`.
    public var shortName: String { String(fullName.prefix(3)) }

    /// The display form: `Mon`. Written out rather than made from `shortName`: every date a plan
    /// shows asks for it.
    public var displayName: String {
        switch self {
        case .monday: "Mon"
        case .tuesday: "Tue"
        case .wednesday: "Wed"
        case .thursday: "Thu"
        case .friday: "Fri"
        case .saturday: "Sat"
        case .sunday: "Sun"
        }
    }

    /// Reads `mon`, `Monday`, `MON` and the like; nil for anything else.
    public init?(name: String) {
        let name = name.lowercased()
        guard let day = Self.allCases.first(where: { [$0.fullName, $0.shortName].contains(name) }) else { return nil }
        self = day
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        self = try decoder.parse(Weekday.init(name:), isNot: "a day of the week") { text in
            let names = Weekday.allCases.map(\.shortName)
            let hint = Suggestion.nearest(to: text, in: names).map { "did you mean '\($0)'? " } ?? ""
            return hint + "write one of " + names.joined(separator: ", ")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(shortName)
    }
}
