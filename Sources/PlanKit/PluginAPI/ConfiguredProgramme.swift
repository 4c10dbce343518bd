public import YAMLKit

/// A programme whose blocks all have their plugins, ready to plan.
public struct ConfiguredProgramme: Sendable {
    /// The programme.
    public let programme: Programme
    /// The built-in catalog plus the programme's own exercises.
    public let catalog: ExerciseCatalog
    /// Each plugin the programme uses with its blocks, in the order the plugins first appear.
    let plugins: [any ConfiguredPlugin]
    /// Each session template's blocks, in order.
    let templates: [[BlockSlot]]
    /// The baseline keys the programme's plugins read.
    public let baselineKeys: [PluginDescriptor.BaselineKey]
    /// What `validate` warns about in a programme that plans: cues that state a tempo other than
    /// the one the plan gives (see `TempoCueCheck`).
    public internal(set) var warnings: [Diagnostic] = []
}
