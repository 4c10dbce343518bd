import YAMLKit

/// The blocks of one plugin in a programme, each made from its own options, before a person
/// starts on them. Blocks of one plugin share one progression: two session templates that both
/// hold push-ups climb one ladder.
struct PluginBlocks<Plugin: PlanPlugin>: ConfiguredPlugin {
    /// One plugin value per block, in programme order; never empty.
    private(set) var blocks: [Plugin]
    /// The phase whose own template holds each block; nil for the programme's templates.
    private(set) var phases: [Int?]

    /// Starts with the plugin's first block in the programme, which chooses the start.
    init(first: Plugin, phase: Int?) {
        blocks = [first]
        phases = [phase]
    }

    /// Adds the next block of this plugin.
    mutating func append(_ block: Plugin, phase: Int?) {
        blocks.append(block)
        phases.append(phase)
    }

    var warnings: [Diagnostic] { blocks.flatMap(\.warnings) }

    func warnings(in programme: Programme) -> [Diagnostic] {
        zip(blocks, phases).flatMap { block, phase in block.warnings(in: BlockWeeks(programme, phase: phase)) }
    }

    func start(_ context: StartContext) -> (lane: any BlockLane, summary: String?) {
        // `blocks` holds at least the first block (see `init(first:)`).
        let start = blocks[0].start(context)
        let summary = blocks.count > 1 ? Plugin.startSummary(of: blocks, context, first: start.summary) : start.summary
        return (PluginLane(blocks: blocks, state: start.state), summary)
    }
}

/// The blocks of one plugin in a plan being built, and the one state they thread in date order,
/// typed as the plugin declares it.
struct PluginLane<Plugin: PlanPlugin>: BlockLane {
    /// One plugin value per block, in programme order.
    let blocks: [Plugin]
    /// The plugin's state after the last session prescribed.
    var state: Plugin.State

    mutating func prescribe(block: Int, for session: SessionContext) -> BlockPlan {
        blocks[block].prescribe(session, state: &state)
    }

    mutating func adapt(block: Int, to outcome: BlockOutcome) {
        blocks[block].adapt(outcome, state: &state)
    }

    var standing: Standing { blocks[0].standing(state) }
}

/// A plugin's configured blocks with the plugin's types hidden, so the planner can hold blocks of
/// different plugins side by side.
protocol ConfiguredPlugin: Sendable {
    /// The plugin's lane at the start of a plan for this person, and how the start was chosen,
    /// given what the other plugins' starts say about the person (`context.standing`).
    func start(_ context: StartContext) -> (lane: any BlockLane, summary: String?)
    /// What `validate` warns about in the blocks, block by block.
    var warnings: [Diagnostic] { get }
    /// What `validate` warns about in the blocks given the weeks each is planned in, block by block.
    func warnings(in programme: Programme) -> [Diagnostic]
}

/// A plugin's lane with its types hidden: the walk over sessions asks it for one block at a time.
protocol BlockLane: Sendable {
    /// Prescribes the lane's `block`-th block for one session and moves the lane's state on.
    mutating func prescribe(block: Int, for session: SessionContext) -> BlockPlan
    /// Moves the lane's state to what really happened in the `block`-th block's last session.
    mutating func adapt(block: Int, to outcome: BlockOutcome)
    /// What the lane's state says about the person now.
    var standing: Standing { get }
}

/// Where a block of a session template is found among the configured plugins.
struct BlockSlot: Sendable, Hashable {
    /// The plugin's index in `ConfiguredProgramme.plugins`.
    var plugin: Int
    /// The block's index among that plugin's blocks.
    var block: Int
}

extension PlanPlugin {
    /// Decodes a block's options (its keys but `plugin`) and makes the plugin for it.
    ///
    /// - Parameter path: the block's coding path in the programme, so diagnostics name it.
    static func configure(_ block: Block, path: [any CodingKey], catalog: ExerciseCatalog) throws(YAMLError) -> Self {
        let options = try NodeDecoder().decode(Options.self, from: block.options, codingPath: path)
        return try Self(options: options, catalog: catalog)
    }
}
