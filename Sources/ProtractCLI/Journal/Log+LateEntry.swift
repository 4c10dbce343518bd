import PlanKit

/// On a terminal, an entry given by flags (or a morning's pain) that changes the doses of sessions
/// logged after it asks first, as the questions of `log` do, instead of refusing it as a script's
/// is refused: a person at a terminal can say yes. From a script it still needs `--change-later`.
extension ProtractCommand.Log {
    /// Lists the later doses the entry the flags give would change, and asks; true for yes (the
    /// entry is then logged as with `--change-later`); false when it changes no later dose, or
    /// cannot be made (the command reports why when it makes it). No, Enter or the end of input
    /// logs nothing, exit 1.
    func confirmLateEntry(console: Console) throws -> Bool {
        guard edit == nil, remove == nil, !list, export == nil, !seenClinician, !changeLater, describesEntry else {
            return false
        }
        let course: Course
        do throws(JournalStore.Failure) { course = try selection.existingStore().read().file.course } catch {
            throw error.report(console)
        }
        // The entry as the flags will make it, on a copy and quietly: its warnings and any
        // refusal are said once, when it is made.
        var quiet = console
        quiet.quiet = true
        var after = course
        guard let day = (try? applyFlags(&after, console: quiet))?.date, course.logs.contains(where: { $0.date > day }),
            let configured = CoursePlan.programmeIfItLoads(of: course, console: quiet),
            let lines = consequences(
                of: (course, after), on: day, isNewEntry: !isMorningOnly,
                today: selection.todayDate(in: course.athlete.timeZone), configured: configured)?.laterChanges,
            !lines.isEmpty
        else { return false }
        let prompter = LinePrompter.terminal(console)
        Self.sayLaterChanges(changeOn(day), lines, to: prompter)
        let verb = isMorningOnly ? "Add it" : "Log it"
        let go = prompter.askYesOrNo(
            "\(verb) anyway, and show them at the new doses? [y/N]",
            otherwise: "type y to log it, or n (or Enter) to leave the journal as it is")
        guard go != true else { return true }
        if go == nil { console.out("\n") }
        console.note("nothing was logged", first: "protract: ")
        throw ExitStatus.cancelled
    }
}
