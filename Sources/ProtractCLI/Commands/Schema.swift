import ArgumentParser
import PlanKit

extension ProtractCommand {
    /// `protract schema`: the JSON Schema of programme files, for editors and validators.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Print the JSON Schema (draft 2020-12) of programme files, for editors and validators.",
            discussion: """
                The schema is built from the programme model and from each plugin's options, so an \
                editor with a YAML language server checks and completes a programme as you type. \
                Save it next to your programmes and name it on the first line of each file:

                  protract schema > programme.schema.json
                  # yaml-language-server: $schema=programme.schema.json

                The schema checks keys, types, ranges and patterns; 'protract validate FILE' also \
                checks exercise ids against the catalog and how the parts of the file fit together.

                \(ExitStatus.helpText)
                """)

        func run() throws {
            Console().out(ProgrammeSchema(plugins: BuiltInPlugins.types).rendered)
        }
    }
}
