import Foundation
import Testing

/// `protract screen` and `plan --symptom`: red flags send the person to a clinician (exit 3).
@Suite struct ScreenCommandTests {
    static let clear = """
        No red flags. You can start the plan: protract plan upper-back-rehab --baseline push-ups=N
        Stop and get help if any of these appear later; the plan lists them at the top.

        """

    static let armNumbness = """
        Red flag: do not start or continue the plan. See a clinician first.

          - Do you have numbness, tingling or weakness down an arm or in a hand
            -> see a GP urgently or call NHS 111; nerve symptoms need checking first

        Protract plans exercise; it does not diagnose. A clinician can tell whether and how to train.

        """

    @Test func noneExits0() throws {
        let result = try ProtractBinary.run(["screen", "--none"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == Self.clear)
        #expect(result.stderr == "")
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
        let sharp = try #require(result.stdout.range(of: "stop training and see a physiotherapist or GP"))
        #expect(chest.lowerBound < sharp.lowerBound)
    }

    @Test func noneAndASymptomTogetherAreAUsageError() throws {
        let result = try ProtractBinary.run(["screen", "--none", "--symptom", "arm-numbness"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == "Error: --none and --symptom cannot be used together\n" + PlanRun.screenUsage)
    }

    @Test func anUnknownSymptomSuggestsTheNearest() throws {
        let result = try ProtractBinary.run(["screen", "--symptom", "arm-numbnes"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: unknown symptom 'arm-numbnes' (did you mean 'arm-numbness'?); "), "\(result)")
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
        let result = try Terminal.run(["screen"], input: String(repeating: "n\n", count: 8), environment: ["NO_COLOR": "1"])
        #expect(result.status == 0, "\(result)")
        #expect(result.screen.contains("Answer y or n. Any yes means a clinician should see you before you train."))
        #expect(result.screen.contains("Does the pain come with chest pain, breathlessness or feeling faint? [y/n] "))
        #expect(result.screen.contains("Do you have a fever, or have you lost weight without trying? [y/n] "))
        #expect(result.screen.hasSuffix(Self.clear), "\(result)")
    }

    @Test(.enabled(if: Terminal.script != nil, "needs util-linux 'script' for a pseudo-terminal"))
    func onATerminalOneYesExits3() throws {
        // The second question is "after-accident".
        let input = "n\ny\n" + String(repeating: "n\n", count: 6)
        let result = try Terminal.run(["screen"], input: input, environment: ["NO_COLOR": "1"])
        #expect(result.status == 3, "\(result)")
        #expect(result.screen.contains("""
              - Did the pain start after a fall, accident or other injury
                -> go to A&E or call 999; do not train until you have been checked

            """), "\(result)")
        #expect(!result.screen.contains("No red flags"))
    }

    @Test(.enabled(if: Terminal.script != nil, "needs util-linux 'script' for a pseudo-terminal"))
    func onATerminalAnUnclearAnswerIsAskedAgain() throws {
        let input = "maybe\n" + String(repeating: "no\n", count: 8)
        let result = try Terminal.run(["screen"], input: input, environment: ["NO_COLOR": "1"])
        #expect(result.status == 0, "\(result)")
        #expect(result.screen.components(separatedBy: "Please answer y or n.").count == 2, "\(result)")
    }

    @Test(.enabled(if: Terminal.script != nil, "needs util-linux 'script' for a pseudo-terminal"))
    func onATerminalInputEndingEarlyIsAnError() throws {
        let result = try Terminal.run(["screen"], input: "n\n", environment: ["NO_COLOR": "1"])
        #expect(result.status == 64, "\(result)")
        #expect(result.screen.contains("protract: error: input ended before every question was answered"), "\(result)")
        #expect(!result.screen.contains("No red flags"))
    }

    // MARK: plan --symptom

    @Test func planWithARedFlagIsRefused() throws {
        let result = try PlanRun.plan(PlanRun.fixed + ["--symptom", "sharp-pain"])
        #expect(result.status == 3, "\(result)")
        #expect(result.stdout == "", "no plan on stdout")
        #expect(result.stderr == """
            Red flag: do not start or continue the plan. See a clinician first.

              - Is the pain sharp, sudden or intense, or does it not settle when you stop
                -> stop training and see a physiotherapist or GP before you go on

            Protract plans exercise; it does not diagnose. A clinician can tell whether and how to train.

            """)
    }

    @Test func planWithARedFlagIsRefusedEvenInJSON() throws {
        let result = try PlanRun.plan(PlanRun.fixed + ["--symptom", "arm-numbness", "--format", "json"])
        #expect(result.status == 3, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.contains("see a GP urgently or call NHS 111; nerve symptoms need checking first"))
    }
}
