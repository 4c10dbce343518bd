import ArgumentParser
import PlanKit
import YAMLKit

extension ProtractCommand {
    /// `protract log`: records a session in the course's journal, or lists, corrects and exports it.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "Record a session in your course's journal, or list, correct or export the journal.",
            discussion: HelpLayout.discussion("""
                On a terminal, without entry flags, it asks about the latest session not yet \
                logged: how each exercise went, the pain, any red flag and a note (Ctrl-D cancels: \
                nothing is logged, exit 1). In scripts, a new entry says what was done: --as-planned, and/or --done EXERCISE=N,N,... for each \
                exercise not done as written (reps per set, or seconds held). Add --pain (0-10, during \
                the session), --morning (0-10, the next morning), --hurt for an exercise of the \
                session that hurt (the warm-up swaps the drill; other blocks hold), --symptom for a \
                red flag (as 'protract screen PROGRAMME' names them), --retest N for the reps of a \
                retest week's test (one set to technical failure; the ladder re-seats on it) and \
                --note. --date defaults to today. --morning on its \
                own adds the next morning's pain to the latest entry (or the one of --date). \
                After the course's programme file changed, --accept-programme on its own says the \
                change is meant: the course follows the file as it is, and the warning stops. \
                On a terminal, --edit DATE alone asks the session's questions again (Enter keeps \
                what the entry records), and a change to an entry with later ones (an edit, a \
                removal, a late entry that changes their doses) or a red flag is asked about \
                first; from a script the first needs --change-later.

                Examples:
                  protract log --as-planned --pain 2 --note "last set was hard"
                  protract log --as-planned --done knee-push-up=6,6,5 --pain 4
                  protract log --as-planned --pain 5 --hurt cat-cow
                  protract log --as-planned --retest 14 --pain 2
                  protract log --morning 1
                  protract log --seen-clinician
                  protract log --accept-programme
                  protract log --list
                  protract log --edit 2026-12-09 --as-planned --pain 3
                  protract log --remove 2026-12-09
                  protract log --export csv > journal.csv

                \(ExitStatus.helpText) Logging a red-flag --symptom records it and exits with 3: \
                the plan stops, see a clinician.
                """))

        @OptionGroup var selection: CourseOptions

        @Option(help: ArgumentHelp("The session's date (default: today).", valueName: "yyyy-mm-dd"))
        var date: String?

        @Flag(help: "Every exercise was done as written (except any given with --done).")
        var asPlanned = false

        @Option(help: ArgumentHelp(
            "What was done of one exercise: reps per set, or seconds held; repeat for more.", valueName: "id=n,n,..."))
        var done: [String] = []

        // `.unconditional`: '--pain -1' is a number out of range, not a missing value.
        @Option(parsing: .unconditional, help: ArgumentHelp("Pain during the session, 0 (none) to 10 (the worst).", valueName: "n"))
        var pain: Int?

        @Option(parsing: .unconditional, help: ArgumentHelp("Pain the next morning, 0 to 10.", valueName: "n"))
        var morning: Int?

        @Option(help: ArgumentHelp(
            "An exercise of the session that hurt, by id; repeat for more.", valueName: "id"))
        var hurt: [String] = []

        @Option(help: ArgumentHelp("A red-flag symptom, by the course's programme's names (see 'protract screen PROGRAMME'); repeat for more.", valueName: "name"))
        var symptom: [String] = []

        // `.unconditional`: a note may start with a dash ('--note "-2 reps, it was fine"').
        @Option(parsing: .unconditional, help: ArgumentHelp("A note of your own.", valueName: "text"))
        var note: String?

        @Option(parsing: .unconditional, help: ArgumentHelp(
            "The reps of the session's retest: one set to technical failure (good form; in a rehab programme, pain within the plan's limit). The ladder re-seats on it.",
            valueName: "n"))
        var retest: Int?

        @Flag(help: "You saw a physiotherapist or GP about pain not easing and they said to go on: records the visit (today, or --date), and pain not easing is looked at again 2 weeks on.")
        var seenClinician = false

        @Flag(help: "The course's programme file was changed and the change is meant: the course follows it as it is now (its hash in the journal), and the warning that it changed stops.")
        var acceptProgramme = false

        @Flag(help: "List the logged sessions.")
        var list = false

        @Option(help: ArgumentHelp("Remove the entry of this date.", valueName: "yyyy-mm-dd"))
        var remove: String?

        @Option(help: ArgumentHelp("Replace the entry of this date with the flags given.", valueName: "yyyy-mm-dd"))
        var edit: String?

        @Flag(help: "Edit or remove an entry with sessions logged after it (they were adapted from it), or log one that changes their doses (they stand for the doses of their time).")
        var changeLater = false

        @Option(help: ArgumentHelp("Write the journal to stdout in this format.", valueName: "csv"))
        var export: ExportFormat?

        enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
            case csv
        }

        mutating func validate() throws {
            try selection.validateSyntax()
            try LogFlags.checkGivenOnce(Array(CommandLine.arguments.dropFirst()))
            let modes = [list ? "--list" : nil, remove.map { _ in "--remove" }, export.map { _ in "--export" },
                         edit.map { _ in "--edit" }].compactMap { $0 }
            if modes.count > 1 {
                throw ValidationError("\(modes.joined(separator: " and ")) cannot be used together")
            }
            if let mode = modes.first, mode != "--edit", describesEntry || date != nil {
                throw ValidationError("\(mode) takes no entry flags (--date, --as-planned, --done, --pain, --morning, --hurt, --symptom, --retest, --note)")
            }
            if edit != nil, date != nil {
                throw ValidationError("--edit names the date already; drop --date")
            }
            try checkVisitFlags(modes: modes)
            try checkAcceptFlags(modes: modes)
            if changeLater, list || export != nil {
                throw ValidationError("--change-later is for a change to the journal: an entry, --edit or --remove")
            }
            _ = try LogFlags.date(date, flag: "--date")
            _ = try LogFlags.date(remove, flag: "--remove")
            _ = try LogFlags.date(edit, flag: "--edit")
            try LogFlags.checkPain(pain, flag: "--pain")
            try LogFlags.checkPain(morning, flag: "--morning")
            try LogFlags.checkRetest(retest)
            _ = try LogFlags.parseDone(done, isExercise: LogFlags.isBuiltInExercise)
            try LogFlags.checkHurt(hurt)
            try PlanOptions.checkScreeningFlags(symptom: symptom, none: false)
            if let note { try PlanOptions.checkText(SystemPath.text(note), flag: "--note", rule: .prose) }
        }

        func run() throws {
            if acceptProgramme { return try runAcceptProgramme() }
            do throws(JournalStore.Failure) { try checkEntryIsDescribed() } catch { throw error.report(Console()) }
            if asksOnTerminal { return try runOnTerminal() }
            var command = self
            // An edit or removal of an entry with later ones, on a terminal, asks first, with the
            // later doses it changes (and what an edit drops); yes is `--change-later` (from a
            // script, `change` refuses it without the flag). An edit's questions come first:
            // their answers are the change.
            var asked = false
            if Console.isInteractive, !changeLater, !asksEditOnTerminal,
                let day = (edit ?? remove).flatMap(CivilDate.init(parsing:)),
                try confirmLaterEntries(after: day, console: Console())
            {
                command.changeLater = true
                asked = true
            }
            // So does a new entry, or a morning's pain, that changes the doses of later ones.
            if Console.isInteractive, try confirmLateEntry(console: Console()) { command.changeLater = true }
            if command.asksEditOnTerminal { return try command.runEditOnTerminal() }
            try command.runWithFlags(droppedAsked: asked)
        }

        /// The entry the flags give, or the change they ask for (`--edit`, `--remove`, `--list`,
        /// `--export`); `fromQuestions` when an edit's questions gave the flags, and asked already
        /// what the flags alone would ask on a terminal; `droppedAsked` when the question about
        /// later entries said what an edit drops (``confirmLaterEntries(after:console:answered:)``).
        func runWithFlags(fromQuestions: Bool = false, droppedAsked: Bool = false) throws {
            let console = Console()
            // What the entry changes next is said once the journal is written and unlocked.
            var logged: (course: Course, date: CivilDate, plan: CoursePlan?)?
            var redFlag = false
            // An edit on a terminal that would drop what the entry records asks first, before the
            // lock is taken, so that another `log` need not wait for the person.
            if Console.isInteractive, !fromQuestions, !droppedAsked, let day = edit.flatMap(CivilDate.init(parsing:)) {
                try confirmEdit(of: day, console: console)
            }
            if Console.isInteractive, !fromQuestions, !symptom.isEmpty { try confirmRedFlags(console: console) }
            do throws(JournalStore.Failure) {
                let store = try selection.existingStore()
                if list || export != nil {
                    let (journal, _) = try store.read()
                    console.out(export == .csv
                        ? JournalExport.csv(
                            journal.course, today: selection.todayDate(in: journal.course.athlete.timeZone), selection: selection,
                            console: console)
                        : JournalExport.list(journal.course, console: console))
                    return
                }
                let lock = try store.lock()
                defer { withExtendedLifetime(lock) {} }
                let read = try store.read()
                var journal = read.file
                // An entry is not added to a journal whose person no longer fits the programme:
                // the plan it would be logged against cannot be made (plan says the same).
                let configured = CoursePlan.programmeIfItLoads(of: journal.course, console: console)
                let replaced = (edit ?? remove).flatMap(CivilDate.init(parsing:))
                if remove == nil, let configured, let failure = CoursePlan.journalFailure(
                    read, for: configured, today: selection.todayDate(in: journal.course.athlete.timeZone), replacing: replaced,
                    use: .writes, selection: selection)
                {
                    throw failure
                }
                // The other entries' exercises the programme does not have, as `plan` warns of them.
                if let configured {
                    let unknown = CoursePlan.unknownExercises(in: read.file, of: journal.course, configured, replacing: replaced)
                    if !unknown.isEmpty { console.report(unknown, in: read.source) }
                }
                let outcome = try change(&journal.course, console: console)
                try store.replace(with: journal.course)
                console.out(console.wrapped([outcome.message + " (\(journal.course.name): \(plural(journal.course.logs.count, "session")) logged)"]
                    + outcome.notes) + outcome.commands.map { console.command($0) }.joined())
                if outcome.redFlags.isEmpty {
                    logged = outcome.date.map { (journal.course, $0, outcome.plan) }
                } else {
                    console.out(Self.stopped(
                        by: outcome.redFlags, on: outcome.date ?? journal.course.logs.last?.date ?? CivilDate.earliest,
                        course: journal.course, selection: selection, console: console))
                    redFlag = true
                }
            } catch {
                throw error.report(console)
            }
            if redFlag { throw ExitStatus.redFlag }
            if let logged {
                if let plan = logged.plan {
                    console.out(console.wrapped(plan.whatChanges(after: logged.date, selection: selection)))
                } else {
                    try sayWhatChanges(logged.course, after: logged.date, console: console)
                }
                if remove == nil, !isMorningOnly, let reminder = Self.morningReminder(
                    logged.course, after: logged.date, today: selection.todayDate(in: logged.course.athlete.timeZone),
                    selection: selection)
                {
                    console.out(console.wrapped([reminder]))
                }
            }
        }

        /// What a change did, for the message and the exit status.
        struct Outcome {
            var message: String
            var redFlags: [RedFlag] = []
            /// The entry logged or changed, to say what it changes next.
            var date: CivilDate?
            /// The course's plan with the entry, when it was made to check the entry: what the
            /// entry changes next is read from it rather than planned again.
            var plan: CoursePlan?
            /// Lines after the message: what an edit no longer records, what --done left out.
            var notes: [String] = []
            /// Commands after the notes, each on a line of its own and never wrapped, so that they
            /// copy whole.
            var commands: [String] = []
        }

        /// Applies the flags to the course; throws a usage failure for a change that cannot be made.
        func applyFlags(_ course: inout Course, console: Console) throws(JournalStore.Failure) -> Outcome {
            let today = selection.todayDate(in: course.athlete.timeZone)
            func usage(_ message: String, help: String? = nil) -> JournalStore.Failure { .usage(message, help: help) }
            func index(of date: CivilDate) -> Int? { course.logs.firstIndex { $0.date == date } }
            if seenClinician { return try recordVisit(in: &course, today: today) }
            if let text = remove, let date = CivilDate(parsing: text) {
                guard let found = index(of: date) else {
                    throw usage(
                    "no session is logged on \(date.longDisplay)",
                    help: "'\((Self.logCommand(selection) + ["--list"]).joined(separator: " "))' shows the logged sessions")
                }
                let removed = course.logs.remove(at: found)
                // What the course goes on with is said as after an entry (the next session); what
                // the entry held is said first, with the command that puts it back.
                return Outcome(
                    message: "removed the session of \(date.longDisplay)", date: date,
                    notes: ["it recorded: " + JournalExport.summary(removed, name: JournalExport.exerciseNames(of: course, console: console))] + (removed.note.map { JournalExport.noteLines($0, label: "note: ") } ?? [])
                        + ["to put it back:"],
                    commands: [(Self.logCommand(selection) + ["--date", "\(date)"] + Self.entryFlags(removed)).joined(separator: " ")])
            }
            if isMorningOnly, let morning {
                let target: Int?
                if let text = date, let day = CivilDate(parsing: text) {
                    target = index(of: day)
                    if target == nil {
                        throw usage("no session is logged on \(day.longDisplay) to add the morning's pain to",
                                    help: "log the session first, with --as-planned or --done, and --morning \(morning)")
                    }
                } else {
                    target = course.logs.indices.last
                    if target == nil {
                        throw usage("no session is logged yet to add the morning's pain to",
                                    help: "log the session first, with --as-planned or --done, and --morning \(morning)")
                    }
                }
                guard let target else { throw usage("no session to add the morning's pain to") }
                if course.logs[target].date >= today {
                    throw usage(
                        "the morning after \(course.logs[target].date.longDisplay) has not come yet (today is \(today.longDisplay))",
                        help: "log the next morning's pain on that morning, or with the session as --pain N if you mean pain during it")
                }
                let day = course.logs[target].date.longDisplay
                // A correction is taken, and said as one: the journal had another figure.
                let message = switch course.logs[target].morningPain {
                case morning: "next-morning pain of \(day) is \(morning)/10 already"
                case let earlier?: "changed next-morning pain of \(day) from \(earlier)/10 to \(morning)/10"
                case nil: "added next-morning pain \(morning)/10 to \(day)"
                }
                course.logs[target].morningPain = morning
                return Outcome(message: message, date: course.logs[target].date)
            }
            let day = (edit ?? date).flatMap(CivilDate.init(parsing:)) ?? today
            if day > today {
                throw usage("\(day.longDisplay) is after today (\(today.longDisplay))", help: "log a session once it is done")
            }
            if day < course.athlete.start {
                throw usage("\(day.longDisplay) is before the course started (\(course.athlete.start.longDisplay))")
            }
            if morning != nil, day >= today {
                // It would feed the rules as a morning still to come. This morning's pain belongs
                // to the session before, when that was yesterday.
                // Each command with the flags that chose the course: run as shown, it finds this one.
                let morningCommand = (Self.logCommand(selection) + ["--morning", "N"]).joined(separator: " ")
                let earlier = course.logs.last { $0.date < day && $0.date.adding(days: 1) == today }.map {
                    "; this morning's pain after \($0.date.longDisplay) is '\(morningCommand) --date \($0.date)'"
                } ?? ""
                throw usage(
                    "--morning: the morning after \(day.longDisplay) has not come yet (today is \(today.longDisplay))",
                    help: "drop --morning and add it tomorrow with '\(morningCommand)'" + earlier)
            }
            if edit == nil, let stop = course.logs.first(where: { !$0.symptoms.isEmpty }), stop.date < day {
                throw Self.stopped(since: stop, course: course, selection: selection)
            }
            let flags = try redFlags(of: course, console: console)
            let entry = entry(on: day)
            // An id the session does not have is refused below, with the session's own ids.
            let work = entry.done
            let existing = index(of: day)
            var checked: CoursePlan?
            var notDone: [String] = []
            // The flags that name the session's own contents are checked against the course's plan
            // with the entry in it: one replay for all of them.
            if retest != nil || !hurt.isEmpty || !work.isEmpty {
                var logged = course
                logged.logs.removeAll { $0.date == day }
                logged.logs.append(entry)
                logged.logs.sort { $0.date < $1.date }
                let named = [("--done", !work.isEmpty), ("--hurt", !hurt.isEmpty), ("--retest", retest != nil)]
                    .filter(\.1).map(\.0).joined(separator: ", ")
                let (session, plan) = try loggedSession(
                    of: logged, on: day, today: max(today, day), console: console, warn: true, flags: named)
                checked = plan
                if retest != nil { try checkRetest(session, in: plan.plan.sessions) }
                try checkSessionExercises([("--done", work.map(\.exerciseID)), ("--hurt", hurt)], in: session)
                if !asPlanned, !work.isEmpty {
                    var seen = Set(work.map(\.exerciseID))
                    notDone = session.blocks.flatMap(\.prescriptions).filter { !$0.dose.isTest }.map(\.exerciseID)
                        .filter { seen.insert($0).inserted }
                }
            }
            // The exercises named as the plan names them, in what is said back.
            let name = JournalExport.exerciseNames(of: course, console: console)
            var dropped: [String] = []
            if edit != nil {
                guard let existing else {
                    throw noEntryToEdit(entry, in: course, planned: checked, today: today, console: console)
                }
                dropped = Self.dropped(from: course.logs[existing], by: entry, name: name)
                course.logs[existing] = entry
            } else {
                if let existing {
                    // What is there, and the commands that replace it with this entry or remove
                    // it, each on a line of its own: one may carry a quoted note, and copies whole.
                    throw Self.loggedAlready(
                        course.logs[existing], replacement: entry, today: today, selection: selection,
                        name: name, later: course.logs.contains { $0.date > course.logs[existing].date })
                }
                checked = try refuseASecondEntry(entry, in: course, planned: checked, today: today, console: console)
                try course.insert(entry)
            }
            let verb = edit == nil ? "logged" : "replaced"
            // An edit replaces the whole entry: what the old one held and the flags left out is said.
            // A line of its own: a dropped item may carry its own parentheses.
            var notes = dropped.isEmpty ? [] : ["no longer recorded: \(dropped.joined(separator: "; "))"]
            // Without --as-planned, what --done leaves out was not done: said, so that it is meant,
            // with the command that says otherwise on a line of its own (it may carry a quoted note).
            var commands: [String] = []
            if !notDone.isEmpty {
                var asWritten = entry
                asWritten.asPlanned = true
                notes.append("recorded as not done: \(notDone.map(name).joined(separator: ", ")); when they went as written:")
                commands.append((Self.logCommand(selection) + ["--edit", "\(day)"] + Self.entryFlags(asWritten)).joined(separator: " "))
            }
            return Outcome(
                message: "\(verb) \(day.longDisplay): \(JournalExport.summary(entry, name: name, redFlags: flags))", redFlags: flags,
                date: day,
                plan: checked, notes: notes, commands: commands)
        }
    }
}
