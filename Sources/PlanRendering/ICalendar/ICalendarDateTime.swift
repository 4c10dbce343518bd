import PlanKit

/// Instants and durations in their iCalendar forms (a DATE value is ``CivilDate/basicFormat``).
/// A session's instant comes from the person's ``WallClock``, which resolves skipped and
/// repeated local times as RFC 5545 §3.3.5 does.
enum ICalendarDateTime {
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
