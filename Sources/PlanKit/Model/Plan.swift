/// One dated session of a plan with what to do in it.
public struct PlannedSession: Sendable, Hashable, Codable {
    /// The 1-based week the session falls in.
    public var week: Int
    /// The 1-based number of the session in the whole plan.
    public var number: Int
    /// The date.
    public var date: CivilDate
    /// The local start time.
    public var start: TimeOfDay
    /// The estimated length, in whole minutes (rounded up).
    public var durationMinutes: Int
    /// The session template's title.
    public var title: String
    /// The blocks in order.
    public var blocks: [BlockPlan]
    /// Notes about the session itself (`moved from Wed 9 Dec, a skipped date`).
    public var notes: [String]
    /// What the course's journal says about the session, once its time has passed; nil for a
    /// plan without a course and for sessions still to come.
    public var record: SessionRecord?
    /// Where the session's template is written (`sessions[1]`, `phases[0].sessions[0]`); nil when
    /// unknown.
    public var template: String?
    /// How far the clocks move while the session runs, in minutes: 60 when they go forward an
    /// hour during it, -60 when they go back, 0 on every other day. The end time shows it.
    public var clockChangeMinutes = 0

    /// Creates a planned session.
    public init(
        week: Int, number: Int, date: CivilDate, start: TimeOfDay, durationMinutes: Int, title: String,
        blocks: [BlockPlan], notes: [String] = [], record: SessionRecord? = nil
    ) {
        self.record = record
        self.week = week
        self.number = number
        self.date = date
        self.start = start
        self.durationMinutes = durationMinutes
        self.title = title
        self.blocks = blocks
        self.notes = notes
    }

    /// The local end time, as the clocks show it (a clock change during the session included);
    /// may pass midnight, in which case it wraps.
    public var end: TimeOfDay {
        let minutes = max(0, start.minutesSinceMidnight + durationMinutes + clockChangeMinutes)
        return TimeOfDay(clampedHour: (minutes / 60) % 24, minute: minutes % 60)
    }

    /// Whether the session ends after midnight.
    public var endsNextDay: Bool {
        start.minutesSinceMidnight + durationMinutes + clockChangeMinutes >= 24 * 60
    }
}

/// One week of a plan.
public struct PlanWeek: Sendable, Hashable, Codable {
    /// The 1-based week number.
    public var number: Int
    /// The first date of the week.
    public var startDate: CivilDate
    /// The phase the week is in, if the programme has phases.
    public var phase: String?
    /// The phase's focus, if it has one.
    public var focus: String?
    /// Whether this is a deload week.
    public var isDeload: Bool
    /// The sessions, in date order.
    public var sessions: [PlannedSession]
    /// Notes about the week (`Wed 9 Dec skipped: no other day keeps 48 h of rest; session dropped`).
    public var notes: [String]
    /// The week of the programme it trains (its phase, deload and focus): ``number``, less the
    /// earlier weeks of a course with nothing logged, which do not count (the course grows by a
    /// week for each).
    public var programmeWeek: Int
    /// Why ``programmeWeek`` is not ``number`` (`programme week 7: 1 week with nothing logged did
    /// not count`), for a format without a week heading to say it; nil when they are the same, and
    /// on a week that did not count itself (its note says so).
    public var programmeWeekNote: String?

    /// Creates a week; `programmeWeek` is `number` unless given.
    public init(
        number: Int, startDate: CivilDate, phase: String?, focus: String? = nil, isDeload: Bool,
        sessions: [PlannedSession], notes: [String] = [], programmeWeek: Int? = nil, programmeWeekNote: String? = nil
    ) {
        self.programmeWeek = programmeWeek ?? number
        self.programmeWeekNote = programmeWeekNote
        self.number = number
        self.startDate = startDate
        self.phase = phase
        self.focus = focus
        self.isDeload = isDeload
        self.sessions = sessions
        self.notes = notes
    }
}

/// A whole plan: the programme, the person, the schedule used, the safety text and every week.
public struct Plan: Sendable, Hashable, Codable {
    /// The programme's id.
    public var programmeID: String
    /// The programme's title.
    public var programmeTitle: String
    /// The programme's summary.
    public var summary: String
    /// The person and their choices.
    public var athlete: Athlete
    /// The training days used.
    public var days: [Weekday]
    /// The session start time used.
    public var time: TimeOfDay
    /// The least rest between sessions, in hours.
    public var minRestHours: Int
    /// How each plugin chose its starting point (`baseline 6 push-ups -> knee push-up, 3 x 5`).
    public var startingPoints: [String]
    /// When to stop and when to see a clinician.
    public var safety: Safety
    /// The weeks in order.
    public var weeks: [PlanWeek]
    /// Why the plan stops early: a red flag logged in the course's journal. No session follows it.
    public var stoppedBecause: String?
    /// The programme's description: what is going on and why this plan.
    public var description: String?
    /// The programme's timeline: what to expect and when.
    public var timeline: String?
    /// Where the programme's numbers come from.
    public var sources: [String] = []
    /// What comes after the last week: discharge criteria and a maintenance dose; nil when the
    /// programme does not say.
    public var after: AfterTheProgramme?
    /// Whether the red-flag screening was answered before this plan was made; nil for a course's
    /// plan, whose screening came before its start.
    public var screening: Screening?
    /// The programme as a command names it (`protract screen ARGUMENT`): a built-in's id, or the
    /// path of a file as typed, quoted for a shell; nil for the id.
    public var programmeArgument: String?

    /// ``programmeArgument``, or the programme's id.
    public var programmeCommandArgument: String { programmeArgument ?? programmeID }
    /// The sessions of the schedule called off when the plan stopped early (numbers, dates and
    /// titles, no blocks), so that a calendar export can remove them.
    public var cancelled: [PlannedSession] = []
    /// The sessions after a course's end that its plan once held (``Course/longestPlan``): numbers,
    /// dates and times as the schedule would give them, no blocks, so that a calendar export can
    /// cancel the events an earlier, longer plan put there.
    public var withdrawn: [PlannedSession] = []
    /// Whether this is a course's plan (made from its journal), whose screening was its start's.
    public var isCourse = false
    /// A course's pain not easing after 2 weeks of the plan (its logged sessions compared, first
    /// week and last): advice to see a physiotherapist or GP; the course goes on. Nil when it is
    /// easing, too early to say, for a plan without a course, and for a course a red flag stopped
    /// (that says to see a clinician already).
    public var painNotEasing: PainNotEasing?
    /// The flags that chose a course (`--course sam`, `--journal FILE` as a shell word), for the
    /// commands a course's plan names; empty for the default course and for a plan without one.
    public var courseFlags: [String] = []

    /// `protract log` with ``courseFlags``: the command a course's plan names for logging.
    public var logCommand: String { (["protract", "log"] + courseFlags).joined(separator: " ") }

    /// The header's screening line (``Screening/text(programme:inCourse:)``).
    public var screeningText: String? {
        screening?.text(programme: programmeCommandArgument, inCourse: isCourse)
    }

    /// Creates a plan.
    public init(
        programmeID: String, programmeTitle: String, summary: String, athlete: Athlete, days: [Weekday],
        time: TimeOfDay, minRestHours: Int, startingPoints: [String], safety: Safety, weeks: [PlanWeek]
    ) {
        self.programmeID = programmeID
        self.programmeTitle = programmeTitle
        self.summary = summary
        self.athlete = athlete
        self.days = days
        self.time = time
        self.minRestHours = minRestHours
        self.startingPoints = startingPoints
        self.safety = safety
        self.weeks = weeks
    }

    /// Every session in date order.
    public var sessions: [PlannedSession] { weeks.flatMap(\.sessions) }

    /// A course's next session still to come: the first with nothing in the journal for it (no
    /// record: its day has not gone by, or it is today's); nil for a plan without a course, or one
    /// that stopped on a red flag.
    public var nextSession: PlannedSession? {
        guard isCourse, stoppedBecause == nil else { return nil }
        for week in weeks {
            if let next = week.sessions.first(where: { $0.record == nil }) { return next }
        }
        return nil
    }

    /// The red-flag screening before a new plan.
    public enum Screening: String, Sendable, Hashable, Codable {
        /// Every red-flag question was answered no.
        case noRedFlags = "no-red-flags"
        /// The questions were not asked (a script without `--none` or `--symptom`).
        case notDone = "not-done"

        /// What the plan's header says, naming the programme the questions come from; for a
        /// course started without the questions, what to do now that it is under way.
        public func text(programme id: String, inCourse: Bool = false) -> String {
            // A path in single quotes for a shell is not quoted again around the command; one in
            // double quotes (`"Sam's plans/x.yaml"`) is, as a plain id is.
            let command = "protract screen \(id)"
            let screen = id.hasPrefix("'") || id.hasPrefix("$'") ? command : "'\(command)'"
            switch (self, inCourse) {
            case (.noRedFlags, _): return "answered, no red flags"
            case (.notDone, false):
                return "not done: check the red flags below before you start (\(screen) asks them, or plan with "
                    + "--none once you have)"
            case (.notDone, true):
                return "not done when the course started: check the red flags below before you train again "
                    + "(\(screen) asks them; log one with 'protract log --symptom NAME')"
            }
        }

        /// What a printed handout says: ``text(programme:inCourse:)`` without the commands, for
        /// a person reading it on paper (who may never run Protract).
        public func paperText(inCourse: Bool = false) -> String {
            switch (self, inCourse) {
            case (.noRedFlags, _): "answered, no red flags"
            case (.notDone, false): "not done: go through the red flags below before you start; if any applies, see a clinician first"
            case (.notDone, true):
                "not done when the course started: go through the red flags below before you train again; if any "
                    + "applies, see a clinician first"
            }
        }
    }
}
