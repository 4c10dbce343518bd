import Foundation
import Testing

/// What a phone user's trial of `protract log` found, on a real terminal: the built binary in a
/// tmux pane, typed at as a person would.
@Suite(.enabled(if: TmuxPane.tmux != nil, "tmux is not installed: scripts/ensure-deps.sh --test installs it"))
struct LogTrialTerminalTests {
    typealias Pane = LogTerminalTests

    /// n, then 5,5,5 for 3 x 5, logs the session as planned; the morning's command follows; a
    /// yes/no question takes the pane's width.
    @Test func repsTypedAsPrescribedLogTheSessionAsPlanned() throws {
        try Courses.with { courses in
            try courses.start()
            // A phone's 44 columns.
            let command = try courses.commandLine(["log", "--today", "2026-12-07"])
            let pane = try TmuxPane("\(command); echo \"[exit $?]\"; sleep 600", in: courses.dir, width: 44, height: 60)
            defer { pane.stop() }
            try pane.wait(for: "type another date (YYYY-MM-DD):")
            try pane.type("")
            try Pane.answerExercises(pane, no: "Knee push-up 3 x 5")
            try pane.wait(for: "Reps in each set, e.g. 5,5,4 (or 0 if not done):")
            try pane.type("5,5,5")
            try pane.wait(for: "5,5,5 is 3 x 5: done as planned")
            try pane.wait(for: "Pain during the session, 0-10 (Enter to skip):")
            try pane.type("2")
            try pane.wait(for: "Enter for none):")
            try pane.type("")
            try pane.wait(for: "A note (Enter for none):")
            try pane.type("")
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 0]"), "\(screen)")
            #expect(screen.flattened.contains("logged Mon 7 Dec 2026: as planned; pain 2/10"), "\(screen)")
            #expect(screen.flattened.contains("Tomorrow morning: 'protract log --morning N'"), "\(screen)")
            // 41 columns of 44: on one line, as it was not when 6 were kept for the answer.
            #expect(screen.split(separator: "\n").contains("Wall slide 1 x 10: done as planned? [Y/n]"), "\(screen)")
            #expect(try courses.text().hasSuffix("- date: 2026-12-07\n  as-planned: true\n  pain: 2\n"))
        }
    }

    /// `--edit DATE` alone asks the session's questions again; Enter at each keeps the entry, a
    /// typed answer changes it. Ctrl-D changes nothing.
    @Test func anEditAsksTheQuestionsAgain() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--done", "knee-push-up=5,5,4", "--pain", "2", "--note", "tight",
                             "--today", "2026-12-07"])
            let before = try courses.text()
            let cancelled = try Pane.pane(courses, today: "2026-12-08", ["--edit", "2026-12-07"])
            defer { cancelled.stop() }
            try cancelled.wait(for: "Editing Mon 7 Dec 2026")
            try cancelled.wait(for: "[Y/n]")
            try cancelled.key("C-d")
            let gone = try cancelled.wait(for: "[exit ")
            #expect(gone.contains("protract: input ended: nothing was changed\n[exit 1]"), "\(gone)")
            #expect(try courses.text() == before)

            let pane = try Pane.pane(courses, today: "2026-12-08", ["--edit", "2026-12-07"])
            defer { pane.stop() }
            for count in 1...30 {
                let screen = (try pane.wait(for: "[Y/n]", count: count, orFor: "(logged: 5,5,4)")).flattened
                if screen.contains("(logged: 5,5,4)") { break }
                try pane.type("")
            }
            try pane.wait(for: "Knee push-up 3 x 5 (logged: 5,5,4): done as planned? [y/N]")
            try pane.type("")
            try pane.wait(for: "Reps in each set, e.g. 5,5,4 (Enter keeps 5,5,4):")
            try pane.type("")
            try pane.wait(for: "Pain during the session, 0-10 (Enter keeps 2, - for none):")
            try pane.type("3")
            try pane.wait(for: "Pain this morning, 0-10 (Enter to skip):")
            try pane.type("1")
            try pane.wait(for: "Enter for none):")
            try pane.type("")
            try pane.wait(for: "A note (Enter keeps 'tight', - for none):")
            try pane.type("")
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 0]"), "\(screen)")
            #expect(screen.flattened.contains("replaced Mon 7 Dec 2026: as planned except knee push-up 5,5,4; pain 3/10; next morning 1/10"),
                    "\(screen)")
            #expect(try courses.text().hasSuffix(
                "- date: 2026-12-07\n  as-planned: true\n  done:\n    knee-push-up: [5, 5, 4]\n  pain: 3\n  morning-pain: 1\n  note: tight\n"))
        }
    }

    /// Removing an entry with a later one asks first, saying the later session was adapted from
    /// it: Enter changes nothing (exit 1); y removes it.
    @Test func removingAnEntryWithLaterOnesAsksFirst() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.logOnTheirDays(["2026-12-07", "2026-12-09"])
            let before = try courses.text()
            let declined = try Pane.pane(courses, today: "2026-12-10", ["--remove", "2026-12-07"])
            defer { declined.stop() }
            try declined.wait(for: "Remove it anyway? [y/N]")
            try declined.type("")
            let screen = try declined.wait(for: "[exit ")
            #expect(screen.flattened.contains(
                "Mon 7 Dec 2026 is not the latest entry: the session logged after it (Wed 9 Dec) was adapted from it"), "\(screen)")
            #expect(screen.contains("protract: nothing was changed\n[exit 1]"), "\(screen)")
            #expect(try courses.text() == before)
            let accepted = try Pane.pane(courses, today: "2026-12-10", ["--remove", "2026-12-07"])
            defer { accepted.stop() }
            try accepted.wait(for: "Remove it anyway? [y/N]")
            try accepted.type("y")
            let done = try accepted.wait(for: "[exit ")
            #expect(done.contains("[exit 0]") && done.flattened.contains("removed the session of Mon 7 Dec 2026"), "\(done)")
            #expect(!(try courses.text()).contains("- date: 2026-12-07"))
        }
    }

    /// An edit of an entry with later ones lists, before it asks, the later doses it changes, in
    /// the words of a script's refusal (a trial's question said only that they "may" change);
    /// Enter changes nothing, y replaces the entry. At a phone's 44 columns.
    @Test func anEditWithLaterEntriesListsTheirDoseChangesBeforeItAsks() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.logOnTheirDays(["2026-12-07", "2026-12-09", "2026-12-11", "2026-12-14"], ["--morning", "1"])
            let before = try courses.text()
            let edit = ["--edit", "2026-12-07", "--as-planned", "--pain", "7", "--morning", "7", "--today", "2026-12-15"]
            let refused = try courses.run(["log"] + edit)
            #expect(refused.status == 64, "\(refused)")
            let listed = refused.stderr.components(separatedBy: "it would change:\n").dropFirst().joined()
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.hasPrefix("and ") }
            #expect(listed.count == 2, "\(refused)")
            let question = "Replace it anyway, and show them at the new doses? [y/N]"
            let command = try courses.commandLine(["log"] + edit)
            let declined = try TmuxPane("\(command); echo \"[exit $?]\"; sleep 600", in: courses.dir, width: 44, height: 60)
            defer { declined.stop() }
            let screen = try declined.wait(for: question).flattened
            let asked = screen.range(of: question)?.lowerBound ?? screen.startIndex
            // The refusal's sentence and lines, and the one it left out, all before the question.
            let shown = ["Replacing the entry of Mon 7 Dec 2026 changes the doses of 3 sessions logged after it, which "
                + "stand for the doses of their time:"] + listed + ["Mon 14 Dec: chin tuck 2 x 12 would read 2 x 10"]
            for text in shown {
                #expect(screen.range(of: text.flattened).map { $0.upperBound <= asked } == true, "\(text) in \(screen)")
            }
            #expect(refused.stderr.contains(
                "replacing the entry of Mon 7 Dec 2026 changes the doses of 3 sessions logged after it, which stand for "
                    + "the doses of their time; the journal was not changed"), "\(refused)")
            try declined.type("")
            let gone = try declined.wait(for: "[exit ")
            #expect(gone.contains("protract: nothing was changed\n[exit 1]"), "\(gone)")
            #expect(gone.split(separator: "\n").allSatisfy { $0.count <= 44 }, "\(gone)")
            #expect(try courses.text() == before)
            let accepted = try TmuxPane("\(command); echo \"[exit $?]\"; sleep 600", in: courses.dir, width: 44, height: 60)
            defer { accepted.stop() }
            try accepted.wait(for: question)
            try accepted.type("y")
            let done = try accepted.wait(for: "[exit ")
            #expect(done.contains("[exit 0]") && done.flattened.contains("replaced Mon 7 Dec 2026: as planned; pain 7/10"), "\(done)")
        }
    }

    /// On a terminal, a session logged by flags before later ones, when it changes their doses,
    /// is asked about with what would change, as the questions ask (from a script it is refused
    /// without --change-later): Enter logs nothing, exit 1; yes logs it.
    @Test func aLateEntryByFlagsIsAskedAboutOnATerminal() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.logOnTheirDays(["2026-12-07", "2026-12-09", "2026-12-14"], ["--morning", "1"])
            let before = try courses.text()
            let late = ["--date", "2026-12-11", "--as-planned", "--pain", "2"]
            let declined = try Pane.pane(courses, today: "2026-12-15", late)
            defer { declined.stop() }
            let asked = try declined.wait(for: "Log it anyway, and show them at the new doses? [y/N]")
            #expect(asked.flattened.contains("Logging Fri 11 Dec 2026 now changes the doses of 1 session logged after it"),
                    "\(asked)")
            #expect(asked.flattened.contains("Mon 14 Dec: knee push-up 3 x 5 would read 3 x 6"), "\(asked)")
            try declined.type("")
            let screen = try declined.wait(for: "[exit ")
            #expect(screen.contains("protract: nothing was logged") && screen.contains("[exit 1]"), "\(screen)")
            #expect(try courses.text() == before)

            let accepted = try Pane.pane(courses, today: "2026-12-15", late)
            defer { accepted.stop() }
            try accepted.wait(for: "Log it anyway, and show them at the new doses? [y/N]")
            try accepted.type("y")
            let done = try accepted.wait(for: "[exit ")
            #expect(done.contains("[exit 0]") && done.flattened.contains("logged Fri 11 Dec 2026"), "\(done)")
            #expect(try courses.text().contains("- date: 2026-12-11\n"))
        }
    }

    /// An edit that both changes later doses and drops what the entry records asks once: the
    /// later doses, then what the entry no longer records. No shows the command that keeps the
    /// rest, with `--change-later` so that it works as printed; yes replaces the entry without a
    /// second question.
    @Test func anEditThatChangesLaterDosesAndDropsWhatItRecordsAsksOnce() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.logOnTheirDays(["2026-12-07", "2026-12-09", "2026-12-11", "2026-12-14"], ["--morning", "1"])
            let before = try courses.text()
            let edit = ["--edit", "2026-12-07", "--as-planned", "--pain", "7"]
            let pane = try Pane.pane(courses, today: "2026-12-15", edit)
            defer { pane.stop() }
            let asked = try pane.wait(for: "Replace it anyway, and show them at the new doses? [y/N]")
            let flat = asked.flattened
            let later = try #require(flat.range(of: "changes the doses of"), "\(asked)")
            let dropped = try #require(flat.range(of: "The new entry no longer records: next morning 1/10."), "\(asked)")
            #expect(later.upperBound < dropped.lowerBound, "the later doses, then what is dropped: \(asked)")
            try pane.type("")
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 1]") && !screen.contains("Replace it anyway? [y/N]"), "one question: \(screen)")
            #expect(screen.flattened.replacingOccurrences(of: " \\ ", with: " ").contains(
                "protract log --edit 2026-12-07 --as-planned --pain 7 --morning 1 --change-later"), "\(screen)")
            #expect(try courses.text() == before)

            let accepted = try Pane.pane(courses, today: "2026-12-15", edit)
            defer { accepted.stop() }
            try accepted.wait(for: "Replace it anyway, and show them at the new doses? [y/N]")
            try accepted.type("y")
            let done = try accepted.wait(for: "[exit ")
            #expect(done.contains("[exit 0]") && !done.contains("Replace it anyway? [y/N]"), "\(done)")
            #expect(done.flattened.contains("replaced Mon 7 Dec 2026: as planned; pain 7/10"), "\(done)")
        }
    }

    /// `--edit DATE` alone asks the session's questions first, then lists the later doses the
    /// answers change and asks; no shows the command that makes the same change later.
    @Test func anEditsQuestionsListTheLaterDosesTheirAnswersChange() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.logOnTheirDays(["2026-12-07", "2026-12-09", "2026-12-11", "2026-12-14"], ["--morning", "1"])
            let before = try courses.text()
            let pane = try Pane.pane(courses, today: "2026-12-15", ["--edit", "2026-12-07"])
            defer { pane.stop() }
            try pane.wait(for: "Editing Mon 7 Dec 2026")
            try Pane.answerExercises(pane)
            try pane.wait(for: "Pain during the session, 0-10 (Enter keeps 2, - for none):")
            try pane.type("7")
            try pane.wait(for: "exercise cause it?")
            try pane.type("")
            try pane.wait(for: "Pain the next morning (Tue 8 Dec), 0-10 (Enter keeps 1, - for none):")
            try pane.type("7")
            try pane.wait(for: "Enter for none):")
            try pane.type("")
            try pane.wait(for: "A note (Enter to skip):")
            try pane.type("")
            let screen = try pane.wait(for: "Replace it anyway, and show them at the new doses? [y/N]").flattened
            #expect(screen.contains("Replacing the entry of Mon 7 Dec 2026 changes the doses of 3 sessions logged after it"), "\(screen)")
            #expect(screen.contains("Mon 14 Dec: chin tuck 2 x 12 would read 2 x 10"), "\(screen)")
            try pane.type("")
            let gone = try pane.wait(for: "[exit ")
            #expect(gone.contains("[exit 1]"), "\(gone)")
            // The command on lines of its own, each but the last ending in ` \`.
            #expect(gone.flattened.replacingOccurrences(of: " \\ ", with: " ").contains(
                "To make this change later, without the questions: protract log --edit 2026-12-07 --as-planned --pain 7 "
                    + "--morning 7 --change-later"), "\(gone)")
            #expect(try courses.text() == before)
        }
    }

    /// `--symptom` on a terminal asks before it stops the course: Enter logs nothing (exit 1).
    @Test func aRedFlagFlagOnATerminalAsksFirst() throws {
        try Courses.with { courses in
            try courses.start()
            let before = try courses.text()
            let pane = try Pane.pane(courses, today: "2026-12-07", ["--as-planned", "--symptom", "arm-numbness"])
            defer { pane.stop() }
            try pane.wait(for: "Stop the course and see a clinician? [y/N]")
            try pane.type("")
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("protract: nothing was logged"), "\(screen)")
            #expect(screen.contains("[exit 1]"), "\(screen)")
            #expect(try courses.text() == before)
        }
    }

    /// Nothing to log: 64 before the first session, 73 with every session logged.
    @Test func nothingToLogExitsAsFromFlags() throws {
        try Courses.with { courses in
            try courses.start()
            let early = try Pane.pane(courses, today: "2026-12-06")
            defer { early.stop() }
            let screen = try early.wait(for: "[exit ")
            #expect(screen.flattened.contains("Nothing to log yet: the first session is Mon 7 Dec 2026"), "\(screen)")
            #expect(screen.contains("protract: nothing was logged\n[exit 64]"), "\(screen)")
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2", "--morning", "1", "--today", "2026-12-08"])
            let all = try Pane.pane(courses, today: "2026-12-08")
            defer { all.stop() }
            let logged = try all.wait(for: "[exit ")
            #expect(logged.flattened.contains("Every session up to today is logged"), "\(logged)")
            #expect(logged.contains("protract: nothing was logged\n[exit 73]"), "\(logged)")
        }
    }
}
