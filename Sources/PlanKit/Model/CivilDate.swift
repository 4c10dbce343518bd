/// A calendar date with no time or zone (proleptic Gregorian), as a person writes it: `2026-12-07`.
///
/// Date arithmetic is plain integer arithmetic on days, so the engine needs no `Calendar` and
/// gives the same answer on every machine.
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, 1 to 9999.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 31.
    public let day: Int

    /// Creates a date; nil when it does not exist (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD`; nil for anything else or a date that does not exist.
    public init?(parsing text: String) {
        // Ten bytes: ASCII digits with '-' after the fourth and the sixth, read in one pass (no
        // substrings, no count of characters).
        guard text.utf8.count == 10 else { return nil }
        var fields = (year: 0, month: 0, day: 0)
        for (offset, byte) in text.utf8.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch offset {
            case ..<4: fields.year = fields.year * 10 + digit
            case ..<7: fields.month = fields.month * 10 + digit
            default: fields.day = fields.day * 10 + digit
            }
        }
        self.init(year: fields.year, month: fields.month, day: fields.day)
    }

    /// The first date a `CivilDate` holds: 0001-01-01.
    public static let earliest = CivilDate(daysSinceEpoch: -719_162)
    /// The last date a `CivilDate` holds: 9999-12-31. Plans must end on or before it, because
    /// every output writes a four-digit year.
    public static let latest = CivilDate(daysSinceEpoch: 2_932_896)

    /// Creates the date a day number (days since 1970-01-01) falls on, kept within `earliest`
    /// and `latest`: a day number outside them gives the nearest of the two, never a year with
    /// five digits or below 1 (callers that can reach the ends check them first, as the planner does).
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days, on a day within years 1 to 9999, so nothing overflows.
        let z = min(max(days, -719_162), 2_932_896) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `count` days later (earlier when negative).
    /// Never traps: a result outside years 1 to 9999 is kept at `earliest` or `latest`.
    public func adding(days count: Int) -> CivilDate {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(count)
        return CivilDate(daysSinceEpoch: overflow ? (count < 0 ? Int.min : Int.max) : sum)
    }

    /// The first date a plan may hold: 0001-01-02, a day inside year 1, so that a session's
    /// instant in any time zone (UTC in the calendar file) stays within year 1.
    public static let firstPlanned = CivilDate(daysSinceEpoch: earliest.daysSinceEpoch + 1)
    /// The last date a plan may hold: 9999-12-30, a day inside year 9999, so that a session's
    /// instant in any time zone, and an all-day event's end (the next day), stay within it.
    public static let lastPlanned = CivilDate(daysSinceEpoch: latest.daysSinceEpoch - 1)

    /// The last start date from which `days` days (the start included) end on or before
    /// `lastPlanned`, or nil when even `firstPlanned` is too late.
    public static func lastStart(forDays days: Int) -> CivilDate? {
        guard days >= 1, days - 1 <= lastPlanned.daysSinceEpoch - firstPlanned.daysSinceEpoch else { return nil }
        return CivilDate(daysSinceEpoch: lastPlanned.daysSinceEpoch - (days - 1))
    }

    /// Days from this date to `other`.
    public func days(until other: CivilDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday(rawValue: index + 1) ?? .monday
    }

    /// The first date on or after this one that falls on `weekday`.
    public func next(_ weekday: Weekday) -> CivilDate {
        adding(days: (weekday.rawValue - self.weekday.rawValue + 7) % 7)
    }

    /// `2026-12-07`.
    public var description: String {
        // Appended in place: concatenating five strings made each intermediate one.
        var text = fourDigitYear
        text.append("-")
        Self.appendTwo(month, to: &text)
        text.append("-")
        Self.appendTwo(day, to: &text)
        return text
    }

    /// The year in four digits (`0099` for year 99), as every output writes it.
    var fourDigitYear: String {
        let y = String(year)
        return y.count >= 4 ? y : String(repeating: "0", count: 4 - y.count) + y
    }

    /// `Mon 7 Dec`.
    public var shortDisplay: String {
        var text = ""
        appendShortDisplay(to: &text)
        return text
    }

    /// Appends ``shortDisplay`` to `text`, piece by piece: an interpolation asked the day at run
    /// time how to write itself, for every date of a long course's sessions and changes.
    public func appendShortDisplay(to text: inout String) {
        text += weekday.displayName
        text += " " + String(day) + " "
        text += Self.monthNames[month - 1]
    }

    /// `Mon 7 Dec 2026`.
    public var longDisplay: String {
        "\(shortDisplay) \(fourDigitYear)"
    }

    /// `20261207`, the iCalendar DATE form.
    public var basicFormat: String {
        String(description.filter { $0 != "-" })
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Appends `value` in at least two digits (`07`).
    private static func appendTwo(_ value: Int, to text: inout String) {
        if value < 10 { text.append("0") }
        text.append(String(value))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CivilDate(parsing: text) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "'\(text)' is not a date; write YYYY-MM-DD, such as 2026-12-07"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
