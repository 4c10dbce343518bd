import Foundation

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
}
