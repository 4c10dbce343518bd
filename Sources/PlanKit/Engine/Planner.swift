import YAMLKit

/// Builds a plan: schedules the sessions, then walks them in date order asking each block's
/// plugin for its prescriptions, threading each plugin's state from session to session.
///
/// Deterministic: the same programme and athlete give the same plan. Nothing here reads a clock
/// or the system's time zone.
public struct Planner: Sendable {
    /// How session lengths are estimated.
    public var estimator: DurationEstimator
    /// Whether a session of a day or more is refused (off only to measure templates).
    var refusesSessionsADayLong = true

    /// Creates a planner.
    public init(estimator: DurationEstimator = DurationEstimator()) {
        self.estimator = estimator
    }

    /// Plans a configured programme for a person.
    ///
    /// - Throws: `PlanError` for inputs the programme cannot take: an unknown baseline key or a
    ///   value out of its range, a length out of range, days that break the rest rule.
    public func plan(_ configured: ConfiguredProgramme, for athlete: Athlete) throws(PlanError) -> Plan {
        let programme = configured.programme
        let weeks = athlete.weeks ?? programme.weeks
        if let problem = AthleteRules.weeksProblem(weeks, field: "'weeks'") { throw PlanError(problem) }
        if let problem = AthleteRules.endProblem(start: athlete.start, weeks: weeks) {
            throw PlanError(problem.message, help: problem.help)
        }
        try Self.checkBaseline(athlete.baseline, keys: configured.baselineKeys)
        let days = athlete.days ?? programme.schedule.days
        let time = athlete.time ?? programme.schedule.time
        let scheduled = try Scheduler(
            start: athlete.start, weeks: weeks, days: days, minRestHours: programme.schedule.minRestHours,
            skip: Set(athlete.skip)
        ).schedule()

        var states: [String: any Sendable] = [:]
        var startingPoints: [String] = []
        for block in configured.templates.flatMap({ $0 }) where states[block.pluginID] == nil {
            let start = block.start(athlete, configured.catalog)
            states[block.pluginID] = start.state
            if let summary = start.summary { startingPoints.append(summary) }
        }

        let wallClock = WallClock(zone: athlete.timeZone)
        var prescriptionCount = 0
        var planWeeks: [PlanWeek] = []
        var number = 0
        let templates = configured.templates
        for week in scheduled {
            let phase = programme.phase(forWeek: week.number)
            let isDeload = programme.isDeload(week: week.number)
            var sessions: [PlannedSession] = []
            for (index, slot) in week.slots.enumerated() {
                let templateIndex = templates.isEmpty ? 0 : number % templates.count
                number += 1
                let context = SessionContext(
                    week: week.number, weeks: weeks, sessionNumber: number, sessionInWeek: index + 1,
                    sessionsThisWeek: week.slots.count, date: slot.date, phase: phase, isDeload: isDeload,
                    deloadVolume: isDeload ? (programme.deload?.volume ?? .full) : .full, catalog: configured.catalog)
                var blocks: [BlockPlan] = []
                for block in templates.isEmpty ? [] : templates[templateIndex] {
                    var state: any Sendable = states[block.pluginID] ?? ()
                    blocks.append(block.prescribe(context, &state))
                    states[block.pluginID] = state
                }
                // A last guard on the plan's size: the programme's count limits keep any valid
                // file under it, so only a programme made in code can reach it.
                prescriptionCount += blocks.reduce(0) { $0 + $1.prescriptions.count }
                if prescriptionCount > Limits.prescriptionsPerPlan {
                    throw PlanError(
                        "the plan would hold more than \(Limits.prescriptionsPerPlan) exercise prescriptions",
                        help: "plan fewer weeks or fewer training days, or give the sessions fewer exercises")
                }
                let minutes = estimator.minutes(for: blocks)
                // A session may end after midnight (every output says "next day"), but never a day
                // or more after it starts: it would end after the next session's start and its end
                // time would read as earlier than its start.
                if refusesSessionsADayLong, minutes >= Self.minutesInADay {
                    let name = programme.sessions.indices.contains(templateIndex)
                        ? "'\(programme.sessions[templateIndex].title)' " : ""
                    throw PlanError(
                        "session \(number), \(name)on \(slot.date.longDisplay), takes \(Self.length(minutes)), "
                            + "a day or more",
                        help: "give the programme's sessions less work, or plan fewer weeks")
                }
                var notes: [String] = []
                if let movedFrom = slot.movedFrom {
                    notes.append("moved from \(movedFrom.shortDisplay), a skipped date")
                }
                // A time in a daylight-saving gap is moved to the time the clocks show, in every
                // format alike (text, JSON and .ics); a repeated time means its first occurrence.
                var start = time
                if let wallClock, let shown = wallClock.shiftedTime(on: slot.date, at: time) {
                    notes.append(
                        "\(time) does not exist on this day in \(wallClock.zoneName) (the clocks go forward): "
                            + "start at \(shown)")
                    start = shown
                } else if let wallClock, wallClock.isRepeated(on: slot.date, at: time) {
                    notes.append(
                        "\(time) happens twice on this day in \(wallClock.zoneName) (the clocks go back): "
                            + "start at the first \(time)")
                }
                sessions.append(PlannedSession(
                    week: week.number, number: number, date: slot.date, start: start,
                    durationMinutes: minutes,
                    title: programme.sessions.indices.contains(templateIndex) ? programme.sessions[templateIndex].title : "",
                    blocks: blocks, notes: notes))
            }
            planWeeks.append(PlanWeek(
                number: week.number, startDate: week.startDate, phase: phase?.name, focus: phase?.focus,
                isDeload: isDeload, sessions: sessions, notes: week.notes))
        }
        return Plan(
            programmeID: programme.id, programmeTitle: programme.title, summary: programme.summary, athlete: athlete,
            days: Array(Set(days)).sorted(), time: time, minRestHours: programme.schedule.minRestHours,
            startingPoints: startingPoints, safety: programme.safety, weeks: planWeeks)
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

    /// The longest estimated session of each template over the programme's own weeks, planned
    /// for a person with no baseline who starts at midnight; nil for a template that never
    /// comes round (more templates than sessions).
    public func longestSessions(_ configured: ConfiguredProgramme) -> [(minutes: Int, prescriptions: Int)?] {
        var longest = [(minutes: Int, prescriptions: Int)?](repeating: nil, count: configured.templates.count)
        let athlete = Athlete(start: CivilDate(daysSinceEpoch: 20_454), time: TimeOfDay(clampedHour: 0, minute: 0))
        var measuring = self
        measuring.refusesSessionsADayLong = false
        guard !longest.isEmpty, let plan = try? measuring.plan(configured, for: athlete) else { return longest }
        for session in plan.weeks.flatMap(\.sessions) {
            let index = (session.number - 1) % longest.count
            let count = session.blocks.reduce(0) { $0 + $1.prescriptions.count }
            longest[index] = (max(longest[index]?.minutes ?? 0, session.durationMinutes),
                              max(longest[index]?.prescriptions ?? 0, count))
        }
        return longest
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
