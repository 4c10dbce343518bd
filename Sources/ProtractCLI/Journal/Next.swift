import ArgumentParser
import PlanKit
import PlanRendering

extension ProtractCommand {
    /// `protract next`: the course's next session in full, for a person with a phone in hand.
    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "next",
            abstract: "Show your course's next session in full: each exercise with its cues, and the pain rules.",
            discussion: HelpLayout.discussion("""
                The next session still to come (today's, if it is not logged yet), as the course's \
                plan gives it after everything logged, with every exercise's cues, the reasons for \
                any change, the stop rules and the pain monitoring; then how to log it. 'protract \
                plan' shows every week.

                Examples:
                  protract next
                  protract next --course shoulder

                \(ExitStatus.helpText)
                """))

        @OptionGroup var selection: CourseOptions

        mutating func validate() throws {
            try selection.validateSyntax()
        }

        func run() throws {
            let console = Console()
            let course = try selection.coursePlan(console: console, command: "next")
            let (plan, today) = (course.plan, course.today)
            if let stop = plan.stoppedBecause {
                // Each red flag logged with what to do, as `log` said it when it was logged.
                let logged = Set(course.course.logs.flatMap(\.symptoms))
                let flags = course.configured.programme.safety.redFlags.filter { logged.contains($0.id) }
                let first = course.course.logs.first { !$0.symptoms.isEmpty }
                let newCourse = ProtractCommand.Log.newCourseCommand(course.course, selection: selection)
                // Said once: the advice ends with the new course and how to correct a slip.
                console.out(console.wrapped(["The course has stopped: \(stop)."])
                    + (flags.isEmpty || first == nil
                        ? console.wrapped(["Once a clinician has cleared you to train, begin a new course with '\(newCourse)'."])
                        : ProtractCommand.Log.stopped(
                            by: flags, on: first?.date ?? today, course: course.course, selection: selection, console: console)))
                throw ExitStatus.redFlag
            }
            // `--course NAME` or `--journal FILE` as the course was chosen, as `log`'s hints give them.
            let suffix = ProtractCommand.Log.selectionFlags(selection).map { " " + $0 }.joined()
            guard let (next, replanned, day) = course.nextToDo() else {
                console.out(console.wrapped([
                    "No session of the course is still to come: it ended on \(plan.sessions.last?.date.longDisplay ?? "its last day").",
                    "See how it went with 'protract progress\(suffix)'.",
                ]))
                return
            }
            // When, as `log` will take it: once the plan's rest allows, and a session whose day has
            // gone is done late.
            let count = "(session \(next.number) of \(replanned.sessions.count))"
            let days = today.days(until: day)
            let on = days == 0 ? "today" : days == 1 ? "tomorrow" : day.longDisplay
            let heading: String
            if day > today, day > next.date {
                heading = "Next: \(next.date.longDisplay)'s session \(count), on \(day.shortDisplay) or later: "
                    + "the plan keeps \(plan.minRestHours) h between sessions"
            } else if next.date < day {
                let by = next.date.days(until: day)
                heading = "Next: \(next.date.longDisplay)'s session \(count), \(by == 1 ? "a day" : "\(by) days") late: \(on)"
            } else {
                heading = "Next: \(days <= 1 ? on + ", " : "")\(next.date.longDisplay) \(count)"
            }
            let renderer = TextRenderer(options: .init(width: console.width, colour: console.colourAllowed(on: 1)))
            let reminder = Self.morningReminder(course.course.logs, today: today, suffix: suffix)
            let comeBack = Self.breakNote(
                course.course.logs, day: day, today: today, missedWeeks: course.configured.programme.painRules.missedWeeks)
            // Why this session differs from the plan as written, at the top, not only beside each
            // exercise further down (a phone user's trial found it 114 lines in).
            let why = comeBack == nil ? Self.lastDecision(before: next, in: replanned) : nil
            var top = [heading]
            if let comeBack { top.append(comeBack) }
            if let why { top.append("After your last session: " + why + ".") }
            top += course.notEasing(selection: selection)
            if let reminder { top.append(reminder.line) }
            console.out(console.wrapped(top)
                + (reminder.map { console.command($0.command) } ?? "")
                + "\n" + renderer.render(session: next, of: replanned, catalog: course.configured.catalog) + "\n")
            console.out(console.wrapped([
                "After it: 'protract log\(suffix)' asks how it went, or 'protract log\(suffix) --as-planned --pain N' "
                    + "logs it as written with your pain (0-10) during it.",
            ]))
        }

        /// What the pain rules made of the last session logged before `next`
        /// (`pain 6/10 on Tue 8 Dec, not settled next morning (4/10): the next session steps back`),
        /// when they held or stepped back; nil when it progressed, or nothing is logged.
        static func lastDecision(before next: PlannedSession, in plan: PlanKit.Plan) -> String? {
            let logged = plan.sessions.prefix { $0.number < next.number }.last { $0.record?.log != nil }
            return logged?.record?.decision
        }

        /// After a break of the pain rules' `missed-weeks` or more since the last session logged
        /// (the break that makes the next session step back): why it is easier, and a check with a
        /// clinician first if anything has changed. Nil after a shorter break, or before any entry.
        static func breakNote(_ logs: [SessionLog], day: CivilDate, today: CivilDate, missedWeeks: Int) -> String? {
            guard let last = logs.map(\.date).max(), last.days(until: day) >= 7 * missedWeeks else { return nil }
            let weeks = max(last.days(until: today) / 7, missedWeeks)
            return "Your last session logged was on \(last.longDisplay), \(weeks) weeks ago: after a break the "
                + "plan starts a step easier. If anything has changed since (new pain, an injury or an illness), check "
                + "with a physiotherapist or GP before you go on."
        }

        /// The reminder to log the next morning's pain of the latest entry, once that morning has
        /// come and while it is recent enough to recall (as `log` asks it): the pain rules need
        /// it to decide the next dose; the command goes on a line of its own, so that it copies
        /// whole. Nil when it is logged, or not due.
        static func morningReminder(_ logs: [SessionLog], today: CivilDate, suffix: String) -> (line: String, command: String)? {
            guard let latest = logs.max(by: { $0.date < $1.date }), latest.morningPain == nil, latest.date < today,
                LogInterview.recalls(morningAfter: latest.date, today: today)
            else { return nil }
            let morning = latest.date.adding(days: 1)
            let when = morning == today ? "this morning" : "on the morning of \(morning.shortDisplay)"
            return (
                "First, log your pain \(when), after the session of \(latest.date.shortDisplay) (0-10): "
                    + "the pain rules need it for the next dose.",
                "protract log\(suffix) --morning N")
        }
    }
}
