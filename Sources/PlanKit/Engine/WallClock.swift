import FoundationEssentials

/// Checks wall-clock times against a time zone's rules (from the tz database, never the system's
/// own zone), so a session set in a daylight-saving gap is flagged rather than silently moved.
struct WallClock {
    private let calendar: Calendar
    /// The zone's IANA name.
    let zoneName: String

    /// Nil when the zone name is unknown (the command line checks names before planning).
    init?(zone: String) {
        guard let timeZone = TimeZone(identifier: zone) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
        zoneName = zone
    }

    /// The time the clocks actually show when `time` on `date` does not exist (it falls in a
    /// spring-forward gap), or nil when it exists.
    func shiftedTime(on date: CivilDate, at time: TimeOfDay) -> TimeOfDay? {
        let wanted = DateComponents(
            year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute)
        guard let instant = calendar.date(from: wanted) else { return nil }
        let shown = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        guard shown.hour != time.hour || shown.minute != time.minute || shown.day != date.day else { return nil }
        return TimeOfDay(clampedHour: shown.hour ?? time.hour, minute: shown.minute ?? time.minute)
    }

    /// Whether `time` on `date` happens twice (it falls in the hour the clocks go back over).
    /// Every format then means the first of the two, as RFC 5545 reads a repeated local time.
    func isRepeated(on date: CivilDate, at time: TimeOfDay) -> Bool {
        let zone = calendar.timeZone
        let wallClock = date.daysSinceEpoch * 86_400 + time.minutesSinceMidnight * 60
        // Every offset in force within a day and a half either side; a time is repeated when
        // more than one of them reads it as a real instant.
        let offsets = Set([-129_600, 0, 129_600].map {
            zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wallClock + $0)))
        })
        let valid = offsets.filter {
            zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wallClock - $0))) == $0
        }
        return valid.count > 1
    }
}
