import Foundation
import Testing

/// One list of red flags per programme: what `screen PROGRAMME` asks, what `--symptom` takes,
/// what the plan lists, and the screening note of a plan made in a script (issue 13).
@Suite struct RedFlagScreeningTests {
    /// A programme with one standard red flag and one of its own.
    static let ownFlags = validProgramme.replacingOccurrences(of: """
          see-a-clinician: [numbness in the arms]
        """, with: """
          red-flags:
            - chest-pain
            - symptom: shoulder-dislocation
              sign: a shoulder that slipped out of place
              urgency: emergency
              advice: go to A&E now and do not put it back yourself
          see-a-clinician: [numbness in the arms]
        """)

    @Test func screenAsksTheProgrammesOwnRedFlags() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.ownFlags, to: "own.yaml")
            let present = try ProtractBinary.run(["screen", "own.yaml", "--symptom", "shoulder-dislocation"], in: dir)
            #expect(present.status == 3, "\(present)")
            #expect(present.stdout.contains("""
                  - A shoulder that slipped out of place
                    -> go to A&E now and do not put it back yourself
                """), "\(present)")
            // A standard red flag the programme does not list is not one of its symptoms.
            let other = try ProtractBinary.run(["screen", "own.yaml", "--symptom", "sharp-pain"], in: dir)
            #expect(other.status == 64, "\(other)")
            #expect(other.stderr == """
                protract: error: unknown symptom 'sharp-pain'; the symptoms are chest-pain, shoulder-dislocation
                  see 'protract screen --help'

                """, "\(other)")
            let none = try ProtractBinary.run(["screen", "own.yaml", "--none"], in: dir)
            #expect(none.status == 0, "\(none)")
            #expect(none.stdout.hasPrefix("No red flags. Begin the plan with:\n  protract start own.yaml --none"), "\(none)")
        }
    }

    @Test func planAndStartRefuseTheProgrammesOwnRedFlag() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.ownFlags, to: "own.yaml")
            let plan = try PlanRun.plan(["own.yaml", "--symptom", "shoulder-dislocation"], in: dir)
            #expect(plan.status == 3, "\(plan)")
            #expect(plan.stdout == "")
            #expect(plan.stderr.contains("-> go to A&E now and do not put it back yourself"), "\(plan)")
            let start = try ProtractBinary.run(
                ["start", "own.yaml", "--journal", "j.yaml", "--symptom", "shoulder-dislocation"], in: dir)
            #expect(start.status == 3, "\(start)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("j.yaml").path), "nothing started")
        }
    }

    @Test func thePlanListsTheRedFlagsUnderTheirUrgency() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.ownFlags, to: "own.yaml")
            let result = try PlanRun.plan(["own.yaml", "--none", "--start", "2026-12-07", "--weeks", "1"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.contains("""
                  Call 999 (or your local emergency number) or go to A&E now:
                    - chest pain, breathlessness or feeling faint with the back pain
                    - a shoulder that slipped out of place: go to A&E now and do not put it back
                      yourself
                  Also see a clinician before you go on:
                    - numbness in the arms
                """), "\(result)")
        }
    }

    // MARK: the screening note of a plan made in a script

    @Test func aScriptedPlanWithoutAnswersSaysScreeningWasNotDone() throws {
        let text = try PlanRun.plan(PlanRun.fixed)
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.contains("Screening: not done: check the red flags below before you start"), "\(text)")
        let json = try PlanRun.plan(PlanRun.fixed + ["--format", "json"])
        #expect(json.stdout.contains("\"screening\" : \"not-done\""), "\(json)")
        let ics = try PlanRun.plan(PlanRun.fixed + ["--format", "ics"])
        let unfolded = ics.stdout.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("Screening: not done: check the red flags below before you start"), "\(ics)")
    }

    @Test func noneAnswersTheScreening() throws {
        let text = try PlanRun.plan(PlanRun.fixed + ["--none"])
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.contains("Screening: answered, no red flags\n"), "\(text)")
        #expect(!text.stdout.contains("not done"))
        let json = try PlanRun.plan(PlanRun.fixed + ["--none", "--format", "json"])
        #expect(json.stdout.contains("\"screening\" : \"no-red-flags\""), "\(json)")
    }

    @Test func aCoursesPlanRefusesNone() throws {
        let result = try PlanRun.plan(["--none"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.hasPrefix(
            "protract: error: --none is for a new plan: a course's inputs come from its journal"), "\(result)")
    }

    // MARK: validate keeps stop rules apart from load management

    @Test func validateWarnsWhenAStopRuleRestatesAPainScore() throws {
        try withTemporaryDirectory { dir in
            let text = validProgramme.replacingOccurrences(
                of: "stop-if: [sharp pain]", with: "stop-if: [sharp pain, pain above 5/10 during a set]")
            try dir.write(text, to: "p.yaml")
            let result = try ProtractBinary.run(["validate", "p.yaml"], in: dir)
            #expect(result.status == 0, "a warning is not an error: \(result)")
            #expect(result.stdout == "ok: 1 programme valid, 1 warning above\n", "\(result)")
            #expect(result.stderr.hasPrefix(
                "p.yaml:12:25: warning: 'stop-if' item 2 restates a pain score (5/10)\n"), "\(result)")
            #expect(result.stderr.contains("help: how much pain is acceptable is load management"), "\(result)")
        }
    }

    /// A pain-monitoring line or a red flag's sign that restates a pain score is warned about as a
    /// stop rule is; so is a pain-rules threshold above the model's 5/10, and a threshold of 10
    /// (no pain is above it) drops the lines that could never apply.
    @Test func validateWarnsAboutPainScoresOutsidePainRulesAndThresholdsAboveTheModel() throws {
        try withTemporaryDirectory { dir in
            let text = validProgramme.replacingOccurrences(
                of: "  see-a-clinician: [numbness in the arms]\n",
                with: "  see-a-clinician: [numbness in the arms]\n  pain-monitoring: [stop if pain is above 6/10]\n"
                    + "  red-flags:\n    - {symptom: rib-pain, sign: pain above 7/10 at a rib, urgency: urgent}\n"
                    + "pain-rules: {progress-up-to: 0, hold-up-to: 10}\n")
            try dir.write(text, to: "p.yaml")
            let result = try ProtractBinary.run(["validate", "p.yaml"], in: dir)
            #expect(result.status == 0, "warnings are not errors: \(result)")
            #expect(result.stdout == "ok: 1 programme valid, 3 warnings above\n", "\(result)")
            for warning in [
                "p.yaml:17:45: warning: 'hold-up-to' is 10: pain up to 10/10 holds the dose rather than stepping back\n",
                "p.yaml:14:21: warning: 'pain-monitoring' item 1 restates a pain score (6/10)\n",
                "p.yaml:16:33: warning: 'red-flags' item 1 restates a pain score (7/10)\n",
            ] {
                #expect(result.stderr.contains(warning), "\(warning)\n\(result.stderr)")
            }
            let plan = try ProtractBinary.run(["plan", "p.yaml", "--start", "2026-12-07", "--weeks", "1", "--none"], in: dir)
            #expect(plan.status == 0, "\(plan)")
            #expect(plan.stdout.flattened.contains("- no pain during the session, settled (3/10 or less)"), "\(plan.stdout)")
            #expect(!plan.stdout.contains("above 10/10"), "\(plan.stdout)")
            #expect(plan.stdout.flattened.contains("- not settled by the next morning, or higher than the week before 2 weeks running: "
                + "the next session steps back"), "\(plan.stdout)")
        }
    }

    @Test func theBuiltInProgrammesValidateWithoutWarnings() throws {
        for name in ["upper-back-rehab", "desk-mobility", "more-push-ups"] {
            let result = try ProtractBinary.run(["validate", ProtractBinary.programsDirectory.appendingPathComponent("\(name).yaml").path])
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout == "ok: 1 programme valid\n", "\(name): \(result)")
            #expect(result.stderr == "", "\(name): \(result)")
        }
    }

    @Test(arguments: [
        ("    - chest-pian\n", "'chest-pian' is not a standard red flag (did you mean 'chest-pain'?)"),
        ("    - chest-pain\n    - chest-pain\n", "the red flag 'chest-pain' is listed twice"),
        ("    - {symptom: chest-pain, sign: chest pain, urgency: emergency}\n", "'chest-pain' is a standard red flag's name"),
        ("    - {symptom: my-flag, sign: a sign, urgency: soon}\n", "'soon' is not an urgency"),
        ("    - {symptom: my-flag, sign: \"bell\\a\", urgency: urgent}\n", "'sign' holds the control character U+0007 (BEL)"),
        ("    - {symptom: My Flag, sign: a sign, urgency: urgent}\n", "symptom id 'My Flag' is not kebab-case"),
    ])
    func aBadRedFlagIsLocated(items: String, message: String) throws {
        try withTemporaryDirectory { dir in
            let text = validProgramme.replacingOccurrences(
                of: "  see-a-clinician: [numbness in the arms]\n",
                with: "  see-a-clinician: [numbness in the arms]\n  red-flags:\n" + items)
            try dir.write(text, to: "p.yaml")
            let result = try ProtractBinary.run(["validate", "p.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.contains("error: \(message)"), "\(result)")
            #expect(result.stderr.contains("= in: safety.red-flags["), "\(result)")
        }
    }
}

/// `log --symptom` takes the names of the course's programme's red flags.
@Suite struct LogSymptomNamesTests {
    @Test func logTakesTheCoursesProgrammesOwnRedFlags() throws {
        try Courses.with { courses in
            try courses.dir.write(RedFlagScreeningTests.ownFlags, to: "own.yaml")
            let start = try courses.run(["start", "own.yaml", "--start", "2026-12-07", "--none"])
            #expect(start.status == 0, "\(start)")
            let other = try courses.run(["log", "--today", "2026-12-09", "--symptom", "sharp-pain"])
            #expect(other.status == 64, "a standard name the programme does not list: \(other)")
            #expect(other.stderr.hasPrefix(
                "protract: error: unknown symptom 'sharp-pain'; the symptoms are chest-pain, shoulder-dislocation\n"),
                "\(other)")
            let own = try courses.run(["log", "--today", "2026-12-09", "--symptom", "shoulder-dislocation"])
            #expect(own.status == 3, "\(own)")
            #expect(own.stdout.contains("-> go to A&E now and do not put it back yourself"), "\(own)")
            #expect(try courses.text("cli-plan").contains("symptoms: [shoulder-dislocation]"))
        }
    }

    @Test func logTakesTheNewStandardNames() throws {
        try Courses.with { courses in
            try courses.start()
            let result = try courses.run(["log", "--today", "2026-12-09", "--symptom", "cough-pain", "--pain", "4"])
            #expect(result.status == 3, "\(result)")
            #expect(result.stdout.contains("  - Pain that is worse when you cough or sneeze\n    -> see a GP urgently, or call NHS 111 or your local out-of-hours line\n"))
        }
    }
}
