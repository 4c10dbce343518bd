import ArgumentParser
import PlanKit
import YAMLKit

extension ProtractCommand {
    /// `protract validate FILE...`: checks programme and catalog files.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check programme files and report every problem with its line and column.",
            discussion: HelpLayout.discussion("""
                Prints a one-line summary when every file is valid. Otherwise prints each problem \
                compiler-style (FILE:LINE:COLUMN: error: ...) to stderr. A file whose top level has \
                a 'catalog' key is checked as an exercise catalog.

                \(ExitStatus.helpText)
                """))

        @Argument(help: "Programme or catalog files to check.", completion: .file(extensions: ["yaml", "yml"]))
        var files: [String]

        mutating func validate() throws {
            for file in files { try SystemPath.checkNamed(file, "FILE") }
        }

        func run() throws {
            let environment = try Environment.load()
            let console = environment.console
            var invalid = 0
            var unreadable = 0
            var errorCount = 0
            var kinds: [ProgrammeLoader.FileKind] = []
            var warnings = 0
            for path in files {
                let source: SourceFile
                do {
                    source = try InputFile.read(path, as: .programmeOrCatalog, console: console)
                } catch let status as ExitCode where status == ExitStatus.noInput {
                    unreadable += 1
                    continue
                } catch {
                    invalid += 1  // over the size limit: one located error
                    errorCount += 1
                    continue
                }
                do {
                    let document = try YAMLDocument.load(source, recoverDuplicateKeys: true)
                    let kind = ProgrammeLoader.kind(of: document)
                    switch kind {
                    case .programme:
                        let configured = try environment.configured(document)
                        let found = configured.warnings
                        if !found.isEmpty { console.report(found, in: source) }
                        warnings += found.count
                    case .catalog: _ = try ProgrammeLoader.catalog(from: document)
                    }
                    kinds.append(kind)
                } catch {
                    console.report(error.diagnostics, in: source)
                    invalid += 1
                    errorCount += error.diagnostics.count
                }
            }
            let checked = files.count
            if invalid == 0, unreadable == 0 {
                let programmes = kinds.filter { $0 == .programme }.count
                let catalogs = kinds.count - programmes
                var parts: [String] = []
                if programmes > 0 { parts.append(plural(programmes, "programme")) }
                if catalogs > 0 { parts.append(plural(catalogs, "catalog")) }
                let warned = warnings > 0 ? ", \(plural(warnings, "warning")) above" : ""
                console.out("ok: \(parts.joined(separator: " and ")) valid\(warned)\n")
                return
            }
            var summary: [String] = []
            if errorCount > 0 { summary.append("\(plural(errorCount, "error")) in \(invalid) of \(plural(checked, "file"))") }
            if unreadable > 0 { summary.append("\(unreadable) of \(plural(checked, "file")) unreadable") }
            console.err("validate: " + summary.joined(separator: "; ") + "\n")
            throw unreadable > 0 ? ExitStatus.noInput : ExitStatus.invalidData
        }
    }
}
