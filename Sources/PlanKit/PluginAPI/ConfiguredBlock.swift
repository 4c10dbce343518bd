import YAMLKit

/// A block whose plugin has been made from its options, with the plugin's types erased so the
/// planner can run blocks of different plugins side by side.
public struct ConfiguredBlock: Sendable {
    /// The plugin's id.
    public let pluginID: String
    let start: @Sendable (Athlete, ExerciseCatalog) -> (state: any Sendable, summary: String?)
    let prescribe: @Sendable (SessionContext, inout any Sendable) -> BlockPlan
}

extension PlanPlugin {
    /// Decodes a block's options (its keys but `plugin`) and makes the plugin for it.
    ///
    /// - Parameter path: the block's coding path in the programme, so diagnostics name it.
    static func configure(
        _ block: Block, path: [any CodingKey], catalog: ExerciseCatalog
    ) throws(YAMLError) -> ConfiguredBlock {
        let options = try NodeDecoder().decode(Options.self, from: block.node.removingKey("plugin"), codingPath: path)
        let plugin = try Self(options: options, catalog: catalog)
        return ConfiguredBlock(
            pluginID: descriptor.id,
            start: { athlete, catalog in
                let start = plugin.start(for: athlete, catalog: catalog)
                return (start.state, start.summary)
            },
            prescribe: { session, state in
                // State is kept per plugin id, so it always has this plugin's type; a fresh start
                // is only a guard, never the normal path.
                var typed = (state as? State) ?? plugin.start(for: Athlete(start: session.date), catalog: session.catalog).state
                let plan = plugin.prescribe(session, state: &typed)
                state = typed
                return plan
            })
    }
}
