#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
    /// The paths of the built-in programmes, sorted by name: the folder is listed once, when it
    /// is found (a command asks for a programme by id up to five times).
    let programmePaths: [String]
    /// Each built-in programme's id, its file name without `.yaml` or `.yml`, in the order of
    /// `programmePaths`.
    let programmeIDs: [String]

    init(directory: URL) {
        self.directory = directory
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && $0 != Self.catalogFileName }
            .sorted()
        programmePaths = names.map { directory.appendingPathComponent($0).path }
        programmeIDs = names.map { String($0.dropLast($0.hasSuffix(".yaml") ? 5 : 4)) }
    }

    struct NotFound: Error {
        var searched: [String]
        /// The `PROTRACT_PROGRAMS` value, when it was set but names no Programs folder.
        var override: String? = nil
    }

    static func locate(environment: [String: String] = environmentVariables("PROTRACT_PROGRAMS")) throws(NotFound) -> BuiltInFiles {
        // An explicit folder is used or refused, never silently passed over for another one.
        if let override = environment["PROTRACT_PROGRAMS"], !override.isEmpty {
            let folder = URL(fileURLWithPath: override)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(catalogFileName).path) else {
                throw NotFound(searched: [folder.path], override: override)
            }
            return BuiltInFiles(directory: folder)
        }
        var candidates: [URL] = []
        // The binary itself, through /proc/self/exe (Linux); else the path it was started by.
        let executable = SystemPath(bytes: Array("/proc/self/exe".utf8)).linkTarget().map { URL(fileURLWithPath: $0.display) }
            ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "protract")
        let binDirectory = executable.resolvingSymlinksInPath().deletingLastPathComponent()
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

    /// The path of the catalog file.
    var catalogPath: String { directory.appendingPathComponent(Self.catalogFileName).path }
}
