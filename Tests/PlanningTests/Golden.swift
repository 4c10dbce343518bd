import Foundation
import Testing

/// Rendered output compared byte for byte with files checked in under `Golden/`. Regenerate with
/// `PROTRACT_UPDATE_GOLDEN=1 swift test --filter PlanningTests` and review the diff.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func compare(_ actual: String, with name: String) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PROTRACT_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected == actual { return }
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = Array(zip(left, right)).firstIndex { $0 != $1 } ?? min(left.count, right.count)
        Issue.record("""
            \(name) differs from the golden file at line \(line + 1):
              expected: \(line < left.count ? String(left[line]) : "<end of file>")
              actual:   \(line < right.count ? String(right[line]) : "<end of file>")
            Regenerate with PROTRACT_UPDATE_GOLDEN=1 if the change is intended.
            """)
    }
}
