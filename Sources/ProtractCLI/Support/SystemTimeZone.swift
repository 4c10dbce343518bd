import Foundation
import YAMLKit

/// The zone to plan in when neither `--time-zone` nor the profile names one: `TZ` when it names
/// an IANA zone, else the system's.
///
/// `TZ` is read as glibc reads it where it names a zone: `Europe/London`, `:Europe/London` (the
/// colon is dropped) or a path into a `zoneinfo` folder. A value that names no IANA zone (a typo,
/// or a POSIX rule such as `EST5EDT,M3.2.0,M11.1.0`) gives UTC, as the C library does, with a
/// warning that says so and how to choose a zone.
enum SystemTimeZone {
    static func resolve(
        tz: String?, system: () -> String = { TimeZone.current.identifier }
    ) -> (zone: String, warning: String?) {
        guard let tz, !tz.isEmpty else { return (system(), nil) }
        var name = tz.hasPrefix(":") ? String(tz.dropFirst()) : tz
        if name.hasPrefix("/"), let range = name.range(of: "/zoneinfo/") {
            name = String(name[range.upperBound...])
        }
        if !name.isEmpty, !name.hasPrefix("/"), TimeZone(identifier: name) != nil { return (name, nil) }
        return ("UTC", "TZ is '\(TerminalText.visible(tz))', which names no IANA time zone; planning in UTC. "
            + "Choose the zone with --time-zone (such as --time-zone Europe/London), 'time-zone:' in the profile, "
            + "or TZ=Europe/London")
    }
}
