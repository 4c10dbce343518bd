import Foundation
import Testing

/// A command Protract prints with a path that needs quotes (a folder named `My Programmes`) is
/// laid out at 40 columns only between its arguments, the quoted path whole: pasted into a shell,
/// it runs. The footer of `next` cut it at the path's space (`'My` / `Programmes/journal.yaml'`).
struct QuotedPathCommandTests {
    @Test func theFooterOfNextPastesIntoAShellAndRuns() throws {
        try Courses.with { courses in
            let folder = courses.dir.appendingPathComponent("My Programmes")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Programs/upper-back-rehab.yaml")
            try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("back.yaml"))
            let journal = ["--journal", "My Programmes/journal.yaml"]
            let started = try courses.run(["start", "My Programmes/back.yaml"] + Courses.startFlags + journal)
            #expect(started.status == 0, "\(started)")
            let next = try courses.run(["next", "--today", "2026-12-07"] + journal, environment: ["COLUMNS": "40"])
            #expect(next.status == 0, "\(next)")
            #expect(next.stdout.split(separator: "\n").allSatisfy { $0.count <= 40 }, "\(next.stdout)")
            #expect(next.stdout.contains("'My Programmes/journal.yaml'"), "\(next.stdout)")
            // What lies between the quotes of `'protract log … --as-planned --pain N'`, N filled in.
            let opening = try #require(next.stdout.range(of: "'protract log", options: .backwards))
            let closing = try #require(next.stdout.range(of: " N'", range: opening.upperBound..<next.stdout.endIndex))
            let copied = String(next.stdout[opening.lowerBound..<closing.lowerBound].dropFirst()) + " 2"
            #expect(copied.contains(" \\\n"), "broken between its arguments at 40 columns: \(next.stdout)")
            let logged = try ShellRun.run("protract() { \"$PROTRACT\" \"$@\" --today 2026-12-07; }\n" + copied, in: courses.dir)
            #expect(logged.status == 0, "\(copied)\n\(logged)")
            let text = try String(contentsOf: folder.appendingPathComponent("journal.yaml"), encoding: .utf8)
            #expect(text.contains("2026-12-07"), "\(text)")
        }
    }

    /// The plan's screening line names a programme file by its quoted path, kept whole on a line.
    @Test func theScreeningLineKeepsAQuotedPathWhole() throws {
        try Courses.with { courses in
            let folder = courses.dir.appendingPathComponent("Sam's programmes")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Programs/upper-back-rehab.yaml")
            try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("my back.yaml"))
            let plan = try courses.run(["plan", "Sam's programmes/my back.yaml"] + Courses.startFlags, environment: ["COLUMNS": "40"])
            #expect(plan.status == 0, "\(plan)")
            #expect(plan.stdout.split(separator: "\n").allSatisfy { $0.count <= 40 }, "\(plan.stdout)")
            // In double quotes: `'Sam'\\''s …'` read as three pieces inside the prose's own quotes.
            #expect(plan.stdout.contains("\"Sam's programmes/my back.yaml\""), "\(plan.stdout)")
        }
    }
}
