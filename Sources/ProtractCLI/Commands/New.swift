import ArgumentParser
import Foundation
import PlanKit

extension ProtractCommand {
    /// `protract new FILE`: writes a commented starter programme, never over an existing file.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Write a commented starter programme to a new file.",
            discussion: """
                The starter uses every plugin and shows each commonly changed key with its default \
                and a comment; it validates and plans as written. Its id comes from the file name. \
                An existing file is never replaced. FILE '-' prints the starter instead.

                Examples:
                  protract new my-plan.yaml
                  protract validate my-plan.yaml && protract plan my-plan.yaml --baseline push-ups=6

                \(ExitStatus.helpText)
                """)

        @Argument(help: "The file to create ('-' for stdout).", completion: .file(extensions: ["yaml", "yml"]))
        var file: String

        func run() throws {
            let console = Console()
            let writer = OutputWriter(path: file, force: false)
            if !writer.isStdout, FileManager.default.fileExists(atPath: file) {
                console.error(
                    "\(file) already exists; it was not changed",
                    help: "choose another file name: 'protract new' never replaces a file")
                throw ExitStatus.cannotCreate
            }
            let descriptors = BuiltInPlugins.types.map { $0.descriptor }
            let text = StarterProgramme.text(id: StarterProgramme.id(forFileName: file), plugins: descriptors)
            do {
                try writer.write(text, console: console)
            } catch {
                console.error(error.message, help: error.help?.replacingOccurrences(of: "pass --force to replace it, or ", with: ""))
                throw ExitStatus.cannotCreate
            }
            if !writer.isStdout {
                console.err("""
                    wrote \(file): a starter programme with \(descriptors.map(\.id).joined(separator: ", "))
                      next: protract validate \(file)
                            protract plan \(file) --baseline push-ups=6

                    """)
            }
        }
    }
}
