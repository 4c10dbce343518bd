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
    static func laterChanges(
        from before: Course, to after: Course, on day: CivilDate, today: CivilDate, configured: ConfiguredProgramme
    ) -> [String] {
        guard before.logs.contains(where: { $0.date > day }) else { return [] }
        let asOf = max(today, day)
        guard let old = try? Planner().plan(configured, course: before, today: asOf),
            let new = try? Planner().plan(configured, course: after, today: asOf)
        else { return [] }  // a plan that cannot be made is reported when the course is planned
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
            // The first prescription that differs, in the session's order.
            let index = zip(was, will).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(was.count, will.count)
            let said = { (doses: [Dose], index: Int) in
                doses.indices.contains(index) ? describe(doses[index], configured.catalog) : "nothing"
            }
            lines.append("\(log.date.shortDisplay): \(said(was, index)) would read \(said(will, index))")
        }
        return lines
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
