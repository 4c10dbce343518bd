import ArgumentParser
import PlanKit
import PlanRendering

extension ProtractCommand {
    /// `protract next`: the course's next session in full, for a person with a phone in hand.
    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "next",
            abstract: "Show your course's next session in full: each exercise with its cues, and the pain rules.",
            discussion: """
                The next session still to come (today's, if it is not logged yet), as the course's \
                plan gives it after everything logged, with every exercise's cues, the reasons for \
                any change, the stop rules and the pain monitoring; then how to log it. 'protract \
                plan' shows every week.

                Examples:
                  protract next
                  protract next --course shoulder

                \(ExitStatus.helpText)
                """)

        @OptionGroup var selection: CourseOptions

        mutating func validate() throws {
            try selection.validateSyntax()
        }

        func run() throws {
            let console = Console()
            let course = try selection.coursePlan(console: console)
            let (plan, today) = (course.plan, course.today)
            if let stop = plan.stoppedBecause {
                console.out(console.wrapped(["The course has stopped: \(stop).", "See a clinician before you train again."]))
                throw ExitStatus.redFlag
            }
            let suffix = selection.course.map { " --course \($0)" }
                ?? selection.journal.map { " --journal \(SystemPath($0).shellWord)" } ?? ""
            guard let next = plan.sessions.first(where: { $0.record == nil && $0.date >= today }) else {
                console.out(console.wrapped([
                    "No session of the course is still to come: it ended on \(plan.sessions.last?.date.longDisplay ?? "its last day").",
                    "See how it went with 'protract progress\(suffix)'.",
                ]))
                return
            }
            let days = today.days(until: next.date)
            let when = days == 0 ? "today, " : days == 1 ? "tomorrow, " : ""
            let renderer = TextRenderer(options: .init(width: console.width, colour: console.colourAllowed(on: 1)))
            console.out(console.wrapped(["Next: \(when)\(next.date.longDisplay) (session \(next.number) of \(plan.sessions.count))"])
                + "\n" + renderer.render(session: next, of: plan, catalog: course.configured.catalog) + "\n")
            console.out(console.wrapped([
                "After it: 'protract log\(suffix)' asks how it went, or 'protract log\(suffix) --as-planned --pain N' "
                    + "logs it as written with your pain (0-10) during it.",
            ]))
        }
    }
}
