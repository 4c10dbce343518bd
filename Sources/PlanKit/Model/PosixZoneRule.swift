/// A POSIX TZ rule as the footer of a TZif file writes it (RFC 8536 §3.3):
/// `std offset [dst [offset] [,start[/time],end[/time]]]`, such as `GMT0BST,M3.5.0/1,M10.5.0`.
///
/// - Names are plain (`GMT`, three or more letters) or quoted (`<+0330>`, three or more of
///   `A-Za-z0-9+-`); they only delimit the offsets, so they are not kept.
/// - Offsets are `[+-]hh[:mm[:ss]]`, hours 0 to 24, and count west of UTC as POSIX has them
///   (`EST5` is five hours behind); this type keeps them as seconds east of UTC. Daylight time's
///   offset defaults to standard time's plus one hour.
/// - A change is `Jn` (1 to 365, February 29 never counted), `n` (0 to 365, February 29 counted)
///   or `Mm.w.d` (weekday `d`, 0 Sunday, of week `w` of month `m`; week 5 is the last), with an
///   optional `/time`, `[+-]hh[:mm[:ss]]` with hours -167 to 167 (RFC 8536 §3.3.1), 02:00 when
///   left out. A daylight name with no changes takes the United States' rule, `M3.2.0,M11.1.0`,
///   as glibc does.
/// - Daylight time that spans the new year (the southern hemisphere, or Europe/Dublin's winter
///   "negative" daylight time) and daylight time all year (`EST5EDT,0/0,J365/25`) both work.
struct PosixZoneRule: Sendable, Hashable {
    /// A day of the year on which daylight time starts or ends.
    enum Day: Sendable, Hashable {
        /// `Jn`: day 1 to 365, February 29 never counted (day 60 is always March 1).
        case julian(Int)
        /// `n`: day 0 to 365, February 29 counted in a leap year.
        case zeroBased(Int)
        /// `Mm.w.d`: weekday `weekday` (0 Sunday) of week `week` (1 to 5, 5 the last) of `month`.
        case monthWeekDay(month: Int, week: Int, weekday: Int)
    }

    /// When daylight time starts or ends: a day, and seconds after that day's local midnight.
    struct Change: Sendable, Hashable {
        var day: Day
        var time: Int
    }

    /// Daylight time: its offset (seconds east of UTC) and when it starts and ends. `start` is
    /// in standard local time, `end` in daylight local time.
    struct Daylight: Sendable, Hashable {
        var offset: Int
        var start: Change
        var end: Change
    }

    /// Standard time's offset, seconds east of UTC.
    let standardOffset: Int
    /// Daylight time, or nil for a zone that keeps one offset.
    let daylight: Daylight?

    /// Reads a TZ string; nil unless the whole text is one.
    init?(_ text: String) {
        self.init(utf8: Array(text.utf8))
    }

    /// Reads a TZ string from its bytes; nil unless all of them make one.
    init?(utf8 bytes: [UInt8]) {
        var reader = TZStringReader(bytes: bytes)
        guard reader.name(), let standard = reader.duration(maximumHours: 24, maximumDigits: 2) else { return nil }
        standardOffset = -standard
        if reader.atEnd {
            daylight = nil
            return
        }
        guard reader.name() else { return nil }
        var offset = standardOffset + 3600
        if let byte = reader.peek, byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || TZStringReader.isDigit(byte) {
            guard let written = reader.duration(maximumHours: 24, maximumDigits: 2) else { return nil }
            offset = -written
        }
        let start: Change
        let end: Change
        if reader.take(UInt8(ascii: ",")) {
            guard let first = reader.change(), reader.take(UInt8(ascii: ",")), let second = reader.change(),
                reader.atEnd
            else { return nil }
            start = first
            end = second
        } else {
            guard reader.atEnd else { return nil }
            start = Change(day: .monthWeekDay(month: 3, week: 2, weekday: 0), time: 7200)
            end = Change(day: .monthWeekDay(month: 11, week: 1, weekday: 0), time: 7200)
        }
        daylight = Daylight(offset: offset, start: start, end: end)
    }

    /// Instants further than this from 1970 are taken as this far: the arithmetic on days and
    /// seconds then stays far from overflowing (2^55 seconds is about a billion years).
    private static let instantLimit = 1 << 55

    /// The offset, seconds east of UTC, at `instant` (seconds since 1970-01-01T00:00:00Z).
    func offset(at instant: Int) -> Int {
        guard let daylight else { return standardOffset }
        let clamped = min(max(instant, -Self.instantLimit), Self.instantLimit)
        let year = Self.year(ofDay: Self.floorDivide(clamped, 86400))
        // The last change at or before the instant, among the changes of the years around it:
        // a change's time may be up to a week from its day, so a year's changes can fall in the
        // next or the previous calendar year. Two years back always holds a change before it.
        // Ties go to the later rule year, then to the end within a year: so DST all year
        // (one year's end at the next one's start) stays on, and an empty DST stays off.
        var latest: (time: Int, year: Int, order: Int)?
        var inDaylight = false
        for ruleYear in (year - 2)...(year + 1) {
            let start = daylight.start.instant(year: ruleYear, offset: standardOffset)
            let end = daylight.end.instant(year: ruleYear, offset: daylight.offset)
            for (key, isStart) in [((start, ruleYear, 0), true), ((end, ruleYear, 1), false)] where key.0 <= clamped {
                if let current = latest, key < current { continue }
                latest = key
                inDaylight = isStart
            }
        }
        return inDaylight ? daylight.offset : standardOffset
    }

    // MARK: - Calendar arithmetic (proleptic Gregorian, days since 1970-01-01)

    static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }

    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's days_from_civil.
    static func day(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The year of Howard Hinnant's civil_from_days.
    static func year(ofDay days: Int) -> Int {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let marchMonth = (5 * dayOfYear + 2) / 153
        return yearOfEra + era * 400 + (marchMonth >= 10 ? 1 : 0)
    }
}

extension PosixZoneRule.Change {
    /// The instant of this change in `year`, for a local time `offset` seconds east of UTC.
    func instant(year: Int, offset: Int) -> Int {
        let days: Int
        switch day {
        case .julian(let number):
            let leapDay = PosixZoneRule.isLeap(year) && number >= 60 ? 1 : 0
            days = PosixZoneRule.day(year: year, month: 1, day: 1) + number - 1 + leapDay
        case .zeroBased(let number):
            days = PosixZoneRule.day(year: year, month: 1, day: 1) + number
        case .monthWeekDay(let month, let week, let weekday):
            let first = PosixZoneRule.day(year: year, month: month, day: 1)
            let firstWeekday = ((first + 4) % 7 + 7) % 7  // 1970-01-01 was a Thursday
            var dayOfMonth = 1 + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
            let length = PosixZoneRule.daysIn(month: month, year: year)
            while dayOfMonth > length { dayOfMonth -= 7 }
            days = first + dayOfMonth - 1
        }
        return days * 86400 + time - offset
    }
}

/// Reads a TZ string's parts, byte by byte.
private struct TZStringReader {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool { index == bytes.count }
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    /// A zone name: three or more letters, or `<` three or more of `A-Za-z0-9+-` `>`.
    mutating func name() -> Bool {
        if take(UInt8(ascii: "<")) {
            let start = index
            while let byte = peek, Self.isLetter(byte) || Self.isDigit(byte) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "-")
            {
                index += 1
            }
            return index - start >= 3 && take(UInt8(ascii: ">"))
        }
        let start = index
        while let byte = peek, Self.isLetter(byte) { index += 1 }
        return index - start >= 3
    }

    /// A number of one to `maximumDigits` digits.
    mutating func number(maximumDigits: Int) -> Int? {
        var value = 0
        var count = 0
        while count < maximumDigits, let byte = peek, Self.isDigit(byte) {
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            count += 1
            index += 1
        }
        return count > 0 ? value : nil
    }

    /// `[+-]hh[:mm[:ss]]` as signed seconds, hours at most `maximumHours`.
    mutating func duration(maximumHours: Int, maximumDigits: Int) -> Int? {
        let sign = take(UInt8(ascii: "-")) ? -1 : 1
        if sign == 1 { _ = take(UInt8(ascii: "+")) }
        guard let hours = number(maximumDigits: maximumDigits), hours <= maximumHours else { return nil }
        var seconds = hours * 3600
        for scale in [60, 1] {
            guard take(UInt8(ascii: ":")) else { break }
            guard let part = number(maximumDigits: 2), part <= 59 else { return nil }
            seconds += part * scale
        }
        return sign * seconds
    }

    /// `Jn`, `n` or `Mm.w.d`, then an optional `/time`.
    mutating func change() -> PosixZoneRule.Change? {
        let day: PosixZoneRule.Day
        if take(UInt8(ascii: "J")) {
            guard let number = number(maximumDigits: 3), (1...365).contains(number) else { return nil }
            day = .julian(number)
        } else if take(UInt8(ascii: "M")) {
            guard let month = number(maximumDigits: 2), (1...12).contains(month), take(UInt8(ascii: ".")),
                let week = number(maximumDigits: 1), (1...5).contains(week), take(UInt8(ascii: ".")),
                let weekday = number(maximumDigits: 1), (0...6).contains(weekday)
            else { return nil }
            day = .monthWeekDay(month: month, week: week, weekday: weekday)
        } else {
            guard let number = number(maximumDigits: 3), (0...365).contains(number) else { return nil }
            day = .zeroBased(number)
        }
        var time = 7200
        if take(UInt8(ascii: "/")) {
            guard let written = duration(maximumHours: 167, maximumDigits: 3) else { return nil }
            time = written
        }
        return PosixZoneRule.Change(day: day, time: time)
    }
}
