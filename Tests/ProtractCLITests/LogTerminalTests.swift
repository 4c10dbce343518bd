import Foundation
import PlanKit
@testable import ProtractCLI
import Testing

/// `protract log` on a real terminal: the built binary in a 50-column tmux pane, answered key by
/// key as a person would type, and its journal compared with what the flags write.
@Suite(.enabled(if: TmuxPane.tmux != nil, "tmux is not installed: scripts/ensure-deps.sh --test installs it"))
struct LogTerminalTests {
    /// Runs `protract log --today TODAY` in a pane of `courses`' folder; the pane ends with `[exit N]`.
    static func pane(_ courses: Courses, today: String, _ extra: [String] = []) throws -> TmuxPane {
        let command = try courses.commandLine(["log", "--today", today] + extra)
        return try TmuxPane("\(command); echo \"[exit $?]\"; sleep 600", in: courses.dir)
    }

    /// Today's session taken as offered, every exercise done as planned, and `pain` during it.
    static func answerAsPlanned(_ pane: TmuxPane, pain: String) throws {
        try pane.wait(for: "type another date (YYYY-MM-DD):")
        try pane.type("")
        try answerExercises(pane)
        try pane.type(pain)
    }

    /// Waits as a person does between a paste and the next key: well past the moment `log`
    /// gives a paste to arrive whole (``PastedLines/wait``), so that the key is not a part of it.
    static func pauseAfterPaste() {
        Thread.sleep(forTimeInterval: 5 * Double(PastedLines.wait) / 1000)
    }

    /// Answers "done as planned?" with Enter for every exercise but the one labelled `no`, which
    /// gets n; returns after that n, or once the pain question is asked.
    static func answerExercises(_ pane: TmuxPane, no: String? = nil) throws {
        for count in 1...30 {
            let screen = (try pane.wait(for: "[Y/n]", count: count, orFor: "Pain during the session")).flattened
            if screen.contains("Pain during the session") { return }
            if let no, screen.hasSuffix("\(no): done as planned? [Y/n]") {
                try pane.type("n")
                return
            }
            try pane.type("")
        }
        Issue.record("more than 30 exercises were asked about")
    }

    /// Fri 11 Dec logged late on Tue 15, after Mon 7, Wed 9 and Mon 14 with their mornings: every
    /// exercise as planned, pain 2, the next morning 1, no symptom; returns at the note question.
    static func lateFridayUpToTheNote(_ courses: Courses) throws -> TmuxPane {
        try courses.start()
        try courses.logOnTheirDays(["2026-12-07", "2026-12-09", "2026-12-14"], ["--morning", "1"])
        let pane = try Self.pane(courses, today: "2026-12-15", ["--date", "2026-12-11"])
        do {
            try pane.wait(for: "Logging Fri 11 Dec 2026")
            try Self.answerExercises(pane)
            try pane.type("2")
            try pane.wait(for: "Pain the next morning (Sat 12 Dec), 0-10")
            try pane.type("1")
            try pane.wait(for: "Enter for none):")
            try pane.type("")
            try pane.wait(for: "A note (Enter for none):")
        } catch {
            pane.stop()
            throw error
        }
        return pane
    }

    @Test func aPersonLogsTheSessionAsTheFlagsWould() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2"])
            let pane = try Self.pane(courses, today: "2026-12-09")
            defer { pane.stop() }
            try pane.wait(for: "Log Wed 9 Dec 2026, Upper back, neck and push-ups?")
            try pane.wait(for: "Enter for yes, or type another date (YYYY-MM-DD):")
            try pane.type("")
            try Self.answerExercises(pane, no: "Knee push-up 3 x 5")
            try pane.wait(for: "Reps in each set, e.g. 5,5,4 (or 0 if not done):")
            try pane.type("6,x")
            try pane.wait(for: "'x' is not a whole number")
            try pane.type("6,6,5")
            try pane.wait(for: "Pain during the session, 0-10 (Enter to skip):")
            try pane.type("4")
            // Above 3/10: which exercise caused it, from the session's numbered list.
            try pane.wait(for: "10 Knee push-up")
            try pane.wait(for: "Did any exercise cause it? (numbers from the list, comma-separated, or Enter for none):")
            try pane.type("12")
            try pane.wait(for: "'12' is not on the list")
            try pane.type("10")
            try pane.wait(for: "Pain the morning after Mon 7 Dec's session, 0-10 (Enter to skip):")
            try pane.type("1")
            // A second entry names the red flags in a few lines; `?` asks them in full.
            try pane.wait(for: "Red flags since the last session: any means see a clinician before you train again.")
            let compact = try pane.wait(for: "Enter for none):")
            #expect(compact.flattened.contains("1 chest-pain · 2 after-accident · 3 both-legs ·"), "\(compact)")
            #expect(!compact.contains("Chest pain, breathlessness"), "\(compact)")
            // The person's history and the pain the course treats were asked before it started.
            #expect(compact.flattened.contains("12 sharp-pain · 13 joint-locking Any of these?"), "\(compact)")
            #expect(!compact.contains("upper-back-pain") && !compact.contains("cancer-history"), "\(compact)")
            try pane.type("?")
            try pane.wait(for: "Any of these? (numbers, comma-separated, Enter for none):")
            let full = try pane.wait(for: "arm-numbness: Numbness, tingling or weakness")
            #expect(full.contains("Red flags: any of these means see a clinician"), "\(full)")
            try pane.type("")
            try pane.wait(for: "A note (Enter for none):")
            try pane.type("left shoulder tight")
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 0]"), "\(screen)")
            #expect(screen.flattened.contains("logged Wed 9 Dec 2026: as planned except knee push-up 6,6,5; pain 4/10; hurt:"), "\(screen)")
            #expect(screen.flattened.contains("added next-morning pain 1/10 to Mon 7 Dec 2026 (upper-back-rehab: 2 sessions logged)"))

            // The same session given with flags writes the same journal and says the same next.
            try Courses.with { flags in
                try flags.start()
                try flags.log(["--date", "2026-12-07", "--as-planned", "--pain", "2"])
                let logged = try flags.run([
                    "log", "--today", "2026-12-09", "--as-planned", "--done", "knee-push-up=6,6,5", "--pain", "4",
                    "--hurt", "knee-push-up", "--note", "left shoulder tight",
                ])
                #expect(logged.status == 0, "\(logged)")
                try flags.log(["--morning", "1", "--date", "2026-12-07"])
                #expect(try flags.text() == courses.text())
                // The pane is narrower than the 80 columns of a pipe: the same words, wrapped otherwise.
                let next = logged.stdout.split(separator: "\n").drop { !$0.hasPrefix("Next") }.joined(separator: "\n")
                #expect(next.hasPrefix("Next: pain 4/10 on Wed 9 Dec"), "\(logged)")
                #expect(screen.flattened.contains(next.flattened), "\(screen)\n---\n\(next)")
            }
        }
    }

    @Test func controlDAtAQuestionLogsNothing() throws {
        try Courses.with { courses in
            try courses.start()
            let before = try courses.bytes()
            let pane = try Self.pane(courses, today: "2026-12-09")
            defer { pane.stop() }
            try pane.wait(for: "type another date (YYYY-MM-DD):")
            try pane.type("")
            try pane.wait(for: "[Y/n]")
            try pane.type("n")
            try pane.wait(for: "(or 0 if not done):")
            try pane.key("C-d")
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("protract: input ended: nothing was logged\n[exit 1]"), "\(screen)")
            #expect(try courses.bytes() == before)
        }
    }

    /// A morning more than a week gone is not asked about (a person's trial: asked on 13 Apr for
    /// the morning after 27 Mar); one within the week is.
    @Test func aMorningLongGoneIsNotAskedAbout() throws {
        let monday = try #require(CivilDate(year: 2026, month: 12, day: 7))
        #expect(LogInterview.recalls(morningAfter: monday, today: monday.adding(days: 8)))
        #expect(!LogInterview.recalls(morningAfter: monday, today: monday.adding(days: 9)))
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2"])
            let pane = try Self.pane(courses, today: "2026-12-28")
            defer { pane.stop() }
            try pane.wait(for: "Enter for yes, or type another date (YYYY-MM-DD):")
            try pane.type("")
            try Self.answerExercises(pane)
            try pane.wait(for: "Pain during the session, 0-10 (Enter to skip):")
            try pane.type("2")
            let screen = try pane.wait(for: "Red flags since the last session")
            #expect(!screen.contains("morning after Mon 7 Dec"), "\(screen)")
        }
    }

    /// The confirmation of a late entry counts the earlier session's morning pain answered in
    /// the same run: 7/10 after Mon 7 steps the later sessions back, and it says so (it showed
    /// the rises of the entry alone).
    @Test func aLateEntrysConfirmationCountsTheMorningAnsweredWithIt() throws {
        try Courses.with { courses in
            try courses.start()
            for day in ["2026-12-07", "2026-12-11", "2026-12-14"] {
                let logged = try courses.run(["log", "--as-planned", "--pain", "2", "--today", day])
                #expect(logged.status == 0, "\(logged)")
            }
            let before = try courses.bytes()
            let pane = try Self.pane(courses, today: "2026-12-14", ["--date", "2026-12-09"])
            defer { pane.stop() }
            try Self.answerExercises(pane)
            try pane.type("2")
            try pane.wait(for: "Pain the next morning (Thu 10 Dec), 0-10")
            try pane.type("1")
            try pane.wait(for: "Pain the morning after Mon 7 Dec's session, 0-10")
            try pane.type("7")
            try pane.wait(for: "Enter for none):")
            try pane.type("")
            try pane.wait(for: "A note (Enter for none):")
            try pane.type("")
            let screen = try pane.wait(for: "Log it anyway, and show them at the new doses? [y/N]")
            #expect(screen.flattened.contains("knee push-up 3 x 5 would read low incline push-up 3 x 11"), "\(screen)")
            try pane.type("n")
            _ = try pane.wait(for: "[exit ")
            #expect(try courses.bytes() == before)
        }
    }

    /// ArgumentParser's usage errors wrap to a narrow terminal as Protract's own do: a line the
    /// terminal broke would show in the joined capture as one longer than the pane.
    /// On a terminal, an edit that would drop what the entry records (the morning's pain, the
    /// note) asks first (a clinician's trial lost both to an edit of the pain): no leaves the
    /// journal as it was, exit 1, with the command that keeps them; yes replaces the entry.
    @Test func anEditThatDropsWhatTheEntryRecordsAsksFirst() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2", "--note", "left shoulder"])
            try courses.log(["--date", "2026-12-07", "--morning", "2", "--today", "2026-12-08"])
            let before = try courses.text()
            let edit = ["--edit", "2026-12-07", "--as-planned", "--pain", "4"]
            let declined = try Self.pane(courses, today: "2026-12-08", edit)
            defer { declined.stop() }
            _ = try declined.wait(for: "Replace it anyway? [y/N]")
            try declined.type("")
            let screen = try declined.wait(for: "[exit ")
            #expect(screen.flattened.contains("Replacing the entry of Mon 7 Dec 2026 no longer records: next morning 2/10; the note."),
                    "\(screen)")
            #expect(screen.contains("protract: nothing was changed") && screen.contains("[exit 1]"), "\(screen)")
            #expect(screen.flattened.contains("protract log --edit 2026-12-07 --as-planned \\ --pain 4 --morning 2 --note \\ 'left shoulder'")
                || screen.flattened.contains("--pain 4 --morning 2 --note 'left shoulder'"), "\(screen)")
            #expect(try courses.text() == before)
            let accepted = try Self.pane(courses, today: "2026-12-08", edit)
            defer { accepted.stop() }
            _ = try accepted.wait(for: "Replace it anyway? [y/N]")
            try accepted.type("y")
            let done = try accepted.wait(for: "[exit ")
            #expect(done.contains("[exit 0]"), "\(done)")
            #expect(try courses.text().hasSuffix("- date: 2026-12-07\n  as-planned: true\n  pain: 4\n"))
        }
    }

    @Test func aUsageErrorWrapsToTheTerminal() throws {
        try Courses.with { courses in
            try courses.start()
            let pane = try Self.pane(courses, today: "2026-12-09", ["--date", "2027-1-6", "--as-planned"])
            defer { pane.stop() }
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.flattened.contains("protract: error: --date '2027-1-6' is not a date; write YYYY-MM-DD"), "\(screen)")
            #expect(screen.contains("[exit 64]"), "\(screen)")
            #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 50 }, "\(screen)")
        }
    }

    /// A note pasted as several lines is one note: a phone trial's paste kept the first line, and
    /// the second went on to the shell once `log` ended. A paste's last line without its line break
    /// is ended by the person's Enter, with what they typed before it.
    @Test(arguments: [("missed Fri: work trip\nback feels better today", " (typed)"), ("missed Fri: work trip\nback feels better today\n", nil)])
    func aNotePastedAsSeveralLinesIsOneNote(paste: String, typed: String?) throws {
        try Courses.with { courses in
            try courses.start()
            let pane = try Self.pane(courses, today: "2026-12-07")
            defer { pane.stop() }
            try Self.answerAsPlanned(pane, pain: "2")
            try pane.wait(for: "Enter for none):")
            try pane.type("")
            try pane.wait(for: "A note (Enter for none):")
            // As a terminal pastes: the text at once, its line breaks and all.
            try pane.typePart(paste)
            if let typed {
                Self.pauseAfterPaste()
                try pane.type(typed)
            }
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 0]"), "\(screen)")
            let logged = try courses.run(["log", "--list"])
            #expect(logged.stdout.contains("\n    missed Fri: work trip\n    back feels better today\(typed ?? "")\n"), "\(logged)")
        }
    }

    /// The Enter that ends a pasted note's last line (pasted without one) ends the note; the
    /// question after it waits for its own answer. A trial's paste left the note open, the next
    /// question was written after the note's last line, and the Enter answered it: `Log it anyway?
    /// [y/N]` took it as no, and nothing was logged.
    @Test func theEnterAfterAPasteEndsTheNoteNotTheNextQuestion() throws {
        try Courses.with { courses in
            let pane = try Self.lateFridayUpToTheNote(courses)
            defer { pane.stop() }
            try pane.typePart("from paper notes\nback felt tight")
            Self.pauseAfterPaste()
            try pane.key("Enter")
            let asked = try pane.wait(for: "Log it anyway, and show them at the new doses? [y/N]")
            #expect(asked.contains("\nback felt tight\nLogging Fri 11 Dec 2026 now changes"), "on a line of its own: \(asked)")
            try pane.type("y")
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 0]"), "\(screen)")
            let logged = try courses.run(["log", "--list"])
            #expect(logged.stdout.contains("\n    from paper notes\n    back felt tight\n"), "\(logged)")
        }
    }

    /// Ctrl-D after a part of an answer (twice: the first hands the part to the program) cancels
    /// too; the part typed was logged as the note.
    @Test func controlDAfterAPartOfANoteLogsNothing() throws {
        try Courses.with { courses in
            try courses.start()
            let before = try courses.bytes()
            let pane = try Self.pane(courses, today: "2026-12-07")
            defer { pane.stop() }
            try Self.answerAsPlanned(pane, pain: "2")
            try pane.wait(for: "Enter for none):")
            try pane.type("")
            try pane.wait(for: "A note (Enter for none):")
            try pane.typePart("partial note typed")
            try pane.key("C-d")
            try pane.key("C-d")
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("protract: input ended: nothing was logged\n[exit 1]"), "\(screen)")
            #expect(try courses.bytes() == before)
        }
    }

    /// A session picked before a later entry whose doses it would change is confirmed first; no
    /// (or Enter) leaves the journal as it was.
    @Test func aLateSessionThatChangesLaterDosesIsConfirmedFirst() throws {
        try Courses.with { courses in
            // Every session since the last entry is logged: the late one is picked with --date.
            let pane = try Self.lateFridayUpToTheNote(courses)
            defer { pane.stop() }
            let before = try courses.bytes()  // nothing is written before the answers are in
            try pane.type("from paper notes")
            try pane.wait(for: "Log it anyway, and show them at the new doses? [y/N]")
            try pane.type("maybe")
            try pane.wait(for: "type y to log it, or n (or Enter) to leave the journal as it is")
            try pane.type("")
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.flattened.contains("Mon 14 Dec: knee push-up 3 x 5 would read 3 x 6"), "\(screen)")
            #expect(screen.contains("protract: nothing was logged\nTo log these answers later, without the questions:\n"), "\(screen)")
            #expect(try courses.bytes() == before)
            // The command shown logs the same answers from a script: on lines of its own, broken
            // only between arguments to the 50 columns (the terminal would break it in a flag).
            let command = """
                  protract log --date 2026-12-11 --as-planned \\
                    --pain 2 --morning 1 \\
                    --note 'from paper notes' --change-later
                """
            #expect(screen.contains(command + "\n[exit 1]"), "\(screen)")
            #expect(command.split(separator: "\n").allSatisfy { $0.count <= 50 })
            #expect(EditHintTests.joiningContinuations(command) == "  protract log --date 2026-12-11 --as-planned --pain 2 "
                + "--morning 1 --note 'from paper notes' --change-later")
            let logged = try courses.run(
                ["log", "--date", "2026-12-11", "--as-planned", "--pain", "2", "--morning", "1", "--note", "from paper notes",
                 "--change-later", "--today", "2026-12-15"])
            #expect(logged.status == 0, "\(logged)")
        }
    }

    /// A --date that is logged already (the date, or its session) is the journal refusing a
    /// second entry on a terminal as with flags: 73 both ways, not 64 on one and 73 on the other.
    @Test func aDateLoggedAlreadyExitsAsWithFlags() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.logOnTheirDays(["2026-12-07"])
            let before = try courses.bytes()
            for date in ["2026-12-07", "2026-12-08"] {
                let flags = try courses.run(["log", "--today", "2026-12-08", "--date", date, "--as-planned"])
                #expect(flags.status == 73, "\(flags)")
                let pane = try Self.pane(courses, today: "2026-12-08", ["--date", date])
                defer { pane.stop() }
                let screen = try pane.wait(for: "[exit ")
                #expect(screen.contains("[exit 73]"), "\(screen)")
                // The date itself logged: the entry there, as from flags; its session: which one.
                #expect(screen.flattened.contains(
                    date == "2026-12-07" ? "a session is logged on Mon 7 Dec 2026 already; the journal was not changed help: it records: as planned; pain 2/10"
                        : "--date \(date): "), "\(screen)")
                #expect(screen.flattened.contains("the journal was not changed"), "\(screen)")
            }
            #expect(try courses.bytes() == before)
        }
    }

    /// `protract log` on a terminal on a day logged already (a trial's ended with only "nothing
    /// was logged", exit 0): it says so at once, shows the entry, the command that changes it
    /// (with the entry's own flags, which works as shown), the one that removes it and `--list`,
    /// and exits 73, as the same entry from flags does. Nothing is asked, nothing written.
    @Test func aDayLoggedAlreadySaysSoAndShowsTheEntry() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--today", "2026-12-07", "--as-planned", "--pain", "2", "--note", "easy"])
            let before = try courses.bytes()
            let flags = try courses.run(["log", "--today", "2026-12-07", "--as-planned"])
            #expect(flags.status == 73, "\(flags)")
            let pane = try Self.pane(courses, today: "2026-12-07")
            defer { pane.stop() }
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 73]"), "\(screen)")
            #expect(!screen.contains("nothing was logged") && !screen.contains("?"), "\(screen)")
            for text in [
                "protract: error: a session is logged today (Mon 7 Dec 2026) already; the journal was not changed",
                "help: it records: as planned; pain 2/10; note: easy",
                "to change it, give the whole entry as it should be: protract log --edit 2026-12-07 --as-planned --pain 2 --note easy",
                "or to remove it: protract log --remove 2026-12-07",
                "'protract log --list' shows every entry",
            ] {
                #expect(EditHintTests.joiningContinuations(screen).flattened.contains(text), "\(text)\n\(screen)")
            }
            #expect(try courses.bytes() == before)
            // The command, as the pane shows it (on lines of its own), works as shown.
            let commands = EditHintTests.editCommands(in: screen)
            #expect(commands.count == 1, "\(screen)")
            for command in commands {
                let edited = try EditHintTests.run(command, courses, today: "2026-12-07")
                #expect(edited.status == 0, "\(command): \(edited)")
            }
        }
    }

    /// The question for a session whose day has gone offers `t` for today: typed at the terminal
    /// (`t`, or `T`), it logs the session done today, late, as `--date TODAY` would.
    @Test(arguments: ["t", "T", "today"])
    func tAtTheDateQuestionLogsTheSessionDoneToday(_ answer: String) throws {
        try Courses.with { courses in
            try courses.start()
            let pane = try Self.pane(courses, today: "2026-12-08")
            defer { pane.stop() }
            try pane.wait(for: "Enter if you did it on Mon 7 Dec, t if today, or type the day you did it (YYYY-MM-DD):")
            try pane.type(answer)
            try pane.wait(for: "Logging Mon 7 Dec 2026, Stability and push-ups, done on Tue 8 Dec 2026.")
            try Self.answerExercises(pane)
            try pane.type("2")
            try pane.wait(for: "Enter for none):")
            try pane.type("")
            try pane.wait(for: "A note (Enter for none):")
            try pane.type("")
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 0]"), "\(screen)")
            #expect(screen.flattened.contains("For the session of Mon 7 Dec 2026, done a day later"), "\(screen)")
            let journal = try courses.text()
            #expect(journal.contains("- date: 2026-12-08\n  as-planned: true\n  pain: 2\n"), "\(journal)")
        }
    }

    @Test func aRedFlagAnsweredStopsThePlan() throws {
        try Courses.with { courses in
            try courses.start()
            let pane = try Self.pane(courses, today: "2026-12-07")
            defer { pane.stop() }
            try Self.answerAsPlanned(pane, pain: "7")
            try pane.wait(for: "Did any exercise cause it? (numbers from the list, comma-separated, or Enter for none):")
            try pane.type("")
            try pane.wait(for: "Any of these? (numbers, comma-separated, Enter for none):")
            try pane.type("6")
            // Asked again before it stops the course: a mistaken tap should not end it.
            try pane.wait(for: "Stop the course and see a clinician? [y/N]")
            try pane.type("y")
            // The note is still asked, so that it reaches the entry rather than the shell.
            try pane.wait(for: "A note (Enter for none):")
            try pane.type("tingling in the left hand")
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 3]"), "\(screen)")
            #expect(screen.flattened.contains("Red flag: do not start or continue the plan. See a clinician first."))
            #expect(screen.flattened.contains("The plan stops here: it has no further sessions until a clinician has seen you."))
            let journal = try courses.text()
            #expect(journal.contains("  pain: 7\n  symptoms: [arm-numbness]\n  note: tingling in the left hand\n"), "\(journal)")
        }
    }

    /// A session logged on the same date while the person answered refuses the answers (73), and
    /// prints the command that puts them in its place, which works as shown: the answers are not lost.
    @Test func aSessionLoggedWhileThePersonAnsweredNamesTheEditOfTheirAnswers() throws {
        try Courses.with { courses in
            try courses.start()
            let pane = try Self.pane(courses, today: "2026-12-07")
            defer { pane.stop() }
            try Self.answerAsPlanned(pane, pain: "2")
            try pane.wait(for: "Any of these? (numbers, comma-separated, Enter for none):")
            try pane.type("")
            try pane.wait(for: "A note (Enter for none):")
            let other = try courses.run(["log", "--today", "2026-12-07", "--as-planned", "--pain", "5"])
            #expect(other.status == 0, "\(other)")
            try pane.type("left shoulder tight, it's better")
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 73]"), "\(screen)")
            #expect(screen.flattened.contains(
                "a session was logged on Mon 7 Dec 2026 while you answered; the journal was not changed help: see it with "
                    + "'protract log --list'; to put your answers in its place, without the questions:"), "\(screen)")
            let command = "protract log --edit 2026-12-07 --as-planned --pain 2 --note \"left shoulder tight, it's better\""
            // Broken between arguments to the 50 columns, never inside the quoted note.
            #expect(screen.contains("""

                    protract log --edit 2026-12-07 --as-planned \\
                      --pain 2 \\
                      --note "left shoulder tight, it's better"
                [exit 73]
                """), "\(screen)")
            #expect(EditHintTests.editCommands(in: screen) == [command], "\(screen)")
            let replaced = try EditHintTests.run(command, courses, today: "2026-12-07")
            #expect(replaced.status == 0, "\(replaced)")
            let journal = try courses.text()
            #expect(journal.contains("  pain: 2\n  note: \"left shoulder tight, it's better\"\n"), "\(journal)")
        }
    }

    @Test func offATerminalItAsksNothing() throws {
        try Courses.with { courses in
            try courses.start()
            let before = try courses.bytes()
            let command = try courses.commandLine(["log", "--today", "2026-12-09"])
            let out = courses.dir.appendingPathComponent("out.txt").path
            let pane = try TmuxPane(
                "\(command) < /dev/null; echo \"[stdin $?]\"; \(command) > '\(out)'; echo \"[stdout $?]\"; sleep 600",
                in: courses.dir)
            defer { pane.stop() }
            let screen = try pane.wait(for: "[stdout ")
            #expect(screen.contains("[stdin 64]"), "\(screen)")
            #expect(screen.contains("[stdout 64]"), "\(screen)")
            #expect(screen.contains("protract: error: say what to log"))
            #expect(!screen.contains("[Y/n]"))
            #expect(try courses.bytes() == before)
        }
    }
}

extension TmuxPane {
    /// Waits until the screen shows `text` `count` times or shows `other`.
    @discardableResult
    func wait(for text: String, count: Int, orFor other: String, seconds: Double = 30) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let shown = try screen()
            let loose = shown.flattened
            if loose.components(separatedBy: text.flattened).count > count || loose.contains(other.flattened) {
                return shown
            }
            if Date() > deadline { throw TimedOut(waitingFor: text, screen: shown) }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}
