import PlanKit

/// A DATE (`20270328`) or UTC DATE-TIME (`20270328T063000Z`) value, as seconds since 1970.
struct ICalendarInstant: Hashable {
    var seconds: Int
    var isDate: Bool

    /// Parses a value; nil when it is not a real date and time (floating times are accepted here;
    /// the checker rejects them separately).
    init?(_ value: String) {
        let parts = value.wholeMatch(of: /(\d{4})(\d{2})(\d{2})(T(\d{2})(\d{2})(\d{2})Z?)?/)
        guard let parts, let year = Int(parts.1), let month = Int(parts.2), let day = Int(parts.3),
            let date = CivilDate(year: year, month: month, day: day)
        else { return nil }
        isDate = parts.4 == nil
        seconds = date.daysSinceEpoch * 86_400
        if let hour = parts.5.flatMap({ Int($0) }), let minute = parts.6.flatMap({ Int($0) }),
            let second = parts.7.flatMap({ Int($0) })
        {
            guard hour < 24, minute < 60, second < 60 else { return nil }
            seconds += hour * 3600 + minute * 60 + second
        }
    }
}
