import ArgumentParser
import PlanKit
import YAMLKit

extension ProtractCommand {
    /// `protract screen [PROGRAMME]`: the red-flag questions, before any plan.
    struct Screen: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "screen",
            abstract: "Ask the red-flag questions that send you to a clinician instead of a plan.",
            discussion: HelpLayout.discussion("""
                The questions are PROGRAMME's red flags (its 'safety.red-flags'), the ones its plan \
                lists; without PROGRAMME, the standard red flags. On a terminal it asks each \
                question. In scripts, answer with --symptom NAME (repeatable) or --none. Exits 0 \
                when no red flag is present and 3 when one is. 'plan' and 'start' ask the same \
                questions on a terminal and take the same flags.

                Standard symptoms: \(RedFlag.standard.map(\.id).joined(separator: ", ")).
                """))

        @Argument(
            help: "A built-in programme id or a programme file whose red flags to ask (default: the standard ones).",
            completion: .file(extensions: ["yaml", "yml"]))
        var programme: String?

        @Option(help: ArgumentHelp("A symptom you have; repeat for more.", valueName: "name"))
        var symptom: [String] = []

        @Flag(help: "Answer no to every question.")
        var none = false

        mutating func validate() throws {
            try SystemPath.checkNamed(programme, "PROGRAMME")
            try PlanOptions.checkScreeningFlags(symptom: symptom, none: none)
        }

        func run() throws {
            let console = Console()
            var title: String?
            var screening = Screening(flags: RedFlag.standard)
            var baselines = ["push-ups"]
            if let programme {
                let configured = try Environment.load().configured(programme: programme)
                screening = Screening(flags: configured.programme.safety.redFlags)
                title = configured.programme.title
                // The push-up baseline when the programme reads one (the one most plans start
                // from), else the first it reads; none for a programme that reads none.
                let keys = configured.baselineKeys.map(\.key)
                baselines = keys.contains("push-ups") ? ["push-ups"] : Array(keys.prefix(1))
            }
            var present: [RedFlag]
            switch screening.named(symptom) {
            case .failure(let unknown): throw console.usageError(unknown.message, command: "screen")
            case .success(let named): present = named
            }
            if symptom.isEmpty, !none {
                guard Console.inputIsTerminal else {
                    throw console.usageError(
                        "not on a terminal: answer with --symptom NAME (repeatable) or --none", command: "screen")
                }
                if let title { console.out(console.wrapped("The red flags of \(title).", first: "", rest: "")) }
                do {
                    present = try screening.ask(.terminal(console))
                } catch {
                    // Ctrl-D: the person stopped, as in 'plan' and 'log'; nothing was screened.
                    console.out("\n")
                    console.note("input ended before every question was answered: nothing was screened", first: "protract: ")
                    throw ExitStatus.cancelled
                }
            }
            if present.isEmpty {
                console.out(ScreenReport.clear(programme: programme, baselines: baselines, console: console))
                return
            }
            console.out(ScreenReport.refusal(for: present, console: console))
            throw ExitStatus.redFlag
        }
    }
}

/// What `screen` and `plan --symptom` print, wrapped to the console's width.
enum ScreenReport {
    /// No red flag: how to start, with the programme asked about (`upper-back-rehab` otherwise).
    static func clear(programme: String?, baselines: [String], console: Console) -> String {
        let argument = programme.map { SystemPath($0).shellWord } ?? "upper-back-rehab"
        // The baselines the programme reads (none: no flag).
        let flags = baselines.map { " --baseline \($0)=N" }.joined()
        // The command on lines of its own, laid out as every command to copy is: on a terminal
        // narrower than it, broken only between arguments with ` \` (a phone user's trial saw
        // the terminal break it inside `--baseline`), so that it can be copied whole.
        return console.wrapped(["No red flags. You can start the plan:"])
            + console.command("protract plan \(argument) --none\(flags)")
            + console.wrapped(["Stop and get help if any of these appear later; the plan lists them at the top."])
    }

    /// The red flags present, the most urgent first, each with what to do, and what lifts them:
    /// `clearance` says what to do once a clinician has cleared the person (by default, answer no
    /// to the flag when screened again).
    static func refusal(
        for flags: [RedFlag], console: Console,
        clearance: String = "Once one has checked it and cleared you to train, it no longer stops the plan: answer no to it then."
    ) -> String {
        var text = console.wrapped(["Red flag: do not start or continue the plan. See a clinician first."]) + "\n"
        for urgency in [RedFlag.Urgency.emergency, .urgent, .clinician] {
            for flag in flags where flag.urgency == urgency {
                text += console.wrapped(String(flag.question.dropLast()), first: "  - ", rest: "    ")
                text += console.wrapped(flag.advice, first: "    -> ", rest: "       ")
            }
        }
        return text + "\n"
            + console.wrapped([
                "Protract plans exercise; it does not diagnose. A clinician can tell whether and how to train. " + clearance,
            ])
    }
}
