import Foundation
import PlanKit
import Testing

/// `protract screen` and `plan --symptom`: red flags send the person to a clinician (exit 3).
@Suite struct ScreenCommandTests {
    /// With no red flag: the `start` command that begins the course, and, for a person who cannot
    /// do a full push-up, the knee push-ups' (upper-back-rehab starts such a person at the wall or
    /// an incline, with 12 knee push-ups or more on the knees).
    static let clear = """
        No red flags. Begin the plan with:
          protract start upper-back-rehab --none --baseline push-ups=N
        N is the most push-ups you can do in one set with good form and pain at or under
          3/10.
        Cannot do a full push-up yet? Count your knee push-ups instead:
          protract start upper-back-rehab --none --baseline knee-push-ups=N
        The plan starts from that count: at the wall or on an incline with a few, on
          your knees with more, and climbs from there.
        Stop and get help if any of these appear later; the plan lists them at the top.

        """

    static let armNumbness = """
        Red flag: do not start or continue the plan. See a clinician first.

          - Numbness, tingling or weakness down an arm or into a hand, or severe arm
            pain with tingling
            -> see a GP urgently, or call NHS 111 or your local out-of-hours line; nerve
               symptoms need checking first

        Protract plans exercise; it does not diagnose. A clinician can tell whether and
          how to train. Once one has checked it and cleared you to train, it no longer
          stops the plan: answer no to it then.

        """

    @Test func noneExits0() throws {
        let result = try ProtractBinary.run(["screen", "--none"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == Self.clear)
        #expect(result.stderr == "")
    }

    /// The command it suggests takes the baseline the programme reads: desk-mobility reads no
    /// push-ups (it suggested `--baseline push-ups=N`, which that plan refuses).
    @Test func theSuggestedPlanTakesTheProgrammesOwnBaseline() throws {
        let result = try ProtractBinary.run(["screen", "desk-mobility", "--none"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("\n  protract start desk-mobility --none --baseline plank-seconds=N\n"), "\(result)")
        #expect(!result.stdout.contains("knee"), "desk-mobility reads no knee push-ups: \(result)")
    }

    @Test func aSymptomExits3WithTheAdvice() throws {
        let result = try ProtractBinary.run(["screen", "--symptom", "arm-numbness"])
        #expect(result.status == 3, "\(result)")
        #expect(result.stdout == Self.armNumbness)
        #expect(result.stderr == "")
    }

    @Test func severalSymptomsAreListedMostUrgentFirst() throws {
        let result = try ProtractBinary.run(["screen", "--symptom", "sharp-pain", "--symptom", "chest-pain"])
        #expect(result.status == 3, "\(result)")
        let chest = try #require(result.stdout.range(of: "call 999 (or your local emergency number) or go to A&E now"))
        let sharp = try #require(result.stdout.range(of: "see a physiotherapist or GP before you train again; stop training now"))
        #expect(chest.lowerBound < sharp.lowerBound)
    }

    @Test func noneAndASymptomTogetherAreAUsageError() throws {
        let result = try ProtractBinary.run(["screen", "--none", "--symptom", "arm-numbness"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == "protract: error: --none and --symptom cannot be used together\n" + PlanRun.screenUsage)
    }

    @Test func anUnknownSymptomSuggestsTheNearest() throws {
        let result = try ProtractBinary.run(["screen", "--symptom", "arm-numbnes"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("protract: error: unknown symptom 'arm-numbnes' (did you mean 'arm-numbness'?); "), "\(result)")
        #expect(result.stderr.hasSuffix("  see 'protract screen --help'\n"), "\(result)")
    }

    /// ProtractBinary gives the process /dev/null as stdin, which is not a terminal.
    @Test func noAnswersAndNoTerminalIsAUsageError() throws {
        let result = try ProtractBinary.run(["screen"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == """
            protract: error: not on a terminal: answer with --symptom NAME (repeatable) or --none
              see 'protract screen --help'

            """, "\(result)")
    }

    @Test(.enabled(if: Terminal.script != nil, "needs util-linux 'script' for a pseudo-terminal"))
    func onATerminalNoToEveryQuestionExits0() throws {
        let count = RedFlag.standard.count
        let result = try Terminal.run(["screen"], input: String(repeating: "n\n", count: count), environment: ["NO_COLOR": "1"])
        #expect(result.status == 0, "\(result)")
        #expect(result.screen.contains("Answer y or n. Any yes means a clinician should see you before you train."))
        #expect(result.screen.contains("Chest pain, breathlessness or feeling faint with the back pain? [y/n] "))
        // The signs the old questions missed: the plan lists them, so the screening asks them.
        #expect(result.screen.contains("Pain that is worse when you cough or sneeze? [y/n] "))
        #expect(result.screen.contains("A lump, swelling or change of shape in the back? [y/n] "))
        #expect(result.screen.contains("Back pain and a history of cancer? [y/n] "))
        #expect(result.screen.components(separatedBy: "[y/n]").count == count + 1, "\(result)")
        #expect(result.screen.hasSuffix(Self.clear), "\(result)")
    }

    @Test(.enabled(if: Terminal.script != nil, "needs util-linux 'script' for a pseudo-terminal"))
    func onATerminalOneYesExits3() throws {
        // The second question is "after-accident".
        let input = "n\ny\n" + String(repeating: "n\n", count: RedFlag.standard.count - 2)
        let result = try Terminal.run(["screen"], input: input, environment: ["NO_COLOR": "1"])
        #expect(result.status == 3, "\(result)")
        #expect(result.screen.contains("""
              - Back pain that started after a serious accident, such as a car crash, or a
                big fall
                -> call 999 (or your local emergency number) or go to A&E now; do not train
                   until you have been checked

            """), "\(result)")
        #expect(!result.screen.contains("No red flags"))
        // An emergency's advice comes at once, and the questions go on to the last.
        #expect(result.screen.contains("  -> Call 999 (or your local emergency number) or go to A&E now; do not"), "\(result)")
        #expect(result.screen.components(separatedBy: "[y/n]").count == RedFlag.standard.count + 1, "\(result)")
    }

    /// A clinician's trial: the screening stopped at the first yes, so a second sign went unsaid.
    /// Every question is asked, and every yes is listed with what to do, the most urgent first,
    /// whatever order they were answered in.
    @Test(.enabled(if: Terminal.script != nil, "needs util-linux 'script' for a pseudo-terminal"))
    func onATerminalEveryYesIsListedMostUrgentFirst() throws {
        let yes: Set = ["after-accident", "night-pain", "sharp-pain", "lasting-pain"]
        let input = RedFlag.standard.map { yes.contains($0.id) ? "y\n" : "n\n" }.joined()
        let result = try Terminal.run(["screen"], input: input, environment: ["NO_COLOR": "1"])
        #expect(result.status == 3, "\(result)")
        #expect(result.screen.components(separatedBy: "[y/n]").count == RedFlag.standard.count + 1, "\(result)")
        let report = try #require(result.screen.components(separatedBy: "4 red flags: do not start or continue the plan.").last)
        let order = [
            "  - Back pain that started after a serious accident",
            "  - Pain that does not ease with rest, or is worse at night\n    -> see a GP urgently, or call NHS 111 or your local",
            "  - Sharp, sudden or intense pain",
            "  - Pain that is not easing after 2 weeks of the plan, or has lasted more than 6",
        ].map { report.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil }, "\(report)")
        let found = order.compactMap { $0 }
        #expect(found == found.sorted(), "emergency, then urgent, then a clinician: \(report)")
        #expect(!report.contains("No red flags"))
    }

    /// Input that ends after a yes still sends the person to a clinician (exit 3), not "nothing
    /// was screened".
    @Test(.enabled(if: Terminal.script != nil, "needs util-linux 'script' for a pseudo-terminal"))
    func onATerminalInputEndingAfterAYesStillListsIt() throws {
        let result = try Terminal.run(["screen"], input: "n\nn\ny\n", environment: ["NO_COLOR": "1"])
        #expect(result.status == 3, "\(result)")
        #expect(result.screen.flattened.contains(
            "protract: input ended before every question was answered: the red flags answered yes are below"), "\(result)")
        #expect(result.screen.contains("  - Numbness, tingling or weakness in both legs"), "\(result)")
    }

    @Test(.enabled(if: Terminal.script != nil, "needs util-linux 'script' for a pseudo-terminal"))
    func onATerminalAnUnclearAnswerIsAskedAgain() throws {
        let input = "maybe\n" + String(repeating: "no\n", count: RedFlag.standard.count)
        let result = try Terminal.run(["screen"], input: input, environment: ["NO_COLOR": "1"])
        #expect(result.status == 0, "\(result)")
        #expect(result.screen.components(separatedBy: "Please answer y or n.").count == 2, "\(result)")
    }

    @Test(.enabled(if: Terminal.script != nil, "needs util-linux 'script' for a pseudo-terminal"))
    func onATerminalInputEndingEarlyScreensNothing() throws {
        let result = try Terminal.run(["screen"], input: "n\n", environment: ["NO_COLOR": "1"])
        #expect(result.status == 1, "as Ctrl-D in 'plan' and 'log': \(result)")
        #expect(result.screen.contains("protract: input ended before every question was answered: nothing was screened"), "\(result)")
        #expect(!result.screen.contains("--help"), "\(result)")
        #expect(!result.screen.contains("No red flags"))
    }

    // MARK: plan --symptom

    @Test func planWithARedFlagIsRefused() throws {
        let result = try PlanRun.plan(PlanRun.fixed + ["--symptom", "sharp-pain"])
        #expect(result.status == 3, "\(result)")
        #expect(result.stdout == "", "no plan on stdout")
        #expect(result.stderr == """
            Red flag: do not start or continue the plan. See a clinician first.

              - Sharp, sudden or intense pain, or pain that does not settle when you stop
                -> see a physiotherapist or GP before you train again; stop training now

            Protract plans exercise; it does not diagnose. A clinician can tell whether and
              how to train. Once one has checked it and cleared you to train, it no longer
              stops the plan: answer no to it then.

            """)
    }

    @Test func planWithARedFlagIsRefusedEvenInJSON() throws {
        let result = try PlanRun.plan(PlanRun.fixed + ["--symptom", "arm-numbness", "--format", "json"])
        #expect(result.status == 3, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.flattened.contains("see a GP urgently, or call NHS 111 or your local out-of-hours line; nerve symptoms need checking first"))
    }
}
