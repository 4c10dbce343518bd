import Foundation
import Testing

/// `protract plan` end to end: the person's flags and what the plan shows.
@Suite struct PlanCommandTests {
    /// A file in the working folder named as a built-in id is planned, and the warning says which
    /// one was used; elsewhere the same argument is the built-in, without a word.
    @Test func aFileNamedAsABuiltInIdIsUsedAndSaidSo() throws {
        try withTemporaryDirectory { dir in
            let programme = ProtractBinary.programsDirectory.appendingPathComponent("desk-mobility.yaml")
            try FileManager.default.copyItem(at: programme, to: dir.appendingPathComponent("upper-back-rehab"))
            let shadowed = try ProtractBinary.run(["plan", "upper-back-rehab", "--none", "--start", "2026-12-07"], in: dir)
            #expect(shadowed.status == 0, "\(shadowed)")
            #expect(shadowed.stderr.contains(
                "protract: warning: 'upper-back-rehab' is a file in this folder and the id of a built-in programme; using the file"),
                "\(shadowed)")
            #expect(shadowed.stdout.hasPrefix("Desk reset"), "the file's programme: \(shadowed.stdout.prefix(80))")
            let builtIn = try ProtractBinary.run(["plan", "upper-back-rehab", "--none", "--start", "2026-12-07"])
            #expect(!builtIn.stderr.contains("warning"), "\(builtIn)")
        }
    }

    @Test func theBuiltInIdGivesAPlanOnStdout() throws {
        let result = try PlanRun.plan(PlanRun.fixed)
        #expect(result.status == 0, "\(result)")
        #expect(!result.signalled)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Push-ups without upper-back pain · 2 weeks · Mon Wed Fri 07:30 (Europe/London)")
        #expect(lines.dropFirst().first == "Starts Mon 7 Dec 2026")
        #expect(result.stdout.contains("Rest: at least 48 h between sessions\n"))
        #expect(result.stdout.contains("Stop and see a clinician if you notice\n"))
        #expect(result.stdout.contains("WEEK 1 · Activate\n"))
        #expect(result.stdout.contains("WEEK 2 · Activate\n"))
        #expect(PlanRun.sessionSlots(result.stdout) == [
            "Mon 7 Dec · 07:30 · Stability and push-ups",
            "Wed 9 Dec · 07:30 · Upper back, neck and push-ups",
            "Fri 11 Dec · 07:30 · Stability and push-ups",
            "Mon 14 Dec · 07:30 · Upper back, neck and push-ups",
            "Wed 16 Dec · 07:30 · Stability and push-ups",
            "Fri 18 Dec · 07:30 · Upper back, neck and push-ups",
        ])
        #expect(result.stdout.contains("\nPROGRESS\n"))
        #expect(result.stdout.hasSuffix("\n"))
    }

    /// The plan without its header's screening line, which names the programme as typed.
    static func withoutScreening(_ text: String) -> String {
        var lines: [Substring] = []
        var inScreening = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("Screening: ") { inScreening = true; continue }
            if inScreening, line.hasPrefix("           ") { continue }
            inScreening = false
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    @Test func aPathGivesTheSamePlanAsTheBuiltInId() throws {
        let byID = try PlanRun.plan(PlanRun.fixed)
        var arguments = PlanRun.fixed
        arguments[0] = "Programs/upper-back-rehab.yaml"
        let byPath = try PlanRun.plan(arguments, in: ProtractBinary.packageDirectory)
        #expect(byPath.status == 0, "\(byPath)")
        #expect(byPath.stderr == "")
        #expect(Self.withoutScreening(byPath.stdout) == Self.withoutScreening(byID.stdout))
        #expect(byPath.stdout.flattened.contains("'protract screen Programs/upper-back-rehab.yaml' asks them"))

        try withTemporaryDirectory { dir in
            try PlanRun.flagshipCopy(in: dir, name: "mine.yaml")
            arguments[0] = "mine.yaml"
            let copy = try PlanRun.plan(arguments, in: dir)
            #expect(copy.status == 0, "\(copy)")
            #expect(Self.withoutScreening(copy.stdout) == Self.withoutScreening(byID.stdout))
            arguments[0] = dir.appendingPathComponent("mine.yaml").path
            let absolute = try PlanRun.plan(arguments)
            #expect(absolute.status == 0, "\(absolute)")
            #expect(Self.withoutScreening(absolute.stdout) == Self.withoutScreening(byID.stdout))
        }
    }

    @Test func startDaysTimeZoneAndWeeksShapeTheSchedule() throws {
        let result = try PlanRun.plan([
            "upper-back-rehab", "--start", "2026-12-08", "--days", "tue,thu,sat", "--time", "18:00",
            "--time-zone", "America/New_York", "--weeks", "1",
        ])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("""
            Push-ups without upper-back pain · 1 week · Tue Thu Sat 18:00 (America/New_York)
            Starts Tue 8 Dec 2026

            """))
        #expect(PlanRun.sessionSlots(result.stdout) == [
            "Tue 8 Dec · 18:00 · Stability and push-ups",
            "Thu 10 Dec · 18:00 · Upper back, neck and push-ups",
            "Sat 12 Dec · 18:00 · Stability and push-ups",
        ])
        #expect(!result.stdout.contains("WEEK 2"))
    }

    @Test(arguments: ["Europe/London", "America/Argentina/Buenos_Aires", "Australia/Lord_Howe", "UTC", "GMT"])
    func anIANAZoneIsAccepted(zone: String) throws {
        let result = try PlanRun.plan(["upper-back-rehab", "--start", "2026-12-07", "--weeks", "1", "--time-zone", zone])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.prefix(200).contains("07:30 (\(zone))\n"), "\(result.stdout.prefix(200))")
    }

    /// Valid IANA names that ICU's list (Foundation's `knownTimeZoneIdentifiers` on Linux) lacks,
    /// India's canonical zone among them: the tz database has them. The same zone works as the
    /// system default (TZ=Asia/Kolkata).
    @Test(arguments: ["Asia/Kolkata", "Etc/UTC", "Etc/GMT+5", "US/Eastern"])
    func aValidIANAZoneMissingFromFoundationsListIsAccepted(zone: String) throws {
        let byFlag = try PlanRun.plan(["upper-back-rehab", "--start", "2026-12-07", "--weeks", "1", "--time-zone", zone])
        let byDefault = try PlanRun.plan(["upper-back-rehab", "--start", "2026-12-07", "--weeks", "1"],
                                         environment: ["TZ": zone])
        #expect(byDefault.status == 0, "\(byDefault)")
        #expect(byDefault.stdout.hasPrefix("Push-ups without upper-back pain · 1 week · Mon Wed Fri 07:30 (\(zone))\n"))
        #expect(byFlag.status == 0, "\(byFlag)")
        #expect(byFlag.stdout == byDefault.stdout)
    }

    /// Zones come from the system's tz database: without one, a named zone is refused with how to
    /// install it, and UTC still plans.
    @Test func withoutATimeZoneDatabaseANamedZoneSaysHowToInstallOne() throws {
        let named = try PlanRun.plan(PlanRun.fixed, environment: ["TZDIR": "/nonexistent-zoneinfo"])
        #expect(named.status == 64, "\(named)")
        #expect(named.stderr.contains("finds no time zone database at /nonexistent-zoneinfo"), "\(named.stderr)")
        #expect(named.stderr.contains("apt-get install tzdata"), "\(named.stderr)")
        let utc = try PlanRun.plan(["upper-back-rehab", "--start", "2026-12-07", "--weeks", "1", "--time-zone", "UTC"],
                                   environment: ["TZDIR": "/nonexistent-zoneinfo"])
        #expect(utc.status == 0, "\(utc)")
        #expect(utc.stdout.hasPrefix("Push-ups without upper-back pain · 1 week · Mon Wed Fri 07:30 (UTC)\n"))
    }

    /// An old three-letter ID still plans as before (a course may hold one), with a warning that
    /// says which zone it is read as: BST is Bangladesh, not British Summer Time.
    @Test func anOldThreeLetterZoneIDPlansWithAWarningNamingItsZone() throws {
        let result = try PlanRun.plan(["upper-back-rehab", "--start", "2026-12-07", "--weeks", "1", "--time-zone", "BST"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("warning: time zone 'BST' is an old three-letter ID, read as Asia/Dhaka"), "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Push-ups without upper-back pain · 1 week · Mon Wed Fri 07:30 (BST)\n"))
        let iana = try PlanRun.plan(["upper-back-rehab", "--start", "2026-12-07", "--weeks", "1", "--time-zone", "Asia/Dhaka"])
        #expect(iana.stderr.isEmpty, "\(iana.stderr)")
    }

    /// `GMT+5` is read as ICU reads it, five hours ahead of UTC; POSIX and the tz database's
    /// `Etc/GMT+5` read it the other way, so a warning says which way it was taken.
    @Test func anOffsetZoneNamePlansWithAWarningSayingWhichWay() throws {
        let ahead = try PlanRun.plan(
            ["upper-back-rehab", "--start", "2026-12-07", "--weeks", "1", "--time-zone", "GMT+5", "--format", "ics"])
        #expect(ahead.status == 0, "\(ahead)")
        #expect(ahead.stdout.contains("DTSTART:20261207T023000Z"), "07:30 five hours ahead of UTC")
        #expect(ahead.stderr == "protract: warning: time zone 'GMT+5' is read as 5 h ahead of UTC all year, with no summer "
            + "time; write the IANA name of the zone you mean (such as Asia/Karachi or America/New_York)\n", "\(ahead.stderr)")
        let behind = try PlanRun.plan(["upper-back-rehab", "--start", "2026-12-07", "--weeks", "1", "--time-zone", "UTC-3:30"])
        #expect(behind.stderr.contains("'UTC-3:30' is read as 3 h 30 min behind UTC all year"), "\(behind.stderr)")
    }

    /// The header's screening line names the programme as the command did: a file by its path
    /// (`protract screen my-programme` would look for a built-in and fail).
    @Test func theScreeningLineNamesAProgrammeFileByItsPath() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("protract-screen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Programs/more-push-ups.yaml")
        for name in ["mine.yaml", "my programme.yaml"] {
            try FileManager.default.copyItem(at: source, to: dir.appendingPathComponent(name))
        }
        let plain = try PlanRun.plan(["mine.yaml", "--start", "2026-12-07", "--weeks", "1"], in: dir)
        #expect(plain.status == 0, "\(plain)")
        #expect(plain.stdout.flattened.contains("('protract screen mine.yaml' asks them"), "\(plain.stdout)")
        let spaced = try PlanRun.plan(["my programme.yaml", "--start", "2026-12-07", "--weeks", "1"], in: dir)
        #expect(spaced.stdout.flattened.contains("(protract screen 'my programme.yaml' asks them"), "\(spaced.stdout)")
        let screened = try ProtractBinary.run(["screen", "mine.yaml", "--none"], in: dir)
        #expect(screened.status == 0, "the command the plan names works: \(screened)")
    }

    @Test func daysAreSortedWhateverTheOrderGiven() throws {
        let result = try PlanRun.plan(PlanRun.fixed + ["--days", "fri,mon,wed"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == (try PlanRun.plan(PlanRun.fixed)).stdout)
    }

    @Test func aLateSessionEndsTheNextDay() throws {
        let result = try PlanRun.plan([
            "upper-back-rehab", "--start", "2026-12-07", "--days", "sun", "--time", "23:50", "--time-zone", "UTC",
            "--weeks", "1",
        ])
        #expect(result.status == 0, "\(result)")
        let headings = PlanRun.sessionHeadings(result.stdout)
        #expect(headings.count == 1)
        #expect(headings.first?.hasPrefix("Sun 13 Dec · 23:50-00:") == true, "\(headings)")
        #expect(headings.first?.contains(" next day · ") == true, "\(headings)")
    }

    @Test func skippedDatesAreMovedOrDroppedWithANote() throws {
        let result = try PlanRun.plan(PlanRun.fixed + ["--skip", "2026-12-09", "--skip", "2026-12-18"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(PlanRun.sessionSlots(result.stdout) == [
            "Mon 7 Dec · 07:30 · Stability and push-ups",
            "Fri 11 Dec · 07:30 · Upper back, neck and push-ups",
            "Mon 14 Dec · 07:30 · Stability and push-ups",
            "Wed 16 Dec · 07:30 · Upper back, neck and push-ups",
            "Sat 19 Dec · 07:30 · Stability and push-ups",
        ])
        // Wed 9 Dec has no room in week 1 (Thu is 24 h before Fri): dropped, said under the week.
        #expect(result.stdout.contains("""
            Note: Wed 9 Dec is skipped and no other day this week keeps 48 hours of rest:
                  that session is dropped

            """), "\(result.stdout)")
        // Fri 18 Dec moves to Sat 19 Dec, said under the session.
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let saturday = try #require(lines.firstIndex { $0.hasPrefix("Sat 19 Dec · 07:30-") }, "\(result.stdout)")
        #expect(lines[saturday + 1] == "  Note: moved from Fri 18 Dec, a skipped date")
    }

    @Test(arguments: [
        // The flagship is a rehab programme: a pain-free baseline, a step below the training mapping.
        ("0", "Start: baseline 0 push-ups (good form, pain 3/10 or less) -> wall push-up,\n       3 x 12"),
        ("6", "Start: baseline 6 push-ups (good form, pain 3/10 or less) -> low incline"),
        // Activate's ladder stops at the knee push-up (issue 14): the start takes it, no lower.
        ("25", "Start: baseline 25 push-ups (good form, pain 3/10 or less) -> knee push-up,\n       3 x 5"),
    ])
    func theBaselinePicksTheStartStep(pushUps: String, line: String) throws {
        let result = try PlanRun.plan(PlanRun.fixed + ["--baseline", "push-ups=\(pushUps)"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(result.stdout.contains("\n" + line), "\(result.stdout.prefix(600))")
        #expect(!result.stdout.contains("no push-up baseline"))
    }

    @Test func fewerDaysThanTheProgrammeNeedsWarnAndTheFirstSessionSaysSo() throws {
        let result = try PlanRun.plan(PlanRun.fixed + ["--days", "mon", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let note = "1 session a week (Mon) is fewer than the 2 this programme needs: each step comes after fewer "
            + "sessions than it was written for, so take a step only when the last one felt easy, and add a "
            + "training day if you can (ACSM: 2-3 days a week)"
        #expect(result.stderr == "protract: warning: \(note)\n")
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let sessions = (document?["weeks"] as? [[String: Any]])?.flatMap { $0["sessions"] as? [[String: Any]] ?? [] } ?? []
        #expect((sessions.first?["notes"] as? [String])?.contains(note) == true)
        #expect(sessions.dropFirst().allSatisfy { !(($0["notes"] as? [String]) ?? []).contains(note) })
        // Two days are enough for this programme: nothing to say.
        let two = try PlanRun.plan(PlanRun.fixed + ["--days", "mon,thu"])
        #expect(two.stderr == "")
        #expect(!two.stdout.contains("fewer than the 2"))
    }

    @Test func aPlanShorterThanItsPhasesSaysWhatItDoesNotReach() throws {
        let result = try PlanRun.plan(PlanRun.fixed)
        let words = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains(
            "Note: this plan is 2 weeks, shorter than the programme's 8: it ends in the Activate phase, and Build and "
                + "Integrate are not reached; plan at least 8 weeks for the whole programme"), "\(result.stdout.prefix(3000))")
        let long = try PlanRun.plan(PlanRun.fixed.dropLast(2) + ["--weeks", "16"])
        let headings = long.stdout.split(separator: "\n").filter { $0.hasPrefix("WEEK ") }
        #expect(headings.filter { $0.contains("· Activate") }.count == 4)
        #expect(headings.filter { $0.contains("· Build") }.count == 8)
        #expect(headings.filter { $0.contains("· Integrate") }.count == 4)
    }

    @Test(arguments: ["20", "30", "50", "100"])
    func baselinesPastTheTopOfTheMappingSaySo(pushUps: String) throws {
        // Issue 13: 20, 30, 50 and 100 give one plan; the header says why instead of staying silent.
        let result = try PlanRun.plan(PlanRun.fixed + ["--baseline", "push-ups=\(pushUps)"])
        #expect(result.status == 0, "\(result)")
        let header = result.stdout.components(separatedBy: "\n\n").first ?? ""
        let joined = header.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(joined.contains("20 or more push-ups is the top of the baseline mapping: every count from 20 up starts here"),
                "\(header)")
    }

    /// `--today` steers a course's plan; a new plan would ignore it, so it is refused there.
    @Test func todayIsForACoursesPlan() throws {
        let result = try PlanRun.plan(PlanRun.fixed + ["--none", "--today", "2026-12-09"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.hasPrefix("protract: error: --today is for a course's plan; a new plan starts on --start\n"))
    }

    @Test func theBaselineHelpSaysWhatCountsInARehabProgramme() throws {
        for command in ["plan", "start"] {
            let result = try ProtractBinary.run([command, "--help"])
            let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(help.contains("only push-ups with pain at or under 3/10, or its pain rules' limit, count"), "\(command): \(help)")
            // A person with no full push-ups learns the knee count from the help (Kim's trial).
            #expect(help.contains("with few or no full push-ups, add knee-push-ups=N"), "\(command): \(help)")
        }
    }

    @Test func theKitIsListedInTheHeaderAndWithEachExerciseInEveryFormat() throws {
        let flags = ["upper-back-rehab", "--start", "2026-12-07", "--time-zone", "Europe/London", "--baseline",
                     "push-ups=6", "--none"]
        let text = try PlanRun.plan(flags)
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.contains("\nKit: bench, doorway, light dumbbells, towel, wall\n"), "\(text.stdout.prefix(800))")
        #expect(text.stdout.contains("      - needs: doorway\n"))
        let json = try PlanRun.plan(flags + ["--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        // In words, as the text names them: never a mix of ids and words.
        #expect(document["kit"] as? [String] == ["bench", "doorway", "light dumbbells", "towel", "wall"])
        let prescriptions = ((document["weeks"] as? [[String: Any]]) ?? [])
            .flatMap { ($0["sessions"] as? [[String: Any]]) ?? [] }
            .flatMap { ($0["blocks"] as? [[String: Any]]) ?? [] }
            .flatMap { ($0["prescriptions"] as? [[String: Any]]) ?? [] }
        let stretch = try #require(prescriptions.first { $0["exerciseId"] as? String == "doorway-pec-stretch" })
        #expect(stretch["equipment"] as? [String] == ["doorway"])
        #expect(prescriptions.first { $0["exerciseId"] as? String == "cat-cow" }?["equipment"] as? [String] == [])
        let ics = try PlanRun.plan(flags + ["--format", "ics"])
        let unfolded = ics.stdout.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("\\nKit: bench\\, doorway\\, light dumbbells\\, towel\\, wall\\n"), "\(unfolded.prefix(3000))")
        #expect(unfolded.contains("  · needs: doorway\\n"))
    }

    @Test func noBaselineStartsAtTheFirstStepAndSaysHowToPersonalise() throws {
        let result = try PlanRun.plan(PlanRun.fixed)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("""
            Start: no push-up baseline: starting at the first step, wall push-up; test the
                   most push-ups you can do with good form and pain at or under 3/10 and
                   pass --baseline push-ups=N (under 6, add your knee push-ups: --baseline
                   knee-push-ups=N)

            """))
    }

    @Test func theNameIsShownInTheHeader() throws {
        let result = try PlanRun.plan(PlanRun.fixed + ["--name", "Sam"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.split(separator: "\n").dropFirst().first == "Plan for Sam · Starts Mon 7 Dec 2026")
    }

    @Test func jsonIsTheWholePlanAsData() throws {
        let result = try PlanRun.plan(PlanRun.fixed + [
            "--format", "json", "--name", "Sam", "--baseline", "push-ups=6", "--skip", "2026-12-09",
        ])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let root = try #require(object as? [String: Any])
        #expect(root["format"] as? String == "protract-plan")
        #expect(root["version"] as? Int == 1)

        let programme = try #require(root["programme"] as? [String: Any])
        #expect(programme["id"] as? String == "upper-back-rehab")
        #expect(programme["title"] as? String == "Push-ups without upper-back pain")

        let athlete = try #require(root["athlete"] as? [String: Any])
        #expect(athlete["name"] as? String == "Sam")
        #expect(athlete["start"] as? String == "2026-12-07")
        #expect(athlete["timeZone"] as? String == "Europe/London")
        #expect(athlete["weeks"] as? Int == 2)
        #expect((athlete["baseline"] as? [String: Any])?["push-ups"] as? Int == 6)
        #expect(athlete["skip"] as? [String] == ["2026-12-09"])

        let schedule = try #require(root["schedule"] as? [String: Any])
        #expect(schedule["days"] as? [String] == ["mon", "wed", "fri"])
        #expect(schedule["time"] as? String == "07:30")
        #expect(schedule["minRestHours"] as? Int == 48)

        let safety = try #require(root["safety"] as? [String: Any])
        #expect((safety["stopIf"] as? [Any])?.isEmpty == false)
        #expect((safety["seeAClinician"] as? [Any])?.isEmpty == false)

        let weeks = try #require(root["weeks"] as? [[String: Any]])
        #expect(weeks.map { $0["number"] as? Int } == [1, 2])
        #expect(weeks.first?["phase"] as? String == "Activate")
        #expect(weeks.first?["startDate"] as? String == "2026-12-07")
        let weekOneNotes = (weeks.first?["notes"] as? [String]) ?? []
        #expect(weekOneNotes.contains { $0.contains("Wed 9 Dec") && $0.contains("dropped") }, "\(weekOneNotes)")

        let sessions = weeks.flatMap { ($0["sessions"] as? [[String: Any]]) ?? [] }
        #expect(sessions.map { $0["date"] as? String } == [
            "2026-12-07", "2026-12-11", "2026-12-14", "2026-12-16", "2026-12-18",
        ])
        #expect(sessions.allSatisfy { $0["start"] as? String == "07:30" })
        #expect(sessions.first?["weekday"] as? String == "mon")
        let plugins = ((sessions.first?["blocks"] as? [[String: Any]]) ?? []).map { $0["plugin"] as? String }
        #expect(plugins == ["mobility-warmup", "stabilizer-strength", "push-up-progression"])
        #expect(result.stdout.contains("Low incline push-up") || result.stdout.contains("low-incline-push-up"))
        #expect(!result.stdout.contains(PlanRun.escape))
    }

    @Test func theSameCommandTwiceGivesTheSameBytes() throws {
        for format in ["text", "json"] {
            let arguments = PlanRun.fixed + ["--format", format, "--baseline", "push-ups=6", "--skip", "2026-12-18"]
            let first = try PlanRun.plan(arguments)
            let second = try PlanRun.plan(arguments)
            #expect(first.status == 0, "\(first)")
            #expect(Data(first.stdout.utf8) == Data(second.stdout.utf8))
            #expect(first.stderr == second.stderr)
        }
    }

    @Test func runsFromAnyWorkingDirectory() throws {
        let here = try PlanRun.plan(PlanRun.fixed, in: ProtractBinary.packageDirectory)
        let tmp = try PlanRun.plan(PlanRun.fixed, in: URL(fileURLWithPath: "/tmp"))
        #expect(tmp.status == 0, "\(tmp)")
        #expect(tmp.stderr == "")
        #expect(tmp.stdout == here.stdout)
    }

    @Test(arguments: [["NO_COLOR": "1", "TERM": "xterm-256color"], ["TERM": "xterm-256color"]] as [[String: String?]])
    func pipedOutputHasNoEscapes(environment: [String: String?]) throws {
        let result = try PlanRun.plan(PlanRun.fixed, environment: environment)
        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.contains(PlanRun.escape))
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 }, "piped text is wrapped at 80 columns")
        let bad = try PlanRun.plan(PlanRun.fixed + ["--days", "mon,tue"], environment: environment)
        #expect(bad.status == 64)
        #expect(!bad.stderr.contains(PlanRun.escape))
    }

    @Test(.enabled(if: Terminal.script != nil, "needs util-linux 'script' for a pseudo-terminal"))
    func aTerminalGetsColourUnlessNoColorIsSet() throws {
        let coloured = try Terminal.run(["plan"] + PlanRun.fixed + ["--none"], input: "")
        #expect(coloured.status == 0, "\(coloured)")
        #expect(coloured.screen.contains(PlanRun.escape))
        let plain = try Terminal.run(["plan"] + PlanRun.fixed + ["--none"], input: "", environment: ["NO_COLOR": "1"])
        #expect(plain.status == 0, "\(plain)")
        #expect(plain.screen.contains("Starts Mon 7 Dec 2026"))
        #expect(!plain.screen.contains(PlanRun.escape))
    }
}
