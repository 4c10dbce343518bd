import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PlanKit
import YAMLKit
import PlanRendering

extension ProtractCommand {
    /// `protract plan PROGRAMME`: builds a person's plan and prints or writes it.
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Build a week-by-week plan from a programme for one person.",
            discussion: HelpLayout.discussion("""
                PROGRAMME is a built-in id (see 'protract programmes') or a path to a YAML file. \
                The person's inputs come from flags or from --profile; flags win. Without PROGRAMME, \
                the plan of the course begun with 'protract start' (--course NAME when there are several): \
                every session logged with 'protract log' is replayed, so the sessions to come follow \
                what was really done. On a terminal, a new plan first asks the programme's red-flag \
                questions ('protract screen PROGRAMME'); --none answers no to all of them, --symptom \
                names one that is present; in a script without either, the plan says the screening \
                was not done.

                Examples:
                  protract plan upper-back-rehab --baseline push-ups=6
                  protract plan upper-back-rehab --start 2026-12-07 --days mon,wed,fri
                  protract plan my-programme.yaml --profile me.yaml -o plan.txt
                  protract plan upper-back-rehab --format ics --reminder 30m -o plan.ics
                  protract plan upper-back-rehab -o handout.html   (printable, with figures)
                  protract plan --format ics -o rehab.ics   (the course, re-imported in place)

                \(ExitStatus.helpText) A red-flag --symptom exits with 3.
                """))

        @Argument(
            help: "A built-in programme id or a programme file; leave it out for the course's plan.",
            completion: .file(extensions: ["yaml", "yml"]))
        var programme: String?

        @OptionGroup var inputs: PlanOptions

        @OptionGroup(title: "Course options (without PROGRAMME)") var selection: CourseOptions

        @OptionGroup(title: "Calendar options") var calendar: CalendarOptions

        @Option(help: "Output format (default: from the --output file's extension .txt, .json, .ics or .html, else text).")
        var format: PlanFormat?

        @Option(name: .shortAndLong, help: ArgumentHelp(
            "Write the plan to this file ('-' for stdout); an existing file only with --force (see docs/output-files.md).",
            valueName: "file"))
        var output: String?

        @Flag(help: "Replace the output file if it exists, keeping its mode, owner and hard links; write into a device or FIFO.")
        var force = false

        mutating func validate() throws {
            try SystemPath.checkNamed(programme, "PROGRAMME")
            try SystemPath.checkNamed(output, "--output", standardStream: true)
            try inputs.validateSyntax()
            try selection.validateSyntax()
            if programme != nil, selection.today != nil {
                throw ValidationError("--today is for a course's plan; a new plan starts on --start")
            }
            if programme == nil, let flag = inputs.givenFlags.first {
                throw ValidationError(
                    "\(flag) is for a new plan: a course's inputs come from its journal (give PROGRAMME for a new plan)")
            }
            if programme != nil, selection.course != nil || selection.journal != nil {
                throw ValidationError("--course and --journal pick a course's plan; leave out PROGRAMME to use them")
            }
            try calendar.validateSyntax(format: try PlanFormat.resolved(format, output: output))
        }

        func run() throws {
            let console = Console()
            let environment = try Environment.load()
            let writer = OutputWriter(path: output, force: force, exampleName: "plan." + (format.map { $0 == .text ? "txt" : $0.rawValue } ?? "txt"))
            try writer.checkWritable(console: console)
            let format = (try? PlanFormat.resolved(format, output: output)) ?? format ?? .text  // checked in validate()
            let configured: ConfiguredProgramme
            let plan: PlanKit.Plan
            let athlete: Athlete
            var courseName: String?
            if let programme {
                configured = try environment.configured(programme: programme)
                (athlete, plan) = try inputs.newPlan(configured, named: programme, console: console, command: "plan")
            } else {
                let course = try selection.coursePlan(
                    console: console, command: "plan", wordsPastChanges: format.showsPastChanges)
                (configured, plan, athlete) = (course.configured, course.plan, course.course.athlete)
                courseName = course.course.name
                // A red flag named now refuses the course's plan as it refuses a new one.
                if !inputs.symptom.isEmpty { _ = try inputs.screen(configured.programme, console: console, command: "plan") }
            }
            // Too few training days is a warning too (it is also in the plan, with its first session);
            // a plan shorter than the programme was asked for, and the plan alone says what it misses.
            let programmeInUse = configured.programme
            let days = athlete.days ?? programmeInUse.schedule.days
            if let note = ScheduleFit(programme: programmeInUse, weeks: programmeInUse.weeks, days: days).tooFewDays {
                console.note(note, first: "protract: warning: ")
            }
            let renderer = try renderer(for: format, plan: plan, course: courseName, toStdout: writer.isStdout, console: console)
            let text: String
            do {
                text = try renderer.render(plan, catalog: configured.catalog)
            } catch RenderingError.noSessions {
                throw console.usageError("the plan has no sessions to put in a calendar (every date is skipped)", command: "plan")
            } catch {
                throw console.usageError("cannot write the \(format.noun): \(error)", command: "plan")
            }
            try writer.write(text, console: console)
            if !writer.isStdout {
                console.err("wrote \(writer.displayName): \(plural(plan.sessions.count, "session")) over \(plural(plan.weeks.count, "week"))\n")
            }
            if let stop = plan.stoppedBecause {
                console.note("the course has stopped: \(stop)", first: "protract: ")
                throw ExitStatus.redFlag
            }
        }
    }
}

extension ProtractCommand.Plan {
    /// The renderer for `format`, with the options it needs: the one place a format becomes a
    /// renderer. Text fits the terminal and takes colour only on stdout; the calendar's DTSTAMP
    /// (and so SEQUENCE) comes from `SOURCE_DATE_EPOCH` when set, for reproducible files, else
    /// from the clock, so a newer export always carries a higher SEQUENCE. A course's calendar
    /// keys its UIDs on the `course`'s name unless `--calendar-id` gives a key.
    func renderer(
        for format: PlanFormat, plan: PlanKit.Plan, course: String?, toStdout: Bool, console: Console
    ) throws -> any PlanRenderer {
        switch format {
        case .text:
            let width = toStdout ? console.width : 80
            return TextRenderer(options: .init(width: width, colour: toStdout && console.colourAllowed(on: 1)))
        case .json:
            return JSONRenderer()
        case .html:
            return HTMLRenderer()
        case .ics:
            let timestamp: Int
            if let epoch = environmentVariables("SOURCE_DATE_EPOCH")["SOURCE_DATE_EPOCH"] {
                guard let value = Int(epoch), value >= 0 else {
                    throw console.usageError("SOURCE_DATE_EPOCH '\(epoch)' is not a whole number of seconds", command: "plan")
                }
                timestamp = value
            } else {
                timestamp = Int(Date().timeIntervalSince1970)
            }
            return ICalendarRenderer(options: .init(
                calendarName: calendar.calendarName.map(SystemPath.text), reminderMinutes: calendar.reminder.flatMap(CalendarOptions.minutes),
                allDay: calendar.allDay, timestamp: timestamp,
                personKey: calendar.calendarID.map(SystemPath.text)
                    ?? course.map { ICalendarRenderer.Options.personKey(course: $0, athlete: plan.athlete) } ?? plan.athlete.name,
                cancelledEvents: !calendar.noCancelled))
        }
    }
}

/// The formats `plan` writes.
enum PlanFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case ics
    case html

    /// Whether the format says why a course's past sessions' doses changed: the text plan shows
    /// only what each of them prescribed, beside what was done.
    var showsPastChanges: Bool { self != .text }

    /// What a file in this format is called in messages.
    var noun: String {
        switch self {
        case .text: return "text plan"
        case .json: return "JSON"
        case .ics: return "calendar"
        case .html: return "HTML handout"
        }
    }

    /// The format an output file's extension names (`.txt`, `.json`, `.ics`, `.html` or `.htm`, any
    /// case), or nil.
    static func named(byExtensionOf path: String) -> PlanFormat? {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return ["txt": .text, "json": .json, "ics": .ics, "html": .html, "htm": .html][name[name.index(after: dot)...].lowercased()]
    }

    /// `--format` when given, else the format the `--output` extension names, else text; a
    /// `--format` that contradicts the extension is a usage error.
    static func resolved(_ explicit: PlanFormat?, output: String?) throws -> PlanFormat {
        let inferred = output.flatMap(named(byExtensionOf:))
        if let explicit, let inferred, explicit != inferred {
            let file = output.map { SystemPath($0).display } ?? ""
            throw ValidationError(
                "--format \(explicit.rawValue) does not match the output file \(file), which names \(inferred.rawValue); "
                    + "drop --format, or use a file name that fits it")
        }
        return explicit ?? inferred ?? .text
    }
}
