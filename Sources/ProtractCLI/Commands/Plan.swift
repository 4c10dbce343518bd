import ArgumentParser
import Foundation
import PlanKit
import PlanRendering
import YAMLKit

extension ProtractCommand {
    /// `protract plan PROGRAMME`: builds a person's plan and prints or writes it.
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a week-by-week plan from a programme for one person.",
            discussion: """
                PROGRAMME is a built-in id (see 'protract programmes') or a path to a YAML file. \
                The person's inputs come from flags or from --profile; flags win.

                Examples:
                  protract plan upper-back-rehab --baseline push-ups=6
                  protract plan upper-back-rehab --start 2026-12-07 --days mon,wed,fri --time 07:30 \
                --time-zone Europe/London --output plan.txt

                \(ExitStatus.helpText) A red-flag --symptom exits with 3.
                """)

        @Argument(help: "A built-in programme id or a programme file.", completion: .file(extensions: ["yaml", "yml"]))
        var programme: String

        @OptionGroup var inputs: PlanOptions

        @Option(help: "Output format.")
        var format: PlanFormat = .text

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the plan to this file ('-' for stdout).", valueName: "file"))
        var output: String?

        @Flag(help: "Replace the output file if it exists.")
        var force = false

        mutating func validate() throws {
            try inputs.validateSyntax()
        }

        func run() throws {
            let console = Console()
            if !inputs.symptom.isEmpty {
                let flags = inputs.symptom.compactMap(RedFlag.named)
                console.err(ScreenReport.refusal(for: flags))
                throw ExitStatus.redFlag
            }
            let environment = try Environment.load()
            let writer = OutputWriter(path: output, force: force)
            do {
                try writer.checkWritable()
            } catch {
                console.error(error.message, help: error.help)
                throw ExitStatus.cannotCreate
            }
            let configured = try ProgrammeResolver(environment: environment).configured(programme)
            let athlete = try AthleteBuilder(options: inputs, console: console).athlete(for: configured)
            let plan: PlanKit.Plan
            do {
                plan = try Planner().plan(configured, for: athlete)
            } catch {
                console.error(error.message, help: error.help)
                throw ExitStatus.usage
            }
            let text: String
            switch format {
            case .text:
                let colour = writer.isStdout && console.colourOnStdout
                let width = writer.isStdout ? TerminalWidth.current() : 80
                text = TextRenderer(options: .init(width: width, colour: colour)).render(plan, catalog: configured.catalog)
            case .json:
                do {
                    text = try JSONRenderer().render(plan, catalog: configured.catalog)
                } catch {
                    console.error("could not encode the plan as JSON: \(error)")
                    throw ExitStatus.software
                }
            }
            do {
                try writer.write(text, console: console)
            } catch {
                console.error(error.message, help: error.help)
                throw ExitStatus.cannotCreate
            }
            if !writer.isStdout, let path = output {
                console.err("wrote \(path): \(plan.sessions.count) sessions over \(plan.weeks.count) weeks\n")
            }
        }
    }
}

/// The formats `plan` writes.
enum PlanFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
