/// A programme whose blocks all have their plugins, ready to plan.
public struct ConfiguredProgramme: Sendable {
    /// The programme.
    public let programme: Programme
    /// The built-in catalog plus the programme's own exercises.
    public let catalog: ExerciseCatalog
    /// Each session template's configured blocks.
    let templates: [[ConfiguredBlock]]
    /// The baseline keys the programme's plugins read.
    public let baselineKeys: [PluginDescriptor.BaselineKey]
}
