import PlanKit

extension ProtractCommand.Log {
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
            let was = doses(of: session)
            let will = doses(of: now)
            guard was != will else { continue }
            // Every prescription that differs, in the session's order.
            let said = { (doses: [Dose], index: Int) in
                doses.indices.contains(index) ? describe(doses[index], catalog) : "nothing"
            }
            let changed = (0..<max(was.count, will.count)).filter { !was.indices.contains($0) || !will.indices.contains($0) || was[$0] != will[$0] }
            lines.append("\(log.date.shortDisplay): " + changed.map { "\(said(was, $0)) would read \(said(will, $0))" }.joined(separator: ", "))
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
        "\(catalog.sentenceName(of: dose.exerciseID)) \(dose.sets) x \(dose.dose)" + (dose.perSide ? " each side" : "")
    }

    /// The refusal of a change that would rewrite what later entries stand for.
    static func changesLater(_ what: String, _ lines: [String]) -> JournalStore.Failure {
        let shown = lines.prefix(3).joined(separator: "; ") + (lines.count > 3 ? "; and \(lines.count - 3) more" : "")
        return JournalStore.Failure(
            status: ExitStatus.usage,
            message: "\(what) changes the doses of \(plural(lines.count, "session")) logged after it, which stand for "
                + "the doses of their time; the journal was not changed",
            help: "\(shown). Add --change-later to do it anyway (the plan then shows them at the new doses), "
                + "or keep what you want to record in a note")
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
