import PlanKit

/// What a plan's blocks report about themselves (``BlockProgress``), gathered per chart and week:
/// the one source of the text plan's closing summary and the handout's progress charts.
struct ProgressCharts {
    /// One week's totals in one chart.
    struct Row {
        var week: Int
        var isDeload: Bool
        /// Whether the week is still to come in a course (none of its sessions has a record): its
        /// figures are what is prescribed, not what was done.
        var isToCome = false
        /// The steps done that week, catalog ids in order, a repeat of the one before left out.
        var steps: [String] = []
        var reps = 0
        var seconds = 0
        /// The part of `reps` and `seconds` from a course's sessions still to come (all of them in
        /// a week to come, some in the week a course is in).
        var repsToCome = 0
        var secondsToCome = 0

        /// Whether some of the week's sessions are done and some still to come.
        var isPartlyToCome: Bool { !isToCome && (repsToCome > 0 || secondsToCome > 0) }
    }

    /// One chart: its name, whether it follows steps (the push-up ladder), and every week's row.
    struct Chart {
        var name: String
        var followsSteps: Bool
        var rows: [Row]
    }

    /// The plan's charts, those that follow steps first, each group in the order the charts first
    /// appear; empty when no block reports progress.
    static func charts(in plan: Plan) -> [Chart] {
        // Each chart's name and whether it follows steps, in the order the charts first appear: a
        // plan has two or three, so they are looked for in a list rather than hashed for every one
        // of a long course's thousands of blocks, each read where it stands.
        var found: [(name: String, followsSteps: Bool)] = []
        for week in plan.weeks {
            for session in week.sessions {
                for block in session.blocks {
                    guard let progress = block.progress else { continue }
                    if let index = found.firstIndex(where: { $0.name == progress.chart }) {
                        found[index].followsSteps = found[index].followsSteps || !progress.steps.isEmpty
                    } else {
                        found.append((progress.chart, !progress.steps.isEmpty))
                    }
                }
            }
        }
        let ordered = found.filter(\.followsSteps) + found.filter { !$0.followsSteps }
        // Each session's figures once (a past session's from its journal entry), for every chart,
        // and whether it is a course's session still to come.
        let isCourse = plan.weeks.contains { $0.sessions.contains { $0.record != nil } }
        let figures = plan.weeks.map { week in
            week.sessions.flatMap { session in
                let toCome = isCourse && session.record == nil
                return progress(of: session).map { (progress: $0, toCome: toCome) }
            }
        }
        return ordered.map { chart in
            Chart(
                name: chart.name, followsSteps: chart.followsSteps,
                rows: rows(of: chart.name, in: plan, isCourse: isCourse, figures: figures))
        }
    }

    /// The figures of a session's blocks: what the journal records for a course's past session (a
    /// missed one adds nothing), what is prescribed for any other.
    static func progress(of session: PlannedSession) -> [BlockProgress] {
        guard let record = session.record else { return session.blocks.compactMap(\.progress) }
        guard let log = record.log else { return [] }
        return session.blocks.compactMap { block in block.progress?.done(log, of: block.prescriptions) }
    }

    /// The totals of chart `name` for every week.
    private static func rows(
        of name: String, in plan: Plan, isCourse: Bool, figures: [[(progress: BlockProgress, toCome: Bool)]]
    ) -> [Row] {
        zip(plan.weeks, figures).map { week, figures in
            // A course's week with no session done (or missed) yet is to come.
            var row = Row(
                week: week.number, isDeload: week.isDeload,
                isToCome: isCourse && !week.sessions.contains { $0.record != nil })
            for (progress, toCome) in figures where progress.chart == name {
                for id in progress.steps where row.steps.last != id { row.steps.append(id) }
                row.reps = adding(row.reps, progress.reps)
                row.seconds = adding(row.seconds, progress.seconds)
                if toCome {
                    row.repsToCome = adding(row.repsToCome, progress.reps)
                    row.secondsToCome = adding(row.secondsToCome, progress.seconds)
                }
            }
            return row
        }
    }

    /// Saturating: a block's figures saturate at Int.max rather than trap.
    private static func adding(_ a: Int, _ b: Int) -> Int {
        a.addingReportingOverflow(b).overflow ? Int.max : a + b
    }
}
