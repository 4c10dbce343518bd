import Foundation
import Testing

/// Compares output with a golden file in `Golden/`, or rewrites the file when the environment has
/// `PROTRACT_UPDATE_GOLDEN=1` (then the source tree's copy is written, found through `#filePath`).
enum GoldenFile {
    /// Whether this run rewrites golden files.
    static var updating: Bool {
        ProcessInfo.processInfo.environment["PROTRACT_UPDATE_GOLDEN"] == "1"
    }

    /// The golden directory in the source tree.
    static var sourceDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    /// Names of every golden file in the bundled copy of `Golden/`; text files are named `NAME-WIDTH.txt`.
    static func names() throws -> [String] {
        let directory = try #require(Bundle.module.url(forResource: "Golden", withExtension: nil))
        return try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The text of a bundled golden file.
    static func text(_ name: String) throws -> String {
        let directory = try #require(Bundle.module.url(forResource: "Golden", withExtension: nil))
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return String(decoding: data, as: UTF8.self)
    }

    /// Records an issue naming the first differing line when `actual` is not the golden file `name`.
    static func check(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if updating {
            try FileManager.default.createDirectory(at: sourceDirectory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: sourceDirectory.appendingPathComponent(name), options: .atomic)
            return
        }
        guard let expected = try? text(name) else {
            Issue.record(
                "no golden file \(name); run PROTRACT_UPDATE_GOLDEN=1 swift test --filter PlanRenderingTests",
                sourceLocation: sourceLocation)
            return
        }
        if let difference = firstDifference(expected: expected, actual: actual) {
            Issue.record(
                "\(name) differs\n\(difference)\n(if the change is intended: PROTRACT_UPDATE_GOLDEN=1 swift test)",
                sourceLocation: sourceLocation)
        }
    }

    /// A readable description of the first differing line, or nil when the texts are equal.
    static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(want.count, got.count) {
            let wanted = index < want.count ? "\"\(want[index])\"" : "(no line)"
            let gotten = index < got.count ? "\"\(got[index])\"" : "(no line)"
            if wanted != gotten {
                return "first difference at line \(index + 1):\n  expected: \(wanted)\n  actual:   \(gotten)"
            }
        }
        return "the texts differ only in invisible characters (\(expected.utf8.count) vs \(actual.utf8.count) bytes)"
    }
}
