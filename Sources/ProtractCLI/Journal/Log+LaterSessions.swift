import PlanKit

extension ProtractCommand.Log {
    /// Applies the flags to the course (``applyFlags(_:console:)``), then what the change does
    /// beyond its own entry (``consequences(of:on:isNewEntry:today:configured:)``): refused when it
    /// would change the doses of sessions logged after it, unless `--change-later` asks for it;
    /// the longest plan kept when it makes the course shorter.
    func change(_ course: inout Course, console: Console) throws(JournalStore.Failure) -> Outcome {
        let before = course
        let outcome = try applyFlags(&course, console: console)
        let removed = remove.flatMap(CivilDate.init(parsing:))
        // An entry with later ones: those sessions were adapted from it, so an edit or removal is
        // made only when asked, even when their doses stay (a phone user's trial removed a Monday
        // under two later sessions without a word). On a terminal `run` asked already.
        let changed = (edit ?? remove).flatMap(CivilDate.init(parsing:))
        let later = changeLater ? [] : changed.map { day in before.logs.filter { $0.date > day }.map(\.date) } ?? []
        let notLatest = changed.map { day in
            JournalStore.Failure(
                status: ExitStatus.usage,
                message: Self.notLatest(day, later) + "; the journal was not changed",
                help: "add --change-later to \(remove != nil ? "remove" : "replace") it anyway "
                    + "(the sessions after it keep their entries, at the doses the plan then gives)")
        }
        guard let day = removed ?? outcome.date,
            let configured = CoursePlan.programmeIfItLoads(of: before, console: console),
            let found = consequences(
                of: (before, course), on: day, isNewEntry: removed == nil && edit == nil && !isMorningOnly,
                today: selection.todayDate(in: before.athlete.timeZone), configured: configured)
        else {
            if !later.isEmpty, let notLatest { throw notLatest }
            return outcome
        }
        if !found.laterChanges.isEmpty { throw Self.changesLater(changeOn(day), found.laterChanges) }
        if !later.isEmpty, let notLatest { throw notLatest }
        course.keepLongestPlan(before: found.plans.old, after: found.plans.new)
        return outcome
    }

    /// The change the flags make on `day`, as the list of the later doses it changes opens:
    /// `removing the entry of Mon 7 Dec 2026`, `replacing …`, `the morning's pain of …`, `logging
    /// Mon 7 Dec 2026 now`.
    func changeOn(_ day: CivilDate) -> String {
        remove != nil ? "removing the entry of \(day.longDisplay)"
            : edit != nil ? "replacing the entry of \(day.longDisplay)"
            : isMorningOnly ? "the morning's pain of \(day.longDisplay)"
            : "logging \(day.longDisplay) now"
    }

    /// What a change on `day` does beyond its own entry, for the flags and the terminal alike: the
    /// doses of later entries it changes (``laterChanges(_:on:catalog:)``; asked about unless
    /// `--change-later`), and the plans before and after it, from which a shorter course keeps its
    /// longest plan. Nil, and nothing planned, when neither can happen: no later entry to ask
    /// about, and no new entry in an empty week that is over (``mayShorten(_:loggingOn:today:)``).
    func consequences(
        of change: (before: Course, after: Course), on day: CivilDate, isNewEntry: Bool, today: CivilDate,
        configured: ConfiguredProgramme
    ) -> (laterChanges: [String], plans: (old: PlanKit.Plan, new: PlanKit.Plan))? {
        let asksLater = !changeLater && change.before.logs.contains { $0.date > day }
        let shortens = isNewEntry && Self.mayShorten(change.before, loggingOn: day, today: today)
        guard asksLater || shortens,
            let plans = Self.replans(from: change.before, to: change.after, on: day, today: today, configured: configured)
        else { return nil }
        return (asksLater ? Self.laterChanges(plans, on: day, catalog: configured.catalog) : [], plans)
    }

    /// On a terminal, an edit that no longer records something the entry of `day` holds (the
    /// morning's pain, the note, …) asks before replacing it: nothing a person wrote is dropped
    /// without being asked. No: nothing changes (exit 1), and the command that keeps them is shown.
    func confirmEdit(of day: CivilDate, console: Console) throws {
        let course: Course
        do throws(JournalStore.Failure) { course = try selection.existingStore().read().file.course } catch {
            throw error.report(console)
        }
        guard let old = course.logs.first(where: { $0.date == day }) else { return }
        let new = entry(on: day)
        let lost = Self.dropped(from: old, by: new, name: JournalExport.exerciseNames(of: course, console: console))
        guard !lost.isEmpty else { return }
        let prompter = LinePrompter.terminal(console)
        prompter.say("Replacing the entry of \(day.longDisplay) no longer records: \(lost.joined(separator: "; ")).")
        let go = prompter.askYesOrNo(
            "Replace it anyway? [y/N]",
            otherwise: "type y to replace it, or n (or Enter) to leave the journal as it is")
        guard go != true else { return }
        if go == nil { console.out("\n") }
        console.note("nothing was changed", first: "protract: ")
        // With the flag, the command says so too: from a script it would be refused without it.
        sayKeepingTheRest(of: old, editedTo: new, changeLater: changeLater, prompter: prompter, console: console)
        throw ExitStatus.cancelled
    }

    /// `To change it and keep the rest:` and the `--edit` command that changes what the flags
    /// give and keeps what else the entry `old` records (`--change-later` added when asked).
    func sayKeepingTheRest(
        of old: SessionLog, editedTo new: SessionLog, changeLater: Bool, prompter: LinePrompter, console: Console
    ) {
        var kept = new
        kept.asPlanned = new.asPlanned || old.asPlanned
        kept.done += old.done.filter { work in !new.done.contains { $0.exerciseID == work.exerciseID } }
        kept.pain = new.pain ?? old.pain
        kept.morningPain = new.morningPain ?? old.morningPain
        if kept.hurt.isEmpty { kept.hurt = old.hurt }
        kept.retest = new.retest ?? old.retest
        kept.note = new.note ?? old.note
        if kept.symptoms.isEmpty { kept.symptoms = old.symptoms }
        prompter.say("To change it and keep the rest:")
        let words = Self.logCommand(selection) + ["--edit", "\(old.date)"] + Self.entryFlags(kept) + (changeLater ? ["--change-later"] : [])
        console.out(console.command(words.joined(separator: " ")))
    }

    /// `the session logged after it (Wed 25 Nov) was` or `the 2 sessions logged after it (Wed 25
    /// Nov, Fri 27 Nov) were`.
    static func laterSessions(_ dates: [CivilDate]) -> String {
        let days = dates.map(\.shortDisplay).joined(separator: ", ")
        return dates.count == 1 ? "the session logged after it (\(days)) was" : "the \(dates.count) sessions logged after it (\(days)) were"
    }

    /// On a terminal, an edit or removal of an entry with later ones asks first: the sessions
    /// after it were adapted from it. The later doses the change would rewrite are listed before
    /// the question, in the words a script's refusal uses (``sayLaterChanges(_:_:to:)``), or it
    /// says that they keep their doses; an edit that drops what the entry records says that first.
    /// True for yes; false when there is no later entry (nothing
    /// to ask); no, Enter or the end of input changes nothing, exit 1, and after an edit's
    /// questions (`answered`) the command that makes the same change later is shown.
    func confirmLaterEntries(after day: CivilDate, console: Console, answered: Bool = false) throws -> Bool {
        let course: Course
        do throws(JournalStore.Failure) { course = try selection.existingStore().read().file.course } catch {
            throw error.report(console)
        }
        let later = course.logs.filter { $0.date > day }.map(\.date)
        guard course.logs.contains(where: { $0.date == day }), !later.isEmpty else { return false }
        // The change as the flags will make it, on a copy: a change they refuse is reported when
        // it is made (nothing to ask), and its warnings are given then, once.
        var quiet = console
        quiet.quiet = true
        var after = course
        do throws(JournalStore.Failure) { _ = try applyFlags(&after, console: quiet) } catch { return false }
        let found = CoursePlan.programmeIfItLoads(of: course, console: console).flatMap { configured in
            consequences(
                of: (course, after), on: day, isNewEntry: false,
                today: selection.todayDate(in: course.athlete.timeZone), configured: configured)
        }
        let verb = remove != nil ? "Remove" : "Replace"
        let prompter = LinePrompter.terminal(console)
        let question: String
        if let lines = found?.laterChanges, !lines.isEmpty {
            Self.sayLaterChanges(changeOn(day), lines, to: prompter)
            question = "\(verb) it anyway, and show them at the new doses? [y/N]"
        } else {
            // Nil when the plan cannot be made (the command reports why): what the doses do is not known.
            let doses = found == nil ? ", and may then read at other doses"
                : later.count == 1 ? ", and keeps its doses" : ", and keep their doses"
            prompter.say(Self.notLatest(day, later) + doses + ".")
            question = "\(verb) it anyway? [y/N]"
        }
        // An edit that also drops what the entry records says so last, and the one question
        // covers both (``confirmEdit(of:console:)`` does not ask again).
        var dropping: SessionLog?
        if remove == nil, !answered, let old = course.logs.first(where: { $0.date == day }) {
            let lost = Self.dropped(from: old, by: entry(on: day), name: JournalExport.exerciseNames(of: course, console: quiet))
            if !lost.isEmpty {
                prompter.say("The new entry no longer records: \(lost.joined(separator: "; ")).")
                dropping = old
            }
        }
        let go = prompter.askYesOrNo(
            question,
            otherwise: "type y to go on, or n (or Enter) to leave the journal as it is")
        guard go != true else { return true }
        if go == nil { console.out("\n") }
        console.note("nothing was changed", first: "protract: ")
        if let dropping {
            sayKeepingTheRest(of: dropping, editedTo: entry(on: day), changeLater: true, prompter: prompter, console: console)
        }
        if answered {
            // The answers are the person's words: how to make the change later, without asking again.
            prompter.say("To make this change later, without the questions:")
            let words = Self.logCommand(selection) + ["--edit", "\(day)"] + Self.entryFlags(entry(on: day)) + ["--change-later"]
            console.out(console.command(words.joined(separator: " ")))
        }
        throw ExitStatus.cancelled
    }

    /// `Mon 7 Dec 2026 is not the latest entry: the session logged after it (Wed 9 Dec) was
    /// adapted from it`: why an edit or removal of that entry is asked about, or refused.
    static func notLatest(_ day: CivilDate, _ later: [CivilDate]) -> String {
        "\(day.longDisplay) is not the latest entry: \(laterSessions(later)) adapted from it"
    }

    /// `replacing the entry of Mon 7 Dec 2026 changes the doses of 2 sessions logged after it,
    /// which stand for the doses of their time`: what a script's refusal and a terminal's question
    /// say of a change that rewrites later doses, before the list of them.
    static func changesLaterSentence(_ what: String, count: Int) -> String {
        "\(what) changes the doses of \(plural(count, "session")) logged after it, which stand for the doses of their time"
    }

    /// On a terminal, before its question: the sentence of ``changesLaterSentence(_:count:)`` and
    /// every line of ``laterChanges(_:on:catalog:)``, two spaces in and the rest of each four, as
    /// the refusal's help lists them (the question follows them, so the list buries nothing, and
    /// a yes is given knowing all it changes).
    static func sayLaterChanges(_ what: String, _ lines: [String], to prompter: LinePrompter) {
        let sentence = changesLaterSentence(what, count: lines.count)
        prompter.say(sentence.prefix(1).uppercased() + sentence.dropFirst() + ":")
        for line in lines { prompter.say(item: line, indent: "  ", hanging: "    ") }
    }

    /// On a terminal, `--symptom` asks before the red flag stops the course (a mistaken tap on a
    /// phone should not end it); from a script it is logged at once. No, Enter or the end of
    /// input logs nothing, exit 1.
    func confirmRedFlags(console: Console) throws {
        let course: Course
        do throws(JournalStore.Failure) { course = try selection.existingStore().read().file.course } catch {
            throw error.report(console)
        }
        // A name the programme does not have is refused when the entry is applied (64): not asked.
        let all = CoursePlan.programmeIfItLoads(of: course, console: console)?.programme.safety.redFlags ?? RedFlag.standard
        let flags = symptom.compactMap { id in all.first { $0.id == id } }
        guard flags.count == symptom.count else { return }
        let prompter = LinePrompter.terminal(console)
        let go = try? LogInterview.confirmRedFlags(flags, prompter)
        guard go != true else { return }
        if go == nil { console.out("\n") }
        console.note("nothing was logged", first: "protract: ")
        prompter.say("If you do have it, stop training and see a clinician.")
        throw ExitStatus.cancelled
    }

    /// What `old` records that `new`, which replaces it, does not: each said as `log --list`
    /// says it (`next morning 5/10`, `note`), exercises by `name` (`knee push-up 5,5,4`).
    static func dropped(from old: SessionLog, by new: SessionLog, name: (String) -> String) -> [String] {
        var lost: [String] = []
        if old.asPlanned, !new.asPlanned {
            lost.append("as planned (every exercise not under --done now counts as not done)")
        }
        let gone = old.done.filter { work in !new.done.contains { $0.exerciseID == work.exerciseID } }
        if !gone.isEmpty {
            lost.append("done: " + gone.map { "\(name($0.exerciseID)) \($0.sets.map(String.init).joined(separator: ","))" }.joined(separator: ", "))
        }
        if let pain = old.pain, new.pain == nil { lost.append("pain \(pain)/10") }
        if let morning = old.morningPain, new.morningPain == nil { lost.append("next morning \(morning)/10") }
        if !old.hurt.isEmpty, new.hurt.isEmpty { lost.append("hurt: " + old.hurt.map(name).joined(separator: ", ")) }
        if let retest = old.retest, new.retest == nil { lost.append("retest \(retest) reps") }
        if old.note != nil, new.note == nil { lost.append("the note") }
        if !old.symptoms.isEmpty, new.symptoms.isEmpty { lost.append(JournalExport.redFlagText(old.symptoms)) }
        return lost
    }

    /// What a change to the journal on `day` (an entry added before later ones, an edit, a
    /// removal, a morning's pain) does to the sessions logged after it, one line each
    /// (`Wed 6 Jan: high incline push-up 3 x 13 would read low incline push-up 3 x 9`); empty when
    /// none changes.
    ///
    /// An entry says what was done as "as planned" and the exceptions: the doses of the plan of
    /// its time. The plan is replayed from the journal, so a change before an entry changes the
    /// doses that entry stands for, and the record of what the person did with them. Such a change
    /// is made only when asked (`--change-later`, or yes on a terminal).
    static func laterChanges(_ plans: (old: PlanKit.Plan, new: PlanKit.Plan), on day: CivilDate, catalog: ExerciseCatalog) -> [String] {
        let (old, new) = plans
        var replanned: [CivilDate: PlannedSession] = [:]
        for session in new.sessions { if let date = session.record?.log?.date { replanned[date] = session } }
        var lines: [String] = []
        for session in old.sessions {
            guard let log = session.record?.log, log.date > day, let now = replanned[log.date] else { continue }
            if now.title != session.title {
                lines.append("\(log.date.shortDisplay): '\(session.title)' would read '\(now.title)'")
                continue
            }
            let changes = changed(from: doses(of: session), to: doses(of: now), catalog: catalog)
            if !changes.isEmpty { lines.append("\(log.date.shortDisplay): " + changes.joined(separator: ", ")) }
        }
        return lines
    }

    /// What differs between a session's doses before and after, exercise by exercise: a drill
    /// the warm-up only moved in its turn is no change (`open book 1 x 6 each side would read open
    /// book 2 x 6 each side`); drills swapped for others are paired in order.
    private static func changed(from was: [Dose], to will: [Dose], catalog: ExerciseCatalog) -> [String] {
        var unmatched = Array(will.indices)
        var gone: [Dose] = []
        var lines: [String] = []
        for dose in was {
            guard let position = unmatched.firstIndex(where: { will[$0].exerciseID == dose.exerciseID }) else {
                gone.append(dose)
                continue
            }
            let now = will[unmatched.remove(at: position)]
            // The same exercise at another dose: its name once (`chin tuck 2 x 12 would read 2 x 10`).
            if now != dose { lines.append("\(describe(dose, catalog)) would read \(amount(now))") }
        }
        let added = unmatched.map { will[$0] }
        for index in 0..<max(gone.count, added.count) {
            let before = gone.indices.contains(index) ? describe(gone[index], catalog) : "nothing"
            let after = added.indices.contains(index) ? describe(added[index], catalog) : "nothing"
            lines.append("\(before) would read \(after)")
        }
        return lines
    }

    /// The course's plan before and after a change on `day`, as of today (or that day); nil when
    /// either cannot be made (the plan reports why when the course is planned).
    static func replans(
        from before: Course, to after: Course, on day: CivilDate, today: CivilDate, configured: ConfiguredProgramme
    ) -> (old: PlanKit.Plan, new: PlanKit.Plan)? {
        let asOf = max(today, day)
        guard let old = try? Planner().plan(configured, course: before, today: asOf),
            let new = try? Planner().plan(configured, course: after, today: asOf)
        else { return nil }
        return (old, new)
    }

    /// Whether a new entry on `day` may make the course's plan shorter: it falls in a week of the
    /// course that is over and had nothing logged, which the plan counted as missed (the course
    /// grew by a week for it) and now counts. Entries of the week under way never do.
    static func mayShorten(_ course: Course, loggingOn day: CivilDate, today: CivilDate) -> Bool {
        let start = course.athlete.start
        func week(_ date: CivilDate) -> Int { start.days(until: date) / 7 }
        guard day >= start, week(day) < week(today) else { return false }
        return !course.logs.contains { $0.date >= start && week($0.date) == week(day) }
    }

    /// A session's prescriptions as they stand for what was done (a test is no dose).
    private struct Dose: Equatable {
        var exerciseID: String
        var sets: Int
        var dose: PlanKit.Dose
        var perSide: Bool
    }

    private static func doses(of session: PlannedSession) -> [Dose] {
        session.blocks.flatMap(\.prescriptions).filter { !$0.dose.isTest }.map {
            Dose(exerciseID: $0.exerciseID, sets: $0.sets, dose: $0.dose, perSide: $0.perSide)
        }
    }

    private static func describe(_ dose: Dose, _ catalog: ExerciseCatalog) -> String {
        "\(catalog.sentenceName(of: dose.exerciseID)) " + amount(dose)
    }

    /// `2 x 10` or `1 x 5 each side`.
    private static func amount(_ dose: Dose) -> String {
        "\(dose.sets) x \(dose.dose)" + (dose.perSide ? " each side" : "")
    }

    /// The refusal of a change that would rewrite what later entries stand for.
    static func changesLater(_ what: String, _ lines: [String]) -> JournalStore.Failure {
        // A session a line, two at most: on a phone the list must not bury the way out.
        let shown = lines.prefix(2) + (lines.count > 2 ? ["and \(lines.count - 2) more \(lines.count == 3 ? "session" : "sessions")"] : [])
        return JournalStore.Failure(
            status: ExitStatus.usage,
            message: changesLaterSentence(what, count: lines.count) + "; the journal was not changed",
            help: "add --change-later to do it anyway (the plan then shows them at the new doses), "
                + "or keep what you want to record in a note; it would change:\n" + shown.joined(separator: "\n"))
    }
}

extension Course {
    /// Keeps in ``longestPlan`` the most sessions `old` held when `new`, the plan after a change,
    /// holds fewer: a calendar may hold the sessions after the new end, and an export cancels them.
    mutating func keepLongestPlan(before old: PlanKit.Plan, after new: PlanKit.Plan) {
        let had = old.highestNumber
        guard new.highestNumber < had else { return }
        longestPlan = max(longestPlan ?? 0, had)
    }
}

extension Plan {
    /// The highest session number the plan holds: its sessions, those called off, those withdrawn.
    var highestNumber: Int {
        max(sessions.last?.number ?? 0, cancelled.last?.number ?? 0, withdrawn.last?.number ?? 0)
    }
}
