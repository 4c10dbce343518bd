import Foundation
import Testing

/// Every command a message suggests for a course (`protract log`, `plan`, `next`, `progress`)
/// repeats the flags that chose it, `--course NAME` or `--journal FILE`: a coach's trial ran
/// `protract log --morning N` from a `--journal` hint the next day, and with another course in the
/// data folder the pain went into that other person's course.
@Suite struct SelectionHintTests {
    /// The course commands `text` names in single quotes, each from `'protract ` to the next quote
    /// (the text around them has apostrophes of its own: "the course's last session"), after the
    /// terminal's wrapping is undone.
    static func courseCommands(in text: String) -> [String] {
        let joined = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        return joined.components(separatedBy: "'protract ").dropFirst().compactMap { rest in
            let command = "protract " + (rest.split(separator: "'", omittingEmptySubsequences: false).first ?? "")
            return ["log", "plan", "next", "progress"].contains { command.hasPrefix("protract \($0)") } ? command : nil
        }
    }

    /// Each course command in `result`'s output has `flags` right after the command's name.
    static func expectSelection(
        _ flags: String, in result: ProtractBinary.Result, count: Int,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let commands = courseCommands(in: result.stdout + "\n" + result.stderr)
        #expect(commands.count == count, "\(result)", sourceLocation: sourceLocation)
        for command in commands {
            let words = command.split(separator: " ")
            #expect(words.count >= 2 && words.dropFirst(2).joined(separator: " ").hasPrefix(flags),
                    "'\(command)' drops \(flags): \(result)", sourceLocation: sourceLocation)
        }
    }

    /// The coach's case: the `--morning` hint of a `--journal` course, run as shown the next day
    /// with one other course in the data folder, adds the pain to the journal's course.
    @Test func theMorningHintRunAsShownLogsIntoTheSameCourse() throws {
        try Courses.with { courses in
            try courses.start(["--course", "sam"])
            let lee = courses.dir.appendingPathComponent("lee.yaml").path
            try courses.start(["--journal", lee])
            let early = try courses.run([
                "log", "--journal", lee, "--today", "2026-12-07", "--as-planned", "--pain", "3", "--morning", "2",
            ])
            #expect(early.status == 64, "\(early)")
            #expect(early.stderr.contains("  help: drop --morning and add it tomorrow with 'protract log --journal \(lee) --morning N'"),
                    "\(early)")
            try courses.log(["--journal", lee, "--as-planned", "--pain", "3", "--today", "2026-12-07"])
            // The other course has a session too: a hint without the flag adds the pain to it.
            try courses.log(["--course", "sam", "--as-planned", "--pain", "1", "--today", "2026-12-07"])
            let sam = try courses.text("sam")
            let hint = try #require(Self.courseCommands(in: early.stderr).first)
            let shown = try EditHintTests.run(hint.replacingOccurrences(of: " N", with: " 2"), courses, today: "2026-12-08")
            #expect(shown.status == 0, "\(shown)")
            #expect(shown.stdout.hasPrefix("added next-morning pain 2/10 to Mon 7 Dec 2026"), "\(shown)")
            #expect(try String(contentsOfFile: lee, encoding: .utf8).contains("morning-pain: 2"))
            #expect(try courses.text("sam") == sam, "the other course is untouched")
        }
    }

    /// Each refusal and note that names a course command, with `--course sam` and with `--journal`.
    @Test(arguments: [["--course", "sam"], ["--journal", "lee.yaml"]])
    func everyHintKeepsTheSelection(selection: [String]) throws {
        try Courses.with { courses in
            try courses.start(["--course", "kim"])
            // Starts on a Sunday, the first session on Monday, one week long.
            let start = ["start", "upper-back-rehab", "--none", "--start", "2026-12-06", "--time-zone", "Europe/London",
                         "--baseline", "push-ups=12", "--weeks", "1"]
            #expect(try courses.run(start + selection).status == 0)
            let flags = selection.joined(separator: " ")
            func log(_ today: String, _ words: [String]) throws -> ProtractBinary.Result {
                try courses.run(["log"] + selection + ["--today", today] + words)
            }
            // Before the first session.
            let early = try log("2026-12-06", ["--as-planned", "--pain", "2"])
            #expect(early.status == 64, "\(early)")
            Self.expectSelection(flags, in: early, count: 1)
            // No entry to remove.
            let remove = try log("2026-12-07", ["--remove", "2026-12-07"])
            #expect(remove.status == 64, "\(remove)")
            Self.expectSelection(flags, in: remove, count: 1)
            // The morning has not come; then with the session before it, whose morning is today.
            let morning = try log("2026-12-07", ["--as-planned", "--pain", "2", "--morning", "1"])
            #expect(morning.status == 64, "\(morning)")
            Self.expectSelection(flags, in: morning, count: 1)
            #expect(try log("2026-12-07", ["--as-planned", "--pain", "2"]).status == 0)
            let both = try log("2026-12-08", ["--date", "2026-12-08", "--as-planned", "--pain", "2", "--morning", "1"])
            #expect(both.status == 64, "\(both)")
            Self.expectSelection(flags, in: both, count: 2)
            // The last session logged: what the course goes on with names `progress`.
            #expect(try log("2026-12-09", ["--as-planned", "--pain", "2"]).status == 0)
            let last = try log("2026-12-11", ["--as-planned", "--pain", "2"])
            #expect(last.status == 0, "\(last)")
            #expect(last.stdout.contains("that was the course's last session"), "\(last)")
            // And the command that rates tomorrow's morning.
            Self.expectSelection(flags, in: last, count: 2)
        }
    }

    /// With the programme unreadable, the CSV's note and the saved entry's note name `plan` with
    /// the course's flags.
    @Test func theNotesOfAnUnreadableProgrammeKeepTheSelection() throws {
        try Courses.with { courses in
            try courses.start(["--course", "kim"])
            let programme = courses.dir.appendingPathComponent("mine.yaml")
            try FileManager.default.copyItem(at: ProtractBinary.programsDirectory.appendingPathComponent("desk-mobility.yaml"),
                                             to: programme)
            let started = try courses.run(["start", programme.path, "--none", "--start", "2026-12-07", "--course", "sam"])
            #expect(started.status == 0, "\(started)")
            try FileManager.default.removeItem(at: programme)
            let csv = try courses.run(["log", "--course", "sam", "--export", "csv", "--today", "2026-12-08"])
            #expect(csv.status == 0, "\(csv)")
            Self.expectSelection("--course sam", in: csv, count: 1)
            let logged = try courses.run(["log", "--course", "sam", "--as-planned", "--pain", "2", "--today", "2026-12-08"])
            #expect(logged.status == 66, "\(logged)")
            #expect(logged.stderr.contains("'protract plan --course sam' shows it again"), "\(logged)")
        }
    }
}
