import Foundation
import Testing

/// `protract start`, `log` and `courses` end to end: what they write in the journal, what they
/// print, and every way they refuse.
@Suite struct JournalCommandTests {
    static let header = """
        protract-journal: 1
        course: upper-back-rehab
        programme:
          id: upper-back-rehab
        """

    // MARK: start

    @Test func startWritesTheJournalAndPrintsTheFirstWeek() throws {
        try Courses.with { courses in
            let result = try courses.start(["--name", "Sam"])
            #expect(result.stdout.contains("\nWEEK 1 · Activate\n"), "\(result)")
            #expect(result.stdout.contains("Mon 7 Dec · 07:30"))
            #expect(result.stdout.contains("Fri 11 Dec · 07:30"))
            #expect(!result.stdout.contains("WEEK 2"), "only the first week")
            #expect(!result.stdout.contains("Mon 14 Dec"))
            #expect(result.stdout.hasSuffix("\n7 more weeks: each session's dose follows what you log.\n"))
            #expect(result.stderr == """
                started course 'upper-back-rehab': journal \(courses.journal().path)
                after each session: 'protract log --as-planned --pain N'

                """)
            let text = try courses.text()
            #expect(text.hasPrefix(Self.header + "\n  hash: fnv1a64:"), "\(text)")
            #expect(text.hasSuffix("""

                person:
                  name: Sam
                  start: 2026-12-07
                  time-zone: Europe/London
                  baseline: {push-ups: 12}
                screening: not-done
                sessions: []

                """), "\(text)")
            // The journal is health data: the owner's only.
            let mode = try FileManager.default.attributesOfItem(atPath: courses.journal().path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            let folderMode = try FileManager.default.attributesOfItem(atPath: courses.folder.path)[.posixPermissions] as? Int
            #expect(folderMode == 0o700)
        }
    }

    @Test func startNeverReplacesACourse() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned"])
            let before = try courses.bytes()
            let again = try courses.run(["start", "upper-back-rehab"] + Courses.startFlags)
            #expect(again.status == 73, "\(again)")
            #expect(again.stdout == "")
            #expect(again.stderr == """
                protract: error: a course called 'upper-back-rehab' exists already (\(courses.journal().path)); it was not changed
                  help: pick another name with --course NAME ('protract courses' lists them), or go on with 'protract log'

                """)
            #expect(try courses.bytes() == before)
            // Another name is another course.
            try courses.start(["--course", "second-round"])
            #expect(FileManager.default.fileExists(atPath: courses.journal("second-round").path))
        }
    }

    @Test func startWithARedFlagStartsNothing() throws {
        try Courses.with { courses in
            let result = try courses.run(["start", "upper-back-rehab", "--symptom", "arm-numbness"])
            #expect(result.status == 3, "\(result)")
            #expect(result.stderr.hasPrefix("Red flag: do not start or continue the plan. See a clinician first."))
            #expect(!FileManager.default.fileExists(atPath: courses.journal().path))
        }
    }

    @Test func startFromAFileRecordsItsPathAndJournalGoesWhereAsked() throws {
        try Courses.with { courses in
            try courses.dir.write(validProgramme, to: "mine.yaml")
            let result = try courses.run(["start", "mine.yaml", "--start", "2026-12-07", "--time-zone", "UTC", "--journal", "j.yaml"])
            #expect(result.status == 0, "\(result)")
            let text = try String(contentsOf: courses.dir.appendingPathComponent("j.yaml"), encoding: .utf8)
            #expect(text.contains("course: cli-plan\nprogramme:\n  id: cli-plan\n  file: \(courses.dir.appendingPathComponent("mine.yaml").path)\n  hash: fnv1a64:"), "\(text)")
            #expect(!FileManager.default.fileExists(atPath: courses.folder.path), "nothing in the data folder")
            let logged = try courses.run(["log", "--journal", "j.yaml", "--today", "2026-12-07", "--done", "wall-push-up=5,5,4"])
            #expect(logged.status == 0, "\(logged)")
        }
    }

    /// `start --today` sets the day the default start follows, as the other course commands take
    /// it (a phone user's trial could not pin it); a slip in it is a usage error.
    @Test func startTakesTodayForItsDefaultStart() throws {
        try Courses.with { courses in
            let started = try courses.run(["start", "upper-back-rehab", "--today", "2026-03-09", "--none", "--time-zone", "UTC"])
            #expect(started.status == 0, "\(started)")
            #expect(started.stdout.contains("Starts Mon 16 Mar 2026"), "\(started)")
            #expect(try courses.text().contains("  start: 2026-03-16\n"))
            let slip = try courses.run(["start", "upper-back-rehab", "--course", "two", "--today", "9 March"])
            #expect(slip.status == 64 && slip.stderr.contains("--today '9 March' is not a date"), "\(slip)")
        }
    }

    /// The journal's programme id and its file name one programme: a journal whose id is not the
    /// one its file holds (a clinician's trial pointed 'file' at another programme by hand) is
    /// refused where the id is written, by `plan` and by `log`, and the journal is left as it was.
    @Test func aProgrammeIDThatIsNotTheFilesIsRefusedWhereItIsWritten() throws {
        try Courses.with { courses in
            try courses.dir.write(validProgramme, to: "mine.yaml")
            let started = try courses.run(["start", "mine.yaml", "--start", "2026-12-07", "--time-zone", "UTC", "--journal", "j.yaml"])
            #expect(started.status == 0, "\(started)")
            let journal = courses.dir.appendingPathComponent("j.yaml")
            let text = try String(contentsOf: journal, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "  id: cli-plan\n", with: "  id: someone-else\n").utf8).write(to: journal)
            let before = try Data(contentsOf: journal)
            for command in [["plan"], ["log", "--as-planned"]] {
                let result = try courses.run(command + ["--journal", "j.yaml", "--today", "2026-12-07"])
                #expect(result.status == 65, "\(result)")
                #expect(result.stderr.contains(
                    "j.yaml:4:7: error: the course follows programme 'someone-else', but its file "
                        + "\(courses.dir.appendingPathComponent("mine.yaml").path) holds 'cli-plan'"), "\(result.stderr)")
                #expect(result.stderr.flattened.contains("if the file is that programme, write 'id: cli-plan' here"), "\(result.stderr)")
            }
            #expect(try Data(contentsOf: journal) == before)
        }
    }

    /// `--done`, `--hurt` and `--retest` need the course's plan to check the entry; with the
    /// programme gone each exits 66 (no input), as `plan` does, and logs nothing.
    @Test(arguments: [["--hurt", "cat-cow"], ["--done", "wall-push-up=5,5,4"], ["--retest", "20"]])
    func flagsThatNeedTheSessionSayWhenTheProgrammeIsGone(_ flag: [String]) throws {
        try Courses.with { courses in
            try courses.dir.write(validProgramme, to: "mine.yaml")
            let started = try courses.run(["start", "mine.yaml", "--start", "2026-12-07", "--time-zone", "UTC", "--journal", "j.yaml"])
            #expect(started.status == 0, "\(started)")
            try FileManager.default.removeItem(at: courses.dir.appendingPathComponent("mine.yaml"))
            let before = try Data(contentsOf: courses.dir.appendingPathComponent("j.yaml"))
            let result = try courses.run(["log", "--journal", "j.yaml", "--today", "2026-12-07", "--as-planned", "--pain", "5"] + flag)
            #expect(result.status == 66, "\(result)")
            #expect(result.stderr.contains("cannot check \(flag[0]) against the course's programme"), "\(result)")
            #expect(result.stderr.contains("restore the programme, or log without \(flag[0])"), "\(result)")
            #expect(try Data(contentsOf: courses.dir.appendingPathComponent("j.yaml")) == before, "nothing was logged")
        }
    }

    /// A course its programme cannot plan (here it grew, by weeks with nothing logged, past the
    /// last date Protract plans) refuses `--done`, `--hurt` and `--retest` alike with 65 and
    /// why, as `plan` does: no flag is at fault (`--hurt` and `--retest` said 64, usage, with no
    /// reason, and told the person to restore a programme that was there).
    @Test(arguments: [["--hurt", "cat-cow"], ["--done", "low-incline-push-up=6,6,5"], ["--retest", "20"]])
    func flagsThatNeedTheSessionSayWhenTheCourseCannotBePlanned(_ flag: [String]) throws {
        try Courses.with { courses in
            let started = try courses.run(
                ["start", "upper-back-rehab", "--start", "9999-10-04", "--time-zone", "UTC", "--baseline", "push-ups=6"])
            #expect(started.status == 0, "\(started)")
            try courses.log(["--as-planned", "--today", "9999-10-04"])
            let before = try courses.bytes()
            let plan = try courses.run(["plan", "--today", "9999-12-06"])
            #expect(plan.status == 65, "\(plan)")
            let result = try courses.run(["log", "--today", "9999-12-06", "--as-planned"] + flag)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.contains("would end after 9999-12-30, the last date Protract plans"), "\(result)")
            #expect(result.stderr.contains("cannot check \(flag[0]) against the course's programme 'upper-back-rehab'"), "\(result)")
            #expect(result.stderr.contains("fix the problem above ('protract plan' shows it), or log without \(flag[0])"),
                    "\(result)")
            #expect(try courses.bytes() == before, "nothing was logged")
        }
    }

    /// A programme broken after the course started is reported once, whichever checks of `log`
    /// looked for it (the entry's, the red flags', the plan it says what changes from): a user's
    /// trial saw the same located error twice with `--done` and four times with `--as-planned`.
    @Test(arguments: [["--done", "wall-push-up=5,5,4"], ["--as-planned"]])
    func aBrokenProgrammeIsReportedOnce(_ flags: [String]) throws {
        try Courses.with { courses in
            let programme = try courses.dir.write(validProgramme, to: "mine.yaml")
            let started = try courses.run(["start", "mine.yaml", "--start", "2026-12-07", "--time-zone", "UTC", "--journal", "j.yaml"])
            #expect(started.status == 0, "\(started)")
            try Data((validProgramme + "weeks: [\n").utf8).write(to: programme)
            let result = try courses.run(["log", "--journal", "j.yaml", "--today", "2026-12-07", "--pain", "2"] + flags)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.components(separatedBy: "error: did not find expected node content").count == 2, "\(result)")
        }
    }

    @Test func anEditedProgrammeIsNoticed() throws {
        try Courses.with { courses in
            let programme = try courses.dir.write(validProgramme, to: "mine.yaml")
            let started = try courses.run(["start", "mine.yaml", "--start", "2026-12-07", "--time-zone", "UTC"])
            #expect(started.status == 0, "\(started)")
            let same = try courses.run(["log", "--today", "2026-12-07", "--done", "wall-push-up=5,5,4"])
            #expect(same.status == 0, "\(same)")
            #expect(same.stderr == "")
            try Data(validProgramme.replacingOccurrences(of: "title: CLI plan", with: "title: CLI plan, edited").utf8).write(to: programme)
            let edited = try courses.run(["log", "--today", "2026-12-09", "--done", "wall-push-up=5,5,5"])
            #expect(edited.status == 0, "\(edited)")
            // Said once, with what it means for past sessions and how to settle it.
            #expect(edited.stderr.hasPrefix("protract: warning: the programme \(programme.path) has changed since the course "
                + "started; the plan follows it as it is now, past sessions logged as planned included"), "\(edited)")
            #expect(edited.stderr.components(separatedBy: "has changed").count == 2, "\(edited)")
            #expect(edited.stderr.contains("if the change is meant, 'protract log --accept-programme' says so and this warning stops "
                + "(it writes 'hash: "), "\(edited)")
            #expect(edited.stderr.contains("' under 'programme:' in the journal \(courses.journal("cli-plan").path))\n"), "\(edited)")
        }
    }

    /// `log --accept-programme`: the change to the course's programme file is meant. The journal
    /// records the file's new hash, and the warning stops; nothing else in it changes.
    @Test func anEditedProgrammeIsAccepted() throws {
        try Courses.with { courses in
            let programme = try courses.dir.write(validProgramme, to: "mine.yaml")
            let started = try courses.run(["start", "mine.yaml", "--start", "2026-12-07", "--time-zone", "UTC"])
            #expect(started.status == 0, "\(started)")
            let journal = courses.journal("cli-plan")
            let unchanged = try Data(contentsOf: journal)
            let same = try courses.run(["log", "--accept-programme"])
            #expect(same.status == 0, "\(same)")
            #expect(same.stdout.flattened == "the programme \(programme.path) has not changed since the course started; nothing to accept")
            #expect(try Data(contentsOf: journal) == unchanged)

            try Data(validProgramme.replacingOccurrences(of: "title: CLI plan", with: "title: CLI plan, edited").utf8).write(to: programme)
            let warned = try courses.run(["plan", "--today", "2026-12-08"])
            #expect(warned.status == 0, "\(warned)")
            let hash = try #require(warned.stderr.flattened.components(separatedBy: "writes 'hash: ").last?
                .components(separatedBy: "'").first)
            let accepted = try courses.run(["log", "--accept-programme"])
            #expect(accepted.status == 0, "\(accepted)")
            #expect(accepted.stderr == "", "\(accepted)")
            #expect(accepted.stdout.flattened == "accepted the programme \(programme.path) as it is now (\(hash)) for the course "
                + "cli-plan: the plan follows it, past sessions logged as planned included", "\(accepted)")
            // Only the hash changed.
            let before = String(decoding: unchanged, as: UTF8.self).components(separatedBy: "\n")
            let after = try String(contentsOf: journal, encoding: .utf8).components(separatedBy: "\n")
            #expect(zip(before, after).filter { $0 != $1 }.map(\.1) == ["  hash: \(hash)"])
            let quiet = try courses.run(["plan", "--today", "2026-12-08"])
            #expect(quiet.status == 0, "\(quiet)")
            #expect(quiet.stderr == "", "\(quiet)")
        }
    }

    /// What `--accept-programme` refuses, leaving the journal byte for byte as it was: other flags
    /// (64), a programme that does not load (65, its problems shown), a programme gone (66).
    @Test func acceptingTheProgrammeRefusesAndKeepsTheJournal() throws {
        try Courses.with { courses in
            let programme = try courses.dir.write(validProgramme, to: "mine.yaml")
            let started = try courses.run(["start", "mine.yaml", "--start", "2026-12-07", "--time-zone", "UTC", "--course", "sam"])
            #expect(started.status == 0, "\(started)")
            let journal = courses.journal("sam")
            let unchanged = try Data(contentsOf: journal)
            for flags in [["--pain", "2"], ["--list"], ["--seen-clinician"], ["--date", "2026-12-07"], ["--edit", "2026-12-07"]] {
                let result = try courses.run(["log", "--accept-programme"] + flags)
                #expect(result.status == 64, "\(flags): \(result)")
                #expect(result.stderr.hasPrefix("protract: error: --accept-programme"), "\(flags): \(result)")
            }
            // The warning names the course as the command that gave it did.
            try Data(validProgramme.replacingOccurrences(of: "title: CLI plan", with: "title: CLI plan, edited").utf8).write(to: programme)
            let warned = try courses.run(["plan", "--course", "sam", "--today", "2026-12-08"])
            #expect(warned.stderr.flattened.contains("'protract log --course sam --accept-programme' says so"), "\(warned)")
            try Data((validProgramme + "weeks: [\n").utf8).write(to: programme)
            let broken = try courses.run(["log", "--accept-programme"])
            #expect(broken.status == 65, "\(broken)")
            #expect(broken.stderr.contains("error: did not find expected node content"), "\(broken)")
            #expect(broken.stderr.hasSuffix("protract: the journal \(journal.path) was not changed\n"), "\(broken)")
            try FileManager.default.removeItem(at: programme)
            let gone = try courses.run(["log", "--accept-programme"])
            #expect(gone.status == 66, "\(gone)")
            #expect(gone.stderr.contains("cannot read the course's programme \(programme.path): no such file"), "\(gone)")
            #expect(try Data(contentsOf: journal) == unchanged)
        }
    }

    /// A programme that no longer reads: the session is still saved, the problem is shown, and
    /// the exit status (65) says the plan cannot be rebuilt.
    @Test func aBrokenProgrammeStillSavesTheSessionAndSaysSo() throws {
        try Courses.with { courses in
            let programme = try courses.dir.write(validProgramme, to: "mine.yaml")
            let started = try courses.run(["start", "mine.yaml", "--start", "2026-12-07", "--time-zone", "UTC"])
            #expect(started.status == 0, "\(started)")
            try Data(validProgramme.replacingOccurrences(of: "weeks: 8", with: "weeks: 0").utf8).write(to: programme)
            let logged = try courses.run(["log", "--today", "2026-12-07", "--as-planned", "--pain", "1"])
            #expect(logged.status == 65, "\(logged)")
            #expect(logged.stdout.hasPrefix("logged Mon 7 Dec 2026: as planned; pain 1/10"), "\(logged)")
            #expect(logged.stderr.contains("mine.yaml:"), "\(logged)")
            #expect(logged.stderr.contains("error: 'weeks' must be from 1 to 520, found 0"), "\(logged)")
            #expect(logged.stderr.hasSuffix("protract: the session is saved in the journal, but the course's plan cannot be "
                + "rebuilt until the problem above is fixed; 'protract plan' shows it again\n"), "\(logged)")
            #expect(try courses.text("cli-plan").contains("- date: 2026-12-07"))
        }
    }

    /// The person's inputs in a hand-edited journal are checked against the programme like a
    /// profile's: located, 65, and the journal left as it is.
    @Test func aBaselineTheProgrammeRefusesIsLocatedInTheJournal() throws {
        try Courses.with { courses in
            try courses.start()
            let edited = try courses.text().replacingOccurrences(of: "{push-ups: 12}", with: "{push-ups: 999}")
            try Data(edited.utf8).write(to: courses.journal())
            for command in [["plan"], ["progress"], ["log", "--as-planned", "--pain", "1"]] {
                let result = try courses.run(command + ["--today", "2026-12-08"])
                #expect(result.status == 65, "\(result)")
                #expect(result.stderr.hasPrefix(
                    "\(courses.journal().path):9:24: error: baseline 'push-ups' must be from 0 to 200, found 999\n"), "\(result)")
                #expect(result.stderr.contains("= in: person.baseline.push-ups\n"), "\(result)")
                #expect(try courses.text() == edited)
            }
        }
    }

    /// An exercise id the programme does not have, written into the journal by hand, is warned
    /// about where it is written; the plan is made without that record.
    @Test func anUnknownExerciseInTheJournalIsWarnedAbout() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--done", "knee-push-up=6,6,5", "--pain", "2"])
            let edited = try courses.text().replacingOccurrences(of: "knee-push-up:", with: "kne-push-up:")
            try Data(edited.utf8).write(to: courses.journal())
            let plan = try courses.run(["plan", "--today", "2026-12-08"])
            #expect(plan.status == 0, "\(plan)")
            #expect(plan.stderr.contains(
                "warning: the programme has no exercise 'kne-push-up': this record is left out of the plan\n"), "\(plan)")
            #expect(plan.stderr.contains("= help: did you mean 'knee-push-up'?"), "\(plan)")
            #expect(try courses.text() == edited)
            // `log` warns of it too (a clinician's trial saw nothing there), but not when the
            // entry is the one an edit corrects.
            let logged = try courses.run(["log", "--today", "2026-12-09", "--as-planned", "--pain", "2"])
            #expect(logged.status == 0, "\(logged)")
            #expect(logged.stderr.contains("warning: the programme has no exercise 'kne-push-up'"), "\(logged)")
            let fixed = try courses.run(
                ["log", "--today", "2026-12-09", "--edit", "2026-12-07", "--done", "knee-push-up=6,6,5", "--pain", "2", "--change-later"])
            #expect(fixed.status == 0 && !fixed.stderr.contains("kne-push-up"), "\(fixed)")
            #expect(!(try courses.run(["plan", "--today", "2026-12-09"])).stderr.contains("warning"))
        }
    }

    @Test func aJournalBehindASymbolicLinkStaysBehindIt() throws {
        try Courses.with { courses in
            try courses.start()
            let elsewhere = courses.dir.appendingPathComponent("synced")
            try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
            let real = elsewhere.appendingPathComponent("journal.yaml")
            try FileManager.default.moveItem(at: courses.journal(), to: real)
            try FileManager.default.createSymbolicLink(at: courses.journal(), withDestinationURL: real)
            try courses.log(["--date", "2026-12-07", "--as-planned"])
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: courses.journal().path) == real.path)
            #expect(try String(contentsOf: real, encoding: .utf8).hasSuffix("- date: 2026-12-07\n  as-planned: true\n"))
        }
    }

    @Test func aRelativeXDGDataHomeIsIgnoredForHome() throws {
        try Courses.with { courses in
            let result = try courses.run(
                ["start", "upper-back-rehab"] + Courses.startFlags, environment: ["XDG_DATA_HOME": "relative/data"])
            #expect(result.status == 0, "\(result)")
            let journal = courses.dir.appendingPathComponent(".local/share/protract/upper-back-rehab.yaml")
            #expect(FileManager.default.fileExists(atPath: journal.path), "XDG says a relative path is ignored")
            #expect(!FileManager.default.fileExists(atPath: courses.dir.appendingPathComponent("relative").path))
        }
    }

    @Test func aJournalInAMissingFolderIsRefused() throws {
        try Courses.with { courses in
            let result = try courses.run(["start", "upper-back-rehab"] + Courses.startFlags + ["--journal", "nope/j.yaml"])
            #expect(result.status == 73, "\(result)")
            #expect(result.stderr == """
                protract: error: the folder nope does not exist
                  help: create it first, or choose a journal file in another folder

                """)
            #expect(try PlanRun.listing(courses.dir) == [])
        }
    }

    @Test(arguments: [
        (["--course", "Bad Name"], "protract: error: --course: course id 'Bad Name' is not kebab-case; use lowercase letters, digits and single hyphens, such as 'bad-name'"),
        (["--course", "x", "--journal", "j.yaml"], "protract: error: --course and --journal cannot be used together: --journal names the file itself"),
        (["--course", "Jo Müller"], "protract: error: --course: course id 'Jo Müller' is not kebab-case; use lowercase letters, digits and single hyphens, such as 'jo-muller'\n"),
        (["--course", "jö"], "protract: error: --course: course id 'jö' is not kebab-case; use lowercase letters, digits and single hyphens, such as 'jo'\n"),
    ])
    func startRefusesBadCourseFlags(_ flags: [String], _ message: String) throws {
        try Courses.with { courses in
            let result = try courses.run(["start", "upper-back-rehab"] + flags)
            #expect(result.status == 64, "\(result)")
            #expect(result.stderr.hasPrefix(message), "\(result)")
        }
    }

    // MARK: log

    @Test func doneNamesOnlyTheSessionsOwnExercises() throws {
        try Courses.with { courses in
            try courses.start()
            let before = try courses.bytes()
            // Wall push-up plus is template B's; Mon 7 Dec is template A.
            let result = try courses.run(["log", "--today", "2026-12-07", "--done", "wall-push-up-plus=10,10"])
            #expect(result.status == 64, "\(result)")
            #expect(result.stderr.contains(
                "--done: 'wall-push-up-plus' is not an exercise of the session of Mon 7 Dec 2026 (Stability and push-ups)"),
                "\(result)")
            #expect(result.stderr.contains("help: its exercises are "), "\(result)")
            #expect(try courses.bytes() == before, "nothing was logged")
        }
    }

    @Test func loggedSessionsRoundTripThroughTheFile() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2", "--morning", "1"])
            let second = try courses.log([
                "--date", "2026-12-09", "--done", "knee-push-up=6,6,5", "--done", "knee-plank=10,8", "--pain", "3",
                "--note", "line one\nsaid \"no\": 07:30 # yes",
            ])
            #expect(second.stdout.hasPrefix("logged Wed 9 Dec 2026: knee push-up 6,6,5, knee plank 10,8; pain 3/10\n  (upper-back-rehab: 2 sessions logged)\n"))
            let morning = try courses.log(["--morning", "4"])
            #expect(morning.stdout.hasPrefix("added next-morning pain 4/10 to Wed 9 Dec 2026 (upper-back-rehab: 2 sessions\n  logged)\n"))
            // A second figure is a correction, and said as one.
            let changed = try courses.log(["--morning", "5"])
            #expect(changed.stdout.hasPrefix("changed next-morning pain of Wed 9 Dec 2026 from 4/10 to 5/10"), "\(changed)")
            let same = try courses.log(["--morning", "4"])
            #expect(same.stdout.hasPrefix("changed next-morning pain of Wed 9 Dec 2026 from 5/10 to 4/10"), "\(same)")
            let again = try courses.log(["--morning", "4"])
            #expect(again.stdout.hasPrefix("next-morning pain of Wed 9 Dec 2026 is 4/10 already"), "\(again)")
            try courses.log(["--date", "2026-12-11", "--as-planned", "--done", "low-incline-push-up=6,6,6"])  // 4/10 the morning after Wednesday: Friday steps back a rung
            let text = try courses.text()
            #expect(text.hasSuffix("""
                sessions:
                - date: 2026-12-07
                  as-planned: true
                  pain: 2
                  morning-pain: 1
                - date: 2026-12-09
                  as-planned: false
                  done:
                    knee-push-up: [6, 6, 5]
                    knee-plank: [10, 8]
                  pain: 3
                  morning-pain: 4
                  note: "line one\\nsaid \\"no\\": 07:30 # yes"
                - date: 2026-12-11
                  as-planned: true
                  done:
                    low-incline-push-up: [6, 6, 6]

                """), "\(text)")
            let list = try courses.log(["--list"])
            #expect(list.stdout == """
                upper-back-rehab · started Mon 7 Dec 2026 · 3 sessions logged
                Mon 7 Dec 2026    as planned; pain 2/10; next morning 1/10
                Wed 9 Dec 2026    knee push-up 6,6,5, knee plank 10,8; pain 3/10; next morning
                                  4/10
                    line one
                    said "no": 07:30 # yes
                Fri 11 Dec 2026   as planned except low incline push-up 6,6,6

                """)
            let csv = try courses.log(["--export", "csv"])
            // `retest` is the last column (issue 13), so the columns before it keep their places.
            // `session` and `status` come last, with a row for each session so far, missed ones too.
            // A row "as planned" has the session's dose (anAsPlannedRowInTheCSVSaysTheDoseTheSessionGave).
            let rows = [
                "date,as_planned,done,pain,morning_pain,symptoms,note,hurt,retest,session,status,prescribed,short,decision,week,programme_week\r\n",
                "2026-12-07,true,cat-cow=8 8;open-book=6 6;quadruped-t-spine-rotation=6 6;wall-slide=10;",
                "doorway-pec-stretch=30;knee-scapular-push-up=10 10;prone-scapular-retraction=10 10;knee-plank=10 10;",
                "chin-tuck=10 10;knee-push-up=5 5 5,2,1,,,,,2026-12-07,done,",
                // `prescribed` is the session's doses, `done` read against them: `short` says a set fell short.
                "cat-cow=8 8;open-book=6 6;quadruped-t-spine-rotation=6 6;wall-slide=10;",
                "doorway-pec-stretch=30;knee-scapular-push-up=10 10;prone-scapular-retraction=10 10;knee-plank=10 10;",
                "chin-tuck=10 10;knee-push-up=5 5 5,false,,1,1\r\n",
                "2026-12-09,false,knee-push-up=6 6 5;knee-plank=10 8,3,4,,\"line one\nsaid \"\"no\"\": 07:30 # yes\",,,2026-12-09,done,",
                "cat-cow=8 8;thread-the-needle=5 5;open-book=6 6;wall-slide=10;doorway-pec-stretch=30;prone-y-t-w=6 6;",
                "chin-tuck=10 10;wall-push-up-plus=10 10;knee-plank=10 10;knee-push-up=5 5 5,true,",
                "Wed 9 Dec: not settled next morning (4/10): the next session steps back,1,1\r\n",
                "2026-12-11,true,open-book=6 6;quadruped-t-spine-rotation=6 6;wall-slide=10;doorway-pec-stretch=30;",
                "cat-cow=8 8;incline-scapular-push-up=10 10;prone-scapular-retraction=10 10;incline-plank=10 10;",
                "chin-tuck=10 10;low-incline-push-up=6 6 6,,,,,,,2026-12-11,done,",
                "open-book=6 6;quadruped-t-spine-rotation=6 6;wall-slide=10;doorway-pec-stretch=30;",
                "cat-cow=8 8;incline-scapular-push-up=10 10;prone-scapular-retraction=10 10;incline-plank=10 10;",
                "chin-tuck=10 10;low-incline-push-up=10 10 10,true,\"reps missed on Fri 11 Dec (low incline push-up 6, 6, 6 ",
                "of 3 x 10): the push-ups hold their dose next session\",1,1\r\n",
            ].joined()
            #expect(csv.stdout.hasPrefix(rows), "\(csv.stdout)")
        }
    }

    /// The CSV has a row for each session so far: the session's date and whether it was done on
    /// its day, later, or missed (a row with no entry), so that a clinician sees adherence in the
    /// sheet (a clinician's trial found a late entry unlabelled and the missed sessions absent).
    /// Without its programme, the CSV is the entries alone.
    @Test func theCSVHasEverySessionSoFarWithItsStatus() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2"])
            try courses.log(["--date", "2026-12-12", "--as-planned", "--pain", "3", "--today", "2026-12-12"])
            let csv = try courses.run(["log", "--export", "csv", "--today", "2026-12-15"])
            #expect(csv.status == 0, "\(csv)")
            // Each `done` is the session's dose (anAsPlannedRowInTheCSVSaysTheDoseTheSessionGave); here, the rows.
            // The columns from `prescribed` on: the doses, whether a set fell short, the decision, the weeks.
            let rows = csv.stdout.split(separator: "\r\n").map { line in
                line.split(separator: ",", omittingEmptySubsequences: false).prefix(11).joined(separator: ",")
                    + "|" + line.split(separator: ",", omittingEmptySubsequences: false).suffix(4).joined(separator: ",")
            }
            #expect(rows.map { $0.replacing(#/,true,[^,]+,/#, with: ",true,DONE,") } == [
                "date,as_planned,done,pain,morning_pain,symptoms,note,hurt,retest,session,status|short,decision,week,programme_week",
                "2026-12-07,true,DONE,2,,,,,,2026-12-07,done|false,,1,1",
                ",,,,,,,,,2026-12-09,missed|,missed on Wed 9 Dec: the next session goes on from the last one done,1,1",
                "2026-12-12,true,DONE,3,,,,,,2026-12-11,done later|false,,1,1",
                ",,,,,,,,,2026-12-14,missed|,missed on Mon 14 Dec: the next session goes on from the last one done,2,2",
            ], "\(csv.stdout)")
            let elsewhere = try courses.run(
                ["log", "--export", "csv", "--today", "2026-12-15"], environment: ["PROTRACT_PROGRAMS": courses.dir.path])
            #expect(elsewhere.status == 0, "\(elsewhere)")
            #expect(elsewhere.stdout.hasSuffix("2026-12-07,true,,2,,,,,,,,,,,,\r\n2026-12-12,true,,3,,,,,,,,,,,,\r\n"), "\(elsewhere)")
            #expect(elsewhere.stderr.hasPrefix("protract: note: the course's programme cannot be read now, so the CSV has the "
                + "entries alone") && !elsewhere.stderr.contains("error"), "\(elsewhere)")
        }
    }

    /// A row for an entry "as planned" says what was done: the dose the course's plan gave each
    /// exercise that session (the figures the plan shows for it), with what the entry logs in
    /// place of an exercise's dose, so that a clinician reading the sheet sees the sets and reps (a
    /// clinician's trial found such rows with `done` empty). Without the programme, the entry alone.
    @Test func anAsPlannedRowInTheCSVSaysTheDoseTheSessionGave() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2", "--today", "2026-12-07"])
            try courses.log(["--date", "2026-12-09", "--as-planned", "--done", "knee-push-up=5,5,4", "--today", "2026-12-09"])
            let csv = try courses.run(["log", "--export", "csv", "--today", "2026-12-10"])
            #expect(csv.status == 0, "\(csv)")
            let rows = [
                "date,as_planned,done,pain,morning_pain,symptoms,note,hurt,retest,session,status,prescribed,short,decision,week,programme_week\r\n",
                "2026-12-07,true,cat-cow=8 8;open-book=6 6;quadruped-t-spine-rotation=6 6;wall-slide=10;",
                "doorway-pec-stretch=30;knee-scapular-push-up=10 10;prone-scapular-retraction=10 10;knee-plank=10 10;",
                "chin-tuck=10 10;knee-push-up=5 5 5,2,,,,,,2026-12-07,done,cat-cow=8 8;open-book=6 6;quadruped-t-spine-rotation=6 6;",
                "wall-slide=10;doorway-pec-stretch=30;knee-scapular-push-up=10 10;prone-scapular-retraction=10 10;knee-plank=10 10;",
                "chin-tuck=10 10;knee-push-up=5 5 5,false,,1,1\r\n",
                "2026-12-09,true,cat-cow=8 8;thread-the-needle=5 5;open-book=6 6;wall-slide=10;doorway-pec-stretch=30;",
                "prone-y-t-w=6 6;chin-tuck=10 10;wall-push-up-plus=10 10;knee-plank=10 10;knee-push-up=5 5 4,,,,,,,",
                "2026-12-09,done,cat-cow=8 8;thread-the-needle=5 5;open-book=6 6;wall-slide=10;doorway-pec-stretch=30;",
                "prone-y-t-w=6 6;chin-tuck=10 10;wall-push-up-plus=10 10;knee-plank=10 10;knee-push-up=5 5 5,true,",
                "\"reps missed on Wed 9 Dec (knee push-up 5, 5, 4 of 3 x 5): the push-ups hold their dose next session\",1,1\r\n",
            ].joined()
            #expect(csv.stdout == rows, "\(csv.stdout)")
            let elsewhere = try courses.run(
                ["log", "--export", "csv", "--today", "2026-12-10"], environment: ["PROTRACT_PROGRAMS": courses.dir.path])
            #expect(elsewhere.status == 0, "\(elsewhere)")
            #expect(elsewhere.stdout.hasSuffix("2026-12-07,true,,2,,,,,,,,,,,,\r\n2026-12-09,true,knee-push-up=5 5 4,,,,,,,,,,,,,\r\n"),
                "\(elsewhere)")
        }
    }

    /// A course with a name of its own says its programme in `log --list`; one named after its
    /// programme (the default) says the name once.
    @Test func theListNamesTheProgrammeOfANamedCourse() throws {
        try Courses.with { courses in
            try courses.start(["--course", "sam"])
            let logged = try courses.run(["log", "--course", "sam", "--date", "2026-12-07", "--as-planned", "--today", "2026-12-07"])
            #expect(logged.status == 0, "\(logged)")
            let list = try courses.run(["log", "--list", "--course", "sam"])
            #expect(list.status == 0, "\(list)")
            #expect(list.stdout.hasPrefix("sam · programme upper-back-rehab · started Mon 7 Dec 2026 · 1 session logged\n"), "\(list)")
        }
    }

    /// A note a spreadsheet would read as a formula gets an apostrophe in the CSV only: the
    /// journal and `--list` keep it as written.
    @Test func aNoteThatLooksLikeAFormulaIsTextInTheCSV() throws {
        try Courses.with { courses in
            try courses.start([])
            for (date, note) in [("2026-12-07", "-2 reps on the last set"), ("2026-12-09", "=HYPERLINK(\"x\")"), ("2026-12-11", "fine - no pain")] {
                let logged = try courses.run(["log", "--date", date, "--as-planned", "--note=" + note, "--today", date])
                #expect(logged.status == 0, "\(logged)")
            }
            let csv = try courses.log(["--export", "csv"])
            #expect(csv.stdout.contains(",'-2 reps on the last set,"), "\(csv.stdout)")
            #expect(csv.stdout.contains(",\"'=HYPERLINK(\"\"x\"\")\","), "\(csv.stdout)")
            #expect(csv.stdout.contains(",fine - no pain,"), "\(csv.stdout)")
            let list = try courses.log(["--list"])
            #expect(list.stdout.contains("    -2 reps on the last set\n"), "\(list.stdout)")
        }
    }

    @Test func editAndRemoveCorrectTheJournal() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2"])
            try courses.log(["--date", "2026-12-09", "--as-planned", "--pain", "5", "--note", "x"])
            let edited = try courses.log(["--edit", "2026-12-09", "--done", "knee-push-up=4,4,4", "--pain", "6"])
            #expect(edited.stdout.flattened.hasPrefix("replaced Wed 9 Dec 2026: knee push-up 4,4,4; pain 6/10 (upper-back-rehab: 2 sessions logged) no longer recorded: as planned (every exercise not under --done now counts as not done); the note"))
            #expect(try courses.text().hasSuffix("- date: 2026-12-09\n  as-planned: false\n  done:\n    knee-push-up: [4, 4, 4]\n  pain: 6\n"))
            // Mon 7 Dec has Wed 9 Dec after it, adapted from it: removed when asked.
            let removed = try courses.log(["--remove", "2026-12-07", "--change-later"])
            #expect(removed.stdout.hasPrefix("removed the session of Mon 7 Dec 2026 (upper-back-rehab: 1 session logged)\n"
                + "it recorded: as planned; pain 2/10\nto put it back:\n  protract log --date 2026-12-07 --as-planned --pain 2\n"
                + "Next session: "), "\(removed)")
            #expect(!(try courses.text()).contains("2026-12-07\n  as-planned"))
        }
    }

    /// `--remove` says what the entry held, note and all, and the command that puts it back: a
    /// clinician's trial lost a note and the done sets with nothing on screen to re-enter them.
    @Test func removingAnEntrySaysWhatItHeldAndHowToPutItBack() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2"])
            let entry = ["--date", "2026-12-09", "--as-planned", "--done", "knee-push-up=6,5,4", "--pain", "3", "--morning", "1",
                         "--hurt", "cat-cow", "--note", "left shoulder, said \"ok\"; it's fine"]
            try courses.log(entry)
            let before = try courses.text()
            let removed = try courses.log(["--remove", "2026-12-09", "--today", "2026-12-10"])
            let lines = removed.stdout.components(separatedBy: "\n")
            #expect(removed.stdout.flattened.contains(
                "it recorded: as planned except knee push-up 6,5,4; pain 3/10; next morning 1/10; hurt: cat-cow note: "), "\(removed)")
            #expect(lines.contains("note: left shoulder, said \"ok\"; it's fine"), "\(removed)")
            let command = try #require(lines.firstIndex(of: "to put it back:").map { lines[$0 + 1] }, "\(removed)")
            #expect(command.hasPrefix("  protract log --date 2026-12-09 "), "\(command)")
            // Run through a shell, as a person pastes it: the journal is as it was.
            let pasted = try ProtractBinary.execute(
                URL(fileURLWithPath: "/bin/sh"),
                ["-c", command.replacingOccurrences(of: "protract log", with: "\"$PROTRACT\" log --today 2026-12-10")],
                in: courses.dir, environment: courses.environment.merging(["PROTRACT": try ProtractBinary.url().path]) { $1 },
                timeout: 60)
            #expect(pasted.status == 0, "\(pasted)")
            #expect(try courses.text() == before)
        }
    }

    /// A note of several lines is echoed a line each, as `--list` shows it: a phone trial's
    /// `note: missed Fri: work trip back feels better today` ran its two lines together.
    @Test func removingAnEntryShowsEachLineOfItsNote() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2", "--note", "missed Fri: work trip\nback feels better today"])
            let removed = try courses.log(["--remove", "2026-12-07", "--today", "2026-12-08"])
            #expect(removed.stdout.contains("\nnote: missed Fri: work trip\n      back feels better today\nto put it back:\n"),
                    "\(removed)")
        }
    }

    @Test func aRedFlagIsRecordedAndStopsThePlan() throws {
        try Courses.with { courses in
            try courses.start()
            let result = try courses.run(["log", "--today", "2026-12-09", "--symptom", "sharp-pain", "--pain", "7"])
            #expect(result.status == 3, "\(result)")
            #expect(result.stdout.hasPrefix("""
                logged Wed 9 Dec 2026: not done as planned; pain 7/10; red flag: sharp, sudden
                  or intense pain, or pain that does not settle when you stop (upper-back-rehab:
                  1 session logged)

                Red flag: do not start or continue the plan. See a clinician first.

                  - Sharp, sudden or intense pain, or pain that does not settle when you stop
                    -> see a physiotherapist or GP before you train again; stop training now
                """), "\(result)")
            // The way back fits a course: a new one once cleared, under a new name (this one keeps
            // its own), not screening's "answer no"; and, said at once, how to correct a slip.
            #expect(result.stdout.flattened.hasSuffix(
                "The plan stops here: it has no further sessions until a clinician has seen you. A red flag logged by "
                    + "mistake: correct the entry without --symptom, such as 'protract log --edit 2026-12-09 --as-planned "
                    + "--pain N', or remove it with 'protract log --remove 2026-12-09'."), "\(result)")
            #expect(result.stdout.flattened.contains(
                "cleared you to train, begin a new course with 'protract start upper-back-rehab --course NEW-NAME'."), "\(result)")
            #expect(!result.stdout.contains("answer no"), "\(result)")
            #expect(try courses.text().hasSuffix("- date: 2026-12-09\n  as-planned: false\n  pain: 7\n  symptoms: [sharp-pain]\n"))
        }
    }

    /// After a red flag, a later session is refused (3) and the journal stays as it was; the
    /// entries up to the red flag can still be logged and corrected.
    @Test func aStoppedCourseRefusesLaterSessions() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2"])
            let flagged = try courses.run(["log", "--today", "2026-12-09", "--symptom", "arm-numbness", "--pain", "3"])
            #expect(flagged.status == 3, "\(flagged)")
            let before = try courses.bytes()
            let later = try courses.run(["log", "--today", "2026-12-11", "--as-planned", "--pain", "1"])
            #expect(later.status == 3, "\(later)")
            #expect(later.stdout.isEmpty, "\(later)")
            #expect(later.stderr == """
                protract: error: the course has stopped: a red flag was logged on Wed 9 Dec 2026 (numbness, tingling or weakness down an arm or into a hand, or severe arm pain with tingling); no session after it is logged
                  help: see a clinician before you train again; once they have cleared you, begin a new course with \
                'protract start upper-back-rehab --course NEW-NAME'. \
                A red flag logged by mistake: correct the entry without --symptom, such as \
                'protract log --edit 2026-12-09 --as-planned --pain N', or remove it with 'protract log --remove 2026-12-09'

                """, "\(later)")
            #expect(try courses.bytes() == before, "nothing was written")
            // The morning after the red flag, and a correction of it, are still taken.
            #expect(try courses.run(["log", "--today", "2026-12-11", "--morning", "4"]).status == 0)
            let corrected = try courses.run(["log", "--today", "2026-12-11", "--edit", "2026-12-09", "--as-planned", "--pain", "3"])
            #expect(corrected.status == 0, "\(corrected)")
            #expect(try courses.run(["log", "--today", "2026-12-11", "--as-planned", "--pain", "1"]).status == 0)
        }
    }

    /// A second entry for a session logged already would be passed over by the replay, pain and
    /// all: it is refused (73), and the journal stays as it was.
    @Test func aSecondEntryForALoggedSessionIsRefused() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-11", "--as-planned", "--pain", "1"])
            let before = try courses.bytes()
            let second = try courses.run(["log", "--today", "2026-12-12", "--as-planned", "--pain", "8"])
            #expect(second.status == 73, "\(second)")
            // Said as what there is to do: which session is logged, which comes next and on which day.
            #expect(second.stderr == """
                protract: error: nothing to log today (Sat 12 Dec 2026): the session of Fri 11 Dec is logged already, and \
                the next session is on Mon 14 Dec 2026 (Upper back, neck and push-ups); the journal was not changed
                  help: do the session of Mon 14 Dec on its day, then log it ('protract next' shows it); to change what \
                you logged for Fri 11 Dec: 'protract log --edit 2026-12-11 --as-planned --pain N'

                """, "\(second)")
            // Another day than today, after an entry done late: the day, and when that session was done.
            try courses.log(["--date", "2026-12-19", "--as-planned", "--pain", "1", "--change-later"])
            let dated = try courses.run(["log", "--today", "2026-12-21", "--date", "2026-12-20", "--as-planned"])
            #expect(dated.status == 73, "\(dated)")
            #expect(dated.stderr.hasPrefix("protract: error: nothing to log on Sun 20 Dec 2026: the session of Fri 18 Dec is "
                + "logged already (done on Sat 19 Dec 2026), and the next session is on Mon 21 Dec 2026"), "\(dated)")
            #expect(try courses.run(["log", "--today", "2026-12-21", "--remove", "2026-12-19", "--change-later"]).status == 0)
            #expect(try courses.bytes() == before)
            // Before the first session of the course there is no session to log.
            let early = try courses.run(["log", "--today", "2026-12-12", "--date", "2026-12-06", "--as-planned"])
            #expect(early.status == 64, "before the start is a usage error: \(early)")
        }
    }

    /// A date on or after the start but before the first session names no session: a wrong
    /// --date (64), with entry flags alone as with --done (which always said 64), never 73.
    @Test func aDateBeforeTheFirstSessionIsAUsageErrorWithEveryFlag() throws {
        try Courses.with { courses in
            // Started on Sunday 6 Dec: the first session is Monday's.
            let started = try courses.run(["start", "upper-back-rehab", "--start", "2026-12-06", "--time-zone", "Europe/London",
                                           "--baseline", "push-ups=12", "--none"])
            #expect(started.status == 0, "\(started)")
            let before = try courses.bytes()
            for extra in [[], ["--done", "knee-push-up=5,5,5"]] {
                let early = try courses.run(["log", "--today", "2026-12-06", "--date", "2026-12-06", "--as-planned"] + extra)
                #expect(early.status == 64, "\(early)")
                #expect(early.stderr.contains("no session of the course falls on or before Sun 6 Dec 2026"), "\(early)")
            }
            #expect(try courses.bytes() == before)
        }
    }

    /// An entry after the course's last session has no session to belong to: the refusal says
    /// the course has ended, on which day and with which session, and what to do instead (a new
    /// course, a correction of the last entry, or the last session logged late with its date).
    @Test func anEntryAfterTheCourseEndedSaysItHasEnded() throws {
        try Courses.with { courses in
            try courses.start(["--weeks", "1"])
            try courses.logOnTheirDays(["2026-12-07"])
            // The last session (Fri 11 Dec) not logged, and its week over: the course has ended.
            let missed = try courses.run(["log", "--today", "2026-12-20", "--as-planned", "--pain", "2"])
            #expect(missed.status == 73, "\(missed)")
            #expect(missed.stderr.hasPrefix("protract: error: the course ended on Fri 11 Dec 2026, with its last session "
                + "(Stability and push-ups), which is not logged; a session done late can be logged up to Thu 17 Dec 2026, "
                + "a week after its day; the journal was not changed\n"), "\(missed)")
            #expect(missed.stderr.contains("'protract start upper-back-rehab --course NEW-NAME'"), "\(missed)")
            #expect(missed.stderr.contains("'protract log --date 2026-12-11 --as-planned --pain N'"), "\(missed)")
            #expect(!missed.stderr.contains("falls on or before"), "\(missed)")
            // As it says: the last session logged with its own date is taken.
            try courses.log(["--date", "2026-12-11", "--as-planned", "--pain", "1", "--today", "2026-12-20"])
            let before = try courses.bytes()
            for extra in [[], ["--retest", "9"], ["--done", "knee-push-up=5,5,5"]] {
                let after = try courses.run(["log", "--today", "2026-12-12", "--as-planned", "--pain", "2"] + extra)
                #expect(after.status == 73, "\(after)")
                #expect(after.stderr.hasPrefix("protract: error: the course ended on Fri 11 Dec 2026, with its last session "
                    + "(Stability and push-ups), logged already: no session is left to log; the journal was not changed\n"),
                    "\(after)")
                #expect(after.stderr.contains("'protract start upper-back-rehab --course NEW-NAME' ('protract progress' "
                    + "shows how this one went); to correct the last entry: 'protract log --edit 2026-12-11 --as-planned --pain N'"),
                    "\(after)")
                #expect(!after.stderr.contains("next session"), "\(after)")
            }
            #expect(try courses.bytes() == before, "nothing was written")
        }
    }

    /// An entry dated before a red flag is taken, and says that the course has stopped, never
    /// that the plan goes on.
    @Test func anEntryBeforeARedFlagSaysTheCourseHasStopped() throws {
        try Courses.with { courses in
            try courses.start()
            let flagged = try courses.run(["log", "--today", "2026-12-09", "--symptom", "arm-numbness", "--pain", "3"])
            #expect(flagged.status == 3, "\(flagged)")
            let earlier = try courses.run(["log", "--today", "2026-12-10", "--date", "2026-12-07", "--as-planned", "--pain", "1"])
            #expect(earlier.status == 0, "\(earlier)")
            #expect(earlier.stdout.flattened.contains("Stopped: red flag reported on Wed 9 Dec (numbness, tingling or weakness down an arm or into a hand, or severe arm pain with tingling)"), "\(earlier)")
            #expect(!earlier.stdout.contains("goes on as written"), "\(earlier)")
            let morning = try courses.run(["log", "--today", "2026-12-10", "--morning", "4"])
            #expect(morning.stdout.components(separatedBy: "red flag reported on").count == 2, "said once: \(morning)")
        }
    }

    @Test func aValidHandEditIsUsed() throws {
        try Courses.with { courses in
            try courses.start()
            var text = try courses.text()
            text = text.replacingOccurrences(of: "sessions: []\n", with: """
                sessions:
                  # written by hand, out of order, flow style, no as-planned
                  - {date: 2026-12-09, done: {knee-push-up: [5, 5]}, pain: 1}
                  - date: 2026-12-07
                    as-planned: yes-this-is-not-a-bool

                """)
            try Data(text.utf8).write(to: courses.journal())
            let broken = try courses.run(["log", "--list"])
            #expect(broken.status == 65, "\(broken)")
            #expect(broken.stderr.contains("upper-back-rehab.yaml:15:17: error: expected true or false for 'as-planned'"), "\(broken)")
            text = text.replacingOccurrences(of: "yes-this-is-not-a-bool", with: "true")
            try Data(text.utf8).write(to: courses.journal())
            let list = try courses.log(["--list"])
            #expect(list.stdout.hasSuffix("Mon 7 Dec 2026    as planned\nWed 9 Dec 2026    knee push-up 5,5; pain 1/10\n"), "\(list)")
            // The next write is the writer's own layout again.
            try courses.log(["--morning", "0"])
            #expect(try courses.text().hasSuffix("- date: 2026-12-09\n  as-planned: false\n  done:\n    knee-push-up: [5, 5]\n  pain: 1\n  morning-pain: 0\n"))
        }
    }

    @Test(arguments: [
        (["--as-planned", "--pain", "11"], 64, "protract: error: --pain must be from 0 (no pain) to 10 (the worst), found 11"),
        (["--as-planned", "--pain", "2", "--pain=3"], 64,
         "protract: error: --pain is given twice (2, then 3); give it once, with the value you mean"),
        (["--as-planned", "--note", "--pain", "--pain", "3", "--note", "x"], 64,
         "protract: error: --note is given twice (--pain, then x); give it once, with the value you mean"),
        (["--as-planned", "--morning=-1"], 64, "protract: error: --morning must be from 0 (no pain) to 10 (the worst), found -1"),
        (["--pain", "3"], 64, "protract: error: say what was done: --as-planned when every exercise went as written"),
        ([], 64, "protract: error: say what to log: --as-planned, --done EXERCISE=N,N,..., --pain N, --morning N, --symptom NAME or --note TEXT"),
        (["--as-planned", "--date", "2026-12-09", "--morning", "1", "--today", "2026-12-09"], 64,
         "protract: error: --morning: the morning after Wed 9 Dec 2026 has not come yet (today is Wed 9 Dec 2026)\n"
            + "  help: drop --morning and add it tomorrow with 'protract log --morning N'\n"),
        (["--lsit"], 64, "protract: error: Unknown option '--lsit'. Did you mean '--list'?"),
        (["--moring", "3"], 64, "protract: error: Unknown option '--moring'. Did you mean '--morning'?"),
        (["--done", "knee-push-up"], 64, "protract: error: --done 'knee-push-up' must be EXERCISE=N,N,...;"),
        (["--done", "knee-push-up=6,x"], 64, "protract: error: --done knee-push-up: 'x' is not a whole number; such as "),
        // A comma where a new --done was meant: the hint gives the two --done it stands for.
        (["--done", "knee-push-up=6,6,scapular-push-up=8"], 64, "protract: error: --done knee-push-up: 'scapular-push-up=8' is "
            + "not a whole number; a comma separates the sets of one exercise; each exercise has a --done of its own: "
            + "'--done knee-push-up=6,6 --done scapular-push-up=8'\n"),
        (["--done", "knee-push-up=6,6,5,wall-slide"], 64, "protract: error: --done knee-push-up: 'wall-slide' is not a whole "
            + "number; a comma separates the sets of one exercise; each exercise has a --done of its own: "
            + "'--done knee-push-up=6,6,5 --done wall-slide=N,N,...'\n"),
        (["--done", "knee-push-up=6,6,5,wall"], 64, "protract: error: --done knee-push-up: 'wall' is not a whole number; such as "),
        (["--done", "knee-push-up=6,4,-1"], 64, "protract: error: --done knee-push-up: each set must be from 0 to 600 reps or seconds, found -1"),
        (["--done", "knee-push-up=601"], 64, "protract: error: --done knee-push-up: each set must be from 0 to 600 reps or seconds, found 601"),
        (["--done", "knee-push-up=6", "--done", "knee-push-up=5"], 64, "protract: error: --done knee-push-up is given twice"),
        (["--done", "knee-pushup=6"], 64, "protract: error: --done: 'knee-pushup' is not an exercise of the session of "),
        (["--symptom", "arm-numbnes"], 64, "protract: error: unknown symptom 'arm-numbnes' (did you mean 'arm-numbness'?)"),
        (["--as-planned", "--note", "bell\u{7}"], 64, "protract: error: --note holds the control character U+0007 (BEL) at character 5"),
        (["--as-planned", "--date", "2027-01-01"], 64, "protract: error: Fri 1 Jan 2027 is after today (Thu 31 Dec 2026)\n  help: log a session once it is done"),
        (["--as-planned", "--date", "2026-12-06"], 64, "protract: error: Sun 6 Dec 2026 is before the course started (Mon 7 Dec 2026)"),
        (["--as-planned", "--date", "2026-12-32"], 64, "protract: error: --date '2026-12-32' is not a date; write YYYY-MM-DD, such as 2026-12-09"),
        (["--as-planned", "--date", "2026-12-07"], 73, "protract: error: a session is logged on Mon 7 Dec 2026 already; the journal was not changed\n  help: it records: as planned\n  to replace it with this entry:\n    protract log --edit 2026-12-07 --as-planned\n  or to remove it:\n    protract log --remove 2026-12-07\n"),
        (["--edit", "2026-12-08", "--as-planned"], 64, "protract: error: no session is logged on Tue 8 Dec 2026 to edit\n"
            + "  help: nor can a session be logged on that day; the entry nearest it is on Mon 7 Dec ('protract log --list' "
            + "shows them all); to replace the one of Mon 7 Dec with this entry:\n    protract log --edit 2026-12-07 --as-planned\n"),
        (["--edit", "2026-12-09", "--as-planned"], 64, "protract: error: no session is logged on Wed 9 Dec 2026 to edit\n"
            + "  help: to log it as a new entry, leave out --edit:\n    protract log --date 2026-12-09 --as-planned\n"),
        (["--remove", "2026-12-08"], 64, "protract: error: no session is logged on Tue 8 Dec 2026\n  help: 'protract log --list' shows the logged sessions"),
        (["--morning", "2", "--date", "2026-12-08"], 64, "protract: error: no session is logged on Tue 8 Dec 2026 to add the morning's pain to"),
        (["--list", "--pain", "2"], 64, "protract: error: --list takes no entry flags"),
        (["--list", "--remove", "2026-12-07"], 64, "protract: error: --list and --remove cannot be used together"),
        (["--export", "xls"], 64, "protract: error: The value 'xls' is invalid for '--export <csv>'"),
        (["--course", "nope", "--as-planned"], 66, "protract: error: no course is called 'nope'\n  help: the courses are upper-back-rehab; 'protract courses' lists them"),
        (["--journal", "missing.yaml", "--as-planned"], 66, "protract: error: no journal at missing.yaml"),
    ] as [([String], Int32, String)])
    func logRefusesAndLeavesTheJournalAlone(_ flags: [String], _ status: Int32, _ message: String) throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned"])
            let before = try courses.bytes()
            let result = try courses.run(["log", "--today", "2026-12-31"] + flags)
            #expect(result.status == status, "\(result)")
            #expect(result.stderr.hasPrefix(message), "\(result)")
            #expect(try courses.bytes() == before, "the journal is unchanged")
        }
    }

    /// `--edit` of a day without an entry gives a command that works (a trial's `--edit` of a
    /// Tuesday without a session was told to log it without `--edit`, which was refused too).
    @Test func editingADayWithoutAnEntryGivesACommandThatWorks() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2", "--today", "2026-12-09"])
            try courses.log(["--date", "2026-12-11", "--as-planned", "--pain", "2", "--today", "2026-12-11"])
            for (day, nearest) in [("2026-12-08", "Mon 7 Dec and Fri 11 Dec"), ("2026-12-12", "Fri 11 Dec")] {
                let refused = try courses.run(["log", "--edit", day, "--as-planned", "--pain", "1", "--today", "2026-12-13"])
                #expect(refused.status == 64, "\(refused)")
                #expect(refused.stderr.flattened.contains("nearest it \(nearest.contains(" and ") ? "are" : "is") on \(nearest)"),
                        "\(refused)")
                let withoutEdit = try courses.run(["log", "--date", day, "--as-planned", "--pain", "1", "--today", "2026-12-13"])
                #expect(withoutEdit.status != 0, "logging it new is refused too: \(withoutEdit)")
                let command = try #require(refused.stderr.split(separator: "\n").last.map { $0.drop { $0 == " " } })
                #expect(command.hasPrefix("protract log --edit 2026-12-"), "\(refused)")
                let arguments = command.split(separator: " ").dropFirst().map(String.init) + ["--today", "2026-12-13"]
                let replaced = try courses.run(arguments)
                #expect(replaced.status == 0, "the command given works: \(replaced)")
            }
            // Wed 9 Dec has no entry, and its session may be logged late: without --edit.
            let late = try courses.run(["log", "--edit", "2026-12-09", "--as-planned", "--today", "2026-12-13"])
            #expect(late.stderr.hasSuffix("  help: to log it as a new entry, leave out --edit:\n"
                + "    protract log --date 2026-12-09 --as-planned\n"), "\(late)")
            #expect(try courses.run(["log", "--date", "2026-12-09", "--as-planned", "--today", "2026-12-13"]).status == 0)
        }
    }

    // MARK: choosing a course

    @Test func oneCourseIsTheDefaultSeveralNeedANameNoneSaysHowToStart() throws {
        try Courses.with { courses in
            let none = try courses.run(["log", "--as-planned"])
            #expect(none.status == 66, "\(none)")
            #expect(none.stderr == """
                protract: error: no course has been started (none in \(courses.folder.path))
                  help: start one with 'protract start PROGRAMME', such as 'protract start upper-back-rehab --baseline push-ups=6'

                """)
            let empty = try courses.run(["courses"])
            #expect(empty.status == 0)
            #expect(empty.stdout == "No courses yet in \(courses.folder.path). Start one with 'protract start PROGRAMME'.\n")
            let first = try courses.start()
            #expect(first.stderr.contains("after each session: 'protract log --as-planned --pain N'"), "\(first)")
            try courses.log(["--date", "2026-12-07", "--as-planned"])
            try courses.start(["--course", "again", "--start", "2026-12-14"])
            // The second course's hint names it, and so does a third's, started without --course.
            let third = try courses.run(["start", "desk-mobility", "--start", "2026-12-07", "--time-zone", "Europe/London"])
            #expect(third.stderr.contains("after each session: 'protract log --course desk-mobility --as-planned --pain N'"), "\(third)")
            try FileManager.default.removeItem(at: courses.journal("desk-mobility"))
            let several = try courses.run(["log", "--as-planned"])
            #expect(several.status == 64, "\(several)")
            #expect(several.stderr == "protract: error: there are 2 courses: again, upper-back-rehab\n  help: pick one with --course NAME\n")
            try courses.log(["--course", "again", "--date", "2026-12-14", "--as-planned"])
            try courses.log(["--course", "again", "--date", "2026-12-16", "--as-planned"])
            let list = try courses.run(["courses"])
            #expect(list.status == 0, "\(list)")
            #expect(list.stdout == """
                course            programme         start       logged  last
                again             upper-back-rehab  2026-12-14  2       2026-12-16
                upper-back-rehab  upper-back-rehab  2026-12-07  1       2026-12-07

                """)
        }
    }

    /// A `.yaml` file in the folder whose name is no course name (a copy a person made) is not a
    /// course, and `courses` says why and how to use it; hidden files and other names stay quiet.
    @Test func coursesSaysWhyAFileWithAnotherNameIsNotListed() throws {
        try Courses.with { courses in
            try courses.start()
            let journal = try Data(contentsOf: courses.journal())
            try journal.write(to: courses.folder.appendingPathComponent("My copy.yaml"))
            try journal.write(to: courses.folder.appendingPathComponent(".hidden.yaml"))
            try journal.write(to: courses.folder.appendingPathComponent("upper-back-rehab.yaml.bak"))
            let list = try courses.run(["courses"])
            #expect(list.status == 0, "\(list)")
            #expect(list.stdout.hasPrefix("course            programme"), "\(list)")
            #expect(list.stdout.split(separator: "\n").count == 2, "\(list)")
            let copy = courses.folder.appendingPathComponent("My copy.yaml").path
            #expect(list.stderr == "protract: note: 'My copy.yaml' is not listed: a course's name is lowercase letters, "
                + "digits and hyphens; rename it 'my-copy.yaml' to list it as a course, or use it with --journal '\(copy)'\n")
            let used = try courses.run(["log", "--list", "--journal", copy])
            #expect(used.status == 0 && used.stdout.hasPrefix("upper-back-rehab · started"), "\(used)")
        }
    }

    // MARK: damaged journals

    @Test(arguments: [
        ("sessions: []\n", "sessions: [\n", "upper-back-rehab.yaml:12:1: error: did not find expected node content"),
        ("protract-journal: 1", "protract-journal: 2",
         "upper-back-rehab.yaml:1:19: error: this journal is format version 2, newer than this Protract reads (version 1)"),
        ("start: 2026-12-07", "start: 2026-13-07", "upper-back-rehab.yaml:7:10: error: '2026-13-07' is not a date"),
        ("sessions: []\n", "sessions:\n- {date: 2026-12-07, pain: 12}\n", "upper-back-rehab.yaml:12:28: error: 'pain' must be from 0 to 10, found 12"),
        ("sessions: []\n", "sessions:\n- {date: 2026-12-07}\n- {date: 2026-12-07}\n", "upper-back-rehab.yaml:13:10: error: 2026-12-07 is logged twice"),
        ("start: 2026-12-07", "start: 0001-01-01",
         "upper-back-rehab.yaml:7:10: error: a plan cannot start before 0001-01-02, the first date Protract plans"),
        ("sessions: []\n", "sessions:\n- {date: 9999-12-31}\n",
         "upper-back-rehab.yaml:12:10: error: 9999-12-31 is after 9999-12-30, the last date Protract plans"),
        ("sessions: []\n", "longest-plan: 0\nsessions: []\n",
         "upper-back-rehab.yaml:11:15: error: 'longest-plan' must be from 1 to 3640, found 0"),
    ])
    func aDamagedJournalIsLocatedAndNeverChanged(_ old: String, _ new: String, _ expected: String) throws {
        try Courses.with { courses in
            try courses.start()
            let original = try courses.text()
            #expect(original.contains(old))
            let damaged = Data(original.replacingOccurrences(of: old, with: new).utf8)
            try damaged.write(to: courses.journal())
            for command in [["log", "--as-planned", "--today", "2026-12-09"], ["log", "--morning", "2"], ["log", "--list"],
                            ["log", "--remove", "2026-12-07"], ["courses"]]
            {
                let result = try courses.run(command)
                #expect(result.status == 65, "\(command): \(result)")
                #expect(result.stderr.contains(courses.journal().path + ":" + expected.dropFirst("upper-back-rehab.yaml:".count)),
                        "\(command): \(result)")
                #expect(try courses.bytes() == damaged, "\(command) left the bytes as they were")
            }
        }
    }

    /// What only the programme or today can tell is wrong in a hand-edited journal: a symptom
    /// that is none of its red flags (it would stop the course under a name no one reported), an
    /// entry dated after today. Located (65), and the journal stays as it was; `log --list`, which
    /// plans nothing, still reads it.
    @Test func aHandEditTheProgrammeOrTodayRefusesIsLocated() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2", "--today", "2026-12-07"])
            let original = try courses.text()
            for (edit, today, expected) in [
                ("  pain: 2\n", "2026-12-09", "  pain: 2\n  symptoms: [headache]\n"),
                ("- date: 2026-12-07", "2026-12-06", "- date: 2026-12-07"),
            ] {
                let changed = Data(original.replacingOccurrences(of: edit, with: expected).utf8)
                try changed.write(to: courses.journal())
                for command in [["plan"], ["progress"], ["log", "--as-planned"]] {
                    let result = try courses.run(command + ["--today", today])
                    #expect(result.status == 65, "\(command): \(result)")
                    #expect(try courses.bytes() == changed, "\(command) left the bytes as they were")
                    let place = courses.journal().path + (today == "2026-12-06" ? ":12:9: error: an entry is dated Mon 7 Dec 2026, after today (Sun 6 Dec 2026)"
                        : ":15:14: error: the programme has no red flag 'headache'")
                    #expect(result.stderr.contains(place), "\(command): \(result.stderr)")
                }
                #expect(try courses.run(["log", "--list"]).status == 0)
            }
            // --edit corrects the entry that holds the slip.
            let slip = Data(original.replacingOccurrences(of: "  pain: 2\n", with: "  pain: 2\n  symptoms: [headache]\n").utf8)
            try slip.write(to: courses.journal())
            let corrected = try courses.run(["log", "--edit", "2026-12-07", "--as-planned", "--pain", "2", "--today", "2026-12-09"])
            #expect(corrected.status == 0, "\(corrected)")
            #expect(!(try courses.text()).contains("headache"))
        }
    }

    /// A journal that does not fit its programme: `plan`, `next` and `progress` never write it, so
    /// they do not say it was not changed (a trial's `plan` did); `log`, which would, does. Each
    /// says how to correct it, with the command that does when there is one, and that command works.
    @Test func aJournalThatDoesNotFitSaysWhatEachCommandDidAndHowToFixIt() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2", "--morning", "1", "--today", "2026-12-08"])
            let original = try courses.text()
            for (edit, today, fix) in [
                ("  pain: 2\n", "  pain: 2\n  symptoms: [headache]\n",
                 ("; or replace the entry without the name, with:", "protract log --edit 2026-12-07 --as-planned --pain 2 --morning 1")),
                ("- date: 2026-12-07", "- date: 2026-12-17",
                 ("; or remove the entry, with:", "protract log --remove 2026-12-17")),
            ] {
                try Data(original.replacingOccurrences(of: edit, with: today).utf8).write(to: courses.journal())
                for command in ["plan", "next", "progress", "log"] {
                    let result = try courses.run([command] + (command == "log" ? ["--as-planned"] : []) + ["--today", "2026-12-09"])
                    #expect(result.status == 65, "\(command): \(result)")
                    let expected = command == "log"
                        ? "protract: error: the journal does not fit its programme as it is now; the journal was not changed\n"
                            + "  help: correct it at the places shown (the journal is a YAML file you may edit), then log again"
                        : "protract: error: the journal does not fit its programme as it is now, so the course's plan cannot be made\n"
                            + "  help: correct it at the places shown (the journal is a YAML file you may edit), then run "
                            + "'protract \(command)' again"
                    #expect(result.stderr.flattened.contains((expected + fix.0 + "\n    " + fix.1 + "\n").flattened), "\(command): \(result.stderr)")
                    if command != "log" { #expect(!result.stderr.contains("not changed"), "\(command): \(result.stderr)") }
                }
                let fixed = try courses.run(Array(fix.1.split(separator: " ").dropFirst().map(String.init)) + ["--today", "2026-12-09"])
                #expect(fixed.status == 0, "\(fixed)")
                #expect(try courses.run(["plan", "--today", "2026-12-09"]).status == 0)
                try Data(original.utf8).write(to: courses.journal())
            }
            // With --course, the commands name it.
            let slip = original.replacingOccurrences(of: "  pain: 2\n", with: "  pain: 2\n  symptoms: [headache]\n")
            try Data(slip.utf8).write(to: courses.journal())
            let named = try courses.run(["plan", "--course", "upper-back-rehab", "--today", "2026-12-09"])
            #expect(named.stderr.contains("then run 'protract plan --course upper-back-rehab' again"), "\(named.stderr)")
            #expect(named.stderr.contains("\n    protract log --course upper-back-rehab --edit 2026-12-07 --as-planned"), "\(named.stderr)")
            // Two entries to correct by an edit each: an edit is checked against the rest of the
            // journal, so neither would be taken; the file is the way, and no command is offered.
            try Data(original.utf8).write(to: courses.journal())
            try courses.log(["--date", "2026-12-09", "--as-planned", "--pain", "2", "--today", "2026-12-09"])
            let both = try courses.text().replacingOccurrences(of: "  pain: 2\n", with: "  pain: 2\n  symptoms: [headache]\n")
            try Data(both.utf8).write(to: courses.journal())
            let two = try courses.run(["next", "--today", "2026-12-10"])
            #expect(two.status == 65 && two.stderr.hasSuffix("then run 'protract next' again\n"), "\(two.stderr)")
        }
    }

    /// The next morning's pain is taken once that morning has come.
    @Test func aMorningBeforeItHasComeIsRefused() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--today", "2026-12-07"])
            let before = try courses.bytes()
            let early = try courses.run(["log", "--morning", "2", "--today", "2026-12-07"])
            #expect(early.status == 64, "\(early)")
            #expect(early.stderr.hasPrefix("protract: error: the morning after Mon 7 Dec 2026 has not come yet (today is Mon 7 Dec 2026)"),
                    "\(early.stderr)")
            #expect(try courses.bytes() == before)
            #expect(try courses.run(["log", "--morning", "2", "--today", "2026-12-08"]).status == 0)
        }
    }

    /// `courses` exits as `log` would for a journal it cannot read (66), and for a damaged one (65).
    @Test func coursesExitsAsTheJournalFailed() throws {
        try Courses.with { courses in
            try courses.start()
            try FileManager.default.removeItem(at: courses.journal())
            try FileManager.default.createDirectory(at: courses.journal(), withIntermediateDirectories: false)
            let listed = try courses.run(["courses"])
            #expect(listed.status == 66, "\(listed)")
            #expect(try courses.run(["log", "--list"]).status == 66)
        }
    }

    /// An edit replaces the whole entry, and says what the old one held that the new one does
    /// not; a decision about a next session that is past already says so.
    @Test func anEditSaysWhatItNoLongerRecords() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.logOnTheirDays(["2026-12-07", "2026-12-09", "2026-12-11"], ["--morning", "1", "--note", "ok"])
            // Pain 6 on Mon steps Wed back: Wed and Fri were logged at the doses of their time.
            let refused = try courses.run(["log", "--edit", "2026-12-07", "--as-planned", "--pain", "6", "--today", "2026-12-12"])
            #expect(refused.status == 64, "\(refused)")
            #expect(refused.stderr.hasPrefix("protract: error: replacing the entry of Mon 7 Dec 2026 changes the doses of "),
                    "\(refused)")
            let edited = try courses.run(
                ["log", "--edit", "2026-12-07", "--as-planned", "--pain", "6", "--today", "2026-12-12", "--change-later"])
            #expect(edited.status == 0, "\(edited)")
            #expect(edited.stdout.flattened.hasPrefix(
                "replaced Mon 7 Dec 2026: as planned; pain 6/10 (upper-back-rehab: 3 sessions logged) no longer recorded: next morning 1/10; the note"), "\(edited)")
            #expect(edited.stdout.flattened.contains("the next session steps back (Wed 9 Dec, past already)"), "\(edited)")
            let alone = try courses.run(["log", "--edit", "2026-12-09", "--pain", "3", "--today", "2026-12-12"])
            #expect(alone.status == 64 && alone.stderr.contains("(--edit replaces the whole entry: give every flag it should keep)"),
                    "\(alone)")
        }
    }

    /// A removal that changes a later session's warm-up doses names the drills whose doses
    /// change, each against itself: the warm-up's turn moving a drill to another place is no change.
    @Test func laterChangesCompareEachExerciseWithItself() throws {
        try Courses.with { courses in
            try courses.start()
            let days = ["2026-12-07", "2026-12-09", "2026-12-11", "2026-12-14", "2026-12-16", "2026-12-18", "2026-12-21",
                        "2026-12-23", "2026-12-25", "2026-12-28", "2026-12-30", "2027-01-01", "2027-01-04", "2027-01-06",
                        "2027-01-08", "2027-01-11"]
            for day in days {
                let logged = try courses.run(["log", "--date", day, "--as-planned", "--pain", "2", "--today", "2027-01-13"])
                #expect(logged.status == 0, "\(logged)")
            }
            let refused = try courses.run(["log", "--remove", "2027-01-06", "--today", "2027-01-13"])
            #expect(refused.status == 64, "\(refused)")
            #expect(refused.stderr.flattened.contains(
                "it would change: Mon 11 Jan: wall slide 2 x 10 would read 1 x 10, thread the needle 1 x 5 each side would "
                    + "read 2 x 5 each side"), "\(refused)")
        }
    }

    /// The course's plan repeats the screening its start had: a course started in a script
    /// without --none says the red flags were not checked, in every plan of the course.
    @Test func theCoursesPlanSaysWhetherItsStartWasScreened() throws {
        try Courses.with { courses in
            try courses.start(["--none"])
            let screened = try courses.run(["plan", "--course", "upper-back-rehab", "--today", "2026-12-08"])
            #expect(screened.stdout.contains("\nScreening: answered, no red flags\n"), "\(screened)")
            let unscreened = try courses.run(
                ["start", "upper-back-rehab", "--course", "unscreened", "--start", "2026-12-07", "--time-zone", "Europe/London"])
            #expect(unscreened.status == 0, "\(unscreened)")
            #expect(try courses.text("unscreened").contains("\nscreening: not-done\n"))
            let plan = try courses.run(["plan", "--course", "unscreened", "--today", "2026-12-08"])
            #expect(plan.stdout.flattened.contains(
                "Screening: not done when the course started: check the red flags below before you train again "
                    + "('protract screen upper-back-rehab' asks them; log one with 'protract log --symptom NAME')"), "\(plan)")
        }
    }

    /// This morning's pain is the next morning of yesterday's session only: the refusal of a
    /// morning still to come names that command when yesterday had a session logged.
    @Test func aMorningStillToComeNamesYesterdaysSessionOnly() throws {
        try Courses.with { courses in
            // desk-mobility allows sessions on consecutive days.
            let started = try courses.run(
                ["start", "desk-mobility", "--none", "--days", "mon,tue,fri", "--start", "2026-12-07", "--time-zone", "Europe/London"])
            #expect(started.status == 0, "\(started)")
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2"])
            let refused = try courses.run(["log", "--as-planned", "--morning", "1", "--today", "2026-12-08"])
            #expect(refused.status == 64, "\(refused)")
            #expect(refused.stderr.flattened.hasSuffix(
                "this morning's pain after Mon 7 Dec 2026 is 'protract log --morning N --date 2026-12-07'"), "\(refused)")
            // A note may start with a dash.
            let note = try courses.run(["log", "--as-planned", "--note", "-2 reps, fine", "--today", "2026-12-08"])
            #expect(note.status == 0, "\(note)")
            #expect(try courses.text("desk-mobility").contains("note: -2 reps, fine")
                || courses.text("desk-mobility").contains("note: \"-2 reps, fine\""))
        }
    }

    /// Without --as-planned, what --done leaves out was not done: the confirmation names it, and
    /// an edit that drops the sets done says so.
    @Test func doneWithoutAsPlannedNamesWhatWasNotDone() throws {
        try Courses.with { courses in
            try courses.start()
            let logged = try courses.run(["log", "--done", "knee-push-up=6,6,5", "--pain", "2", "--today", "2026-12-07"])
            #expect(logged.status == 0, "\(logged)")
            #expect(logged.stdout.flattened.contains(
                "recorded as not done: cat-cow, open book, quadruped T-spine rotation"), "\(logged)")
            #expect(logged.stdout.contains(
                "; when they went as written:\n  protract log --edit 2026-12-07 --as-planned --done knee-push-up=6,6,5 --pain 2\n"),
                "\(logged)")
            #expect(!logged.stdout.contains("knee-push-up,"), "the exercise given is not among them: \(logged)")
            let withRest = try courses.run(
                ["log", "--as-planned", "--done", "knee-push-up=6,6,5", "--date", "2026-12-07", "--today", "2026-12-09", "--edit", "2026-12-07"])
            #expect(!withRest.stdout.contains("recorded as not done"), "\(withRest)")
            let dropped = try courses.run(["log", "--edit", "2026-12-07", "--as-planned", "--today", "2026-12-09"])
            #expect(dropped.stdout.flattened.contains("no longer recorded: done: knee push-up 6,6,5; pain 2/10"), "\(dropped)")
        }
    }

    /// An entry stands for the doses of its time: logging a session before a later entry, when
    /// that changes the later one's doses, is refused with what would change, and made with
    /// --change-later.
    @Test func aSessionLoggedBeforeLaterOnesAsksBeforeChangingTheirDoses() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.logOnTheirDays(["2026-12-07", "2026-12-09", "2026-12-14"], ["--morning", "1"])
            let before = try courses.bytes()
            let late = ["log", "--date", "2026-12-11", "--as-planned", "--pain", "2", "--today", "2026-12-15"]
            let refused = try courses.run(late)
            #expect(refused.status == 64, "\(refused)")
            #expect(refused.stderr.flattened.contains("logging Fri 11 Dec 2026 now changes the doses of 1 session logged after it"),
                    "\(refused)")
            #expect(refused.stderr.flattened.contains("Mon 14 Dec: knee push-up 3 x 5 would read 3 x 6"), "\(refused)")
            #expect(try courses.bytes() == before)
            // Nothing after it changes: taken as always (a session before the last, its own doses only).
            let logged = try courses.run(late + ["--change-later"])
            #expect(logged.status == 0, "\(logged)")
            #expect(try courses.text().contains("- date: 2026-12-11\n"))
            // --remove is asked the same way; an entry with no later one is not.
            #expect(try courses.run(["log", "--remove", "2026-12-11", "--today", "2026-12-15"]).status == 64)
            let removed = try courses.run(["log", "--remove", "2026-12-14", "--today", "2026-12-15"])
            #expect(removed.status == 0, "\(removed)")
            // What the course goes on with is said, as after an entry.
            #expect(removed.stdout.flattened.contains("Next session: Wed 16 Dec 2026,"), "\(removed)")
            #expect(try courses.run(["log", "--list", "--change-later"]).status == 64)
        }
    }

    /// A course grows by a week for each week with nothing logged; sessions of such a week logged
    /// late make it shorter again. The journal then keeps the longest it was, and the calendar
    /// export cancels the sessions after the new end, so a re-import leaves none of them behind.
    @Test func aCourseThatShrinksCancelsTheSessionsAfterItsNewEnd() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.logOnTheirDays(["2026-12-07", "2026-12-09", "2026-12-11"])
            #expect(!(try courses.text()).contains("longest-plan"), "an entry on its day never shortens the course")
            let grown = try courses.run(["plan", "--today", "2026-12-28", "--format", "ics"])
            #expect(grown.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1 == 30, "weeks 2 and 3 missed: 30 sessions")
            let late = try courses.run(["log", "--date", "2026-12-14", "--as-planned", "--pain", "2", "--today", "2026-12-28"])
            #expect(late.status == 0, "\(late)")
            let journal = try courses.text()
            #expect(journal.contains("\nlongest-plan: 30\nsessions:\n"), "\(journal)")
            let shorter = try courses.run(["plan", "--today", "2026-12-28", "--format", "ics"])
            #expect(shorter.status == 0, "\(shorter)")
            let events = shorter.stdout.components(separatedBy: "BEGIN:VEVENT").dropFirst()
            #expect(events.count == 30, "27 sessions and the 3 after the new end")
            let withdrawn = events.filter { $0.contains("STATUS:CANCELLED") }
            #expect(withdrawn.count == 3)
            for (event, number) in zip(withdrawn, 28...30) {
                #expect(event.contains("-\(number)@protract.invalid\r\n"), "\(event)")
                #expect(event.contains("SUMMARY:Session \(number) (no longer in the plan)\r\n"), "\(event)")
            }
            // For a first import, or calcurse (which adds cancelled events as appointments), the
            // export leaves them out: the 27 sessions, the same as before.
            let fresh = try courses.run(["plan", "--today", "2026-12-28", "--format", "ics", "--no-cancelled"])
            #expect(fresh.status == 0, "\(fresh)")
            let kept = fresh.stdout.components(separatedBy: "BEGIN:VEVENT").dropFirst()
            #expect(kept.count == 27 && !fresh.stdout.contains("CANCELLED"), "\(fresh.stdout)")
            func uids<S: StringProtocol>(_ events: [S]) -> [String] {
                events.flatMap { $0.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") || $0.hasPrefix("SUMMARY:") } }
            }
            #expect(uids(Array(kept)) == uids(events.filter { !$0.contains("STATUS:CANCELLED") }))
            // The text plan is the course as it is: 27 sessions, nothing of the withdrawn ones.
            let text = try courses.run(["plan", "--today", "2026-12-28"])
            #expect(!text.stdout.contains("no longer in the plan"))
        }
    }

    /// `start --journal` at a file that is no journal says so, rather than that a course exists,
    /// and leaves it as it was.
    @Test func startAtAFileThatIsNoJournalSaysSo() throws {
        try Courses.with { courses in
            let file = courses.dir.appendingPathComponent("notes.yaml")
            try Data("my notes\n".utf8).write(to: file)
            for path in [file.path, "/dev/null"] {
                let result = try courses.run(["start", "upper-back-rehab", "--journal", path])
                #expect(result.status == 73, "\(result)")
                #expect(result.stderr.hasPrefix("protract: error: \(path) exists already and is not a course's journal"), "\(result)")
            }
            #expect(try Data(contentsOf: file) == Data("my notes\n".utf8))
        }
    }
}

