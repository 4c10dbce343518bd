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

        /// Adds a block's figures, from a course's session still to come when `toCome`.
        mutating func add(_ progress: BlockProgress, toCome: Bool) {
            for id in progress.steps where steps.last != id { steps.append(id) }
            reps = ProgressCharts.adding(reps, progress.reps)
            seconds = ProgressCharts.adding(seconds, progress.seconds)
            if toCome {
                repsToCome = ProgressCharts.adding(repsToCome, progress.reps)
                secondsToCome = ProgressCharts.adding(secondsToCome, progress.seconds)
            }
        }
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
        let isCourse = plan.weeks.contains { $0.sessions.contains { $0.record != nil } }
        // A course's week with no session done (or missed) yet is to come.
        let rows = plan.weeks.map { week in
            Row(week: week.number, isDeload: week.isDeload, isToCome: isCourse && !week.sessions.contains { $0.record != nil })
        }
        // Every block read once, where it stands (a long course has thousands), and each chart
        // looked for in a list rather than hashed: a plan has two or three.
        var charts: [Chart] = []
        for (week, planWeek) in plan.weeks.enumerated() {
            for session in planWeek.sessions {
                for block in session.blocks {
                    guard let progress = block.progress else { continue }
                    if let chart = charts.firstIndex(where: { $0.name == progress.chart }) {
                        charts[chart].followsSteps = charts[chart].followsSteps || !progress.steps.isEmpty
                    } else {
                        charts.append(Chart(name: progress.chart, followsSteps: !progress.steps.isEmpty, rows: rows))
                    }
                }
                // The session's figures (a past session's from its journal entry) in its week's row.
                let toCome = isCourse && session.record == nil
                for progress in progress(of: session) {
                    guard let chart = charts.firstIndex(where: { $0.name == progress.chart }) else { continue }
                    charts[chart].rows[week].add(progress, toCome: toCome)
                }
            }
        }
        return charts.filter(\.followsSteps) + charts.filter { !$0.followsSteps }
    }

    /// The figures of a session's blocks: what the journal records for a course's past session (a
    /// missed one adds nothing), what is prescribed for any other.
    static func progress(of session: PlannedSession) -> [BlockProgress] {
        guard let record = session.record else { return session.blocks.compactMap(\.progress) }
        guard let log = record.log else { return [] }
        return session.blocks.compactMap { block in block.progress?.done(log, of: block.prescriptions) }
    }

    /// Saturating: a block's figures saturate at Int.max rather than trap.
    private static func adding(_ a: Int, _ b: Int) -> Int {
        a.addingReportingOverflow(b).overflow ? Int.max : a + b
    }
}
