/// Puts walked sessions together into a plan: each session's length, start time and notes, the
/// weeks, and the plan's header. Guards the plan's size and each session's length on the way.
struct PlanAssembly {
    let programme: Programme
    let athlete: Athlete
    /// The session start time asked for.
    let time: TimeOfDay
    let estimator: DurationEstimator
    /// The person's wall clock, for times the clocks skip or repeat.
    let wallClock: WallClock?
    /// The phases stretched to the plan's length, and what to say about the fit.
    let fit: ScheduleFit
    private var prescriptionCount = 0
    /// The exercises of the sessions assembled so far: one first prescribed in a phase after the
    /// first is said to be new there.
    private var seen: Set<String> = []
    /// The blocks of each template's last session (by index in `all`): an exercise its block had
    /// then has been seen, and is not hashed again (a long course prescribes thousands).
    private var lastBlocks: [[BlockPlan]]
    private var weeks: [PlanWeek] = []
    /// `Programme.allTemplates`, made once for the plan rather than once a session.
    private let all: [(place: TemplatePlace, template: SessionTemplate)]
    /// Where each of `all` is written (`phases[0].sessions[1]`), worded once for the plan rather
    /// than once a session.
    private let paths: [String]

    init(programme: Programme, athlete: Athlete, time: TimeOfDay, estimator: DurationEstimator, fit: ScheduleFit) {
        self.programme = programme
        all = programme.allTemplates
        paths = all.map(\.place.pathString)
        lastBlocks = Array(repeating: [], count: all.count)
        self.fit = fit
        self.athlete = athlete
        self.time = time
        self.estimator = estimator
        wallClock = WallClock(zone: athlete.timeZone)
    }

    /// The planned session for a walked one held in `slot`.
    ///
    /// - Throws: `PlanError` when the session takes a day or more, or the plan grows past its limit.
    mutating func session(_ walked: SessionWalk.Session, in slot: ScheduledSlot) throws(PlanError) -> PlannedSession {
        let number = walked.context.sessionNumber
        let title = all.indices.contains(walked.template) ? all[walked.template].template.title : ""
        // A last guard on the plan's size: the programme's count limits keep any valid file under
        // it, so only a programme made in code can reach it.
        prescriptionCount += walked.blocks.reduce(0) { $0 + $1.prescriptions.count }
        if prescriptionCount > Limits.prescriptionsPerPlan {
            throw PlanError(
                "the plan would hold more than \(Limits.prescriptionsPerPlan) exercise prescriptions",
                help: "plan fewer weeks or fewer training days, or give the sessions fewer exercises")
        }
        let minutes = estimator.minutes(for: walked.blocks)
        // A session may end after midnight (every output says "next day"), but never a day or more
        // after it starts: it would end after the next session's start and its end time would read
        // as earlier than its start.
        if minutes >= Planner.minutesInADay {
            let name = title.isEmpty ? "" : "'\(title)' "
            throw PlanError(
                "session \(number), \(name)on \(slot.date.longDisplay), takes \(Planner.length(minutes)), a day or more",
                help: "give the programme's sessions less work, or plan fewer weeks")
        }
        // What the person must know about how the plan fits the programme, with its first session.
        var notes: [String] = number == 1 ? fit.notes : []
        if all.indices.contains(walked.template) { notes += all[walked.template].template.notes }
        if let movedFrom = slot.movedFrom {
            notes.append("moved from \(movedFrom.shortDisplay), a skipped date")
        }
        // A time in a daylight-saving gap is moved to the time the clocks show, in every format
        // alike (text, JSON and .ics); a repeated time means its first occurrence.
        var start = time
        // The clock read once for the session's time: the start's instant too, unless it moves.
        let reading = wallClock?.reading(slot.date, at: time)
        if let wallClock, let shown = reading?.shown {
            notes.append(
                "\(time) does not exist on this day in \(wallClock.zoneName) (the clocks go forward): start at \(shown)")
            start = shown
        } else if let wallClock, reading?.isRepeated == true {
            notes.append(
                "\(time) happens twice on this day in \(wallClock.zoneName) (the clocks go back): "
                    + "start at the first \(time)")
        }
        var planned = PlannedSession(
            week: slot.week, number: number, date: slot.date, start: start, durationMinutes: minutes, title: title,
            blocks: markingNew(walked.blocks, week: walked.context.week, template: walked.template), notes: notes)
        planned.template = templatePath(walked.template)
        if let wallClock, let reading {
            // The end as the clocks will show it: 00:50 for 30 minutes on the night London's
            // clocks go forward ends at 02:20, not at 01:20, which does not exist that night.
            let begins = start == time ? reading.instant : wallClock.instant(of: slot.date, at: start)
            let change = wallClock.zone.offset(at: begins + minutes * 60) - wallClock.zone.offset(at: begins)
            planned.clockChangeMinutes = change / 60
        }
        return planned
    }

    /// `blocks` with each exercise not prescribed before, in a phase after the first, saying so
    /// (`new in the Build phase`): the plan explains every change, and an exercise that appears
    /// is one. One whose plugin says why already (the ladder's next step, a variant fitted to the
    /// push-up step) keeps that. Every output reads the same `change`.
    private mutating func markingNew(_ blocks: [BlockPlan], week: Int, template: Int) -> [BlockPlan] {
        let phase = fit.phaseIndex(forWeek: week).flatMap { $0 > 0 ? fit.phase(forWeek: week) : nil }
        var blocks = blocks
        let last = lastBlocks.indices.contains(template) ? lastBlocks[template] : []
        // An id is new when it goes into `seen`; one that the block had in the template's last
        // session (in any place: a warm-up turns its drills round) went in then.
        for b in blocks.indices {
            for p in blocks[b].prescriptions.indices {
                let id = blocks[b].prescriptions[p].exerciseID
                if last.indices.contains(b), last[b].prescriptions.contains(where: { $0.exerciseID == id }) { continue }
                if seen.insert(id).inserted, let phase, blocks[b].prescriptions[p].change == nil {
                    blocks[b].prescriptions[p].change = "new in the \(phase.name.trimmed) phase"
                }
            }
        }
        if lastBlocks.indices.contains(template) { lastBlocks[template] = blocks }
        return blocks
    }

    /// A session of the schedule that will not happen (the course stopped before it): its number,
    /// date, time and title, no blocks.
    func cancelled(_ slot: ScheduledSlot, number: Int, template: Int) -> PlannedSession {
        let title = all.indices.contains(template) ? all[template].template.title : ""
        var session = PlannedSession(
            week: slot.week, number: number, date: slot.date, start: time, durationMinutes: 0,
            title: title, blocks: [])
        session.template = templatePath(template)
        return session
    }

    /// Where a session's template is written (`phases[0].sessions[1]`), for the outputs.
    func templatePath(_ template: Int) -> String? {
        paths.indices.contains(template) ? paths[template] : nil
    }

    /// Adds a scheduled week with its planned sessions.
    mutating func add(_ week: ScheduledWeek, sessions: [PlannedSession]) {
        let phase = fit.phase(forWeek: week.programmeWeek)
        weeks.append(PlanWeek(
            number: week.number, startDate: week.startDate, phase: phase?.name, focus: phase?.focus,
            isDeload: fit.isDeload(week: week.programmeWeek), sessions: sessions, notes: week.notes,
            programmeWeek: week.programmeWeek, programmeWeekNote: week.programmeWeekNote))
    }

    /// The plan: the header and every week added.
    func plan(days: [Weekday], startingPoints: [String]) -> Plan {
        var plan = Plan(
            programmeID: programme.id, programmeTitle: programme.title, summary: programme.summary, athlete: athlete,
            days: Array(Set(days)).sorted(), time: time, minRestHours: programme.schedule.minRestHours,
            startingPoints: startingPoints, safety: safety, weeks: weeks)
        plan.description = programme.description
        plan.timeline = programme.timeline
        plan.sources = programme.sources
        plan.after = programme.after
        return plan
    }

    /// The programme's safety text, its pain-monitoring lines led by what the pain rules do, so
    /// that what the plan tells the person and what the engine does never disagree.
    var safety: Safety {
        var safety = programme.safety
        safety.painMonitoring = programme.painRules.guidance + safety.painMonitoring
        return safety
    }
}
