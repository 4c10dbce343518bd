import PlanKit
import PlanRendering
import YAMLKit

/// The red-flag screening of one programme: `protract screen`, and `plan` and `start` before the
/// first plan. Its questions, the names `--symptom` takes and the plan's "See a clinician" lines
/// all come from the programme's red flags (`safety.red-flags`), so they cannot drift apart.
struct Screening {
    /// The programme's red flags, most urgent first.
    var flags: [RedFlag]

    /// The red flags `names` name, in the list's order; the first name not on the list is the error.
    func named(_ names: [String]) -> Result<[RedFlag], UnknownSymptom> {
        for name in names where !flags.contains(where: { $0.id == name }) {
            return .failure(UnknownSymptom(name: name, known: flags.map(\.id)))
        }
        return .success(flags.filter { names.contains($0.id) })
    }

    /// A `--symptom` that is not one of the programme's red flags.
    struct UnknownSymptom: Error {
        var name: String
        var known: [String]

        var message: String {
            let hint = Suggestion.nearest(to: name, in: known).map { " (did you mean '\($0)'?)" } ?? ""
            return "unknown symptom '\(shown(name))'\(hint); the symptoms are \(known.joined(separator: ", "))"
        }
    }

    /// The answers to the questions: every red flag answered yes, in the list's order, and whether
    /// every question was answered (input may end before the last).
    struct Answers: Equatable {
        var present: [RedFlag]
        var finished: Bool
    }

    /// Asks every question, y or n, in the list's order (most urgent first), and returns every
    /// red flag answered yes: a clinician needs them all, not only the first (a clinician's trial
    /// saw the screening stop at its first yes). A yes to an emergency says at once what to do,
    /// before the questions go on. Input that ends early (Ctrl-D) ends the questions: the answers
    /// so far are returned, `finished` false.
    func ask(_ prompter: LinePrompter) -> Answers {
        prompter.say("Answer y or n. Any yes means a clinician should see you before you train.")
        prompter.write("\n")
        var present: [RedFlag] = []
        for flag in flags {
            let yes: Bool
            do {
                yes = try prompter.ask(flag.question + " [y/n]") { answer -> Result<Bool, LinePrompter.Reason> in
                    switch answer.lowercased() {
                    case "y", "yes": return .success(true)
                    case "n", "no": return .success(false)
                    default: return .failure(.init("Please answer y or n."))
                    }
                }
            } catch {
                return Answers(present: present, finished: false)
            }
            guard yes else { continue }
            present.append(flag)
            if flag.urgency == .emergency {
                let now = flag.advice.prefix(1).uppercased() + flag.advice.dropFirst()
                let lines = LineWrapper(width: prompter.width).wrap(
                    now + ". The other questions follow: answer them if you can, for whoever sees you.",
                    first: "  -> ", rest: "     ")
                prompter.write(lines.joined(separator: "\n") + "\n")
            }
        }
        prompter.write("\n")
        return Answers(present: present, finished: true)
    }
}

extension PlanOptions {
    /// The screening before a new plan: a `--symptom` of the programme's red flags refuses the
    /// plan (exit 3); `--none` answers no to every question; otherwise, on a terminal, the
    /// questions are asked (a yes refuses the plan, exit 3); in a script the plan says that the
    /// screening was not done.
    ///
    /// - Throws: the usage status for a symptom the programme does not list, `ExitStatus.redFlag`
    ///   for a red flag, exit 1 when input ends before every question is answered.
    func screen(_ programme: Programme, console: Console, command: String) throws -> Plan.Screening {
        let screening = Screening(flags: programme.safety.redFlags)
        switch screening.named(symptom) {
        case .failure(let unknown):
            throw console.usageError(unknown.message, command: command)
        case .success(let present) where !present.isEmpty:
            console.err(ScreenReport.refusal(for: present, console: console))
            throw ExitStatus.redFlag
        case .success:
            break
        }
        if none { return .noRedFlags }
        guard Console.isInteractive else { return .notDone }
        console.out("Before the first plan: the red flags of \(programme.title).\n")
        let answers = screening.ask(.terminal(console))
        if !answers.finished {
            console.out("\n")
            console.note("input ended before every question was answered: no plan was made", first: "protract: ")
            // A yes given before input ended still refuses the plan, with its advice.
            guard answers.present.isEmpty else {
                console.out(ScreenReport.refusal(for: answers.present, console: console))
                throw ExitStatus.redFlag
            }
            throw ExitStatus.cancelled
        }
        guard answers.present.isEmpty else {
            console.out(ScreenReport.refusal(for: answers.present, console: console))
            throw ExitStatus.redFlag
        }
        return .noRedFlags
    }

    /// A new plan of `configured` for the person these flags describe, once the screening has
    /// passed: what `plan PROGRAMME` and `start` both make.
    ///
    /// - Throws: the screening's statuses (see ``screen(_:console:command:)``), the inputs'
    ///   usage errors, and the usage status when the plan cannot be made (reported first).
    func newPlan(
        _ configured: ConfiguredProgramme, named argument: String, console: Console, command: String,
        today: CivilDate? = nil
    ) throws -> (Athlete, Plan) {
        let athlete = try AthleteBuilder(options: self, console: console, today: today).athlete(for: configured)
        let screening = try screen(configured.programme, console: console, command: command)
        do {
            var plan = try Planner().plan(configured, for: athlete)
            plan.screening = screening
            // `protract screen ARGUMENT` finds the programme as this command did.
            if argument != configured.programme.id { plan.programmeArgument = SystemPath(argument).shellWord }
            warnOfLateSessions(in: plan, time: athlete.time ?? configured.programme.schedule.time, console: console)
            return (athlete, plan)
        } catch {
            console.error(error.message, help: error.help)
            throw ExitStatus.usage
        }
    }

    /// Warns, once per session template, when the start time carries its sessions past midnight:
    /// `validate` refuses that at the programme's own time, and a later `--time` (or a profile's
    /// `time`) should not do it unsaid. The plan is made all the same, its sessions ending the next day.
    func warnOfLateSessions(in plan: Plan, time: TimeOfDay, console: Console) {
        let chosen = if self.time != nil {
            "with --time \(time)"
        } else if let profile {
            "with the time \(time) of \(SystemPath(profile).display)"
        } else {
            "starting at \(time)"
        }
        for late in LateTemplate.find(in: plan) {
            console.note(
                TerminalText.visible(
                    "\(chosen) the '\(late.title)' sessions end after midnight (they take up to \(late.length)): "
                        + "the plan shows them ending the next day")
                    + "\n  help: choose an earlier time for them to end by midnight: \(late.latestStart) or before, "
                    + "such as '--time \(late.latestStart)'",
                first: "protract: warning: ")
        }
    }

}
