import PlanKit

/// Turns a session's local date and wall-clock time into an instant (through the person's
/// ``WallClock``, which resolves skipped and repeated times as RFC 5545 §3.3.5 does), and
/// instants and durations into their iCalendar forms (a DATE value is ``CivilDate/basicFormat``).
struct ICalendarDateTime: Sendable {
    /// The person's wall clock, in their zone (an input), never the system's.
    var clock: WallClock

    /// The zone with this IANA identifier; nil when the tz database does not hold it.
    init?(zoneIdentifier: String) {
        guard let clock = WallClock(zone: zoneIdentifier) else { return nil }
        self.clock = clock
    }

    /// Seconds since 1970-01-01T00:00:00Z of `time` on `date` in the zone.
    func instant(of date: CivilDate, at time: TimeOfDay) -> Int {
        clock.instant(of: date, at: time)
    }

    /// `20270328T063000Z`: an instant as a UTC DATE-TIME (§3.3.5, form #2).
    static func utc(_ instant: Int) -> String {
        let days = Int((Double(instant) / 86_400).rounded(.down))
        let seconds = instant - days * 86_400
        return CivilDate(daysSinceEpoch: days).basicFormat
            + "T" + [seconds / 3600, seconds % 3600 / 60, seconds % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined() + "Z"
    }

    /// `-PT30M`, `-PT1H30M`, `-P1D`, `PT0S`: a reminder `minutes` before the start, as a DURATION (§3.3.6).
    static func before(minutes: Int) -> String {
        guard minutes > 0 else { return "PT0S" }
        let days = minutes / 1440
        let hours = minutes % 1440 / 60
        let rest = minutes % 60
        var text = "-P" + (days > 0 ? "\(days)D" : "")
        if hours > 0 || rest > 0 {
            text += "T" + (hours > 0 ? "\(hours)H" : "") + (rest > 0 ? "\(rest)M" : "")
        }
        return text
    }
}
