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
    /// What the programme was configured from, for ``warnings``.
    let draft: ProgrammeDraft

    /// What `validate` warns about in a programme that plans, in this order: a `pain-rules`
    /// threshold above the pain-monitoring model's 5/10, deload weeks that defeat what a deload is
    /// for (see `DeloadWarnings`), a stop rule, clinician note,
    /// pain-monitoring line or red flag that restates a pain score (`pain-rules` says how much pain is acceptable),
    /// cues that state a tempo other than the one the plan gives (see `TempoCueCheck`), and a
    /// session template that gives one exercise in two blocks (see `RepeatedExerciseCheck`), and
    /// the plugins' own warnings about their blocks (`PlanPlugin.warnings`, and
    /// `PlanPlugin.warnings(in:)` with the weeks each block is planned in), once per place.
    /// Worked out when asked: a plan does not show them.
    public var warnings: [Diagnostic] {
        SafetyWarnings.painRules(programme.painRules, root: draft.root)
            + DeloadWarnings.warnings(programme, root: draft.root)
            + SafetyWarnings.thresholds(in: programme.safety, root: draft.root)
            + TempoCueCheck.warnings(draft, catalog: catalog)
            + RepeatedExerciseCheck.warnings(self)
            + plugins.flatMap { $0.warnings + $0.warnings(in: programme) }.uniqued().inSourceOrder()
    }
}
