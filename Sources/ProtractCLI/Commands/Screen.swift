import ArgumentParser
import Foundation
import PlanKit

extension ProtractCommand {
    /// `protract screen`: the red-flag questions, before any plan.
    struct Screen: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "screen",
            abstract: "Ask the red-flag questions that send you to a clinician instead of a plan.",
            discussion: """
                On a terminal it asks each question. In scripts, answer with --symptom NAME \
                (repeatable) or --none. Exits 0 when no red flag is present and 3 when one is.

                Symptoms: \(RedFlag.all.map(\.id).joined(separator: ", ")).
                """)

        @Option(help: ArgumentHelp("A symptom you have; repeat for more.", valueName: "name"))
        var symptom: [String] = []

        @Flag(help: "Answer no to every question.")
        var none = false

        mutating func validate() throws {
            if none, !symptom.isEmpty { throw ValidationError("--none and --symptom cannot be used together") }
            try PlanOptions.checkSymptoms(symptom)
        }

        func run() throws {
            let console = Console()
            var present = symptom.compactMap(RedFlag.named)
            if symptom.isEmpty, !none {
                guard isatty(0) == 1 else {
                    throw console.usageError(
                        "not on a terminal: answer with --symptom NAME (repeatable) or --none", command: "screen")
                }
                present = try ask(console)
            }
            if present.isEmpty {
                console.out(ScreenReport.clear)
                return
            }
            console.out(ScreenReport.refusal(for: present))
            throw ExitStatus.redFlag
        }

        private func ask(_ console: Console) throws -> [RedFlag] {
            console.out("Answer y or n. Any yes means a clinician should see you before you train.\n\n")
            var present: [RedFlag] = []
            for flag in RedFlag.all {
                while true {
                    console.out("\(flag.question) [y/n] ")
                    guard let line = readLine() else {
                        throw console.usageError("input ended before every question was answered", command: "screen")
                    }
                    let answer = line.trimmingCharacters(in: .whitespaces).lowercased()
                    if ["y", "yes"].contains(answer) {
                        present.append(flag)
                        break
                    }
                    if ["n", "no"].contains(answer) { break }
                    console.out("Please answer y or n.\n")
                }
            }
            console.out("\n")
            return present
        }
    }
}

/// What `screen` and `plan --symptom` print.
enum ScreenReport {
    static let clear = """
        No red flags. You can start the plan: protract plan upper-back-rehab --baseline push-ups=N
        Stop and get help if any of these appear later; the plan lists them at the top.

        """

    static func refusal(for flags: [RedFlag]) -> String {
        var text = "Red flag: do not start or continue the plan. See a clinician first.\n\n"
        for urgency in [RedFlag.Urgency.emergency, .urgent, .clinician] {
            for flag in flags where flag.urgency == urgency {
                text += "  - \(flag.question.dropLast())\n    -> \(flag.advice)\n"
            }
        }
        text += "\nProtract plans exercise; it does not diagnose. A clinician can tell whether and how to train.\n"
        return text
    }
}
