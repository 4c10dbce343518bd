import YAMLKit

/// When sessions happen: the training days, the start time and the least rest between sessions.
public struct Schedule: Sendable, Hashable, Decodable {
    /// The training days, in week order, without repeats.
    public var days: [Weekday]
    /// The time sessions start.
    public var time: TimeOfDay
    /// The fewest hours from the start of one session to the start of the next.
    public var minRestHours: Int
    /// The fewest sessions a week the programme is written for: a plan on fewer training days says
    /// so. Default 2, ACSM's least for training a muscle group (2-3 days a week), or the number of
    /// days when the programme has fewer.
    public var minSessionsPerWeek: Int

    /// The allowed `min-sessions-per-week`.
    public static let minSessionsPerWeekRange = 1...7
    /// `min-sessions-per-week` when a programme does not say.
    public static let defaultMinSessionsPerWeek = 2

    /// The allowed `min-rest-hours` (up to a week).
    public static let minRestHoursRange = 0...168

    enum CodingKeys: String, CodingKey, CaseIterable {
        case days, time
        case minRestHours = "min-rest-hours"
        case minSessionsPerWeek = "min-sessions-per-week"
    }

    /// Creates a schedule.
    public init(
        days: [Weekday], time: TimeOfDay, minRestHours: Int, minSessionsPerWeek: Int? = nil
    ) {
        self.days = days.sorted()
        self.time = time
        self.minRestHours = minRestHours
        self.minSessionsPerWeek = minSessionsPerWeek ?? min(Self.defaultMinSessionsPerWeek, max(days.count, 1))
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        let days = keys.decodeEach(Weekday.self, forKey: .days, recorder: recorder)
        time = recorder.attempt(TimeOfDay(clampedHour: 7, minute: 0)) {
            try keys.decode(TimeOfDay.self, forKey: .time)
        }
        minRestHours = recorder.attempt(0) {
            try keys.decodeIfPresent(Int.self, forKey: .minRestHours, in: Self.minRestHoursRange) ?? 0
        }
        let minimum = recorder.attempt(nil) {
            try keys.decodeIfPresent(
                Int.self, forKey: .minSessionsPerWeek, in: Self.minSessionsPerWeekRange,
                help: "the fewest sessions a week the programme is written for, 1 to 7 (default 2)")
        }
        // Unwritten, it is the default, or every day of a programme with fewer days.
        minSessionsPerWeek = minimum ?? min(Self.defaultMinSessionsPerWeek, max(days.count, 1))
        self.days = days.sorted()
        let daysPath = decoder.codingPath + [CodingKeys.days]
        keys.checkNotEmpty(.days, recorder: recorder, message: "'days' must name at least one training day",
                           help: "write the days as a list, such as [mon, wed, fri]")
        if Set(days).count != days.count {
            recorder.report("'days' names a day more than once", at: keys.sourceRange(forKey: .days), path: daysPath,
                            help: "name each training day once, such as [mon, wed, fri]")
        }
        if !recorder.failed, minSessionsPerWeek > days.count {
            recorder.report(
                "'min-sessions-per-week' is \(minSessionsPerWeek), more than the \(days.count) training "
                    + "day\(days.count == 1 ? "" : "s") in 'days'",
                at: keys.sourceRange(forKey: .minSessionsPerWeek), path: decoder.codingPath + [CodingKeys.minSessionsPerWeek],
                help: "name at least \(minSessionsPerWeek) days, or lower 'min-sessions-per-week'")
        }
        if !recorder.failed, let problem = Self.restProblem(days: days, minRestHours: minRestHours) {
            recorder.report(problem, at: keys.sourceRange(forKey: .days), path: daysPath,
                            help: "choose days further apart, or lower 'min-rest-hours'")
        }
        try recorder.check()
    }

    /// Why the given days cannot keep `minRestHours` between sessions, or nil when they can.
    public static func restProblem(days: [Weekday], minRestHours: Int) -> String? {
        let sorted = Array(Set(days)).sorted()
        guard sorted.count > 1 else { return nil }
        for (index, day) in sorted.enumerated() {
            let next = sorted[(index + 1) % sorted.count]
            var gap = next.rawValue - day.rawValue
            if gap <= 0 { gap += 7 }
            if gap * 24 < minRestHours {
                let most = max(1, 7 * 24 / max(minRestHours, 1))
                return "\(day.displayName) and \(next.displayName) are \(gap * 24) hours apart, "
                    + "less than the \(minRestHours) hours of rest this programme needs "
                    + "(it allows at most \(most) session\(most == 1 ? "" : "s") a week)"
            }
        }
        return nil
    }
}
