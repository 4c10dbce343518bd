public import PlanKit

/// The shape of a plan to run a plugin over, as the engine would schedule it: weeks, sessions in each
/// week, deloads, the start date and the athlete's baseline. Makes the session contexts a plugin sees.
public struct PlanShape {
    /// The plan's weeks.
    public var weeks: Int
    /// Sessions in each (1-based) week; a week with none is skipped.
    public var sessionsInWeek: (Int) -> Int
    /// Deload every this many weeks (weeks 4, 8, … for 4); nil for none.
    public var deloadEvery: Int?
    /// The share of working sets a deload week keeps.
    public var deloadPercent: Int
    /// Deload weeks named one by one, as well as `deloadEvery`.
    public var deloadWeeks: Set<Int> = []
    /// The athlete's baseline (`push-ups: 6`).
    public var baseline: [String: Int]
    /// The first session's date.
    public var start: CivilDate

    /// The default first day: Monday 2026-12-07.
    public static let monday = CivilDate(year: 2026, month: 12, day: 7) ?? CivilDate(daysSinceEpoch: 0)

    /// The same number of sessions every week.
    public init(
        weeks: Int, perWeek: Int, deloadEvery: Int? = 4, deloadPercent: Int = 60, baseline: [String: Int] = [:],
        start: CivilDate = PlanShape.monday
    ) {
        self.init(
            weeks: weeks, sessionsInWeek: { _ in perWeek }, deloadEvery: deloadEvery, deloadPercent: deloadPercent,
            baseline: baseline, start: start)
    }

    /// A number of sessions for each week.
    public init(
        weeks: Int, sessionsInWeek: @escaping (Int) -> Int, deloadEvery: Int? = 4, deloadPercent: Int = 60,
        baseline: [String: Int] = [:], start: CivilDate = PlanShape.monday
    ) {
        self.weeks = weeks
        self.sessionsInWeek = sessionsInWeek
        self.deloadEvery = deloadEvery
        self.deloadPercent = deloadPercent
        self.baseline = baseline
        self.start = start
    }

    /// Whether `week` is a deload week.
    public func isDeload(_ week: Int) -> Bool {
        if deloadWeeks.contains(week) { return true }
        guard let every = deloadEvery else { return false }
        return week % every == 0
    }

    /// The athlete the plan is for: its start and baseline.
    public var athlete: Athlete { Athlete(start: start, baseline: baseline) }

    /// Every session's context in order: session `n` of week `w` falls on day `(w - 1) * 7 + n - 1`.
    public func sessions(catalog: ExerciseCatalog) throws -> [SessionContext] {
        guard let deload = Percentage(deloadPercent) else { throw BadPercentage(value: deloadPercent) }
        var contexts: [SessionContext] = []
        for week in 1...max(weeks, 1) {
            let count = sessionsInWeek(week)
            guard count > 0 else { continue }
            let isDeload = isDeload(week)
            for index in 1...count {
                contexts.append(SessionContext(
                    week: week, weeks: weeks, sessionNumber: contexts.count + 1, sessionInWeek: index,
                    sessionsThisWeek: count, date: start.adding(days: (week - 1) * 7 + index - 1), phase: nil,
                    isDeload: isDeload, deloadVolume: isDeload ? deload : .full, catalog: catalog))
            }
        }
        return contexts
    }

    /// A deload percentage `Percentage` does not hold.
    public struct BadPercentage: Error, CustomStringConvertible {
        public var value: Int
        public var description: String { "bad deload percentage \(value)" }
    }
}
