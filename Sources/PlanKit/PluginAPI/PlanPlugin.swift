public import YAMLKit

/// A plugin fills one kind of block, session after session, and progresses it.
///
/// The engine owns the calendar; a plugin only prescribes. One plugin value is made per block of a
/// programme (each block has its own options). State is kept per plugin id and threaded through
/// every block of that plugin in date order, so two session templates that both hold push-ups
/// share one progression. After a session the journal knows about, `adapt` moves the state to
/// what really happened. Everything a plugin does must be deterministic.
public protocol PlanPlugin: Sendable {
    /// The block's own YAML keys (everything in the block but `plugin`).
    associatedtype Options: Decodable & Sendable
    /// What the plugin carries from session to session (the current rung, reps, holds).
    associatedtype State: Sendable

    /// The plugin's id, options, baseline keys and example.
    static var descriptor: PluginDescriptor { get }

    /// Makes the plugin for one block, checking the options against the catalog.
    ///
    /// - Throws: `YAMLError` with located diagnostics (an exercise id not in the catalog, an
    ///   exercise of the wrong category, a target below its start).
    init(options: Options, catalog: ExerciseCatalog) throws(YAMLError)

    /// The state at the start of the plan, and a line for the plan's header saying how the start
    /// was chosen (`baseline 6 push-ups -> knee push-up, 3 x 5`), if there is something to say.
    /// The engine starts every plugin twice: first with no standing, then with the standing the
    /// first starts give (`StartContext.standing`).
    func start(_ context: StartContext) -> PluginStart<State>

    /// The header's line for all of the plugin's blocks, which share the first block's start
    /// (`first`, its `start` summary): a plugin whose later blocks hold what the first does not
    /// say (an exercise only a second template lists) words them together. Asked only when the
    /// plugin has more than one block. The default is `first`.
    static func startSummary(of blocks: [Self], _ context: StartContext, first: String?) -> String?

    /// What this state says about the person that other plugins may fit their blocks to (the
    /// push-up step they are on); the default says nothing. Read before every session.
    func standing(_ state: State) -> Standing

    /// Problems that only show across the plugin's blocks, which share one state: two blocks that
    /// progress one exercise to different doses. The engine asks once per template list (the
    /// programme's own templates, then each phase's), whose blocks take turns in the same weeks; a
    /// later phase may dose an exercise its own way. Each problem names the index (in `blocks`) of
    /// the block it stands in. The default finds none.
    static func conflicts(among blocks: [Self]) -> [(block: Int, diagnostic: Diagnostic)]

    /// What `validate` warns about in this block: choices that plan but are probably not what the
    /// author meant (a ladder that skips steps the catalog has between two of its steps). Each is
    /// located in the block. The default has none.
    var warnings: [Diagnostic] { get }

    /// What `validate` warns about in this block given the weeks it is planned in and the
    /// programme's deloads (a retest that falls in a deload week), each located in the block. The
    /// default has none.
    func warnings(in weeks: BlockWeeks) -> [Diagnostic]

    /// Prescribes this block for one session and moves the state on.
    func prescribe(_ session: SessionContext, state: inout State) -> BlockPlan

    /// Moves the state from what `prescribe` assumed (the session done as written) to what the
    /// person really did: after a session logged in the journal, or missed. The outcome's verdict
    /// says what the pain rules decided (progress, hold the dose, step back); the plugin decides
    /// what that means for its block and says why in the next session's `change`. The default
    /// keeps the state: a plugin with nothing to learn from an outcome.
    func adapt(_ outcome: BlockOutcome, state: inout State)
}

extension PlanPlugin {
    public static func conflicts(among blocks: [Self]) -> [(block: Int, diagnostic: Diagnostic)] { [] }

    public static func startSummary(of blocks: [Self], _ context: StartContext, first: String?) -> String? { first }

    public func adapt(_ outcome: BlockOutcome, state: inout State) {}

    public var warnings: [Diagnostic] { [] }

    public func warnings(in weeks: BlockWeeks) -> [Diagnostic] { [] }

    /// The start for a person, in a programme with this purpose and pain rules.
    public func start(
        for athlete: Athlete, purpose: ProgrammePurpose = .training, painRules: PainRules = .standard,
        catalog: ExerciseCatalog
    ) -> PluginStart<State> {
        start(StartContext(athlete: athlete, purpose: purpose, painRules: painRules, catalog: catalog))
    }

    public func standing(_ state: State) -> Standing { Standing() }
}
