/// Turns weeks x training days into dated session slots.
///
/// Week `n` is the seven days from `start + 7(n-1)`. Sessions fall on the chosen weekdays. A
/// skipped date's session moves to the next free day of the same week that keeps the minimum rest
/// before and after it; when no day does, it is dropped with a note. Rest is counted in wall-clock
/// hours (sessions start at the same local time every day), so a DST change never moves a session.
public struct Scheduler: Sendable {
    /// The first day of week 1.
    public var start: CivilDate
    /// How many weeks to schedule.
    public var weeks: Int
    /// The training days.
    public var days: [Weekday]
    /// The fewest hours between session starts.
    public var minRestHours: Int
    /// Dates with no training.
    public var skip: Set<CivilDate>

    /// Creates a scheduler.
    public init(start: CivilDate, weeks: Int, days: [Weekday], minRestHours: Int, skip: Set<CivilDate> = []) {
        self.start = start
        self.weeks = weeks
        self.days = Array(Set(days)).sorted()
        self.minRestHours = minRestHours
        self.skip = skip
    }

    /// Days that must pass between two sessions at the same time of day.
    var restDays: Int { (max(minRestHours, 0) + 23) / 24 }

    /// The slots, week by week.
    ///
    /// - Throws: `PlanError` when there are no training days, or the days cannot keep the rest rule.
    public func schedule() throws(PlanError) -> [ScheduledWeek] {
        guard !days.isEmpty else {
            throw PlanError("no training days chosen", help: "choose days such as mon,wed,fri")
        }
        if let problem = Schedule.restProblem(days: days, minRestHours: minRestHours) {
            throw PlanError("impossible schedule: \(problem)", help: "choose days further apart")
        }
        let chosen = Set(days)
        var result: [ScheduledWeek] = []
        var last: CivilDate?
        for number in 1...max(weeks, 1) {
            let weekStart = start.adding(days: 7 * (number - 1))
            let weekEnd = weekStart.adding(days: 7)
            let planned = (0..<7).map { weekStart.adding(days: $0) }.filter { chosen.contains($0.weekday) }
            // The next session that will really happen after a given date: a later unskipped planned
            // day of this week, or next week's first training day.
            let nextWeekFirst = (0..<7).map { weekEnd.adding(days: $0) }.first { chosen.contains($0.weekday) }
            func nextKept(after date: CivilDate) -> CivilDate? {
                planned.first { $0 > date && !skip.contains($0) } ?? nextWeekFirst
            }
            var week = ScheduledWeek(number: number, programmeWeek: number, startDate: weekStart, slots: [], notes: [])
            for date in planned {
                if !skip.contains(date) {
                    week.slots.append(ScheduledSlot(week: number, date: date, movedFrom: nil))
                    last = date
                    continue
                }
                let next = nextKept(after: date)
                var candidate = date.adding(days: 1)
                var moved: CivilDate?
                while candidate < weekEnd {
                    // A day that is not skipped, not a training day, and after every session placed so far
                    // (two skipped days must not both move to the same free day).
                    let free = !skip.contains(candidate) && !chosen.contains(candidate.weekday)
                        && (last.map { $0 < candidate } ?? true)
                    let restBefore = last.map { $0.days(until: candidate) >= restDays } ?? true
                    let restAfter = next.map { candidate.days(until: $0) >= restDays } ?? true
                    if free, restBefore, restAfter {
                        moved = candidate
                        break
                    }
                    candidate = candidate.adding(days: 1)
                }
                if let moved {
                    week.slots.append(ScheduledSlot(week: number, date: moved, movedFrom: date))
                    last = moved
                } else {
                    week.notes.append(
                        "\(date.shortDisplay) is skipped and no other day this week keeps \(minRestHours) hours "
                            + "of rest: that session is dropped")
                }
            }
            week.slots.sort { $0.date < $1.date }
            result.append(week)
        }
        return result
    }
}
