public import Foundation
public import PlanKit
public import YAMLKit

/// The repository's own files, found from this file's path: the root, `Programs/` and the built-in
/// catalog, as every test target reads them.
public enum Repository {
    /// The package's root folder.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ProtractTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package

    /// The built-in programmes and catalog, `Programs/`.
    public static let programsDirectory = root.appendingPathComponent("Programs")

    /// A file of `Programs/` (`exercises.yaml`, `upper-back-rehab.yaml`), read whole and named `name`.
    public static func programsFile(_ name: String) throws -> SourceFile {
        let path = programsDirectory.appendingPathComponent(name).path
        guard let data = FileManager.default.contents(atPath: path) else { throw MissingFile(path: path) }
        return SourceFile(name: name, bytes: Array(data))
    }

    /// The text of a file of `Programs/`.
    public static func programsText(_ name: String) throws -> String {
        try String(contentsOf: programsDirectory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The built-in catalog, `Programs/exercises.yaml`, loaded as the CLI loads it.
    public static func catalog() throws -> ExerciseCatalog {
        try ProgrammeLoader.catalog(from: programsFile("exercises.yaml"))
    }

    /// A file of the repository that could not be read.
    public struct MissingFile: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "cannot read \(path)" }
    }
}
