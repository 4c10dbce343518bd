/// A plugin's starting state and how it was chosen.
public struct PluginStart<State: Sendable>: Sendable {
    /// The state before the first session.
    public var state: State
    /// How the start was chosen, for the plan's header; nil when there is nothing to say.
    public var summary: String?

    /// Creates a start.
    public init(state: State, summary: String?) {
        self.state = state
        self.summary = summary
    }
}

/// What a plugin starts a plan from: the person, the programme's purpose and pain rules, what the
/// other plugins' starts say about the person, and the catalog.
public struct StartContext: Sendable {
    /// The person: their start date and baselines.
    public var athlete: Athlete
    /// What the programme is for: a rehab programme may start lower (the push-up ladder does).
    public var purpose: ProgrammePurpose
    /// The programme's pain rules: a rehab baseline counts only what was done within
    /// `progressUpTo`.
    public var painRules: PainRules
    /// What the other plugins' starts say about the person (the push-up step the ladder starts
    /// on): empty the first time the engine starts the plugins, then their standing, so that a
    /// block fitted to another says in the plan's header what its first sessions prescribe.
    public var standing: Standing
    /// The exercise catalog.
    public var catalog: ExerciseCatalog

    /// Creates a start context; by default a training programme with the standard pain rules and
    /// nothing known from the other plugins.
    public init(
        athlete: Athlete, purpose: ProgrammePurpose = .training, painRules: PainRules = .standard,
        standing: Standing = Standing(), catalog: ExerciseCatalog
    ) {
        self.athlete = athlete
        self.purpose = purpose
        self.painRules = painRules
        self.standing = standing
        self.catalog = catalog
    }
}
