import ArgumentParser
import PlanKit

extension ProtractCommand {
    /// `protract schema`: the JSON Schema of programme files, for editors and validators.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Print the JSON Schema (draft 2020-12) of programme files, or of exercise catalogs, for editors and validators.",
            discussion: HelpLayout.discussion("""
                The schema is built from the programme model and from each plugin's options, so an \
                editor with a YAML language server checks and completes a programme as you type. \
                Save it next to your programmes and name it on the first line of each file:

                  protract schema > programme.schema.json
                  # yaml-language-server: $schema=programme.schema.json

                An editor completes exercise ids from the built-in catalog; with --programme, the \
                programme's own exercises too (regenerate the schema after adding one). A programme \
                with mistakes still gets a schema (exit 0): its problems are printed as warnings, and \
                its own exercises that do not read, or all of them when the YAML does not read, are \
                left out. With --catalog, the schema is that of an exercise catalog file \
                (Programs/exercises.yaml):

                  protract schema --catalog > catalog.schema.json

                The schema checks keys, types, ranges and patterns; 'protract validate FILE' also \
                checks that exercise ids exist, that starts are not above targets, and how the \
                parts of the file fit together (docs/authoring.md lists what only validate checks).

                \(ExitStatus.helpText)
                """))

        @Flag(help: "Print the schema of exercise catalog files instead of programme files.")
        var catalog = false

        @Option(
            help: ArgumentHelp(
                "Complete this programme's own exercise ids too (a built-in id or a file).", valueName: "file|id"),
            completion: .file(extensions: ["yaml", "yml"]))
        var programme: String?

        mutating func validate() throws {
            try SystemPath.checkNamed(programme, "--programme")
        }

        func run() throws {
            let environment = try Environment.load()
            let exercises = try programme.map { try SchemaExercises(environment: environment).exercises(of: $0) }
                ?? environment.catalog.exercises
            environment.console.out(catalog
                ? CatalogSchema(exercises: exercises).rendered
                : ProgrammeSchema(plugins: BuiltInPlugins.types, exercises: exercises).rendered)
        }
    }
}
