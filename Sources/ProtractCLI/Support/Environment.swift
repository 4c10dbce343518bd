#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PlanKit
import Synchronization
import YAMLKit

/// Loads the built-in catalog once per command, with errors that say the installation is broken,
/// and finds the programme a command names.
struct Environment: Sendable {
    let files: BuiltInFiles
    let catalog: ExerciseCatalog
    let registry: PluginRegistry
    let console = Console()

    var loader: ProgrammeLoader {
        ProgrammeLoader(validator: ProgrammeValidator(catalog: catalog, pluginIDs: registry.ids))
    }

    /// Decodes, checks and configures a programme: its own rules, the catalog, then each block's
    /// plugin options, so `validate` and `plan` report the same problems.
    func configured(_ document: YAMLDocument) throws(YAMLError) -> ConfiguredProgramme {
        try registry.configure(document, loader: loader, catalog: catalog)
    }

    /// Finds a programme by built-in id or path, loads it and configures its plugins, printing
    /// diagnostics (on `console`, else the environment's) and throwing the matching exit status
    /// on failure.
    func configured(programme argument: String, console: Console? = nil) throws -> ConfiguredProgramme {
        let console = console ?? self.console
        let source = try InputFile.read(try path(for: argument, console: console), as: .programme, console: console)
        return try console.decoded(source) { source throws(YAMLError) in
            try configured(try YAMLDocument.load(source, recoverDuplicateKeys: true))
        }
    }

    /// The path a programme argument names: an existing file, else a built-in id. Its warnings
    /// and errors go to `console` (a quiet one says nothing), else the environment's.
    func path(for argument: String, console: Console? = nil) throws -> String {
        let console = console ?? self.console
        let builtIns = files.programmePaths
        let ids = files.programmeIDs
        let looksLikePath = argument.contains("/") || argument.hasSuffix(".yaml") || argument.hasSuffix(".yml")
        // Anything at that path, even a dangling link or a FIFO, is read (and refused) as a file.
        if SystemPath(argument).linkStatus() != nil {
            // A file named as a built-in id is easy to have by accident: which one is planned is said.
            if !looksLikePath, ids.contains(argument) {
                console.note(
                    "'\(argument)' is a file in this folder and the id of a built-in programme; using the file "
                        + "(to plan the built-in one, run from another folder or rename the file)",
                    first: "protract: warning: ")
            }
            return argument
        }
        if let index = ids.firstIndex(of: argument) {
            // NAME.yaml and NAME.yml: the first in name order is used, and the choice is said.
            let others = ids.indices.filter { ids[$0] == argument && $0 != index }.map { builtIns[$0] }
            if !others.isEmpty {
                console.note(
                    "\(([builtIns[index]] + others).joined(separator: " and ")) are both the built-in "
                        + "programme '\(argument)'; using \(builtIns[index])", first: "protract: warning: ")
            }
            return builtIns[index]
        }
        if looksLikePath {
            console.error(
                "cannot read \(SystemPath(argument).display): no such file",
                help: MissingFileHelp.help(for: argument, role: .programme))
        } else {
            let hint = Suggestion.nearest(to: argument, in: ids).map { "did you mean '\($0)'? " } ?? ""
            var unique: [String] = []
            for id in ids where !unique.contains(id) { unique.append(id) }
            let known = unique.isEmpty
                ? "there are no built-in programmes in \(files.directory.path) (only the exercise catalog)"
                : "the built-in programmes are " + unique.joined(separator: ", ")
            console.error(
                "no built-in programme is called '\(argument)' and no file has that name", help: hint + known)
        }
        throw ExitStatus.noInput
    }

    /// The environment the process loaded first: a command loads the catalog once, however many
    /// of its steps ask (a course's plan, and `log`, which checks `--done`, finds the session and
    /// says what changes next). The built-in files do not move while a command runs.
    private static let loaded = Mutex<Environment?>(nil)

    static func load(console: Console = Console()) throws -> Environment {
        waitForEarly()
        if let environment = loaded.withLock({ $0 }) { return environment }
        let environment = try loadFromDisk(console: console)
        loaded.withLock { $0 = environment }
        return environment
    }

    /// Loads the environment without a word and keeps it for ``load(console:)``: the early
    /// read's work (`Environment+Early.swift`). A failure keeps nothing; the command's own load
    /// reads the files again and says what is wrong.
    static func loadQuietly() {
        var quiet = Console()
        quiet.quiet = true
        if let environment = try? loadFromDisk(console: quiet) { loaded.withLock { $0 = environment } }
    }

    private static func loadFromDisk(console: Console) throws -> Environment {
        let files: BuiltInFiles
        do {
            files = try BuiltInFiles.locate()
        } catch {
            if let override = error.override {
                console.error(
                    "PROTRACT_PROGRAMS is set to '\(override)', but that folder has no \(BuiltInFiles.catalogFileName)",
                    help: "point PROTRACT_PROGRAMS at Protract's Programs folder, or unset it to use the installed one")
            } else {
                console.error(
                    "cannot find Protract's built-in programmes and exercise catalog",
                    help: "set PROTRACT_PROGRAMS to the Programs folder; searched " + error.searched.joined(separator: ", "))
            }
            throw ExitStatus.software
        }
        let source: SourceFile
        do {
            source = try InputFile.read(files.catalogPath, as: .catalog)
        } catch {
            console.error("cannot read the built-in catalog \(error.path): \(error.reason)")
            throw error.notRegular ? ExitStatus.noInput : ExitStatus.software
        }
        do {
            let catalog = try ProgrammeLoader.catalog(from: source)
            return Environment(files: files, catalog: catalog, registry: try registry(console: console))
        } catch let error as YAMLError {
            console.report(error.diagnostics, in: source)
            console.error("the built-in exercise catalog is invalid; reinstall Protract or fix the file above")
            throw ExitStatus.software
        }
    }

    /// The built-in plugins' registry, or exit status 70 with a message (on `console`) when their
    /// list is broken.
    static func registry(console: Console = Console()) throws -> PluginRegistry {
        do {
            return try PluginRegistry(BuiltInPlugins.types)
        } catch {
            console.error("the plugin list is broken: \(error.message)")
            throw ExitStatus.software
        }
    }
}
