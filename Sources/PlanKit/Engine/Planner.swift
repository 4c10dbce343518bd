import YAMLKit

/// Builds a plan in three steps: the `Scheduler` dates the sessions, the `SessionWalk` asks each
/// block's plugin for its prescriptions session by session, and the `PlanAssembly` puts the
/// sessions, weeks and header together.
///
/// Deterministic: the same programme and athlete give the same plan. Nothing here reads a clock
/// or the system's time zone.
public struct Planner: Sendable {
    /// How session lengths are estimated.
    public var estimator: DurationEstimator
    /// Whether a course's sessions whose time has passed say why their doses changed (each
    /// prescription's `change`), as the JSON and the calendar show them. The text plan and `log`
    /// show only what such a session prescribed, beside what was done: without the words, its
    /// replay is much cheaper (see `SessionContext.wordsChanges`).
    public var wordsPastChanges: Bool

    /// Creates a planner.
    public init(estimator: DurationEstimator = DurationEstimator(), wordsPastChanges: Bool = true) {
        self.estimator = estimator
        self.wordsPastChanges = wordsPastChanges
    }

    /// Plans a configured programme for a person.
    ///
    /// - Throws: `PlanError` for inputs the programme cannot take: an unknown baseline key or a
    ///   value out of its range, a length out of range, days that break the rest rule.
    public func plan(_ configured: ConfiguredProgramme, for athlete: Athlete) throws(PlanError) -> Plan {
        try plan(configured, for: athlete, replay: nil)
    }

    /// Plans a course: the programme for the person who started it, with every session whose time
    /// has passed by `today` replayed from the journal (done, moved or missed, and what the pain
    /// rules made of it), so that each later session starts from what the person really did.
    ///
    /// A red flag in the journal ends the plan at that session (`Plan.stoppedBecause`). Pain not
    /// easing after 2 weeks of the plan is noted (`Plan.painNotEasing`), and the plan goes on.
    public func plan(_ configured: ConfiguredProgramme, course: Course, today: CivilDate) throws(PlanError) -> Plan {
        let replay = CourseReplay(
            logs: course.logs, rules: configured.programme.painRules, redFlags: configured.programme.safety.redFlags,
            start: course.athlete.start, today: today)
        var plan = try plan(configured, for: course.athlete, replay: replay)
        if let longest = course.longestPlan { plan.withdrawn = withdrawn(after: plan, upTo: longest, configured, course.athlete) }
        plan.screening = course.screening
        plan.isCourse = true
        if plan.stoppedBecause == nil {
            // The sessions the replay read: a log it passed over (a second one between two
            // sessions) is no session of the plan.
            plan.painNotEasing = PainNotEasing(
                logs: plan.sessions.compactMap { $0.record?.log }, today: today,
                safeDuring: configured.programme.painRules.progressUpTo,
                after: course.clinicianVisits.filter { $0 <= today }.max())
        }
        return plan
    }

    private func plan(
        _ configured: ConfiguredProgramme, for athlete: Athlete, replay: CourseReplay?
    ) throws(PlanError) -> Plan {
        let programme = configured.programme
        let weeks = athlete.weeks ?? programme.weeks
        if let problem = AthleteRules.weeksProblem(weeks, field: "'weeks'") { throw PlanError(problem) }
        if let problem = AthleteRules.endProblem(start: athlete.start, weeks: weeks) {
            throw PlanError(problem.message, help: problem.help)
        }
        try Self.checkBaseline(athlete.baseline, keys: configured.baselineKeys)
        let days = athlete.days ?? programme.schedule.days
        func schedule(_ weeks: Int) throws(PlanError) -> [ScheduledWeek] {
            try Scheduler(
                start: athlete.start, weeks: weeks, days: days, minRestHours: programme.schedule.minRestHours,
                skip: Set(athlete.skip)
            ).schedule()
        }
        var scheduled = try schedule(weeks)
        if let replay {
            // A week of a course with nothing done does not count: the course grows by a week for
            // each (up to the longest plan), and the weeks after it train the programme week it missed.
            var missed = replay.emptyWeeks(in: scheduled)
            while weeks + missed.count > scheduled.count, scheduled.count < AthleteRules.weeks.upperBound {
                let longer = min(weeks + missed.count, AthleteRules.weeks.upperBound)
                if let problem = AthleteRules.endProblem(start: athlete.start, weeks: longer) {
                    throw PlanError(problem.message, help: problem.help)
                }
                scheduled = try schedule(longer)
                missed = replay.emptyWeeks(in: scheduled)
            }
            CourseReplay.renumber(&scheduled, skipping: missed)
        }

        var walk = SessionWalk(configured, for: athlete, weeks: weeks)
        var assembly = PlanAssembly(
            programme: programme, athlete: athlete, time: athlete.time ?? programme.schedule.time, estimator: estimator,
            fit: walk.fit)
        var replay = replay
        let dates = scheduled.flatMap { $0.slots.map(\.date) }
        var count = 0
        for week in scheduled where replay?.stop == nil {
            var sessions: [PlannedSession] = []
            for index in week.slots.indices where replay?.stop == nil {
                // Weeks without a session done: this one starts easier (see `CourseReplay.gap`).
                let gap = replay?.gap(before: week.slots[index].date)
                let nextDate = dates.indices.contains(count + 1) ? dates[count + 1] : nil
                // Only a session the journal has no entry for can be replayed as missed.
                let mayBeMissed = replay.map { !$0.hasEntry(for: week.slots[index].date, nextDate: nextDate) } ?? false
                // A session the journal has an entry for, or whose day is over, is past: it gets a record.
                let isPast = replay.map { !mayBeMissed || week.slots[index].date < $0.today } ?? false
                let walked = walk.next(
                    index, of: week, steppingBackFor: gap, mayBeMissed: mayBeMissed,
                    wordsChanges: wordsPastChanges || !isPast)
                var session = try assembly.session(walked, in: week.slots[index])
                count += 1
                if let outcome = replay?.outcome(of: walked, nextDate: nextDate) {
                    let blocks = walk.replay(walked, log: outcome.log, verdict: outcome.verdict)
                    // A block's own shortfall (reps missed) may make the verdict stronger than the pain alone.
                    session.record = SessionRecord(
                        status: outcome.status, log: outcome.log,
                        decision: SessionRecord.decision(pain: outcome.verdict, blocks: blocks) ?? outcome.decision)
                }
                sessions.append(session)
            }
            assembly.add(week, sessions: sessions)
        }
        var plan = assembly.plan(days: days, startingPoints: walk.startingPoints)
        plan.stoppedBecause = replay?.stop
        if plan.stoppedBecause != nil {
            // The sessions the red flag called off, so that calendars can remove them.
            // Each takes its template as the walk would have given it.
            var number = 0
            var cancelled: [PlannedSession] = []
            for week in scheduled {
                for index in week.slots.indices {
                    number += 1
                    guard number > count else { continue }
                    cancelled.append(assembly.cancelled(
                        week.slots[index], number: number, template: walk.template(index, of: week)))
                }
            }
            plan.cancelled = cancelled
        }
        return plan
    }

    /// The sessions numbered after `plan`'s last (its called-off ones included) up to `longest`,
    /// on the training days that follow its last session as the schedule gives them: where the
    /// longer plan had them. Empty when the plan is as long, or no schedule reaches that far.
    private func withdrawn(
        after plan: Plan, upTo longest: Int, _ configured: ConfiguredProgramme, _ athlete: Athlete
    ) -> [PlannedSession] {
        let all = plan.sessions + plan.cancelled
        let highest = all.map(\.number).max() ?? 0
        guard longest > highest, let last = all.map(\.date).max() else { return [] }
        let days = athlete.days ?? configured.programme.schedule.days
        let missing = longest - highest
        // Enough weeks from the start to reach past the last session by `missing` training days.
        let weeks = min(
            AthleteRules.weeks.upperBound, athlete.start.days(until: last) / 7 + 2 + missing / max(1, days.count))
        guard AthleteRules.endProblem(start: athlete.start, weeks: weeks) == nil,
            let scheduled = try? Scheduler(
                start: athlete.start, weeks: weeks, days: days, minRestHours: configured.programme.schedule.minRestHours,
                skip: Set(athlete.skip)
            ).schedule()
        else { return [] }
        let time = athlete.time ?? configured.programme.schedule.time
        let slots = scheduled.flatMap(\.slots).filter { $0.date > last }.prefix(missing)
        return zip((highest + 1)..., slots).map { number, slot in
            PlannedSession(
                week: slot.week, number: number, date: slot.date, start: time, durationMinutes: 0, title: "", blocks: [])
        }
    }

    static let minutesInADay = 24 * 60

    /// `about 31 min` or `about 25 h 10 min`.
    static func length(_ minutes: Int) -> String {
        minutes >= 120 ? "about \(minutes / 60) h \(minutes % 60) min" : "about \(minutes) min"
    }

    /// Why a session template of `minutes` starting at the programme's `start` does not fit in its
    /// day, or nil when it ends by midnight. (`validate` holds templates to their own day; a later
    /// `--time` may still carry a session past midnight, which the outputs show as "next day".)
    public static func pastMidnight(start: TimeOfDay, minutes: Int) -> String? {
        guard minutes > minutesInADay - start.minutesSinceMidnight else { return nil }
        if minutes >= minutesInADay { return "takes \(length(minutes)), a day or more" }
        return "takes \(length(minutes)): starting at \(start) it would end after midnight"
    }

    /// Checks baseline keys and values against what the programme's plugins read.
    static func checkBaseline(_ baseline: [String: Int], keys: [PluginDescriptor.BaselineKey]) throws(PlanError) {
        for (key, value) in baseline.sorted(by: { $0.key < $1.key }) {
            if let problem = AthleteRules.baselineProblem(key: key, value: value, found: String(value), keys: keys) {
                throw PlanError(problem.message, help: problem.help)
            }
        }
    }
}
