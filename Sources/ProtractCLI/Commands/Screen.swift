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
                lists; without PROGRAMME, the standard red flags. On a terminal it asks every \
                question, then lists each red flag answered yes, the most urgent first, with what to \
                do. In scripts, answer with --symptom NAME (repeatable) or --none. Exits 0 when no \
                red flag is present and 3 when one is. 'plan' and 'start' ask the same questions on \
                a terminal and take the same flags.

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
            var baselines = ["push-ups", "knee-push-ups"]
            // The pain a rehab programme's baseline counts within (upper-back-rehab's, by default).
            var painLimit: Int? = PainRules.standard.progressUpTo
            if let programme {
                let configured = try Environment.load().configured(programme: programme)
                screening = Screening(flags: configured.programme.safety.redFlags)
                title = configured.programme.title
                painLimit = configured.programme.purpose == .rehab ? configured.programme.painRules.progressUpTo : nil
                // The push-up baseline when the programme reads one (the one most plans start
                // from), and the knee push-ups' for a person who cannot do a full one; else the
                // first it reads; none for a programme that reads none.
                let keys = configured.baselineKeys.map(\.key)
                baselines = keys.contains("push-ups")
                    ? ["push-ups"] + (keys.contains("knee-push-ups") ? ["knee-push-ups"] : []) : Array(keys.prefix(1))
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
                let answers = screening.ask(.terminal(console))
                present = answers.present
                if !answers.finished {
                    // Ctrl-D: the person stopped, as in 'plan' and 'log'. Nothing was screened,
                    // unless a yes came before: that one still needs a clinician.
                    console.out("\n")
                    let screened = present.isEmpty ? "nothing was screened" : "the red flags answered yes are below"
                    console.note("input ended before every question was answered: \(screened)", first: "protract: ")
                    guard !present.isEmpty else { throw ExitStatus.cancelled }
                }
            }
            if present.isEmpty {
                console.out(ScreenReport.clear(programme: programme, baselines: baselines, painLimit: painLimit, console: console))
                return
            }
            console.out(ScreenReport.refusal(for: present, console: console))
            throw ExitStatus.redFlag
        }
    }
}

/// What `screen` and `plan --symptom` print, wrapped to the console's width.
enum ScreenReport {
    /// No red flag: how to begin a course (`protract start`), with the programme asked about
    /// (`upper-back-rehab` otherwise) and the baseline it reads; for a programme that reads knee
    /// push-ups, the command for a person who cannot do a full push-up yet, and where the ladder
    /// then starts (the push-up progression's start rules: few knee push-ups start at the wall or
    /// an incline, more on the knees; a rehab programme a step lower).
    /// `painLimit`: the pain a rehab programme's push-ups baseline counts within; nil for another.
    static func clear(programme: String?, baselines: [String], painLimit: Int? = nil, console: Console) -> String {
        let argument = programme.map { SystemPath($0).shellWord } ?? "upper-back-rehab"
        // The commands on lines of their own, laid out as every command to copy is: on a terminal
        // narrower than one, broken only between arguments with ` \` (a phone user's trial saw
        // the terminal break it inside `--baseline`), so that each can be copied whole.
        func command(_ baseline: String?) -> String {
            console.command("protract start \(argument) --none" + (baseline.map { " --baseline \($0)=N" } ?? ""))
        }
        let main = baselines.first { $0 != "knee-push-ups" }
        var text = console.wrapped(["No red flags. Begin the plan with:"]) + command(main)
        if main == "push-ups" {
            let pain = painLimit.map { " and pain at or under \($0)/10" } ?? ""
            text += console.wrapped(["N is the most push-ups you can do in one set with good form\(pain)."])
        } else if let main {
            text += console.wrapped(["N is your \(main) baseline ('protract plugins' says how to measure it)."])
        }
        if baselines.contains("knee-push-ups") {
            text += console.wrapped(["Cannot do a full push-up yet? Count your knee push-ups instead:"])
                + command("knee-push-ups")
                + console.wrapped([
                    "The plan starts from that count: at the wall or on an incline with a few, on your knees with "
                        + "more, and climbs from there.",
                ])
        }
        return text + console.wrapped(["Stop and get help if any of these appear later; the plan lists them at the top."])
    }

    /// The red flags present, the most urgent first, each with what to do, and what lifts them:
    /// `clearance` says what to do once a clinician has cleared the person (by default, answer no
    /// to the flag when screened again).
    static func refusal(
        for flags: [RedFlag], console: Console,
        clearance: String = "Once one has checked it and cleared you to train, it no longer stops the plan: answer no to it then."
    ) -> String {
        let heading = flags.count == 1
            ? "Red flag: do not start or continue the plan. See a clinician first."
            : "\(flags.count) red flags: do not start or continue the plan. See a clinician first; the most urgent "
                + "comes first."
        var text = console.wrapped([heading]) + "\n"
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
