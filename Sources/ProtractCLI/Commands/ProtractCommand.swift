public import ArgumentParser
import PlanKit
import YAMLKit

/// The `protract` command: plans push-up rehab programmes from YAML files.
public struct ProtractCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "protract",
        abstract: "Plan a progressive rehab programme for upper-back pain after push-ups.",
        discussion: HelpLayout.discussion("""
            A programme is a YAML file: a built-in one (see 'protract programmes') or your own. \
            Protract checks it, then builds a week-by-week plan from its mobility, stabilizer and \
            push-up plugins.

            \(ExitStatus.helpText)
            """),
        version: "0.1.0",
        subcommands: [
            Plan.self, Validate.self, Programmes.self, Plugins.self, Exercises.self, New.self, Schema.self, Screen.self,
            Start.self, Log.self, Next.self, Courses.self, Progress.self,
        ]
    )

    public init() {}

    /// The most `--skip` options one command line may repeat. ArgumentParser takes time that grows
    /// with the square of the number of repeated options (10,000 `--skip` flags took 9-11 s, almost
    /// all of it in its `SplitArguments.remove(at:)`), so they are counted before it parses them;
    /// more dates go comma-separated in one `--skip` or in a profile.
    static let maxRepeatedSkips = 100

    /// Why a command line repeats `--skip` too often, or nil.
    static func repeatedSkipProblem(_ arguments: [String]) -> (message: String, help: String)? {
        var count = 0
        for argument in arguments {
            if argument == "--" { break }
            if argument == "--skip" || argument.hasPrefix("--skip=") { count += 1 }
        }
        guard count > maxRepeatedSkips else { return nil }
        return ("--skip is given \(count) times; the most is \(maxRepeatedSkips)",
                "list several dates in one --skip, separated by commas (--skip 2026-12-24,2026-12-25), "
                    + "or put them under 'skip:' in a profile (up to \(Limits.skipDates) dates)")
    }

    /// The subcommands' names, as typed: `plan`, `validate`, ...
    static var commandNames: [String] { configuration.subcommands.map { $0._commandName } }

    /// Why `protract help NAME` names no command, or nil. ArgumentParser answers an unknown name
    /// with the overview and exit 0, which a script would take for success.
    static func unknownHelpTopicProblem(_ arguments: [String]) -> (message: String, help: String)? {
        guard arguments.first == "help", arguments.count >= 2, !arguments[1].hasPrefix("-") else { return nil }
        let names = commandNames
        let topic = arguments[1]
        guard !names.contains(topic), topic != "help" else { return nil }
        let hint = Suggestion.nearest(to: topic, in: names).map { "did you mean '\($0)'? " } ?? ""
        return ("no command is called '\(topic)'",
                hint + "the commands: " + names.joined(separator: ", ") + "; see 'protract --help'")
    }
}
