/// A dated session slot before any plugin has filled it.
public struct ScheduledSlot: Sendable, Hashable {
    /// The 1-based week.
    public var week: Int
    /// The date the session happens.
    public var date: CivilDate
    /// The planned date it was moved from, when that date was skipped.
    public var movedFrom: CivilDate?
}

/// One week of slots, with notes about sessions that could not be kept.
public struct ScheduledWeek: Sendable, Hashable {
    /// The 1-based week number.
    public var number: Int
    /// The week of the programme it trains (phases, deloads, progression): `number`, less the
    /// earlier weeks of a course in which nothing was done (they do not count).
    public var programmeWeek: Int
    /// The first day of the week.
    public var startDate: CivilDate
    /// The sessions, in date order.
    public var slots: [ScheduledSlot]
    /// Why a planned session was dropped, one note each.
    public var notes: [String]
    /// Why `programmeWeek` is not `number` (`programme week 7: 1 week with nothing logged did not
    /// count`); nil when they are the same, and on a week that did not count (its note says so).
    public var programmeWeekNote: String? = nil
}
