import ArgumentParser
import PlanKit
import PlanRendering
import Synchronization
import YAMLKit

/// A course's programme, loaded as it is now, and its plan rebuilt from the journal as of today.
struct CoursePlan {
    /// The programmes this process has configured, by path: `log` asks for its course's programme
    /// up to three times (to check `--done`, to find the session, to say what changes next).
    private static let configuredByPath = Mutex<[String: ConfiguredProgramme]>([:])

    var course: Course
    var configured: ConfiguredProgramme
    var plan: PlanKit.Plan
    var today: CivilDate

    /// The journal this command works on, as `CourseOptions` found it (`useJournal`): the help
    /// for a course's programme file that is gone names it, since that is where the file's path
    /// is kept.
    private static let journalInUse = Mutex<SystemPath?>(nil)

    /// Records the journal this command works on, for the help of a programme file that is gone,
    /// and the `protract log` that picks its course, for the help of one that changed.
    static func useJournal(_ path: SystemPath, logCommand: String) {
        journalInUse.withLock { $0 = path }
        logCommandInUse.withLock { $0 = logCommand }
    }

    /// `protract log` with the flags that chose the course (`useJournal`), for the warning's help.
    private static let logCommandInUse = Mutex<String>("protract log")

    /// The programme files of courses said to be missing: `log` asks for the programme up to
    /// three times, and the problem is said once.
    private static let reportedMissing = Mutex<Set<String>>([])

    /// Loads the programme a course follows: a built-in by id, or its file. Warns on stderr when
    /// the file has changed since the course started (the plan then follows the file as it is).
    /// A file that is no longer where the course was started from is said once (66), with what
    /// helps: the file put back, or its new place written in the journal.
    static func programme(of course: Course, console: Console, warn: Bool = true) throws -> ConfiguredProgramme {
        try loadedProgramme(of: course, console: console, warn: warn).configured
    }

    /// The hash of the programme file at `path` as it is now (what `start` recorded, and
    /// `log --accept-programme` records); nil when it cannot be read.
    static func currentHash(ofProgramme path: String) -> String? {
        (try? InputFile.read(path, as: .programme)).map { ContentHash(of: $0.bytes).description }
    }

    /// ``programme(of:console:warn:)``, with the path the programme was read from.
    static func loadedProgramme(
        of course: Course, console: Console, warn: Bool = true
    ) throws -> (configured: ConfiguredProgramme, path: String) {
        let environment = try Environment.load(console: console)
        if let file = course.programmeFile, SystemPath(file).linkStatus() == nil {
            if !console.quiet, reportedMissing.withLock({ $0.insert(file).inserted }) {
                console.error(
                    "cannot read the course's programme \(SystemPath(file).display): no such file",
                    help: movedProgrammeHelp(file, journal: journalInUse.withLock { $0 }))
            }
            throw ExitStatus.noInput
        }
        let path = try environment.path(for: course.programmeFile ?? course.programmeID, console: console)
        let configured: ConfiguredProgramme
        if let known = configuredByPath.withLock({ $0[path] }) {
            configured = known
        } else {
            configured = try environment.configured(programme: path, console: console)
            configuredByPath.withLock { $0[path] = configured }
        }
        if warn, let hash = currentHash(ofProgramme: path), hash != course.programmeHash {
            // Past sessions logged as planned are read with the programme as it is now: say so, and
            // how to settle it either way (a coach's trial saw past doses change with no word).
            let journal = journalInUse.withLock { $0 }.map { "the journal \($0.display)" } ?? "the course's journal"
            console.note(
                "the programme \(SystemPath(path).display) has changed since the course started; "
                    + "the plan follows it as it is now, past sessions logged as planned included: they now stand "
                    + "for its doses (so does 'protract log --export csv')\n"
                    + "  help: to keep the course as it was, put the programme back as it was; if the change is "
                    + "meant, '\(logCommandInUse.withLock { $0 }) --accept-programme' says so and this warning stops "
                    + "(it writes 'hash: \(hash)' under 'programme:' in \(journal))",
                first: "protract: warning: ")
        }
        return (configured, path)
    }

    /// What helps when the programme `file` a course was started from is gone: put it back, or
    /// write where it is now in the journal (a valid hand edit: docs/journal.md, The file).
    static func movedProgrammeHelp(_ file: String, journal: SystemPath?) -> String {
        let place = journal.map { "the journal \($0.display)" } ?? "the course's journal"
        return "the course was started from \(SystemPath(file).display); put the file back there, "
            + "or, if it has moved, write its new absolute path as 'file:' under 'programme:' in \(place)"
    }

    /// The course's programme when it loads, else nil with nothing said: for the checks that can
    /// do without it, before the load that reports its problems (the plan `log` rebuilds), so
    /// that they are said once. A change since the course started is still warned of (`warn`).
    static func programmeIfItLoads(of course: Course, console: Console, warn: Bool = false) -> ConfiguredProgramme? {
        var quiet = console
        quiet.quiet = true
        guard let configured = try? programme(of: course, console: quiet, warn: false) else { return nil }
        // Loaded once: this only warns.
        return warn ? (try? programme(of: course, console: console, warn: true)) ?? configured : configured
    }

    /// The command that found the journal not to fit its programme, for what the failure says.
    enum JournalUse: Equatable {
        /// A command that only reads the journal (`plan`, `next`, `progress`), named so that the
        /// help says to run it again: it has nothing to say about changing the journal.
        case reads(command: String)
        /// `log`, which would have written it: the journal was not changed.
        case writes
    }

    /// Why the journal does not fit the programme as it is now, each problem located in the
    /// journal; nil when it fits. The person's inputs (`person:`) by the rules a profile's follow
    /// (`AthleteRules.problems`: a baseline key it lacks, training days it cannot keep) and a start
    /// the programme's length cannot follow; a symptom that is none of the programme's red flags
    /// (a slip in a hand edit would otherwise stop the course under a name no one reported); and,
    /// when `today` is given, an entry dated after it. The message says the journal was not changed
    /// only to a command that would have changed it (`use`); the help says how to correct it, with
    /// the commands that do when they can (`selection`: the flags that chose the course).
    static func journalFailure(
        _ journal: (file: JournalFile, source: SourceFile), for configured: ConfiguredProgramme, today: CivilDate? = nil,
        replacing replaced: CivilDate? = nil, use: JournalUse, selection: CourseOptions
    ) -> JournalStore.Failure? {
        let person = journal.file.person
        var problems = AthleteRules.problems(in: person, for: configured).map { problem in
            var located = problem
            located.path = problem.path.isEmpty ? "person" : "person." + problem.path
            return located
        }
        if let start = person.start,
            let problem = AthleteRules.endProblem(
                start: start.value, weeks: person.weeks?.value ?? configured.programme.weeks)
        {
            problems.append(Diagnostic(.error, problem.message, at: start.range, path: "person.start", help: problem.help))
        }
        // The id and the file name one programme: a journal pointed at another file by hand (a
        // clinician's trial did, to move a course onto an edited copy) is said to, not followed.
        let course = journal.file.course
        if let file = course.programmeFile, configured.programme.id != course.programmeID {
            problems.append(Diagnostic(
                .error,
                "the course follows programme '\(course.programmeID)', but its file \(SystemPath(file).display) "
                    + "holds '\(configured.programme.id)'",
                at: journal.file.programmeIDRange, path: "programme.id",
                help: "a course keeps the programme it was started with: if the file is that programme, write "
                    + "'id: \(configured.programme.id)' here; if not, put back under 'file' the path the course was "
                    + "started from; to follow another programme, start a course of it ('protract start FILE')"))
        }
        let personProblems = problems.count
        let flags = configured.programme.safety.redFlags.map(\.id)
        var unknownSymptoms: [CivilDate: Set<String>] = [:]
        // The entry an edit replaces is not checked: the edit is how it is corrected.
        for (date, symptoms) in journal.file.symptoms.sorted(by: { $0.key < $1.key }) where date != replaced {
            for symptom in symptoms where RedFlag.named(symptom.value) == nil && !flags.contains(symptom.value) {
                unknownSymptoms[date, default: []].insert(symptom.value)
                let hint = Suggestion.nearest(to: symptom.value, in: flags).map { "did you mean '\($0)'? " } ?? ""
                problems.append(Diagnostic(
                    .error, "the programme has no red flag '\(symptom.value)'", at: symptom.range,
                    help: hint + "its red flags are " + flags.joined(separator: ", ")
                        + "; remove it if no red flag was reported"))
            }
        }
        var early: [CivilDate] = []
        if let today {
            for (date, range) in journal.file.dates.sorted(by: { $0.key < $1.key }) where date > today && date != replaced {
                problems.append(Diagnostic(
                    .error, "an entry is dated \(date.longDisplay), after today (\(today.longDisplay))", at: range,
                    help: "correct the date; a session is logged once it is done"))
                early.append(date)
            }
        }
        guard !problems.isEmpty else { return nil }
        let fixes = fixCommands(
            for: journal.file.course, unknownSymptoms: unknownSymptoms, early: early, personProblems: personProblems,
            selection: selection)
        let message = "the journal does not fit its programme as it is now"
        var help: String
        switch use {
        case .reads(let command):
            help = "correct it at the places shown (the journal is a YAML file you may edit), then run '"
                + ProtractCommand.Log.courseCommand(command, selection).joined(separator: " ") + "' again"
        case .writes:
            help = "correct it at the places shown (the journal is a YAML file you may edit), then log again"
        }
        if !fixes.isEmpty {
            help += early.isEmpty ? "; or replace the entry without the name, with:"
                : unknownSymptoms.isEmpty ? "; or remove \(early.count == 1 ? "the entry" : "the entries"), with:"
                : "; or remove and replace the entries, with:"
        }
        return JournalStore.Failure(
            status: ExitStatus.invalidData,
            message: use == .writes ? message + "; the journal was not changed" : message + ", so the course's plan cannot be made",
            help: help, diagnostics: problems, source: journal.source, commands: fixes)
    }

    /// The commands that correct a journal's entries from the command line, in the order to run
    /// them: `log --remove` for each entry dated after today (it reads nothing it removes), then
    /// `log --edit` with the entry's own flags, less the names that are no red flag of the
    /// programme. An edit is checked against the rest of the journal, so it is offered only when
    /// it is what is left to correct: one entry's names, and nothing in `person`.
    private static func fixCommands(
        for course: Course, unknownSymptoms: [CivilDate: Set<String>], early: [CivilDate], personProblems: Int,
        selection: CourseOptions
    ) -> [String] {
        var commands = early.map { ProtractCommand.Log.removeCommand($0, selection: selection) }
        let edits = unknownSymptoms.filter { !early.contains($0.key) }
        if personProblems == 0, edits.count == 1, let (date, names) = edits.first,
            var entry = course.logs.first(where: { $0.date == date })
        {
            entry.symptoms.removeAll(where: names.contains)
            let words = ProtractCommand.Log.logCommand(selection) + ["--edit", "\(date)"]
                + ProtractCommand.Log.entryFlags(entry)
            commands.append(words.joined(separator: " "))
        }
        return commands
    }

    /// An exercise the journal names that the programme does not have (a slip in a hand edit, or
    /// one the programme dropped) cannot steer the plan: a warning where it is written, for every
    /// entry but `replaced`'s (the one a `log --edit` or `--remove` is changing), and the plan goes on.
    static func unknownExercises(
        in file: JournalFile, of course: Course, _ configured: ConfiguredProgramme, replacing replaced: CivilDate? = nil
    ) -> [Diagnostic] {
        file.exerciseIDs.filter { $0.key != replaced }.sorted { $0.key < $1.key }.flatMap(\.value)
            .filter { !configured.catalog.contains($0.value) }
            .map { id in
                Diagnostic(
                    .warning, "the programme has no exercise '\(id.value)': this record is left out of the plan",
                    at: id.range,
                    help: Suggestion.nearest(to: id.value, in: configured.catalog.ids).map { "did you mean '\($0)'?" }
                        ?? "see 'protract exercises --programme \(course.programmeFile ?? course.programmeID)'")
            }
    }

    /// The course's plan as of `today`: logged sessions replayed, missed ones held. With the
    /// journal it was read from, the person's inputs (`person:`) are first checked against the
    /// programme as it is now (a baseline key it has, training days it can keep), each problem
    /// located in the journal (65).
    ///
    /// - Parameter wordsPastChanges: whether the past sessions say why their doses changed
    ///   (`Planner.wordsPastChanges`): false for an output that shows only what they prescribed.
    static func load(
        _ course: Course, today: CivilDate, console: Console, warn: Bool = true,
        journal: (file: JournalFile, source: SourceFile, use: JournalUse, selection: CourseOptions)? = nil,
        wordsPastChanges: Bool = true
    ) throws -> CoursePlan {
        let configured = try programme(of: course, console: console, warn: warn)
        if let journal {
            if let failure = journalFailure(
                (journal.file, journal.source), for: configured, today: today, use: journal.use, selection: journal.selection)
            {
                throw failure.report(console)
            }
            let unknown = unknownExercises(in: journal.file, of: course, configured)
            if !unknown.isEmpty { console.report(unknown, in: journal.source) }
        }
        do {
            let plan = try Planner(wordsPastChanges: wordsPastChanges).plan(configured, course: course, today: today)
            return CoursePlan(course: course, configured: configured, plan: plan, today: today)
        } catch {
            // No flag of this command is at fault: the journal or the programme is.
            console.error(error.message, help: error.help)
            throw ExitStatus.invalidData
        }
    }

    /// The first day the plan's rest allows after a session done on `done`, when that is later
    /// than `day`; nil when the rest holds.
    func restUntil(after done: CivilDate, before day: CivilDate) -> CivilDate? {
        let earliest = done.adding(days: (plan.minRestHours + 23) / 24)
        return earliest > day ? earliest : nil
    }

    /// The session to do next, exactly as `log` will take it: the first day the plan's rest allows
    /// after the latest entry (today, or later), and the session an entry on that day stands for,
    /// found by planning the course with one (a session whose day has gone is done late). When an
    /// entry on that day would stand for no session (a day off after a session logged, or a day
    /// before the course starts), the plan's first session still to come, on its own day. Nil when
    /// no session is left to log.
    func nextToDo() -> (session: PlannedSession, in: PlanKit.Plan, day: CivilDate)? {
        let day = course.logs.map(\.date).max().flatMap { restUntil(after: $0, before: today) } ?? today
        var logged = course
        logged.logs.append(SessionLog(date: day))
        logged.logs.sort { $0.date < $1.date }
        if let replanned = try? Planner().plan(configured, course: logged, today: day),
            var session = replanned.sessions.first(where: { $0.record?.log?.date == day })
        {
            session.record = nil  // shown as it is to be done
            return (session, replanned, day)
        }
        guard let session = plan.sessions.first(where: { $0.record == nil && $0.date >= day }) else { return nil }
        return (session, plan, session.date)
    }

    /// `nextChanges(after:)` as `log` prints it (wrapped by the console), one line a change, then
    /// the advice when the pain has not eased after 2 weeks of the plan; a command it names has
    /// the flags that chose the course (`selection`).
    func whatChanges(after date: CivilDate, selection: CourseOptions) -> [String] {
        let lines = nextChanges(after: date, selection: selection)
        // A stopped course goes on with nothing: it says why it stopped, never "as written".
        let said = lines.contains { $0.hasPrefix("Next") || $0.hasPrefix("Stopped: ") }
        return (said ? lines : lines + ["Next: the plan goes on as written"]) + notEasing(selection: selection)
    }

    /// The advice when the course's pain has not eased after 2 weeks of the plan
    /// (``PlanKit/Plan/painNotEasing``), with the command that stops the course if a clinician
    /// asks (`selection`'s flags in it); empty otherwise. The course goes on: nothing is logged.
    func notEasing(selection: CourseOptions) -> [String] {
        guard let notEasing = plan.painNotEasing else { return [] }
        return [notEasing.advice(logCommand: ProtractCommand.Log.logCommand(selection).joined(separator: " "))]
    }

    /// What the session logged on `date` changes next, in words: its decision, and each change
    /// the next session still to come carries (a session logged late is followed by sessions done
    /// or missed already). Empty when the plan goes on as written.
    private func nextChanges(after date: CivilDate, selection: CourseOptions) -> [String] {
        let sessions = plan.sessions
        guard let index = sessions.lastIndex(where: { $0.record?.log?.date == date }) else {
            // No entry of that date (it was removed): the next session still to come.
            return sessions.firstIndex { $0.record == nil }.map { upcoming(sessions[$0]) } ?? []
        }
        var lines: [String] = []
        let session = sessions[index]
        if session.date != date {
            let days = session.date.days(until: date)
            lines.append("For the session of \(session.date.longDisplay), done \(days == 1 ? "a day" : "\(days) days") later")
        }
        if let decision = session.record?.decision {
            // An entry corrected weeks later: "the next session" is one that is past already.
            let following = sessions.indices.contains(index + 1) ? sessions[index + 1] : nil
            let past = following.flatMap { $0.record == nil ? nil : " (\($0.date.shortDisplay), past already)" } ?? ""
            lines.append("Next: " + decision + past)
        }
        if let next = sessions.dropFirst(index + 1).first(where: { $0.record == nil }) {
            lines += upcoming(next)
            // A session done late leaves less rest before the next one than the plan keeps.
            if let earliest = restUntil(after: date, before: next.date) {
                lines.append("Rest first: the plan keeps \(plan.minRestHours) h between sessions, so do "
                    + "\(next.date.shortDisplay)'s session on \(earliest.shortDisplay) or later, and log it then")
            }
        } else if plan.stoppedBecause == nil, index == sessions.count - 1 {
            let progress = ProtractCommand.Log.courseCommand("progress", selection).joined(separator: " ")
            lines.append("Next: none, that was the course's last session ('\(progress)' shows how it went)")
        }
        // Once: the red flag's own entry has said it as its decision already.
        if let stop = plan.stoppedBecause, session.record?.decision != stop { lines.append("Stopped: " + stop) }
        return lines
    }

    /// `Next session: DATE, TITLE` and each change it carries.
    private func upcoming(_ next: PlannedSession) -> [String] {
        let changed = next.blocks.flatMap(\.prescriptions).contains { $0.change != nil }
        var lines = ["Next session: \(next.date.longDisplay), \(next.title)" + (changed ? "" : ": the same doses")]
        for prescription in next.blocks.flatMap(\.prescriptions) {
            guard let change = prescription.change else { continue }
            let name = configured.catalog.exercise(prescription.exerciseID)?.name ?? prescription.exerciseID
            // The dose as the plan and the calendar write it (`1 x 6 each side`).
            let dose = prescription.dose.isTest ? "retest" : prescription.doseText
            lines.append("  \(name) \(dose): \(change)")
        }
        return lines
    }
}

