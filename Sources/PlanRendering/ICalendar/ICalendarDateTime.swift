import FoundationEssentials
import FoundationInternationalization
import PlanKit

/// Turns a session's local date and wall-clock time into an instant, and instants and durations
/// into their iCalendar forms (a DATE value is ``CivilDate/basicFormat``).
///
/// The zone is the person's (an input), never the system's. Local time is resolved the way
/// RFC 5545 §3.3.5 resolves a `TZID` value, so the instant is the one a client reading
/// `DTSTART;TZID=…` would compute:
/// - a wall-clock time that happens twice (the autumn change) means the first of the two;
/// - a wall-clock time that does not happen (the spring gap) is read with the offset in force
///   before the gap, so 02:30 on the night New York moves to EDT becomes 03:30 EDT.
struct ICalendarDateTime: Sendable {
    /// The person's zone.
    var zone: TimeZone

    /// The zone with this IANA identifier; nil when Foundation does not know it.
    init?(zoneIdentifier: String) {
        guard let zone = TimeZone(identifier: zoneIdentifier) else { return nil }
        self.zone = zone
    }

    /// Seconds since 1970-01-01T00:00:00Z of `time` on `date` in the zone.
    func instant(of date: CivilDate, at time: TimeOfDay) -> Int {
        let wallClock = date.daysSinceEpoch * 86_400 + time.minutesSinceMidnight * 60
        // Every offset in force within a day and a half either side.
        let candidates = Set([-129_600, 0, 129_600].map { offset(at: wallClock + $0) })
        let valid = candidates.filter { offset(at: wallClock - $0) == $0 }
        if let latestOffset = valid.max() {
            return wallClock - latestOffset  // the earliest instant showing this wall-clock time
        }
        // In a gap: read it with the offset in force just before the gap.
        let beforeGap = offset(at: wallClock - (candidates.max() ?? 0))
        return wallClock - beforeGap
    }

    /// The zone's offset from UTC, in seconds, at an instant.
    func offset(at instant: Int) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
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
