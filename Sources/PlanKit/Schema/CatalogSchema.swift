import YAMLKit

/// The JSON Schema (draft 2020-12) of an exercise catalog file (`Programs/exercises.yaml`): a
/// title and a list of exercises, for `protract schema --catalog` and for editors.
///
/// Each exercise is described by the same definition a programme's own `exercises` use, and its
/// `easier`, `harder` and `needs-step` complete the catalog's ids.
public struct CatalogSchema: Sendable {
    /// The schema's default `$id`.
    public static let defaultID = "urn:protract:schema:catalog"

    static let summary = "A Protract exercise catalog file: exercises that programmes name by id. "
        + "Check it fully with 'protract validate FILE'."

    /// The exercises whose ids an editor completes.
    public var exercises: [Exercise]
    /// The schema's `$id`.
    public var id: String

    /// Creates the schema of catalog files whose exercises may name these.
    public init(exercises: [Exercise] = [], id: String = CatalogSchema.defaultID) {
        self.exercises = exercises
        self.id = id
    }

    static func schema(for key: CatalogFile.CodingKeys) -> JSONSchema {
        switch key {
        case .title:
            return JSONSchema.text(TextRule.title).described("The catalog's title (Protract built-in exercises).")
        case .exercises:
            return JSONSchema.array(of: .reference("exercise"), maxItems: Limits.catalogExercises)
                .described("The exercises, each with a unique kebab-case id.")
        }
    }

    /// The whole schema document.
    public var document: JSONValue {
        let root = JSONSchema.object(
            CatalogFile.CodingKeys.allCases.map { ($0.stringValue, Self.schema(for: $0)) },
            required: ["catalog", "exercises"])
        return ProgrammeSchema.document(id: id, title: "Protract exercise catalog", summary: Self.summary, root: root, definitions: [
            ("exercise", ExerciseSchema.exercise.value),
            (ExerciseSchema.idDefinition, ExerciseSchema.id(known: exercises).value),
        ])
    }

    /// The schema as pretty-printed JSON, the same bytes on every run.
    public var rendered: String { document.rendered }
}
