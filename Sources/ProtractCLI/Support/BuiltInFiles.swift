import Foundation
import PlanKit
import YAMLKit

/// Finds Protract's built-in files (the `Programs/` folder: the exercise catalog and the built-in
/// programmes) from wherever the binary runs.
///
/// Search order:
/// 1. `$PROTRACT_PROGRAMS`, when set: a folder holding `exercises.yaml`.
/// 2. `<prefix>/share/protract/Programs`, for a binary installed as `<prefix>/bin/protract`.
/// 3. A `Programs/` folder in the binary's own folder or any folder above it, which finds the
///    repository's `Programs/` from `.build/debug/protract` and `.build/release/protract`.
struct BuiltInFiles {
    /// The file in `Programs/` that holds the exercise catalog.
    static let catalogFileName = "exercises.yaml"

    /// The folder found.
    let directory: URL

    struct NotFound: Error {
        var searched: [String]
        /// The `PROTRACT_PROGRAMS` value, when it was set but names no Programs folder.
        var override: String? = nil
    }

    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(NotFound) -> BuiltInFiles {
        // An explicit folder is used or refused, never silently passed over for another one.
        if let override = environment["PROTRACT_PROGRAMS"], !override.isEmpty {
            let folder = URL(fileURLWithPath: override)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(catalogFileName).path) else {
                throw NotFound(searched: [folder.path], override: override)
            }
            return BuiltInFiles(directory: folder)
        }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "protract").resolvingSymlinksInPath()
        let binDirectory = executableURL()?.deletingLastPathComponent() ?? executable.deletingLastPathComponent()
        candidates.append(binDirectory.deletingLastPathComponent().appendingPathComponent("share/protract/Programs"))
        var folder = binDirectory
        for _ in 0..<8 {
            candidates.append(folder.appendingPathComponent("Programs"))
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent(catalogFileName).path) {
            return BuiltInFiles(directory: candidate)
        }
        throw NotFound(searched: candidates.map(\.path))
    }

    private static func executableURL() -> URL? {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }

    /// The path of the catalog file.
    var catalogPath: String { directory.appendingPathComponent(Self.catalogFileName).path }

    /// The paths of the built-in programmes, sorted by name.
    var programmePaths: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && $0 != Self.catalogFileName }
            .sorted()
            .map { directory.appendingPathComponent($0).path }
    }
}

/// Loads the built-in catalog once per command, with errors that say the installation is broken.
struct Environment {
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
        try registry.configure(try loader.programme(from: document), catalog: catalog)
    }

    static func load() throws -> Environment {
        let console = Console()
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
            return Environment(files: files, catalog: catalog, registry: try registry())
        } catch let error as YAMLError {
            console.report(error.diagnostics, in: source)
            console.error("the built-in exercise catalog is invalid; reinstall Protract or fix the file above")
            throw ExitStatus.software
        }
    }

    private static func registry() throws -> PluginRegistry {
        do {
            return try BuiltInPlugins.registry()
        } catch {
            Console().error("the plugin list is broken: \(error.message)")
            throw ExitStatus.software
        }
    }
}
