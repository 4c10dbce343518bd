public import YAMLKit

/// Checks what a programme file cannot check alone: that its blocks name known plugins and that
/// its exercises fit the catalog.
public struct ProgrammeValidator: Sendable {
    /// The built-in catalog.
    public var catalog: ExerciseCatalog
    /// The ids of the plugins the planner has.
    public var pluginIDs: [String]

    /// Creates a validator.
    public init(catalog: ExerciseCatalog, pluginIDs: [String]) {
        self.catalog = catalog
        self.pluginIDs = pluginIDs
    }

    /// Every problem found, in source order; empty when the programme is sound. The plugin ids
    /// are read from `root`, the programme's node tree.
    public func validate(_ programme: Programme, root: Node?) -> [Diagnostic] {
        (exerciseProblems(programme.exercises) + (root.map(pluginProblems) ?? [])).inSourceOrder()
    }

    /// The programme's own exercises against the built-in catalog: ids it already has, and
    /// `easier` and `harder` that name no exercise. Ids in `alsoKnown` (exercises of the programme
    /// that did not decode, reported already) count as known.
    public func exerciseProblems(_ exercises: [Exercise], alsoKnown: Set<String> = []) -> [Diagnostic] {
        exerciseProblems(
            exercises.enumerated().map { ExerciseLinks($1, position: $0) }, adding: exercises, alsoKnown: alsoKnown)
    }

    /// The ids of the programme's own exercises as written (`links`, decoded or not) against the
    /// built-in catalog with the exercises that decoded (`exercises`) added: ids it already has,
    /// and `easier`, `harder` and `needs-step` that name no exercise. Ids in `alsoKnown` (exercises
    /// of the programme that did not decode, reported already) count as known.
    public func exerciseProblems(
        _ links: [ExerciseLinks], adding exercises: [Exercise], alsoKnown: Set<String> = []
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for exercise in links where catalog.contains(exercise.id.value) {
            let id = exercise.id.value
            diagnostics.append(Diagnostic(
                .error, "exercise id '\(id)' is already in the built-in catalog", at: exercise.id.range,
                path: "exercises[\(exercise.position)].id",
                help: "use the built-in '\(id)' by id without redefining it, or give yours another id"))
        }
        var combined = catalog.adding(exercises)
        combined.unreadIDs = links.map(\.id.value).filter(alsoKnown.contains)
        diagnostics += combined.unresolvedReferences(in: links, path: "exercises", alsoKnown: alsoKnown)
        return diagnostics
    }

    /// The unknown plugin ids in a programme's node tree; read from the tree, so that a programme
    /// that did not decode has them reported together with its decoding errors.
    public func pluginProblems(in root: Node) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (place, session) in ProgrammeDraft.templateNodes(in: root) {
            for (blockIndex, block) in (session.mapping?["blocks"]?.sequence ?? []).enumerated() {
                guard let node = block.mapping?["plugin"], let id = node.scalar?.value, !node.isNull,
                    let unknown = UnknownPluginID(id, known: pluginIDs)
                else { continue }
                diagnostics.append(unknown.diagnostic(
                    at: node.range, path: "\(place.pathString).blocks[\(blockIndex)].plugin"))
            }
        }
        return diagnostics
    }
}
