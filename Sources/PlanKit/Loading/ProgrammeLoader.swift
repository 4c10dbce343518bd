public import YAMLKit

/// Reads programme and catalog files into checked values.
public struct ProgrammeLoader: Sendable {
    /// What a YAML file in `Programs/` holds.
    public enum FileKind: Sendable, Equatable {
        /// A programme.
        case programme
        /// An exercise catalog (its root has a `catalog` key).
        case catalog
    }

    /// The checks applied after decoding.
    public var validator: ProgrammeValidator

    /// Creates a loader.
    public init(validator: ProgrammeValidator) {
        self.validator = validator
    }

    /// The kind of file a parsed document is; a programme unless its root is a mapping with `catalog`.
    public static func kind(of document: YAMLDocument) -> FileKind {
        document.root?.mapping?["catalog"] != nil ? .catalog : .programme
    }

    /// Reads and checks a programme file.
    public func programme(from file: SourceFile) throws(YAMLError) -> Programme {
        try programme(from: YAMLDocument.load(file))
    }

    /// Decodes and checks a programme from a parsed document.
    public func programme(from document: YAMLDocument) throws(YAMLError) -> Programme {
        let draft = try self.draft(from: document)
        if let programme = draft.programme, draft.diagnostics.isEmpty { return programme }
        throw YAMLError(draft.diagnostics)
    }

    /// Decodes a programme document as far as it goes and checks what decoded against the catalog
    /// and the plugin ids: a programme that did not decode as a whole still has its own exercises
    /// and its blocks read one by one, so that the checks on them are not put off to a later run.
    ///
    /// - Throws: only when the document is empty; every other problem is in the draft's diagnostics.
    public func draft(from document: YAMLDocument) throws(YAMLError) -> ProgrammeDraft {
        do {
            let programme = try document.decode(
                Programme.self, emptyHelp: "a programme needs at least id, title, summary, weeks, schedule, sessions and safety")
            return ProgrammeDraft(
                programme: programme, diagnostics: validator.validate(programme, root: document.root), root: document.root)
        } catch {
            guard let root = document.root else { throw error }
            var draft = ProgrammeDraft(salvaging: root, diagnostics: error.diagnostics)
            // The plugin ids can be checked on the tree alone; every exercise's ids, against the
            // catalog and the exercises that decoded.
            draft.diagnostics += validator.pluginProblems(in: root)
            draft.diagnostics += validator.exerciseProblems(
                draft.exerciseLinks, adding: draft.exercises, alsoKnown: draft.brokenExerciseIDs)
            draft.diagnostics = draft.diagnostics.uniqued().inSourceOrder()
            return draft
        }
    }

    /// Reads a catalog file and checks its references.
    public static func catalog(from file: SourceFile) throws(YAMLError) -> ExerciseCatalog {
        try catalog(from: YAMLDocument.load(file))
    }

    /// Decodes a catalog from a parsed document and checks its references.
    public static func catalog(from document: YAMLDocument) throws(YAMLError) -> ExerciseCatalog {
        let file = try document.decode(CatalogFile.self, emptyHelp: "a catalog needs 'catalog:' and 'exercises:'")
        let catalog = ExerciseCatalog(file.exercises)
        let problems = catalog.unresolvedReferences(in: file.exercises, path: "exercises")
        if !problems.isEmpty { throw YAMLError(problems) }
        return catalog
    }
}
