public import PlanKit

/// A plugin run over a plan as the engine runs it: `start` once for the athlete, then `prescribe` for
/// every session in order, the session templates taking turns and sharing one state.
public struct PluginRun<Plugin: PlanPlugin> {
    /// One session's block and where it falls in the plan.
    public struct Session: Hashable {
        /// The 1-based week.
        public var week: Int
        /// The 1-based number of the session in the plan.
        public var sessionNumber: Int
        /// The 1-based number of the session in its week.
        public var sessionInWeek: Int
        /// The index of the template (of the plugins run) that prescribed the block.
        public var template: Int
        /// Whether the week is a deload week.
        public var isDeload: Bool
        /// What the plugin prescribed.
        public var block: BlockPlan
    }

    /// What `start` gave: the first state and the header line.
    public var start: PluginStart<Plugin.State>
    /// Every session's block, in order.
    public var sessions: [Session]

    /// Runs `templates` over `sessions`: session 1 uses the first template, session 2 the second, ….
    public init(
        _ templates: [Plugin], sessions contexts: [SessionContext], athlete: Athlete, catalog: ExerciseCatalog
    ) throws {
        guard let first = templates.first else { throw NoTemplates() }
        start = first.start(for: athlete, purpose: contexts.first?.purpose ?? .training, catalog: catalog)
        var state = start.state
        sessions = contexts.enumerated().map { index, context in
            let template = index % templates.count
            return Session(
                week: context.week, sessionNumber: context.sessionNumber, sessionInWeek: context.sessionInWeek,
                template: template, isDeload: context.isDeload,
                block: templates[template].prescribe(context, state: &state))
        }
    }

    /// Runs `templates` over every session of `shape`, for the shape's athlete.
    public init(_ templates: [Plugin], shape: PlanShape, catalog: ExerciseCatalog) throws {
        try self.init(templates, sessions: shape.sessions(catalog: catalog), athlete: shape.athlete, catalog: catalog)
    }

    /// A run asked for with no plugin.
    public struct NoTemplates: Error, CustomStringConvertible {
        public var description: String { "a run needs at least one plugin" }
    }
}

extension PluginRun {
    /// Prescribes `contexts` in order with one plugin, and after session `i` adapts the state to
    /// `verdicts[i]` (done as prescribed under that verdict) when there is one: the engine's replay
    /// of a journal, for one block.
    public static func replaying(
        _ plugin: Plugin, sessions contexts: [SessionContext], verdicts: [Int: Verdict], athlete: Athlete,
        catalog: ExerciseCatalog
    ) -> [BlockPlan] {
        var state = plugin.start(for: athlete, catalog: catalog).state
        return contexts.enumerated().map { index, context in
            let block = plugin.prescribe(context, state: &state)
            if let verdict = verdicts[index] {
                let done = block.prescriptions.map { Array(repeating: $0.dose.amount, count: $0.sets) }
                plugin.adapt(
                    BlockOutcome(date: context.date, prescribed: block, done: done, verdict: verdict), state: &state)
            }
            return block
        }
    }
}
