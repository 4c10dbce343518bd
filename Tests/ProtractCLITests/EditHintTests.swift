import Foundation
import Testing

/// Every hint that suggests `protract log --edit` names a command that works as shown (`--edit
/// DATE` alone says nothing to log and is refused), keeping `--course` when the course was chosen
/// by name: each hint is run as printed, a placeholder `N` read as 3.
@Suite struct EditHintTests {
    /// The commands `text` names in single quotes, or on lines of their own (a line that ends in
    /// ` \\` going on on the next, as a terminal shows a long one), that use `--edit`.
    static func editCommands(in text: String) -> [String] {
        var found: [String] = []
        for line in joiningContinuations(text).split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.hasPrefix("protract log "), line.contains(" --edit ") { found.append(line) }
            // Between the quotes: every second part once the line is cut at them.
            for (index, part) in line.components(separatedBy: "'").enumerated() where index % 2 == 1 {
                if part.hasPrefix("protract log "), part.contains(" --edit ") { found.append(part) }
            }
        }
        return found
    }

    /// `text` with each line that ends in ` \\` joined to the next, as a shell reads them.
    static func joiningContinuations(_ text: String) -> String {
        var lines: [String] = []
        var continued = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let part = continued ? line.trimmingCharacters(in: .whitespaces) : line
            if continued, let last = lines.popLast() { lines.append(last + " " + part) } else { lines.append(part) }
            continued = line.hasSuffix(" \\")
            if continued, let last = lines.popLast() { lines.append(String(last.dropLast(2))) }
        }
        return lines.joined(separator: "\n")
    }

    /// Runs `command` (`protract log ...` as printed, shell quoting and all) with the course's
    /// data folder and `--today today`, `N` read as 3.
    static func run(_ command: String, _ courses: Courses, today: String) throws -> ProtractBinary.Result {
        let words = command.split(separator: " ", omittingEmptySubsequences: false).map { $0 == "N" ? "3" : String($0) }
        let script = "\"$PROTRACT\" " + words.dropFirst().joined(separator: " ") + " --today \(today)"
        return try ProtractBinary.execute(
            URL(fileURLWithPath: "/bin/sh"), ["-c", script], in: courses.dir,
            environment: courses.environment.merging(["PROTRACT": try ProtractBinary.url().path]) { $1 }, timeout: 60)
    }

    @Test func aSecondEntryOnTheSameDateNamesTheEditWithItsOwnFlags() throws {
        try Courses.with { courses in
            try courses.start(["--course", "sam"])
            try courses.start(["--course", "alex"])
            try courses.log(["--course", "sam", "--date", "2026-12-07", "--as-planned", "--pain", "2"])
            let again = try courses.run([
                "log", "--course", "sam", "--today", "2026-12-09", "--date", "2026-12-07", "--as-planned",
                "--done", "knee-push-up=5,5,4", "--pain", "3", "--note", "it's fine",
            ])
            #expect(again.status == 73, "\(again)")
            #expect(again.stderr == """
                protract: error: a session is logged on Mon 7 Dec 2026 already; the journal was not changed
                  help: it records: as planned; pain 2/10
                  to replace it with this entry:
                    protract log --course sam --edit 2026-12-07 --as-planned --done knee-push-up=5,5,4 --pain 3 --note "it's fine"
                  or to remove it:
                    protract log --course sam --remove 2026-12-07

                """, "\(again)")
            let commands = Self.editCommands(in: again.stderr)
            #expect(commands.count == 1, "\(again)")
            for command in commands {
                let replaced = try Self.run(command, courses, today: "2026-12-09")
                #expect(replaced.status == 0, "\(command): \(replaced)")
            }
            let journal = try courses.text("sam")
            #expect(journal.contains("  pain: 3\n  note: \"it's fine\"\n"), "\(journal)")
        }
    }

    /// A second entry for a date (the brief's `log --today D --date D --as-planned` twice) shows
    /// what the entry there records (done counts, pain, the note's first words) and the exact
    /// commands that replace it or remove it, each under its words; both work as printed.
    @Test func aSecondEntryShowsTheEntryThereAndCommandsThatWork() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log([
                "--today", "2026-12-07", "--date", "2026-12-07", "--as-planned", "--done", "knee-push-up=5,5,3", "--pain", "4",
                "--note", "left shoulder tight after the second set, eased by the evening\nslept well",
            ])
            let before = try courses.bytes()
            let again = try courses.run(["log", "--today", "2026-12-07", "--date", "2026-12-07", "--as-planned"])
            #expect(again.status == 73, "\(again)")
            #expect(again.stderr == """
                protract: error: a session is logged today (Mon 7 Dec 2026) already; the journal was not changed
                  help: it records: as planned except knee push-up 5,5,3; pain 4/10; note: left shoulder tight after the second set…
                  to replace it with this entry:
                    protract log --edit 2026-12-07 --as-planned
                  or to remove it:
                    protract log --remove 2026-12-07

                """, "\(again)")
            #expect(try courses.bytes() == before)
            let removed = try Self.run("protract log --remove 2026-12-07", courses, today: "2026-12-07")
            #expect(removed.status == 0, "\(removed)")
            #expect(try !courses.text().contains("- date: 2026-12-07"), "removed as printed")
            try courses.log(["--today", "2026-12-07", "--date", "2026-12-07", "--as-planned", "--pain", "4"])
            for command in Self.editCommands(in: again.stderr) {
                let replaced = try Self.run(command, courses, today: "2026-12-07")
                #expect(replaced.status == 0, "\(command): \(replaced)")
            }
            #expect(try !courses.text().contains("pain: 4"))
        }
    }

    /// A second entry for a session with sessions logged after it: from a script a change to it
    /// needs --change-later (its later sessions were adapted from it), so both commands shown
    /// carry it and work as printed (helper 68's trial: the hint's --edit was refused with 64).
    @Test func aSecondEntryBeforeLaterOnesShowsCommandsWithChangeLater() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--today", "2026-12-07", "--date", "2026-12-07", "--as-planned", "--pain", "2"])
            try courses.log(["--today", "2026-12-09", "--date", "2026-12-09", "--as-planned", "--pain", "2"])
            let again = try courses.run(["log", "--today", "2026-12-09", "--date", "2026-12-07", "--as-planned", "--pain", "3"])
            #expect(again.status == 73, "\(again)")
            #expect(again.stderr.contains("""
                  to replace it with this entry (the sessions logged after it may change with it):
                    protract log --edit 2026-12-07 --as-planned --pain 3 --change-later
                  or to remove it:
                    protract log --remove 2026-12-07 --change-later
                """), "\(again)")
            let commands = Self.editCommands(in: again.stderr)
            #expect(commands.count == 1, "\(again)")
            for command in commands {
                let replaced = try Self.run(command, courses, today: "2026-12-09")
                #expect(replaced.status == 0, "\(command): \(replaced)")
            }
            #expect(try courses.text().contains("- date: 2026-12-07\n  as-planned: true\n  pain: 3\n"))
            let removed = try Self.run("protract log --remove 2026-12-07 --change-later", courses, today: "2026-12-09")
            #expect(removed.status == 0, "\(removed)")
            #expect(try !courses.text().contains("- date: 2026-12-07"), "removed as printed")
        }
    }

    @Test func whatDoneLeavesOutNamesTheEditThatLogsItAsWritten() throws {
        try Courses.with { courses in
            try courses.start()
            let logged = try courses.run([
                "log", "--today", "2026-12-09", "--date", "2026-12-07", "--done", "knee-push-up=6,6,5", "--pain", "2",
                "--note", "short on time",
            ])
            #expect(logged.status == 0, "\(logged)")
            #expect(logged.stdout.flattened.contains("recorded as not done: cat-cow, open book, "), "\(logged)")
            // On a line of its own, whole, after the wrapped lines: it carries a quoted note.
            let command =
                "protract log --edit 2026-12-07 --as-planned --done knee-push-up=6,6,5 --pain 2 --note 'short on time'"
            #expect(logged.stdout.contains("when they went as written:\n  \(command)\n"), "\(logged)")
            #expect(Self.editCommands(in: logged.stdout) == [command])
            let edited = try Self.run(command, courses, today: "2026-12-09")
            #expect(edited.status == 0, "\(edited)")
            #expect(!edited.stdout.contains("recorded as not done"), "\(edited)")
        }
    }

    @Test func aSecondEntryForALoggedSessionNamesAnEditThatWorks() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-11", "--as-planned", "--pain", "1"])
            let second = try courses.run(["log", "--today", "2026-12-12", "--as-planned", "--pain", "8"])
            #expect(second.status == 73, "\(second)")
            let commands = Self.editCommands(in: second.stderr)
            #expect(commands == ["protract log --edit 2026-12-11 --as-planned --pain N"], "\(second)")
            for command in commands {
                let edited = try Self.run(command, courses, today: "2026-12-12")
                #expect(edited.status == 0, "\(command): \(edited)")
            }
        }
    }

    @Test func aStoppedCourseNamesAnEditWithoutTheRedFlagThatWorks() throws {
        try Courses.with { courses in
            try courses.start(["--course", "sam"])
            try courses.start(["--course", "alex"])
            let flagged = try courses.run(
                ["log", "--course", "sam", "--today", "2026-12-09", "--symptom", "arm-numbness", "--pain", "3"])
            #expect(flagged.status == 3, "\(flagged)")
            let later = try courses.run(["log", "--course", "sam", "--today", "2026-12-11", "--as-planned"])
            #expect(later.status == 3, "\(later)")
            let commands = Self.editCommands(in: later.stderr)
            #expect(commands == ["protract log --course sam --edit 2026-12-09 --as-planned --pain N"], "\(later)")
            for command in commands {
                let edited = try Self.run(command, courses, today: "2026-12-11")
                #expect(edited.status == 0, "\(command): \(edited)")
                #expect(edited.stdout.flattened.contains("no longer recorded: red flag: numbness, tingling or weakness down an arm or into a hand, or severe arm pain with tingling"), "\(edited)")
            }
        }
    }
}
