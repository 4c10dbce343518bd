import Foundation
import Testing

/// Issue 14: a phase's own session templates (`phases[i].sessions`) and templates pinned to
/// weekdays (`days: [mon]`), end to end through the built binary.
@Suite struct PhaseTemplateTests {
    /// Activate has its own two templates, A easy on Monday and B easy on Thursday; Build uses the
    /// programme's, A full pinned to Monday and B full taking the other days.
    static let programme = """
        id: phase-templates
        title: Phase templates
        summary: A test.
        weeks: 4
        schedule: {days: [mon, thu], time: "07:30", min-rest-hours: 48}
        phases:
          - name: Activate
            weeks: 2
            sessions:
              - title: A easy
                days: [mon]
                blocks:
                  - {plugin: mobility-warmup, minutes: 6}
                  - {plugin: push-up-progression, ladder: [wall-push-up, high-incline-push-up], sets: 3, reps: 5-8}
              - title: B easy
                days: [thu]
                blocks:
                  - {plugin: stabilizer-strength, exercises: [chin-tuck, plank]}
          - name: Build
            weeks: 2
        sessions:
          - title: A full
            days: [mon]
            blocks:
              - {plugin: mobility-warmup, minutes: 6}
              - {plugin: push-up-progression, sets: 3, reps: 5-8}
          - title: B full
            blocks:
              - {plugin: stabilizer-strength, exercises: [chin-tuck, plank, prone-y-t-w]}
        safety:
          stop-if: [sharp pain]
          see-a-clinician: [numbness in the arms]

        """

    static let base = ["plan", "plan.yaml", "--start", "2026-12-07", "--time-zone", "UTC", "--none", "--baseline", "push-ups=3"]

    @Test func eachWeekUsesItsPhasesTemplatesOnTheirDaysInEveryFormat() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.programme, to: "plan.yaml")
            let validate = try ProtractBinary.run(["validate", "plan.yaml"], in: dir)
            #expect(validate.status == 0, "\(validate)")

            let text = try ProtractBinary.run(Self.base, in: dir)
            #expect(text.status == 0, "\(text)")
            let heads = text.stdout.split(separator: "\n").filter { $0.hasPrefix("Mon ") || $0.hasPrefix("Thu ") }
                .map { $0.components(separatedBy: " · ").last ?? "" }
            #expect(heads == ["A easy", "B easy", "A easy", "B easy", "A full", "B full", "A full", "B full"], "\(text.stdout)")
            // The start comes from the first phase's ladder, which has no low incline push-up.
            #expect(text.stdout.contains("high incline push-up, 3 x 10"), "\(text.stdout)")

            let json = try ProtractBinary.run(Self.base + ["--format", "json"], in: dir)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let weeks = (document["weeks"] as? [[String: Any]]) ?? []
            let sessions = weeks.flatMap { week in
                ((week["sessions"] as? [[String: Any]]) ?? []).map { (week["phase"] as? String ?? "", $0) }
            }
            #expect(sessions.map { "\($0.0) \($0.1["weekday"] as? String ?? "") \($0.1["template"] as? String ?? "-")" } == [
                "Activate mon phases[0].sessions[0]", "Activate thu phases[0].sessions[1]",
                "Activate mon phases[0].sessions[0]", "Activate thu phases[0].sessions[1]",
                "Build mon sessions[0]", "Build thu sessions[1]", "Build mon sessions[0]", "Build thu sessions[1]",
            ])

            let ics = try ProtractBinary.run(Self.base + ["--format", "ics"], in: dir)
            let summaries = ics.stdout.components(separatedBy: "\r\n").filter { $0.hasPrefix("SUMMARY:") }
            #expect(summaries.count == 8, "\(summaries)")
            #expect(summaries.first?.contains("A easy") == true && summaries.last?.contains("B full") == true, "\(summaries)")
        }
    }

    @Test func aPersonsOtherDaysTakeTheUnpinnedTemplatesInTurn() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.programme, to: "plan.yaml")
            let text = try ProtractBinary.run(Self.base + ["--days", "mon,wed,fri", "--weeks", "4"], in: dir)
            #expect(text.status == 0, "\(text)")
            let heads = text.stdout.split(separator: "\n").filter { ["Mon ", "Wed ", "Fri "].contains(String($0.prefix(4))) }
                .map { String($0.prefix(3)) + " " + ($0.components(separatedBy: " · ").last ?? "") }
            // Thursday is not one of the person's days: their Mon and Wed stand for the programme's
            // Mon and Thu, and Fri, a day more than the programme's, takes the unpinned templates in
            // turn (all of them in Activate, where every one is pinned). Build: Mon is A full, the
            // rest B full (the one unpinned template).
            #expect(Array(heads.prefix(3)) == ["Mon A easy", "Wed B easy", "Fri A easy"], "\(heads)")
            #expect(Array(heads.suffix(3)) == ["Mon A full", "Wed B full", "Fri B full"], "\(heads)")
            #expect(text.stdout.flattened.contains("Start: your Mon, Wed take the sessions the programme sets on Mon, Thu, in that order"),
                    "\(text.stdout)")
        }
    }

    /// A physiotherapist's trial: a person whose days miss a pinned day got every template in turn,
    /// so the push-up template came twice in some weeks (its weekly volume doubled, its deload no
    /// lighter). Their days now stand for the programme's, in order: each template once a week.
    @Test func aPersonsOwnDaysStandForTheProgrammesInOrder() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.programme, to: "plan.yaml")
            let text = try ProtractBinary.run(Self.base + ["--days", "tue,fri"], in: dir)
            #expect(text.status == 0, "\(text)")
            let heads = text.stdout.split(separator: "\n").filter { ["Tue ", "Fri "].contains(String($0.prefix(4))) }
                .map { String($0.prefix(3)) + " " + ($0.components(separatedBy: " · ").last ?? "") }
            #expect(heads == [
                "Tue A easy", "Fri B easy", "Tue A easy", "Fri B easy", "Tue A full", "Fri B full", "Tue A full", "Fri B full",
            ], "\(heads)")
            #expect(text.stdout.flattened.contains("Start: your Tue, Fri take the sessions the programme sets on Mon, Thu, in that order"),
                    "\(text.stdout)")
            // A person who trains on the pinned days: nothing to say.
            let own = try ProtractBinary.run(Self.base + ["--days", "mon,thu"], in: dir)
            #expect(own.status == 0 && !own.stdout.contains("take the sessions the programme sets on"), "\(own)")
        }
    }

    /// A physiotherapist's trial: with every phase holding its own templates, the top level's
    /// `sessions` served no week, yet was required (they wrote an unused one to get past it).
    @Test func noTopLevelSessionsWhenEveryPhaseHasItsOwn() throws {
        let programme = Self.programme.components(separatedBy: "sessions:\n  - title: A full\n")[0] + """
                sessions:
                  - title: A full
                    blocks:
                      - {plugin: push-up-progression, sets: 3, reps: 5-8}
            safety:
              stop-if: [sharp pain]
              see-a-clinician: [numbness in the arms]

            """
        try withTemporaryDirectory { dir in
            try dir.write(programme, to: "plan.yaml")
            let validate = try ProtractBinary.run(["validate", "plan.yaml"], in: dir)
            #expect(validate.status == 0, "\(validate)\n\(programme)")
            let text = try ProtractBinary.run(Self.base, in: dir)
            #expect(text.status == 0, "\(text)")
            #expect(text.stdout.contains(" · A full\n") && text.stdout.contains(" · B easy\n"), "\(text.stdout)")

            // A phase without its own templates needs the top level's: still an error, saying both ways.
            let lacking = programme.replacingOccurrences(
                of: "    sessions:\n      - title: A full\n        blocks:\n          - {plugin: push-up-progression, sets: 3, reps: 5-8}\n",
                with: "")
            try dir.write(lacking, to: "lacking.yaml")
            let refused = try ProtractBinary.run(["validate", "lacking.yaml"], in: dir)
            #expect(refused.status == 65, "\(refused)\n\(lacking)")
            #expect(refused.stderr.contains("lacking.yaml:1:1: error: missing key 'sessions' at the top level"), "\(refused)")
            #expect(refused.stderr.contains("or give every phase its own 'sessions'"), "\(refused)")
        }
    }

    @Test func aSessionMovedFromASkippedDateKeepsTheTemplateOfTheDayItWasPlannedFor() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.programme, to: "plan.yaml")
            let text = try ProtractBinary.run(Self.base + ["--skip", "2026-12-14"], in: dir)
            #expect(text.status == 0, "\(text)")
            #expect(text.stdout.contains("Tue 15 Dec · 07:30-07:4"), "\(text.stdout)")
            let line = text.stdout.split(separator: "\n").first { $0.hasPrefix("Tue 15 Dec · ") }
            #expect(line?.hasSuffix(" · A easy") == true, "Monday's template on the Tuesday it moved to: \(text.stdout)")
        }
    }

    /// Each new error alone: exit 65, the message, where, and a help line.
    @Test(arguments: [
        ("        days: [thu]", "        days: [wed]",
         "plan.yaml:16:16: error: session template 'B easy' is pinned to Wed, which is not a training day (schedule.days: mon, thu)",
         "in: phases[0].sessions[1].days[0]", "help: pin it to one of mon, thu, or add wed to schedule.days"),
        ("        days: [thu]", "        days: [mon]",
         "plan.yaml:16:16: error: session templates 'A easy' (phases[0].sessions[0]) and 'B easy' (phases[0].sessions[1]) are both pinned to Mon",
         "in: phases[0].sessions[1].days[0]", "help: pin one template to each day"),
        ("  - title: B full\n", "  - title: B full\n    days: [mon]\n",
         "plan.yaml:28:12: error: session templates 'A full' (sessions[0]) and 'B full' (sessions[1]) are both pinned to Mon",
         "in: sessions[1].days[0]", "help: pin one template to each day"),
        ("days: [mon, thu], time", "days: [mon, thu, sat], time",
         "plan.yaml:10:9: error: every session template of phase 'Activate' is pinned to a day, but Sat (a training day) has none",
         "in: phases[0].sessions[0]", "help: pin a template to sat, leave one template unpinned"),
        ("    sessions:\n      - title: A easy", "    sessions: []\n    focus:\n      - title: A easy",
         "plan.yaml:9:15: error: a phase's 'sessions' must hold at least one session template",
         "in: phases[0].sessions", "help: list the phase's templates, or remove 'sessions'"),
        ("{plugin: stabilizer-strength, exercises: [chin-tuck, plank]}\n  - name",
         "{plugin: stabilizer-strength, exercises: [chin-tuck, plank], sets: {start: 4, target: 3}}\n  - name",
         "error: 'sets' target 3 is below its start 4", "in: phases[0].sessions[1].blocks[0].sets.target",
         "help: make the target at least 4"),
        ("{plugin: push-up-progression, ladder", "{plugin: push-up-progresion, ladder",
         "plan.yaml:14:22: error: no plugin has the id 'push-up-progresion'", "in: phases[0].sessions[0].blocks[1].plugin",
         "help: did you mean 'push-up-progression'?"),
        ("        days: [thu]", "        days: [thu]\n        day: thu",
         "plan.yaml:17:9: error: unknown key 'day'", "in: phases[0].sessions[1].day", "help: the keys allowed here are 'title', 'days', 'notes', 'blocks'"),
    ])
    func eachMistakeIsRefusedWhereItIsWritten(
        old: String, new: String, message: String, location: String, help: String
    ) throws {
        try withTemporaryDirectory { dir in
            let source = Self.programme
            #expect(source.components(separatedBy: old).count == 2, "the test's edit applies once")
            try dir.write(source.replacingOccurrences(of: old, with: new), to: "plan.yaml")
            let result = try ProtractBinary.run(["validate", "plan.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stderr.contains("= " + location + "\n"), "\(result.stderr)")
            #expect(result.stderr.contains("= " + help), "\(result.stderr)")
        }
    }

    @Test func everyMistakeInPhaseAndProgrammeTemplatesIsReportedInOneRun() throws {
        try withTemporaryDirectory { dir in
            let source = Self.programme
                .replacingOccurrences(of: "exercises: [chin-tuck, plank]}\n  - name", with: "exercises: [chin-tuk, plank]}\n  - name")
                .replacingOccurrences(of: "{plugin: push-up-progression, ladder", with: "{plugin: push-up-progresion, ladder")
                .replacingOccurrences(of: "  - title: B full\n", with: "  - title: B full\n    days: [sun]\n")
                .replacingOccurrences(of: "{plugin: push-up-progression, sets: 3, reps: 5-8}", with: "{plugin: push-up-progression, sets: 3, reps: 8-5}")
            try dir.write(source, to: "plan.yaml")
            let result = try ProtractBinary.run(["validate", "plan.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            let places = result.stderr.split(separator: "\n").filter { $0.contains("= in: ") }.map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(places == [
                "= in: phases[0].sessions[0].blocks[1].plugin", "= in: phases[0].sessions[1].blocks[0].exercises[0]",
                "= in: sessions[0].blocks[1].reps", "= in: sessions[1].days[0]",
            ], "\(result.stderr)")
        }
    }
}

/// The loop across a phase boundary: what was logged in Activate's templates moves the state the
/// Build templates start from; `log` checks an exercise against the session's own template.
@Suite struct PhaseTemplateCourseTests {
    @Test func aFlareUpInTheLastActivateSessionStepsBackTheFirstBuildSessionThatHasTheExercise() throws {
        try Courses.with { courses in
            try courses.dir.write(PhaseTemplateTests.programme, to: "plan.yaml")
            let start = try courses.run(["start", "plan.yaml", "--start", "2026-12-07", "--time-zone", "UTC",
                                         "--baseline", "push-ups=3", "--none"])
            #expect(start.status == 0, "\(start)")
            for day in ["07", "10", "14"] { try courses.log(["--course", "phase-templates", "--date", "2026-12-\(day)", "--as-planned", "--pain", "1"]) }
            // Thu 17 Dec, B easy, the last session of Activate: chin tucks at 2 x 12, and a flare-up.
            try courses.log(["--course", "phase-templates", "--date", "2026-12-17", "--as-planned", "--pain", "6", "--morning", "5"])

            // Mon 21 Dec is A full (Build): no prone Y-T-W in it, so logging one there is refused.
            let wrong = try courses.run(["log", "--course", "phase-templates", "--today", "2026-12-31", "--date", "2026-12-21",
                                         "--done", "prone-y-t-w=6,6"])
            #expect(wrong.status == 64, "\(wrong)")
            #expect(wrong.stderr.contains("'prone-y-t-w' is not an exercise of the session of Mon 21 Dec 2026 (A full)"), "\(wrong)")
            // Thu 24 Dec is B full (Build), which has it.
            try courses.log(["--course", "phase-templates", "--date", "2026-12-24", "--done", "prone-y-t-w=6,6", "--pain", "1"])

            let plan = try courses.run(["plan", "--course", "phase-templates", "--today", "2026-12-31"])
            #expect(plan.status == 0, "\(plan)")
            // Activate's B easy raised chin tucks to 2 x 12; the flare-up stepped them back to 2 x 10
            // in Build's B full (the state crossed the boundary), and prone Y-T-W, new in Build,
            // started at its start dose.
            #expect(plan.stdout.contains("  Stabilizers: Chin tuck 2 x 12, Wall plank 2 x 12 s\n"), "\(plan.stdout)")
            let build = plan.stdout.components(separatedBy: "Thu 24 Dec · 07:30-07:41 · B full\n").last ?? ""
            #expect(build.hasPrefix("  Done: pain 1/10 during\n  Done differently: Prone Y-T-W raise 6, 6\n"), "\(plan.stdout)")
            #expect(build.contains("\n  Stabilizers: Chin tuck 2 x 10, Wall plank 2 x 10 s, Prone Y-T-W raise 2 x 6\n"),
                    "\(plan.stdout)")
        }
    }

    @Test func sessionsARedFlagCallsOffKeepTheirPhasesTemplateTitles() throws {
        try Courses.with { courses in
            try courses.dir.write(PhaseTemplateTests.programme, to: "plan.yaml")
            let start = try courses.run(["start", "plan.yaml", "--start", "2026-12-07", "--time-zone", "UTC", "--none"])
            #expect(start.status == 0, "\(start)")
            let flagged = try courses.run(["log", "--today", "2026-12-31", "--date", "2026-12-10", "--as-planned", "--pain", "1",
                                           "--symptom", "sharp-pain"])
            #expect(flagged.status == 3, "a red flag: \(flagged)")
            let json = try courses.run(["plan", "--today", "2026-12-31", "--format", "json"])
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let titles = ((document["cancelled"] as? [[String: Any]]) ?? []).compactMap { $0["title"] as? String }
            // Mon 14 Dec is Activate's Monday template, Thu 17 Dec its Thursday one.
            #expect(Array(titles.prefix(2)) == ["A easy", "B easy"], "\(json.stdout.suffix(800))")
        }
    }

    /// A new phase's ladder without the step the person is on swaps it, in a deload week too: the
    /// change says why, and the week's note does not claim the same step.
    @Test func aStepSwappedInADeloadWeekSaysWhy() throws {
        let text = """
            id: deload-swap
            title: Deload swap
            summary: A phase change in a deload week.
            weeks: 4
            schedule: {days: [mon, wed, fri], time: "07:30", min-rest-hours: 48}
            deload: {weeks: [3], volume: 50%}
            phases:
              - name: Easy
                weeks: 2
                sessions:
                  - title: One
                    blocks:
                      - {plugin: push-up-progression, ladder: [wall-push-up, high-incline-push-up], sets: 2}
              - name: Harder
                weeks: 2
                sessions:
                  - title: Two
                    blocks:
                      - {plugin: push-up-progression, ladder: [high-incline-push-up, low-incline-push-up], sets: 2}

            """ + Self.unusedSessionsAndSafety
        let result = try Self.planned(text)
        let week3 = try #require(result.stdout.components(separatedBy: "WEEK 3").last)
        let first = try #require(week3.components(separatedBy: "Wed 23 Dec").first)
        #expect(first.contains("Note: deload week: fewer sets, no progression\n"), "\(first)")
        #expect(!first.contains("same step and reps"), "\(first)")
        #expect(first.flattened.contains("[this block's ladder starts at high incline push-up, harder than the wall push-up: 2 x 10; deload week: sets 2 -> 1]"),
                "\(first)")
    }

    /// A phase with retests owes only the retest weeks it was there for: week 3 belonged to a
    /// phase without them, so the Load phase's first retest is week 6, not a catch-up in week 5
    /// (past the week-4 deload) and another in week 6.
    @Test func aPhaseOwesOnlyTheRetestWeeksItWasThereFor() throws {
        let text = """
            id: retest-phases
            title: Retest phases
            summary: A phase without retests, then one with them.
            weeks: 10
            schedule: {days: [mon, wed, fri], time: "07:30", min-rest-hours: 48}
            deload: {weeks: [4, 8], volume: 50%}
            phases:
              - name: Settle
                weeks: 3
                sessions:
                  - title: One
                    blocks:
                      - {plugin: push-up-progression, sets: 2}
              - name: Load
                weeks: 7
                sessions:
                  - title: Two
                    blocks:
                      - {plugin: push-up-progression, sets: 3, retest-every: 3, retest-last-week: true}

            """ + Self.unusedSessionsAndSafety
        let result = try Self.planned(text)
        let weeks = result.stdout.components(separatedBy: "\nWEEK ").dropFirst().filter { $0.contains("retest week") }
            .compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(weeks == [6, 9, 10], "\(weeks)")
    }

    /// A new phase whose ladder starts harder than the person's step starts at its first step's
    /// bottom: not at reps carried from the wall push-up, which put it at the top of the knee
    /// push-up's range and moved straight on to full push-ups.
    @Test func aHarderLadderInANewPhaseStartsAtTheBottomOfItsFirstStep() throws {
        let text = """
            id: harder-phase
            title: Harder phase
            summary: An easy ladder, then one that starts harder.
            weeks: 4
            schedule: {days: [mon, wed, fri], time: "07:30", min-rest-hours: 48}
            phases:
              - name: Activate
                weeks: 2
                sessions:
                  - title: One
                    blocks:
                      - {plugin: push-up-progression, ladder: [wall-push-up, high-incline-push-up], sets: 3}
              - name: Build
                weeks: 2
                sessions:
                  - title: Two
                    blocks:
                      - {plugin: push-up-progression, ladder: [knee-push-up, push-up], sets: 3, reps: 5-8}

            """ + Self.unusedSessionsAndSafety
        let result = try Self.planned(text)
        let week3 = try #require(result.stdout.components(separatedBy: "WEEK 3").last)
        let first = try #require(week3.components(separatedBy: "Wed 23 Dec").first)
        #expect(first.contains("Knee push-up  3 x 5,"), "\(first)")
        #expect(first.flattened.contains("[this block's ladder starts at knee push-up, harder than the wall push-up: 3 x 5]"),
                "\(first)")
        #expect(!week3.components(separatedBy: "WEEK 4").first!.contains("    Push-up "), "no full push-ups in week 3")
    }

    /// The programme's own sessions (which its phases replace) and safety, to end a test programme.
    static let unusedSessionsAndSafety = """
        sessions:
          - title: Unused
            blocks:
              - {plugin: push-up-progression, sets: 2}
        safety:
          stop-if: [sharp pain]
          see-a-clinician: [numbness in the arms]

        """

    /// `protract plan` of the programme `text` from Mon 7 Dec 2026, screened; it must plan.
    static func planned(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ProtractBinary.Result {
        try withTemporaryDirectory { dir in
            try dir.write(text, to: "p.yaml")
            let result = try ProtractBinary.run(["plan", "p.yaml", "--start", "2026-12-07", "--none"], in: dir)
            #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
            return result
        }
    }
}

