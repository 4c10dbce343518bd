import ArgumentParser
import PlanKit
import YAMLKit

extension ProtractCommand.Log {
    /// Whether this run asks its questions: no mode and no entry flag (`--date` may pick the session).
    var asksOnTerminal: Bool { !list && remove == nil && export == nil && edit == nil && !seenClinician && !describesEntry }

    /// `protract log` on a terminal without entry flags: asks about the session (`LogInterview`),
    /// then saves the answers as the flags would be saved, under the journal's lock, and says what
    /// changes next. The journal is read again under the lock, so nothing logged meanwhile is lost;
    /// the questions are asked without it, so another `log` need not wait for the person.
    func runOnTerminal() throws {
        let console = Console()
        let store: JournalStore
        let read: (file: JournalFile, source: SourceFile)
        do throws(JournalStore.Failure) {
            store = try selection.existingStore()
            read = try store.read()
        } catch {
            throw error.report(console)
        }
        let course = read.file.course
        let today = selection.todayDate(in: course.athlete.timeZone)
        let loaded = try CoursePlan.load(
            course, today: today, console: console, journal: (read.file, read.source, .writes, selection))
        if loaded.plan.stoppedBecause != nil, let stop = course.logs.first(where: { !$0.symptoms.isEmpty }) {
            throw ProtractCommand.Log.stopped(
                since: stop, course: course, selection: selection, redFlags: loaded.configured.programme.safety.redFlags
            ).report(console)
        }
        let interview = LogInterview(
            sessions: loaded.plan.sessions.map { LogInterview.Session($0, catalog: loaded.configured.catalog) },
            logs: course.logs, start: course.athlete.start, today: today,
            painRules: loaded.configured.programme.painRules,
            redFlags: loaded.configured.programme.safety.redFlags.filter { !$0.isAskedBeforeStartingOnly },
            command: Self.logCommand(selection).joined(separator: " "),
            name: loaded.configured.catalog.sentenceName(of:),
            newCourse: Self.newCourseCommand(course, selection: selection))
        var given: (index: Int, date: CivilDate)?
        // The date to log (--date, else today) logged already: the journal refuses a second entry
        // (73), as from flags, with that entry and the commands that change or remove it, before
        // anything is asked.
        let day = date.flatMap(CivilDate.init(parsing:)) ?? today
        if let existing = course.logs.first(where: { $0.date == day }) {
            throw Self.loggedAlready(
                existing, replacement: nil, today: today, selection: selection, name: loaded.configured.catalog.sentenceName(of:),
                later: course.logs.contains { $0.date > day }
            ).report(console)
        }
        if let text = date, let day = CivilDate(parsing: text) {
            switch interview.pick(text, default: nil) {
            case .success(let pick): given = pick
            case .failure(let reason) where reason.isLoggedAlready:
                // The journal refusing a second entry: 73, as the same --date with entry flags.
                console.error("--date \(day): \(reason.text); the journal was not changed")
                throw ExitStatus.cannotCreate
            case .failure(let reason):
                throw console.usageError("--date \(day): \(reason.text)", command: "log")
            }
        }
        let answers: LogInterview.Answers
        do {
            answers = try interview.run(.terminal(console), date: given)
        } catch {
            console.out("\n")
            console.note("input ended: nothing was logged", first: "protract: ")
            throw ExitStatus.cancelled
        }
        guard answers.entry != nil || answers.morning != nil else {
            // No session to log (said already), or Enter at the only question (this morning's
            // pain, with every session logged): the status says nothing was written, as from
            // flags (a trial's ended with exit 0, which a script reads as logged).
            console.note("nothing was logged", first: "protract: ")
            throw answers.nothingDue == .notYet ? ExitStatus.usage : ExitStatus.cannotCreate
        }
        var replanned: (old: PlanKit.Plan, new: PlanKit.Plan)?
        if let entry = answers.entry {
            var after = course
            try? after.insert(entry)
            // The morning's pain answered for an earlier session changes the plan too: the
            // confirmation shows what both answers change.
            if let morning = answers.morning, let index = after.logs.firstIndex(where: { $0.date == morning.date }) {
                after.logs[index].morningPain = morning.pain
            }
            let found = consequences(
                of: (course, after), on: entry.date, isNewEntry: true, today: today, configured: loaded.configured)
            replanned = found?.plans
            // A session logged before later entries may change the doses they stand for: asked first.
            let lines = found?.laterChanges ?? []
            if !lines.isEmpty {
                let prompter = LinePrompter.terminal(console)
                Self.sayLaterChanges(changeOn(entry.date), lines, to: prompter)
                let go = prompter.askYesOrNo(
                    "Log it anyway, and show them at the new doses? [y/N]",
                    otherwise: "type y to log it, or n (or Enter) to leave the journal as it is")
                guard go == true else {
                    if go == nil { console.out("\n") }
                    console.note("nothing was logged", first: "protract: ")
                    // The answers are the person's words: how to log them later, without asking again.
                    // Each command on lines of its own, broken only between arguments, so that it copies whole.
                    prompter.say("To log these answers later, without the questions:")
                    for command in Self.commands(for: answers, selection: selection) { console.out(console.command(command)) }
                    throw ExitStatus.cancelled
                }
            }
        }
        try save(answers, to: store, console: console, loaded: loaded, today: today, replanned: replanned)
    }

    /// The commands that log `answers` from a script, for answers a person declined to log now
    /// (`protract log --date 2026-12-21 --as-planned --pain 2 --note 'from paper' --change-later`),
    /// or, `replacing` the entry of its date, for answers a save refused because a session was
    /// logged on that date meanwhile (`protract log --edit 2026-12-21 --as-planned --pain 2`; the
    /// later doses they change were not shown, so `--change-later` is left to the command to ask).
    static func commands(for answers: LogInterview.Answers, selection: CourseOptions, replacing: Bool = false) -> [String] {
        let base = logCommand(selection)
        let later = replacing ? [] : ["--change-later"]
        var lines: [String] = []
        if let morning = answers.morning {
            lines.append((base + ["--morning", "\(morning.pain)", "--date", "\(morning.date)"] + later).joined(separator: " "))
        }
        if let entry = answers.entry {
            let words = base + [replacing ? "--edit" : "--date", "\(entry.date)"] + entryFlags(entry)
            lines.append((words + later).joined(separator: " "))
        }
        return lines
    }

    /// The flags that log `entry` as it is, without its date: `--as-planned --pain 2 --note 'from paper'`.
    static func entryFlags(_ entry: SessionLog) -> [String] {
        var words: [String] = []
        if entry.asPlanned { words.append("--as-planned") }
        for work in entry.done {
            words += ["--done", "\(work.exerciseID)=" + work.sets.map(String.init).joined(separator: ",")]
        }
        if let pain = entry.pain { words += ["--pain", "\(pain)"] }
        if let morning = entry.morningPain { words += ["--morning", "\(morning)"] }
        for id in entry.hurt { words += ["--hurt", id] }
        for id in entry.symptoms { words += ["--symptom", id] }
        if let retest = entry.retest { words += ["--retest", "\(retest)"] }
        if let note = entry.note { words += ["--note", SystemPath.shellQuoted(note)] }
        return words
    }

    /// The command that replaces the entry of `date`, as a hint shows it when the entry's own flags
    /// are not known: `protract log --edit 2026-12-09 --as-planned --pain N` (`--edit` alone
    /// says nothing to log; `--course` or `--journal` as the course was chosen).
    static func editExample(_ date: CivilDate, selection: CourseOptions) -> String {
        (logCommand(selection) + ["--edit", "\(date)", "--as-planned", "--pain", "N"]).joined(separator: " ")
    }

    /// The command that removes the entry of `date`: `protract log --remove 2026-12-09`.
    static func removeCommand(_ date: CivilDate, selection: CourseOptions) -> String {
        (logCommand(selection) + ["--remove", "\(date)"]).joined(separator: " ")
    }

    /// `protract log` with the flags that chose the course, as the person gave them.
    static func logCommand(_ selection: CourseOptions) -> [String] {
        courseCommand("log", selection)
    }

    /// `protract COMMAND` with the flags that chose the course (`--course NAME` or `--journal
    /// FILE`), as the person gave them: `protract next --course sam`.
    static func courseCommand(_ command: String, _ selection: CourseOptions) -> [String] {
        ["protract", command] + selectionFlags(selection)
    }

    /// The flags that chose the course, as the person gave them: `--course sam`, or none.
    static func selectionFlags(_ selection: CourseOptions) -> [String] {
        if let course = selection.course { return ["--course", course] }
        if let journal = selection.journal { return ["--journal", SystemPath(journal).shellWord] }
        return []
    }

    /// Adds the answers to the journal, read again under its lock, and reports as the flags do.
    private func save(
        _ answers: LogInterview.Answers, to store: JournalStore, console: Console, loaded: CoursePlan, today: CivilDate,
        replanned: (old: PlanKit.Plan, new: PlanKit.Plan)?
    ) throws {
        var lines: [String] = []
        var course: Course
        do throws(JournalStore.Failure) {
            let lock = try store.lock()
            defer { withExtendedLifetime(lock) {} }
            course = try store.read().file.course
            if let entry = answers.entry {
                if course.logs.contains(where: { $0.date == entry.date }) {
                    // The person's words are not lost: how to log them in its place.
                    throw JournalStore.Failure(
                        status: ExitStatus.cannotCreate,
                        message: "a session was logged on \(entry.date.longDisplay) while you answered; the journal was not changed",
                        help: "see it with '\((Self.logCommand(selection) + ["--list"]).joined(separator: " "))'; "
                            + "to put your answers in its place, without the questions:",
                        commands: Self.commands(for: answers, selection: selection, replacing: true))
                }
                try course.insert(entry)
                if let replanned { course.keepLongestPlan(before: replanned.old, after: replanned.new) }
                lines.append("logged \(entry.date.longDisplay): "
                    + JournalExport.summary(
                        entry, name: loaded.configured.catalog.sentenceName(of:), redFlags: loaded.configured.programme.safety.redFlags))
            }
            if let morning = answers.morning, let index = course.logs.firstIndex(where: { $0.date == morning.date }) {
                course.logs[index].morningPain = morning.pain
                lines.append("added next-morning pain \(morning.pain)/10 to \(morning.date.longDisplay)")
            }
            guard !lines.isEmpty else {
                throw JournalStore.Failure(
                    status: ExitStatus.cannotCreate,
                    message: "the entry of \(answers.morning?.date.longDisplay ?? "that date") was removed while you answered; nothing was logged")
            }
            try store.replace(with: course)
        } catch {
            throw error.report(console)
        }
        lines[lines.count - 1] += " (\(course.name): \(plural(course.logs.count, "session")) logged)"
        console.out("\n" + console.wrapped(lines))
        let flags = loaded.configured.programme.safety.redFlags.filter { (answers.entry?.symptoms ?? []).contains($0.id) }
        if !flags.isEmpty {
            console.out(ProtractCommand.Log.stopped(
                by: flags, on: answers.entry?.date ?? today, course: course, selection: selection, console: console))
            throw ExitStatus.redFlag
        }
        // What changes next: the journal replayed with the answers, through the programme loaded already.
        guard let date = answers.entry?.date ?? answers.morning?.date,
            let plan = try? Planner().plan(loaded.configured, course: course, today: max(today, date))
        else { return }
        let replayed = CoursePlan(course: course, configured: loaded.configured, plan: plan, today: max(today, date))
        console.out(console.wrapped(replayed.whatChanges(after: date, selection: selection)))
        if let entry = answers.entry,
            let reminder = Self.morningReminder(course, after: entry.date, today: today, selection: selection)
        {
            console.out(console.wrapped([reminder]))
        }
    }
}

extension LogInterview.Session {
    /// The questions of a planned session: its prescriptions, each exercise named as the
    /// catalog names it (its id when the catalog lacks it).
    init(_ planned: PlannedSession, catalog: ExerciseCatalog) {
        self.init(
            date: planned.date, title: planned.title,
            items: planned.blocks.flatMap(\.prescriptions).map { prescription in
                LogInterview.Item(
                    exerciseID: prescription.exerciseID,
                    name: catalog.exercise(prescription.exerciseID)?.name ?? prescription.exerciseID,
                    sets: prescription.sets, dose: prescription.dose, perSide: prescription.perSide)
            })
    }
}
