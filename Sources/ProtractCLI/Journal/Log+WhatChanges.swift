import PlanKit

/// What `log` says after the journal is written: what the entry changes next, and tomorrow's
/// morning question.
extension ProtractCommand.Log {
    /// After a session logged on its day without the next morning's pain, the command that
    /// adds it tomorrow (`Tomorrow morning: 'protract log --morning N'`, with the flags that
    /// chose the course): the pain rules need that morning for the next dose, and a phone
    /// user's trial never rated it. Nil for an entry with the morning rated, a red flag, or a
    /// day gone (the questions ask that morning, and `next` asks for it).
    static func morningReminder(
        _ course: Course, after date: CivilDate, today: CivilDate, selection: CourseOptions
    ) -> String? {
        guard date >= today, let entry = course.logs.last, entry.date == date, entry.morningPain == nil,
            entry.symptoms.isEmpty
        else { return nil }
        let command = (logCommand(selection) + ["--morning", "N"]).joined(separator: " ")
        return "Tomorrow morning: '\(command)', N your pain on waking, 0-10 (the next session's dose depends on it)"
    }

    /// Replays the journal and says what the entry of `date` changes next and why. The entry is
    /// saved already: a programme that cannot be loaded now (its problems reported) costs this
    /// summary, and the exit status says the plan cannot be rebuilt.
    func sayWhatChanges(_ course: Course, after date: CivilDate, console: Console) throws {
        let today = selection.todayDate(in: course.athlete.timeZone)
        do {
            // `--done` has loaded the programme already, and warned if it changed.
            // What changes next is the next session's to say: the past ones' words are not needed.
            let plan = try CoursePlan.load(
                course, today: max(today, date), console: console, warn: done.isEmpty && hurt.isEmpty,
                wordsPastChanges: false)
            console.out(console.wrapped(plan.whatChanges(after: date, selection: selection)))
        } catch {
            let saved = remove == nil ? "the session is saved in the journal" : "the journal is saved"
            let plan = Self.courseCommand("plan", selection).joined(separator: " ")
            console.note(
                saved + ", but the course's plan cannot be rebuilt until the problem "
                    + "above is fixed; '\(plan)' shows it again", first: "protract: ")
            throw error
        }
    }
}
