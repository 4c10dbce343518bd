import Foundation
import Testing

/// The listings, the plan and the loop's messages on a phone-width terminal: the built binary in a
/// 40-column tmux pane. Protract wraps every line itself, so the terminal never breaks a word
/// (the pane's capture joins lines the terminal wrapped, which would show as longer lines).
@Suite(.enabled(if: TmuxPane.tmux != nil, "tmux is not installed: scripts/ensure-deps.sh --test installs it"))
struct NarrowTerminalTests {
    static let width = 40

    /// Runs `arguments` in a 40-column pane of `courses`' folder and returns the screen.
    static func screen(_ courses: Courses, _ arguments: [String]) throws -> String {
        let command = try courses.commandLine(arguments)
        // Standard error (the paths and commands `start` reports) goes to a file: not wrapped, so
        // that a path or a command can be copied whole.
        // Named in full: the pane's shell may start in another folder (a stray stderr.txt was
        // left at the repository's root).
        let errors = "'" + courses.dir.appendingPathComponent("stderr.txt").path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        let pane = try TmuxPane("NO_COLOR=1 \(command) 2>\(errors); echo \"[exit $?]\"; sleep 600", in: courses.dir, width: width)
        defer { pane.stop() }
        return try pane.wait(for: "[exit ")
    }

    /// Errors and warnings on a terminal are wrapped too, at spaces, with a quoted command whole.
    @Test func errorsWrapWithTheirCommandsWhole() throws {
        try Courses.with { courses in
            try courses.start()
            let flagged = try courses.run(["log", "--today", "2026-12-07", "--symptom", "arm-numbness", "--pain", "3"])
            #expect(flagged.status == 3, "\(flagged)")
            let command = try courses.commandLine(["log", "--today", "2026-12-09", "--as-planned", "--pain", "1"])
            let pane = try TmuxPane("NO_COLOR=1 \(command); echo \"[exit $?]\"; sleep 600", in: courses.dir, width: Self.width)
            defer { pane.stop() }
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 3]"), "\(screen)")
            #expect(screen.split(separator: "\n").allSatisfy { $0.count <= Self.width }, "\(screen)")
            #expect(screen.hasPrefix("protract: error: the course has stopped:\n  a red flag was logged on Mon 7 Dec"), "\(screen)")
            #expect(screen.contains("\n    'protract log --remove 2026-12-07'\n"), "\(screen)")
        }
    }

    /// A quoted command in running text stays whole on a line when it fits one after the indent
    /// (`next`'s footer split `'protract log --as-planned` / `--pain N'`), and one wider than the
    /// pane stands on lines of its own broken between arguments with ` \` (`log`'s refusal of a
    /// second entry split `'protract log --edit 2026-12-09` / `--as-planned --pain N'`).
    @Test func commandsInProseCopyWhole() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-09", "--as-planned", "--pain", "2"])
            let next = try Self.screen(courses, ["next", "--today", "2026-12-10"])
            #expect(next.contains("[exit 0]"), "\(next)")
            #expect(next.contains("\n  'protract log --as-planned --pain N'\n"), "\(next)")
            let refusal = try Self.screen(courses, ["log", "--today", "2026-12-10", "--date", "2026-12-09"])
            #expect(refusal.contains("[exit 73]"), "\(refusal)")
            let pane = try TmuxPane(
                "NO_COLOR=1 \(try courses.commandLine(["log", "--today", "2026-12-10", "--date", "2026-12-09"])); "
                    + "echo \"[exit $?]\"; sleep 600", in: courses.dir, width: Self.width)
            defer { pane.stop() }
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.split(separator: "\n").allSatisfy { $0.count <= Self.width }, "\(screen)")
            // The refusal's commands stand on lines of their own, broken only between arguments.
            #expect(screen.contains("\n    protract log --edit 2026-12-09 \\\n      --as-planned --pain 2\n"), "\(screen)")
        }
    }

    /// `start`'s journal path, wider than the pane after the indent, stands whole on a line of its
    /// own from the margin (a trial's broke at the pane's edge after two spaces of indent).
    @Test func startShowsTheJournalPathWhole() throws {
        try Courses.with { courses in
            let command = try courses.commandLine(["start", "upper-back-rehab", "--baseline", "push-ups=4", "--start", "2026-12-07"])
            let pane = try TmuxPane("NO_COLOR=1 \(command) >/dev/null; echo \"[exit $?]\"; sleep 600", in: courses.dir, width: Self.width)
            defer { pane.stop() }
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 0]"), "\(screen)")
            // The pane's capture joins the lines the terminal wrapped: the path's line is the path alone.
            #expect(screen.split(separator: "\n").contains { $0 == courses.journal().path }, "\(screen)")
        }
    }

    /// A located error on a terminal wraps its message and help at spaces, and cuts its source
    /// line to a window that fits: no line wider than the pane, no word broken.
    @Test func locatedErrorsFitFortyColumns() throws {
        try Courses.with { courses in
            let long = validProgramme.replacingOccurrences(of: "weeks: 8", with: "weeks: eight weeks of training in all, for everyone")
            try courses.dir.write(long, to: "bad.yaml")
            // A relative name: a long path is one word, which no wrapping can make fit.
            let command = try courses.commandLine(["validate", "bad.yaml"])
            let pane = try TmuxPane(
                "cd '\(courses.dir.path)' && NO_COLOR=1 \(command); echo \"[exit $?]\"; sleep 600", in: courses.dir,
                width: Self.width)
            defer { pane.stop() }
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 65]"), "\(screen)")
            #expect(screen.split(separator: "\n").allSatisfy { $0.count <= Self.width }, "\(screen)")
            #expect(screen.contains("bad.yaml:4:8: error: expected a whole\n        number for 'weeks', found"), "\(screen)")
            #expect(screen.contains("\n    4 | weeks: eight weeks of training…\n"), "the source line cut to fit: \(screen)")
            #expect(screen.contains("      = help: write a whole number, such\n"), "\(screen)")
        }
    }

    @Test func everyLineFitsFortyColumns() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2", "--morning", "1"])
            try courses.log([
                "--date", "2026-12-09", "--as-planned", "--done", "knee-push-up=6,6,5", "--pain", "6", "--note",
                "felt it between the shoulder blades in the last set",
            ])
            let commands: [[String]] = [
                ["log", "--today", "2026-12-11", "--as-planned", "--pain", "2"], ["log", "--list"],
                ["progress", "--today", "2026-12-12"], ["courses"], ["programmes"], ["plugins"], ["exercises"],
                ["exercises", "knee-push-up"],
                ["start", "desk-mobility", "--course", "desk", "--none", "--start", "2026-12-07", "--time-zone", "UTC"],
                ["plan", "--course", "desk", "--today", "2026-12-08"],
            ]
            for arguments in commands {
                let screen = try Self.screen(courses, arguments)
                #expect(screen.contains("[exit 0]"), "\(arguments): \(screen)")
                let wide = screen.split(separator: "\n").filter { $0.count > Self.width }
                #expect(wide.isEmpty, "\(arguments) printed lines wider than the pane: \(wide)")
            }
            // The red-flag advice, the message that matters most, reads whole on a phone too.
            let refusal = try Self.screen(courses, ["screen", "upper-back-rehab", "--symptom", "sharp-pain", "--symptom", "chest-pain"])
            #expect(refusal.contains("[exit 3]"), "\(refusal)")
            #expect(refusal.split(separator: "\n").allSatisfy { $0.count <= Self.width }, "\(refusal)")
            #expect(refusal.contains("""
                  - Chest pain, breathlessness or
                    feeling faint with the back pain
                    -> call 999 (or your local emergency
                       number) or go to A&E now

                """), "\(refusal)")
            let progress = try Self.screen(courses, ["progress", "--course", "upper-back-rehab", "--today", "2026-12-12"])
            #expect(progress.contains("Week  Done   Pain  Morning\n   1  3/3       6        1\n      Push-ups: 62 reps, Knee push-up ->\n        Low incline push-up\n"), "\(progress)")
            let list = try Self.screen(courses, ["log", "--list", "--course", "upper-back-rehab"])
            #expect(list.contains("    felt it between the shoulder blades\n    in the last set\n"), "\(list)")
        }
    }
}
