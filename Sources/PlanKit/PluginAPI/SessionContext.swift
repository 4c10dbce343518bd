/// What a plugin knows about the session it is filling.
public struct SessionContext: Sendable {
    /// The 1-based week of the programme the session trains (phases, deloads, progression).
    public var week: Int
    /// The 1-based week of the course on the calendar: `week`, plus the earlier weeks of a course
    /// in which nothing was done (they do not count). A plugin that words a hold can say that the
    /// week before did not count.
    public var courseWeek: Int
    /// The number of weeks in the plan.
    public var weeks: Int
    /// The 1-based number of this session in the whole plan.
    public var sessionNumber: Int
    /// The 1-based number of this session within its week, among the week's sessions that have a
    /// block of the plugin asked (a plugin whose blocks are pinned to Tuesday has one a week).
    public var sessionInWeek: Int
    /// How many sessions this week has with a block of the plugin asked.
    public var sessionsThisWeek: Int
    /// The session's date.
    public var date: CivilDate
    /// The phase this week is in, if the programme has phases.
    public var phase: Phase?
    /// Whether this week is a deload week.
    public var isDeload: Bool
    /// The share of working sets a deload week keeps (100% outside deload weeks).
    public var deloadVolume: Percentage
    /// The exercises available: the built-in catalog and the programme's own.
    public var catalog: ExerciseCatalog
    /// The programme's pain rules, for a change's wording ("+1 rep if last session's 3 x 5 was done
    /// with pain at or under 3/10"); the engine applies them, plugins never decide by them.
    public var painRules: PainRules
    /// What the plugins' states say about the person before this session (the push-up step).
    public var standing: Standing
    /// What the programme is for (`rehab` or `training`).
    public var purpose: ProgrammePurpose
    /// Whether anything will show why this session's doses changed: false for a course's session
    /// whose time has passed in an output that shows only what such a session prescribed (the text
    /// plan, `log`). A plugin may then leave each `change` nil rather than word it (wording is most
    /// of what a course's replay does), as long as its state moves exactly as when it words them.
    public var wordsChanges = true

    /// Creates a context.
    public init(
        week: Int, weeks: Int, sessionNumber: Int, sessionInWeek: Int, sessionsThisWeek: Int, date: CivilDate,
        phase: Phase?, isDeload: Bool, deloadVolume: Percentage, catalog: ExerciseCatalog,
        painRules: PainRules = .standard, standing: Standing = Standing(), purpose: ProgrammePurpose = .training,
        courseWeek: Int? = nil
    ) {
        self.week = week
        self.courseWeek = courseWeek ?? week
        self.weeks = weeks
        self.sessionNumber = sessionNumber
        self.sessionInWeek = sessionInWeek
        self.sessionsThisWeek = sessionsThisWeek
        self.date = date
        self.phase = phase
        self.isDeload = isDeload
        self.deloadVolume = deloadVolume
        self.catalog = catalog
        self.painRules = painRules
        self.standing = standing
        self.purpose = purpose
    }

    /// Whether this is the plugin's first session of its week.
    public var isFirstOfWeek: Bool { sessionInWeek == 1 }
}
