import YAMLKit

/// Builds a plan: schedules the sessions, then walks them in date order asking each block's
/// plugin for its prescriptions, threading each plugin's state from session to session.
///
/// Deterministic: the same programme and athlete give the same plan. Nothing here reads a clock
/// or the system's time zone.
public struct Planner: Sendable {
    /// How session lengths are estimated.
    public var estimator: DurationEstimator

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
        guard (1...Programme.maxWeeks).contains(weeks) else {
            throw PlanError("the plan must be 1 to \(Programme.maxWeeks) weeks long, not \(weeks)")
        }
        if let problem = Self.endProblem(start: athlete.start, weeks: weeks) {
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
                var notes: [String] = []
                if let movedFrom = slot.movedFrom {
                    notes.append("moved from \(movedFrom.shortDisplay), a skipped date")
                }
                if let wallClock, let shown = wallClock.shiftedTime(on: slot.date, at: time) {
                    notes.append(
                        "\(time) does not exist on this day in \(wallClock.zoneName) (the clocks go forward): "
                            + "start at \(shown)")
                }
                sessions.append(PlannedSession(
                    week: week.number, number: number, date: slot.date, start: time,
                    durationMinutes: estimator.minutes(for: blocks),
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

    /// Why a plan of `weeks` weeks from `start` cannot be made because it would end after
    /// 9999-12-31 (every output writes four-digit years), with the last start that works; nil when
    /// it fits.
    public static func endProblem(start: CivilDate, weeks: Int) -> (message: String, help: String)? {
        let days = 7 * min(max(weeks, 1), Programme.maxWeeks)
        guard let last = CivilDate.lastStart(forDays: days), start > last else { return nil }
        let plan = weeks == 1 ? "1 week" : "\(weeks) weeks"
        return ("a plan of \(plan) starting \(start) would end after \(CivilDate.latest), the last date Protract plans",
                "start on \(last) or earlier, or plan fewer weeks")
    }

    /// Checks baseline keys and values against what the programme's plugins read.
    static func checkBaseline(_ baseline: [String: Int], keys: [PluginDescriptor.BaselineKey]) throws(PlanError) {
        for (key, value) in baseline.sorted(by: { $0.key < $1.key }) {
            guard let known = keys.first(where: { $0.key == key }) else {
                let names = keys.map(\.key)
                let hint = Suggestion.nearest(to: key, in: names).map { "did you mean '\($0)'? " } ?? ""
                let list = names.isEmpty ? "this programme reads no baseline" : "this programme reads: " + names.joined(separator: ", ")
                throw PlanError("unknown baseline key '\(key)'", help: hint + list)
            }
            guard known.range.contains(value) else {
                throw PlanError(
                    "baseline '\(key)' must be from \(known.range.lowerBound) to \(known.range.upperBound), not \(value)",
                    help: known.summary)
            }
        }
    }
}
