/// The walk over a plan's sessions in date order: which session template each one uses, what the
/// plugins prescribe for it, and each plugin's state carried from one session to the next.
///
/// The walk takes one session at a time so that a step can stand between two sessions: the
/// closed loop replays what a person really did into the lanes there, before the next session
/// is prescribed.
struct SessionWalk {
    /// The programme being walked.
    let configured: ConfiguredProgramme
    /// The plan's length in weeks.
    let weeks: Int
    /// The phases stretched to the plan's length.
    let fit: ScheduleFit
    /// Each configured plugin's lane, in `configured.plugins` order.
    private(set) var lanes: [any BlockLane]
    /// How each plugin chose its start, in the order the plugins first appear.
    let startingPoints: [String]
    /// How many sessions have been prescribed.
    private(set) var sessionCount = 0
    /// The lanes as they were before the last session was prescribed, for a session that was
    /// missed; empty when `next` was told it could not be.
    private var lanesBeforeLast: [any BlockLane] = []
    /// The templates the last session chose from (indices in `Programme.allTemplates`).
    private var currentList: Range<Int>?
    /// How many sessions have taken a template in turn since `currentList` changed.
    private var turn = 0
    /// `currentList`'s templates that the programme has, each with the days it is pinned to, and
    /// those pinned to none: worked out when the list changes, not once a session.
    private var members: (all: [Int], days: [[Weekday]], unpinned: [Int]) = ([], [], [])
    /// `Programme.allTemplates`, made once for the walk rather than once a session.
    private let all: [(place: TemplatePlace, template: SessionTemplate)]
    /// For a person who trains on other days than templates are pinned to, the programme's day
    /// each of theirs stands for (see `pinnedDays(_:for:)`); empty otherwise; nil when they train
    /// on fewer days than the programme, and every template takes its turn, pinned or not.
    private let standsFor: [Weekday: Weekday]?
    /// The week being walked, and for each lane the week's slots whose templates have its blocks
    /// (a slot before the walk reached the week has none), so that a plugin counts only the
    /// sessions of the week that have its blocks.
    private var weekLanes: (week: Int, first: CivilDate?, slots: [[Int]]) = (0, nil, [])
    /// The sets of the doses the replay found done as planned, made once each.
    private var plannedSets = PlannedSets()

    /// Starts every plugin for this person.
    init(_ configured: ConfiguredProgramme, for athlete: Athlete, weeks: Int) {
        self.configured = configured
        self.weeks = weeks
        all = configured.programme.allTemplates
        fit = ScheduleFit(
            programme: configured.programme, weeks: weeks, days: athlete.days ?? configured.programme.schedule.days)
        let programme = configured.programme
        func starts(_ standing: Standing) -> [(lane: any BlockLane, summary: String?)] {
            let context = StartContext(
                athlete: athlete, purpose: programme.purpose, painRules: programme.painRules, standing: standing,
                catalog: configured.catalog)
            return configured.plugins.map { $0.start(context) }
        }
        // Every plugin starts twice: first alone, then knowing what the others' starts say about
        // the person (the push-up step), which the first session is fitted to, so that a header
        // line says what that session prescribes (an incline plank, not the forearm plank).
        let standing = starts(Standing()).reduce(Standing()) { $0.merging($1.lane.standing) }
        let starts = starts(standing)
        lanes = starts.map(\.lane)
        let days = Self.pinnedDays(programme, for: athlete)
        standsFor = days.standsFor
        startingPoints = starts.compactMap(\.summary) + (days.summary.map { [$0] } ?? [])
    }

    /// When some template is pinned to a day the person does not train on (`--days tue,thu,sat`
    /// for a programme that pins push-ups to Wednesday), each of the person's training days stands
    /// for the programme's day in the same place of the week (their first for its first), so that
    /// a template pinned to one day of three still comes once a week (taking turns, it would come
    /// twice in some weeks); days beyond the programme's take the unpinned templates in turn. A
    /// person with fewer days than the programme keeps the turns of every template (mapped, the
    /// templates of the days they lack would never come). Also the header line that says so.
    static func pinnedDays(_ programme: Programme, for athlete: Athlete) -> (standsFor: [Weekday: Weekday]?, summary: String?) {
        let own = Array(Set(programme.schedule.days)).sorted()
        let days = Array(Set(athlete.days ?? own)).sorted()
        let pinned = Set(programme.allTemplates.flatMap(\.template.days))
        guard !pinned.isSubset(of: Set(days)) else { return ([:], nil) }
        func names(_ list: [Weekday]) -> String { list.map(\.displayName).joined(separator: ", ") }
        // Fewer days than the programme's: every template takes its turn, so none is left out.
        guard days.count >= own.count else {
            return (nil, "your \(names(days)) \(days.count == 1 ? "takes" : "take") the programme's sessions in turn, "
                + "fewer days than its \(names(own))")
        }
        let pairs = zip(days, own).map { ($0, $1) }
        return (
            Dictionary(pairs, uniquingKeysWith: { first, _ in first }),
            "your \(names(pairs.map(\.0))) \(pairs.count == 1 ? "takes" : "take") the sessions the programme sets on "
                + "\(names(pairs.map(\.1)))" + (pairs.count == 1 ? "" : ", in that order"))
    }

    /// The template the `index`-th session of a scheduled week uses, as an index in
    /// `Programme.allTemplates`: from the week's phase's own templates, or the programme's when the
    /// phase has none. A template pinned to the session's weekday (the day it was planned for,
    /// when a skipped date moved it) is used on that day; other sessions take the unpinned
    /// templates in turn (all of them when every one is pinned). Each change of list (a phase
    /// with its own templates begins, or ends) starts the turns again at its first template.
    mutating func template(_ index: Int, of week: ScheduledWeek) -> Int {
        let programme = configured.programme
        let list = programme.templateIndices(forPhase: fit.phaseIndex(forWeek: week.programmeWeek))
        if list != currentList {
            currentList = list
            turn = 0
            let inList = list.filter { all.indices.contains($0) }
            members = (inList, inList.map { all[$0].template.days }, inList.filter { all[$0].template.days.isEmpty })
        }
        guard week.slots.indices.contains(index) else { return members.all.first ?? 0 }
        let slot = week.slots[index]
        let weekday = (slot.movedFrom ?? slot.date).weekday
        let day = standsFor.map { $0[weekday] ?? weekday }
        if let day, let pinned = members.days.firstIndex(where: { $0.contains(day) }) { return members.all[pinned] }
        let inTurn = members.unpinned.isEmpty || standsFor == nil ? members.all : members.unpinned
        guard !inTurn.isEmpty else { return 0 }
        defer { turn += 1 }
        return inTurn[turn % inTurn.count]
    }

    /// One session of the walk.
    struct Session {
        /// The index of the session template it uses in `Programme.allTemplates`.
        var template: Int
        /// What the plugins knew about it.
        var context: SessionContext
        /// What they prescribed, block by block.
        var blocks: [BlockPlan]
    }

    /// Prescribes the `index`-th session of a scheduled week, the next in date order. With a
    /// `gap` (why: weeks without a session done), every plugin first steps back once, as after a
    /// missed session, so that this session is the easier one and says why.
    ///
    /// - Parameters:
    ///   - mayBeMissed: whether `replay` may be told that this session was missed, which puts the
    ///     lanes back as they were before it: only then are they kept (a copy of every plugin's
    ///     state, made anew by the first change to it).
    ///   - wordsChanges: whether the plugins word why the doses changed (see
    ///     `SessionContext.wordsChanges`).
    mutating func next(
        _ index: Int, of week: ScheduledWeek, steppingBackFor gap: String? = nil, mayBeMissed: Bool = false,
        wordsChanges: Bool = true
    ) -> Session {
        let template = self.template(index, of: week)
        if index == 0 || weekLanes.week != week.programmeWeek || weekLanes.first != week.slots.first?.date {
            // The rest of the week takes its templates as the walk will: the turns (what
            // `template` changes) walk on ahead and are put back, where a copy of the whole walk,
            // its lanes and all, walked ahead once a week.
            let turns = (currentList, turn, members)
            var slots = [[Int]](repeating: [], count: lanes.count)
            for slot in index..<week.slots.count {
                let used = slot == index ? template : self.template(slot, of: week)
                guard configured.templates.indices.contains(used) else { continue }
                for block in configured.templates[used] where slots.indices.contains(block.plugin) {
                    if slots[block.plugin].last != slot { slots[block.plugin].append(slot) }
                }
            }
            (currentList, turn, members) = turns
            weekLanes = (week.programmeWeek, week.slots.first?.date, slots)
        }
        sessionCount += 1
        if let gap {
            // The session as it would have been, missed with a step back: the lanes move as they
            // would after a missed session that stepped back (see `replay`).
            // Nothing shows that session: its changes are not worded.
            lanesBeforeLast = lanes
            let asWritten = prescribe(template, index, of: week, wordsChanges: false)
            replay(asWritten, log: nil, verdict: .stepBack(gap))
        }
        lanesBeforeLast = mayBeMissed ? lanes : []
        return prescribe(template, index, of: week, wordsChanges: wordsChanges)
    }

    /// What the plugins prescribe for the `index`-th session of `week`, with `template`, from the
    /// lanes as they are (the lanes move on: a plugin's state carries what it said).
    private mutating func prescribe(_ template: Int, _ index: Int, of week: ScheduledWeek, wordsChanges: Bool) -> Session {
        let programme = configured.programme
        let templates = configured.templates
        let isDeload = fit.isDeload(week: week.programmeWeek)
        var context = SessionContext(
            week: week.programmeWeek, weeks: weeks, sessionNumber: sessionCount, sessionInWeek: index + 1,
            sessionsThisWeek: week.slots.count, date: week.slots[index].date,
            phase: fit.phase(forWeek: week.programmeWeek), isDeload: isDeload,
            deloadVolume: isDeload ? (programme.deload?.volume ?? .full) : .full, catalog: configured.catalog,
            painRules: programme.painRules, standing: lanes.reduce(Standing()) { $0.merging($1.standing) },
            purpose: programme.purpose, courseWeek: week.number)
        context.wordsChanges = wordsChanges
        let slots = templates.indices.contains(template) ? templates[template] : []
        var blocks: [BlockPlan] = []
        blocks.reserveCapacity(slots.count)
        let written = all.indices.contains(template) ? all[template].template.blocks : []
        // The session's own count in its week, which each block's plugin may see counted its way.
        let inWeek = (number: context.sessionInWeek, of: context.sessionsThisWeek)
        for (order, slot) in slots.enumerated() {
            // A plugin counts the week's sessions that have its blocks: push-ups pinned to one
            // day of three are that week's only push-up session. The context is changed in place
            // for the block, not copied for it.
            (context.sessionInWeek, context.sessionsThisWeek) = (inWeek.number, inWeek.of)
            if weekLanes.slots.indices.contains(slot.plugin), let place = weekLanes.slots[slot.plugin].firstIndex(of: index) {
                context.sessionsThisWeek = weekLanes.slots[slot.plugin].count
                context.sessionInWeek = place + 1
            }
            // Appended as it comes, then titled in place: a block held in a variable of its own
            // was copied into the list and destroyed.
            blocks.append(lanes[slot.plugin].prescribe(block: slot.block, for: context))
            // A block's own `title` replaces its plugin's heading.
            if written.indices.contains(order), let title = written[order].title {
                blocks[blocks.count - 1].title = title
            }
        }
        (context.sessionInWeek, context.sessionsThisWeek) = (inWeek.number, inWeek.of)
        return Session(template: template, context: context, blocks: blocks)
    }

    /// Replays what really happened in `session`, the last one `next` gave: each block's plugin
    /// moves its state from the session as written to the session as done. A missed session
    /// (`log` nil) first puts every lane back where it was before the session, so that time
    /// passing never moves a progression on. Returns the outcomes, block by block.
    @discardableResult
    mutating func replay(_ session: Session, log: SessionLog?, verdict: Verdict) -> [BlockOutcome] {
        if log == nil, lanesBeforeLast.count == lanes.count { lanes = lanesBeforeLast }
        let slots = configured.templates.indices.contains(session.template) ? configured.templates[session.template] : []
        var outcomes: [BlockOutcome] = []
        outcomes.reserveCapacity(min(slots.count, session.blocks.count))
        for (slot, block) in zip(slots, session.blocks) {
            let outcome = BlockOutcome(
                block, log: log, date: session.context.date, verdict: verdict, catalog: configured.catalog,
                planned: &plannedSets)
            lanes[slot.plugin].adapt(block: slot.block, to: outcome)
            outcomes.append(outcome)
        }
        return outcomes
    }

    /// Walks the programme's own weeks for a person with no baseline, from a fixed Monday, and
    /// hands each session to `body`: the sessions that `validate`'s checks of the templates read
    /// (their lengths, counts and exercises, never why a dose changed: so no change is worded, see
    /// `SessionContext.wordsChanges`; every command that loads a programme runs it). Nothing when
    /// the programme's schedule cannot be kept.
    static func dryRun(_ configured: ConfiguredProgramme, _ body: (Session) -> Void) {
        let programme = configured.programme
        let start = CivilDate(daysSinceEpoch: 20_454)
        let scheduler = Scheduler(
            start: start, weeks: programme.weeks, days: programme.schedule.days,
            minRestHours: programme.schedule.minRestHours)
        guard let scheduled = try? scheduler.schedule() else { return }
        var walk = SessionWalk(configured, for: Athlete(start: start), weeks: programme.weeks)
        for week in scheduled {
            for index in week.slots.indices { body(walk.next(index, of: week, wordsChanges: false)) }
        }
    }

    /// The longest estimated session of each template over the programme's own weeks (see
    /// ``dryRun(_:_:)``); nil for a template that never comes round (more templates than
    /// sessions) or when the programme's schedule cannot be kept.
    static func longestSessions(
        _ configured: ConfiguredProgramme, estimator: DurationEstimator = DurationEstimator()
    ) -> [(minutes: Int, prescriptions: Int)?] {
        var longest = [(minutes: Int, prescriptions: Int)?](repeating: nil, count: configured.templates.count)
        guard !longest.isEmpty else { return longest }
        dryRun(configured) { session in
            let minutes = estimator.minutes(for: session.blocks)
            let count = session.blocks.reduce(0) { $0 + $1.prescriptions.count }
            let old = longest[session.template]
            longest[session.template] = (max(old?.minutes ?? 0, minutes), max(old?.prescriptions ?? 0, count))
        }
        return longest
    }
}
