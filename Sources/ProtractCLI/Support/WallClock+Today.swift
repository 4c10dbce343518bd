#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PlanKit

extension WallClock {
    /// Today's date in `zone` by the system's clock, or in UTC when the zone is unknown: the one
    /// place a command reads the clock for a date (`--today` overrides it where a command takes it).
    static func today(in zone: String) -> CivilDate {
        let now = Int(Date().timeIntervalSince1970)
        let clock = WallClock(zone: zone) ?? WallClock(zone: "UTC")
        return clock?.date(at: now) ?? CivilDate(daysSinceEpoch: now / 86_400)
    }
}
