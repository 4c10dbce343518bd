/// The person a plan is for, and what they chose: when to start, which days, baselines, dates to skip.
///
/// Everything here is an input; the engine reads no clock and no system time zone.
public struct Athlete: Sendable, Hashable, Codable {
    /// The person's name, shown in the plan's header, if given.
    public var name: String?
    /// The first day of week 1.
    public var start: CivilDate
    /// Training days chosen by the person; nil to use the programme's.
    public var days: [Weekday]?
    /// Session start time chosen by the person; nil to use the programme's.
    public var time: TimeOfDay?
    /// The person's IANA time zone (`Europe/London`), used for calendar instants.
    public var timeZone: String
    /// A different length than the programme's, if asked for.
    public var weeks: Int?
    /// Dates with no training (holidays, travel).
    public var skip: [CivilDate]
    /// Baseline tests by key (`push-ups`: the most good-form push-ups in one set).
    public var baseline: [String: Int]

    /// Creates an athlete.
    public init(
        name: String? = nil, start: CivilDate, days: [Weekday]? = nil, time: TimeOfDay? = nil,
        timeZone: String = "UTC", weeks: Int? = nil, skip: [CivilDate] = [], baseline: [String: Int] = [:]
    ) {
        self.name = name
        self.start = start
        self.days = days
        self.time = time
        self.timeZone = timeZone
        self.weeks = weeks
        self.skip = skip
        self.baseline = baseline
    }
}
