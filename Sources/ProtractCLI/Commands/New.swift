import ArgumentParser
import PlanKit

extension ProtractCommand {
    /// `protract new FILE`: writes a commented starter programme, never over an existing file.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Write a commented starter programme to a new file.",
            discussion: HelpLayout.discussion("""
                The starter uses every plugin and shows each commonly changed key with its default \
                and a comment; it validates and plans as written. Its id comes from the file name. \
                An existing file is never replaced. FILE '-' prints the starter instead.

                Examples:
                  protract new my-plan.yaml
                  protract validate my-plan.yaml
                  protract plan my-plan.yaml --baseline push-ups=6

                \(ExitStatus.helpText)
                """))

        @Argument(help: "The file to create ('-' for stdout).", completion: .file(extensions: ["yaml", "yml"]))
        var file: String

        mutating func validate() throws {
            try SystemPath.checkNamed(file, "FILE", standardStream: true)
        }

        func run() throws {
            let console = Console()
            let writer = OutputWriter(
                path: file, force: false, existsHelp: "choose another file name: 'protract new' never replaces a file",
                exampleName: "my-programme.yaml")
            try writer.checkWritable(console: console)
            let descriptors = BuiltInPlugins.types.map { $0.descriptor }
            let text = StarterProgramme.text(id: StarterProgramme.id(forFileName: file), plugins: descriptors)
            try writer.write(text, console: console)
            if !writer.isStdout {
                console.err("""
                    wrote \(writer.displayName): a starter programme with \(descriptors.map(\.id).joined(separator: ", "))
                      next: protract validate \(writer.shellWord)
                            protract plan \(writer.shellWord) --baseline push-ups=6

                    """)
            }
        }
    }
}
