import ArgumentParser
import PlanKit
import YAMLKit
import PlanRendering

extension ProtractCommand {
    /// `protract progress`: how the course has gone so far.
    struct Progress: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "progress",
            abstract: "Show how your course has gone: sessions done and missed, pain by week, push-ups done.",
            discussion: HelpLayout.discussion("""
                One row a week up to today: sessions done (on their day or later) of those past, the \
                highest pain during a session and the next morning as bars of ten, and the push-up \
                steps and reps done. --format json gives the same figures as data.

                Examples:
                  protract progress
                  protract progress --course shoulder --format json

                \(ExitStatus.helpText)
                """))

        @OptionGroup var selection: CourseOptions

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text
            case json
        }

        mutating func validate() throws {
            try selection.validateSyntax()
        }

        func run() throws {
            let console = Console()
            let course = try selection.coursePlan(console: console, command: "progress")
            let (journal, today) = (course.course, course.today)
            let report = ProgressReport(
                CourseProgress(plan: course.plan, today: today),
                identity: .init(
                    course: journal.name, programmeID: course.plan.programmeID, programmeTitle: course.plan.programmeTitle,
                    person: journal.athlete.name))
            console.out(format == .json ? report.json() : report.text(catalog: course.configured.catalog, width: console.width))
            if course.plan.stoppedBecause != nil { throw ExitStatus.redFlag }
        }
    }
}
