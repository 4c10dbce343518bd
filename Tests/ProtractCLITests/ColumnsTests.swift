import Foundation
import Testing

@testable import ProtractCLI

/// `COLUMNS` sets the width text is wrapped to, over the terminal's and the pipe's 80, as the GNU
/// tools take it: `COLUMNS=40 protract next | less` (a trial's) printed 80-column lines.
struct ColumnsTests {
    @Test(arguments: [
        ("40", 40), ("60", 60), ("160", 160), ("400", 160),
        ("39", nil), ("0", nil), ("-50", nil), ("+50", nil), ("", nil), ("wide", nil), (" 50", nil), ("50x", nil),
        ("99999999999999999999999", nil),
    ] as [(String, Int?)])
    func aValidWidthIsTakenAndAnythingElseLeftOut(value: String, width: Int?) {
        #expect(Console.columns(value) == width)
    }

    @Test func unsetIsLeftOut() {
        #expect(Console.columns(nil) == nil)
    }

    /// End to end through the built binary, its stdout a file: wrapped to `COLUMNS`, a command to
    /// copy laid out to it too; 80 columns when the value is not a width.
    @Test func theBinaryWrapsToColumnsInAPipe() throws {
        try Courses.with { courses in
            try courses.start()
            let narrow = try courses.run(["next", "--today", "2026-12-07"], environment: ["COLUMNS": "40"])
            #expect(narrow.status == 0, "\(narrow)")
            let lines = narrow.stdout.split(separator: "\n")
            #expect(lines.allSatisfy { $0.count <= 40 }, "\(narrow.stdout)")
            #expect(lines.contains { $0.count > 30 }, "\(narrow.stdout)")
            #expect(narrow.stdout.contains("After it: 'protract log' asks how it\n  went, or\n"
                + "  'protract log --as-planned --pain N'\n"), "\(narrow.stdout)")
            for ignored in ["20", "forty", ""] {
                let wide = try courses.run(["next", "--today", "2026-12-07"], environment: ["COLUMNS": ignored])
                #expect(wide.status == 0, "\(wide)")
                #expect(wide.stdout.split(separator: "\n").contains { $0.count > 60 }, "COLUMNS=\(ignored): \(wide.stdout)")
                #expect(wide.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "COLUMNS=\(ignored): \(wide.stdout)")
            }
            // A command on a line of its own (the entry an unplanned `--done` leaves out) is laid
            // out to the width too, broken only between arguments.
            let logged = try courses.run(
                ["log", "--today", "2026-12-07", "--done", "knee-push-up=5,5,5", "--pain", "2"], environment: ["COLUMNS": "40"])
            #expect(logged.status == 0, "\(logged)")
            #expect(logged.stdout.split(separator: "\n").allSatisfy { $0.count <= 40 }, "\(logged.stdout)")
            #expect(logged.stdout.contains(" \\\n"), "\(logged.stdout)")
        }
    }

    /// Piped to a pager (`| cat` here) with standard error on a 40-column terminal, the text is laid
    /// out for that terminal (a phone user's trial paged `next | less` at 80 columns, every cue
    /// broken mid-word); written to a file, it is 80 columns as before.
    @Test(.enabled(if: TmuxPane.tmux != nil, "tmux is not installed: scripts/ensure-deps.sh --test installs it"))
    func aPipeOnATerminalTakesItsWidthAndAFileDoesNot() throws {
        try Courses.with { courses in
            try courses.start()
            let command = try courses.commandLine(["next", "--today", "2026-12-07"])
            let file = courses.dir.appendingPathComponent("next.txt").path
            let pane = try TmuxPane(
                "unset COLUMNS; export NO_COLOR=1; \(command) | cat; \(command) > '\(file)'; echo \"[exit $?]\"; sleep 600",
                in: courses.dir, width: 40, height: 200)
            defer { pane.stop() }
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 0]"), "\(screen)")
            let lines = screen.split(separator: "\n")
            #expect(lines.contains("Next: today, Mon 7 Dec 2026 (session 1"), "laid out for 40 columns: \(screen)")
            let written = try String(contentsOfFile: file, encoding: .utf8)
            #expect(written.hasPrefix("Next: today, Mon 7 Dec 2026 (session 1 of 24)\n"), "80 columns in a file: \(written)")
            #expect(written.split(separator: "\n").contains { $0.count > 40 }, "\(written)")
        }
    }

    /// On a terminal, `COLUMNS` wins over the terminal's own width: an 80-column pane, 40 asked.
    @Test(.enabled(if: TmuxPane.tmux != nil, "tmux is not installed: scripts/ensure-deps.sh --test installs it"))
    func columnsWinsOverTheTerminal() throws {
        try Courses.with { courses in
            try courses.start()
            let command = try courses.commandLine(["next", "--today", "2026-12-07"])
            let pane = try TmuxPane(
                "NO_COLOR=1 COLUMNS=40 \(command); echo \"[exit $?]\"; sleep 600", in: courses.dir, width: 80, height: 50)
            defer { pane.stop() }
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 0]"), "\(screen)")
            #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 40 }, "\(screen)")
            #expect(screen.contains("\n  'protract log --as-planned --pain N'\n"), "\(screen)")
        }
    }
}
