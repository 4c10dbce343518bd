import ArgumentParser
import PlanKit
import YAMLKit

/// The checks of a new or corrected entry given by flags, each against the course's programme or
/// its plan with the entry in it: exercises the session had, a retest it had, red flags by the
/// programme's names, and an entry no session would take.
extension ProtractCommand.Log {
    /// Refuses (73) a new entry that the plan would pass over: one dated after a session that
    /// is logged already and before the next session (a second entry for the same session, which
    /// the replay would ignore, pain and all), or after the course's last (it has ended); one
    /// before the course's first session is a wrong date (64). Nothing to
    /// check when the programme does not load: the entry is saved and the problem shown after.
    /// `planned` is that plan when the session's own flags have made it already.
    /// Returns the plan with the entry, for what it changes next; nil when it was not made.
    func refuseASecondEntry(
        _ entry: SessionLog, in course: Course, planned: CoursePlan?, today: CivilDate, console: Console
    ) throws(JournalStore.Failure) -> CoursePlan? {
        guard let made = planned ?? plan(course, with: entry, today: today, console: console) else { return nil }
        let plan = made.plan
        let placed = Set(plan.sessions.compactMap { $0.record?.log?.date })
        if placed.contains(entry.date) {
            // The new entry may take a session an entry of a later day held (Friday's session
            // logged on Saturday, then Friday logged too): that entry would stand for nothing.
            guard let orphan = course.logs.map(\.date).first(where: { !placed.contains($0) }),
                let before = try? Planner().plan(made.configured, course: course, today: made.today),
                let taken = before.sessions.first(where: { $0.record?.log?.date == orphan })
            else { return made }
            throw JournalStore.Failure(
                status: ExitStatus.cannotCreate,
                message: "the session of \(taken.date.longDisplay) is logged already, as done on \(orphan.longDisplay); "
                    + "the journal was not changed",
                help: "a session has one entry: to log it as done on \(entry.date.shortDisplay) instead, remove that one "
                    + "first with '\(Self.removeCommand(orphan, selection: selection))', "
                    + "then log \(entry.date.shortDisplay) again")
        }
        let day = entry.date
        if let last = plan.sessions.last, last.date < day {
            throw Self.ended(with: last, course: course, selection: selection)
        }
        guard let session = plan.sessions.last(where: { $0.date <= day }), let earlier = session.record?.log else {
            // A date before the first session is a wrong --date (64), as one before the start is,
            // and as --done, --hurt and --retest say it (`loggedSession`).
            throw JournalStore.Failure(
                status: ExitStatus.usage,
                message: "no session of the course falls on or before \(day.longDisplay); the journal was not changed",
                help: "log a session on its day or later; '\(Self.courseCommand("plan", selection).joined(separator: " "))' "
                    + "shows the course's sessions")
        }
        // Logged too early: said as what there is to do, the next session and its day first.
        let done = earlier.date == session.date ? "" : " (done on \(earlier.date.longDisplay))"
        let next = plan.sessions.first { $0.date > day }
        let upcoming = next.map { ", and the next session is on \($0.date.longDisplay) (\($0.title))" } ?? ""
        let show = Self.courseCommand("next", selection).joined(separator: " ")
        // No possessive "Fri 11 Dec's": its apostrophe would read as the quote of a command.
        let then = next.map { "do the session of \($0.date.shortDisplay) on its day, then log it ('\(show)' shows it); " } ?? ""
        let on = day == today ? "today (\(day.longDisplay))" : "on \(day.longDisplay)"
        throw JournalStore.Failure(
            status: ExitStatus.cannotCreate,
            message: "nothing to log \(on): the session of \(session.date.shortDisplay) is logged already\(done)\(upcoming); "
                + "the journal was not changed",
            help: then + "to change what you logged for \(session.date.shortDisplay): "
                + "'\(Self.editExample(earlier.date, selection: selection))'")
    }

    /// The refusal (73) of a second entry for the date of `existing`, from flags or on a
    /// terminal: what that entry records, and the exact commands that change it (with
    /// `replacement`, the entry the flags gave, in its place; else with its own flags, to change
    /// what should change) or remove it, each under the words that say what it does.
    static func loggedAlready(
        _ existing: SessionLog, replacement: SessionLog?, today: CivilDate, selection: CourseOptions,
        name: (String) -> String = { $0 }, later: Bool = false
    ) -> JournalStore.Failure {
        let day = existing.date
        let on = day == today ? "today (\(day.longDisplay))" : "on \(day.longDisplay)"
        // With sessions logged after it (adapted from it), a change needs --change-later from a
        // script: the commands shown carry it, so that they work as shown.
        let changeLater = later ? ["--change-later"] : []
        let edit = (logCommand(selection) + ["--edit", "\(day)"] + entryFlags(replacement ?? existing) + changeLater)
            .joined(separator: " ")
        let remove = ([removeCommand(day, selection: selection)] + changeLater).joined(separator: " ")
        let whose = later ? " (the sessions logged after it may change with it)" : ""
        var more = [
            JournalStore.Failure.More(
                help: replacement == nil
                    ? "to change it, give the whole entry as it should be\(whose):"
                    : "to replace it with this entry\(whose):",
                commands: [edit]),
            JournalStore.Failure.More(help: "or to remove it:", commands: [remove]),
        ]
        if replacement == nil {
            more.append(.init(help: "'\((logCommand(selection) + ["--list"]).joined(separator: " "))' shows every entry"))
        }
        return JournalStore.Failure(
            status: ExitStatus.cannotCreate,
            message: "a session is logged \(on) already; the journal was not changed",
            help: "it records: " + JournalExport.brief(existing, name: name), more: more)
    }

    /// The refusal (64) of `--edit` for a day without an entry, with help that works: the command
    /// that logs the entry new, without `--edit`, when the course would take it on that day;
    /// else the days nearest it that have entries, and the command that replaces the one before
    /// it (or after, when none is before) with this entry. (A trial's `--edit` of a Tuesday
    /// without a session was told to log it without `--edit`, which was refused too.)
    func noEntryToEdit(
        _ entry: SessionLog, in course: Course, planned: CoursePlan?, today: CivilDate, console: Console
    ) -> JournalStore.Failure {
        let day = entry.date
        let message = "no session is logged on \(day.longDisplay) to edit"
        let list = "'\(Self.courseCommand("log", selection).joined(separator: " ")) --list' shows them all"
        var quiet = console
        quiet.quiet = true
        let loggable: Bool
        do {
            _ = try refuseASecondEntry(entry, in: course, planned: planned, today: today, console: quiet)
            loggable = true
        } catch {
            loggable = false
        }
        if loggable {
            return JournalStore.Failure(
                status: ExitStatus.usage, message: message, help: "to log it as a new entry, leave out --edit:",
                commands: [(Self.logCommand(selection) + ["--date", "\(day)"] + Self.entryFlags(entry)).joined(separator: " ")])
        }
        let before = course.logs.map(\.date).filter { $0 < day }.max()
        let after = course.logs.map(\.date).filter { $0 > day }.min()
        let next = "'\(Self.courseCommand("next", selection).joined(separator: " "))' shows the next session"
        guard let nearest = before ?? after else {
            return JournalStore.Failure(
                status: ExitStatus.usage, message: message,
                help: "nothing is logged yet, and no session can be logged on that day; \(next)")
        }
        let days = [before, after].compactMap { $0?.shortDisplay }.joined(separator: " and ")
        let which = before == nil || after == nil ? "the entry nearest it is on " : "the entries nearest it are on "
        return JournalStore.Failure(
            status: ExitStatus.usage, message: message,
            help: "nor can a session be logged on that day; " + which + days
                + " (\(list)); to replace the one of \(nearest.shortDisplay) with this entry:",
            // An entry with later ones is replaced only when asked: the command asks.
            commands: [(Self.logCommand(selection) + ["--edit", "\(nearest)"] + Self.entryFlags(entry)
                + (course.logs.contains { $0.date > nearest } ? ["--change-later"] : [])).joined(separator: " ")])
    }

    /// The refusal of a new session in a course a red flag has stopped (exit 3), from flags or
    /// on a terminal: what stopped it, and what can still be done.
    static func stopped(
        since log: SessionLog, course: Course, selection: CourseOptions, redFlags: [RedFlag] = RedFlag.standard
    ) -> JournalStore.Failure {
        JournalStore.Failure(
            status: ExitStatus.redFlag,
            message: "the course has stopped: a red flag was logged on \(log.date.longDisplay) "
                + "(\(log.symptoms.map { RedFlag.sign(of: $0, in: redFlags) }.joined(separator: " · "))); no session after it is logged",
            help: "see a clinician before you train again; once they have cleared you, begin a new course with "
                + "'\(Self.newCourseCommand(course, selection: selection))'. " + Self.mistakenRedFlag(log.date, selection: selection))
    }

    /// How to correct a red flag logged by mistake on `date`: the entry again without it, or removed.
    static func mistakenRedFlag(_ date: CivilDate, selection: CourseOptions) -> String {
        "A red flag logged by mistake: correct the entry without --symptom, such as "
            + "'\(Self.editExample(date, selection: selection))', or remove it with "
            + "'\(Self.removeCommand(date, selection: selection))'"
    }

    /// What `log` prints after recording a red flag on `date` (and `next` while the course is
    /// stopped), on a terminal or from flags: each red flag's advice, a new course (under a new
    /// name: this one keeps its name) once a clinician has cleared the person, and, said there
    /// too, how to correct a red flag logged by mistake (a phone user's trial found it only at a
    /// later `log`).
    static func stopped(
        by flags: [RedFlag], on date: CivilDate, course: Course, selection: CourseOptions, console: Console
    ) -> String {
        "\n" + ScreenReport.refusal(
            for: flags, console: console,
            clearance: "Once one has checked it and cleared you to train, begin a new course with '"
                + Self.newCourseCommand(course, selection: selection) + "'.")
            + console.wrapped(["The plan stops here: it has no further sessions until a clinician has seen you."])
            + console.wrapped([Self.mistakenRedFlag(date, selection: selection) + "."])
    }

    /// The refusal (73) of an entry dated after the course's `last` session that it cannot take:
    /// the course has ended. Says when and with which session, and what the person can do: begin
    /// a new course, correct the last entry, or log the last session late while its week lasts.
    static func ended(with last: PlannedSession, course: Course, selection: CourseOptions) -> JournalStore.Failure {
        let ended = "the course ended on \(last.date.longDisplay), with its last session (\(last.title))"
        let progress = courseCommand("progress", selection).joined(separator: " ")
        let goOn = "to train on, begin a new course with '\(newCourseCommand(course, selection: selection))' "
            + "('\(progress)' shows how this one went)"
        guard let log = last.record?.log else {
            let window = last.date.adding(days: 6)
            return JournalStore.Failure(
                status: ExitStatus.cannotCreate,
                message: ended + ", which is not logged; a session done late can be logged up to "
                    + "\(window.longDisplay), a week after its day; the journal was not changed",
                help: goOn + "; if you did that session, log it with its own date: "
                    + "'\((logCommand(selection) + ["--date", "\(last.date)", "--as-planned", "--pain", "N"]).joined(separator: " "))'")
        }
        let when = log.date == last.date ? "" : " (done on \(log.date.longDisplay))"
        return JournalStore.Failure(
            status: ExitStatus.cannotCreate,
            message: ended + ", logged already\(when): no session is left to log; the journal was not changed",
            help: goOn + "; to correct the last entry: '\(editExample(log.date, selection: selection))'")
    }

    /// The command that begins a new course of `course`'s programme: `protract start
    /// upper-back-rehab --course NEW-NAME` (a new course needs a name, or a journal, of its own).
    static func newCourseCommand(_ course: Course, selection: CourseOptions) -> String {
        let programme = course.programmeFile.map { SystemPath($0).shellWord } ?? course.programmeID
        let place = selection.journal == nil ? ["--course", "NEW-NAME"] : ["--journal", "NEW-FILE"]
        return (["protract", "start", programme] + place).joined(separator: " ")
    }

    /// The course's plan with `entry` in it, as of `today` or the entry's date if later; nil when
    /// the programme does not load or the plan cannot be made.
    func plan(_ course: Course, with entry: SessionLog, today: CivilDate, console: Console) -> CoursePlan? {
        var logged = course
        logged.logs.append(entry)
        logged.logs.sort { $0.date < $1.date }
        let when = max(today, entry.date)
        // `--done` and `--hurt` have loaded the programme already, and warned if it changed.
        guard let configured = CoursePlan.programmeIfItLoads(of: course, console: console, warn: done.isEmpty && hurt.isEmpty),
            let plan = try? Planner().plan(configured, course: logged, today: when)
        else { return nil }
        return CoursePlan(course: logged, configured: configured, plan: plan, today: when)
    }

    /// The red flags `--symptom` names, from the course's programme's list (the names
    /// `protract screen PROGRAMME` uses); the standard list when the programme cannot be loaded.
    func redFlags(of course: Course, console: Console) throws(JournalStore.Failure) -> [RedFlag] {
        guard !symptom.isEmpty else { return [] }
        let list = CoursePlan.programmeIfItLoads(of: course, console: console)?.programme.safety.redFlags
            ?? RedFlag.standard
        switch Screening(flags: list).named(symptom) {
        case .success(let flags): return flags
        case .failure(let unknown):
            throw JournalStore.Failure(
                status: ExitStatus.usage, message: unknown.message, help: "'protract screen \(course.programmeFile ?? course.programmeID)' lists them")
        }
    }

    /// The course's plan, `course` holding the entry of `day`, and the session that entry belongs
    /// to (else the latest on or before `day`). When the plan cannot be made, nothing `flags` (the
    /// flags that needed it) say is at fault, whichever they are: the programme's own status when
    /// it cannot be read (66 missing, 65 invalid), else 65 with why, as `plan` says it.
    func loggedSession(
        of course: Course, on day: CivilDate, today: CivilDate, console: Console, warn: Bool, flags: String
    ) throws(JournalStore.Failure) -> (session: PlannedSession, plan: CoursePlan) {
        let argument = course.programmeFile ?? course.programmeID
        func cannotCheck(_ status: ExitCode, fix: String) -> JournalStore.Failure {
            JournalStore.Failure(
                status: status, message: "cannot check \(flags) against the course's programme '\(argument)'",
                help: "the plan is needed to know the session; \(fix), or log without \(flags)")
        }
        let configured: ConfiguredProgramme
        do {
            configured = try CoursePlan.programme(of: course, console: console, warn: warn)
        } catch {
            // Its problems are said already.
            throw cannotCheck((error as? ExitCode) ?? ExitStatus.invalidData, fix: "restore the programme")
        }
        let made: CoursePlan
        do {
            made = CoursePlan(
                course: course, configured: configured, plan: try Planner().plan(configured, course: course, today: today),
                today: today)
        } catch {
            // The programme reads, but the course cannot be planned with it: the journal or the
            // programme is at fault, as `protract plan` says (65).
            console.error(error.message, help: error.help)
            let plan = Self.courseCommand("plan", selection).joined(separator: " ")
            throw cannotCheck(ExitStatus.invalidData, fix: "fix the problem above ('\(plan)' shows it)")
        }
        let sessions = made.plan.sessions
        if !sessions.contains(where: { $0.record?.log?.date == day }), let last = sessions.last, last.date < day {
            throw Self.ended(with: last, course: course, selection: selection)
        }
        guard let session = sessions.last(where: { $0.record?.log?.date == day }) ?? sessions.last(where: { $0.date <= day })
        else {
            throw JournalStore.Failure(
                status: ExitStatus.usage, message: "\(flags): no session of the course falls on or before \(day.longDisplay)")
        }
        return (session, made)
    }

    /// Refuses `--retest` for a session that had no retest (64), naming the next one that has.
    func checkRetest(_ session: PlannedSession, in sessions: [PlannedSession]) throws(JournalStore.Failure) {
        guard !session.hasRetest else { return }
        let next = sessions.first { $0.date > session.date && $0.hasRetest }
        throw JournalStore.Failure(
            status: ExitStatus.usage,
            message: "--retest: the session of \(session.date.longDisplay) (\(session.title)) has no retest",
            help: next.map { "the next retest is on \($0.date.longDisplay); log its count then" }
                ?? "the plan has no retest after it; log the session without --retest")
    }

    /// Refuses `--done` and `--hurt` exercises that `session` did not prescribe (64), naming the
    /// ones it did.
    func checkSessionExercises(
        _ flags: [(flag: String, ids: [String])], in session: PlannedSession
    ) throws(JournalStore.Failure) {
        var known: [String] = []
        for prescription in session.blocks.flatMap(\.prescriptions) where !known.contains(prescription.exerciseID) {
            known.append(prescription.exerciseID)
        }
        for (flag, ids) in flags {
            for id in ids where !known.contains(id) {
                let hint = Suggestion.nearest(to: id, in: known).map { "did you mean '\($0)'? " } ?? ""
                throw JournalStore.Failure(
                    status: ExitStatus.usage,
                    message: "\(flag): '\(id)' is not an exercise of the session of \(session.date.longDisplay) "
                        + "(\(session.title))",
                    help: hint + "its exercises are " + known.joined(separator: ", "))
            }
        }
    }
}

extension PlannedSession {
    /// Whether the session opens with a retest (a one-set test to technical failure).
    var hasRetest: Bool { blocks.contains { $0.prescriptions.contains { $0.dose.isTest } } }
}

extension Course {
    /// Adds a new entry in date order; 73 when the journal holds the most sessions a course may have.
    mutating func insert(_ entry: SessionLog) throws(JournalStore.Failure) {
        if logs.count >= Limits.journalSessions {
            throw JournalStore.Failure(
                status: ExitStatus.cannotCreate,
                message: "the journal holds \(logs.count) sessions, the most one course may have",
                help: "start a new course for the next programme")
        }
        logs.append(entry)
        logs.sort { $0.date < $1.date }
    }
}
