import PlanKit
import YAMLKit

extension ProtractCommand.Log {
    /// Whether this run is `--edit DATE` alone on a terminal: the session's questions are asked
    /// again, the entry's answers the defaults.
    var asksEditOnTerminal: Bool { edit != nil && !describesEntry && Console.isInteractive }

    /// `protract log --edit DATE` on a terminal without entry flags: asks the questions of the
    /// session the entry stands for, Enter keeping what it records (``LogInterview/edit(_:entry:_:)``),
    /// then replaces it as the same flags would (``runWithFlags(fromQuestions:)``). With sessions
    /// logged after it, the later doses the answers change are shown and asked about after the
    /// questions (``confirmLaterEntries(after:console:answered:)``). End of input changes nothing
    /// (exit 1).
    func runEditOnTerminal() throws {
        let console = Console()
        guard let day = edit.flatMap(CivilDate.init(parsing:)) else { return try runWithFlags() }
        let read: (file: JournalFile, source: SourceFile)
        do throws(JournalStore.Failure) { read = try selection.existingStore().read() } catch { throw error.report(console) }
        let course = read.file.course
        guard let old = course.logs.first(where: { $0.date == day }) else {
            // The flags' refusal, with the dates that have entries.
            throw console.usageError(
                "no session is logged on \(day.longDisplay) to edit",
                help: "'\((Self.logCommand(selection) + ["--list"]).joined(separator: " "))' shows the logged sessions",
                command: "log")
        }
        let today = selection.todayDate(in: course.athlete.timeZone)
        let loaded = try CoursePlan.load(
            course, today: max(today, day), console: console, journal: (read.file, read.source, .writes, selection))
        guard let planned = loaded.plan.sessions.first(where: { $0.record?.log?.date == day }) else {
            // An entry no session takes (the plan passed over it): only flags can replace it.
            throw console.usageError(
                "the entry of \(day.longDisplay) stands for no session of the plan, so there are no questions to ask",
                help: "give the entry as it should be: '\(Self.editExample(day, selection: selection))'", command: "log")
        }
        let session = LogInterview.Session(planned, catalog: loaded.configured.catalog)
        let interview = LogInterview(
            sessions: [session], logs: course.logs, start: course.athlete.start, today: today,
            painRules: loaded.configured.programme.painRules,
            redFlags: loaded.configured.programme.safety.redFlags.filter {
                !$0.isAskedBeforeStartingOnly || old.symptoms.contains($0.id)
            },
            command: Self.logCommand(selection).joined(separator: " "), name: loaded.configured.catalog.sentenceName(of:))
        let entry: SessionLog
        do {
            entry = try interview.edit(session, entry: old, .terminal(console))
        } catch {
            console.out("\n")
            console.note("input ended: nothing was changed", first: "protract: ")
            throw ExitStatus.cancelled
        }
        console.out("\n")
        var command = self
        command.asPlanned = entry.asPlanned
        command.done = entry.done.map { "\($0.exerciseID)=" + $0.sets.map(String.init).joined(separator: ",") }
        command.pain = entry.pain
        command.morning = entry.morningPain
        command.hurt = entry.hurt
        command.symptom = entry.symptoms
        command.note = entry.note
        command.retest = entry.retest
        // Sessions logged after it: the later doses the answers change are listed, and asked about.
        if !changeLater, try command.confirmLaterEntries(after: day, console: console, answered: true) {
            command.changeLater = true
        }
        try command.runWithFlags(fromQuestions: true)
    }
}
