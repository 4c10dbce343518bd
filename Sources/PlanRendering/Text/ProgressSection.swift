import PlanKit

/// The closing summary: per week, what the plan's blocks report about themselves (`BlockProgress`),
/// one chart per name the blocks give. A chart that follows steps shows reps and the steps done (the
/// push-up ladder); one that does not shows reps and seconds held (the stabilizers).
struct ProgressSection: Sendable {
    var layout: TextLayout
    var catalog: ExerciseCatalog

    /// One week's totals in one chart.
    private struct Row {
        var week: Int
        var isDeload: Bool
        var steps: [String] = []
        var reps = 0
        var seconds = 0
    }

    /// The section's lines; empty when no block reports progress. Charts that follow steps come
    /// first, each group in the order the charts first appear.
    func lines(for plan: Plan) -> [String] {
        var names: [String] = []
        var followsSteps: [String: Bool] = [:]
        for progress in plan.sessions.flatMap(\.blocks).compactMap(\.progress) {
            if followsSteps[progress.chart] == nil { names.append(progress.chart) }
            followsSteps[progress.chart] = followsSteps[progress.chart] == true || !progress.steps.isEmpty
        }
        guard !plan.weeks.isEmpty, !names.isEmpty else { return [] }
        let weekWidth = max(4, String(plan.weeks.map(\.number).max() ?? 0).count)
        var lines = [layout.style.bold("PROGRESS")]
        for name in names where followsSteps[name] == true {
            lines += stepTable(name, rows(of: name, in: plan), weekWidth: weekWidth)
        }
        for name in names where followsSteps[name] != true {
            lines += volumeTable(name, rows(of: name, in: plan), weekWidth: weekWidth)
        }
        return lines
    }

    /// The totals of chart `name` for every week.
    private func rows(of name: String, in plan: Plan) -> [Row] {
        plan.weeks.map { week in
            var row = Row(week: week.number, isDeload: week.isDeload)
            for progress in week.sessions.flatMap(\.blocks).compactMap(\.progress) where progress.chart == name {
                for id in progress.steps {
                    let step = catalog.exercise(id)?.name ?? id
                    if row.steps.last != step { row.steps.append(step) }
                }
                // Saturating: a block's figures saturate at Int.max rather than trap.
                row.reps = row.reps.addingReportingOverflow(progress.reps).overflow ? Int.max : row.reps + progress.reps
                row.seconds = row.seconds.addingReportingOverflow(progress.seconds).overflow
                    ? Int.max : row.seconds + progress.seconds
            }
            return row
        }
    }

    private func stepTable(_ name: String, _ rows: [Row], weekWidth: Int) -> [String] {
        let repsWidth = max(4, String(rows.map(\.reps).max() ?? 0).count)
        let fixed = 2 + weekWidth + 2 + repsWidth + 2
        let barMax = min(20, max(4, (layout.width - fixed - 2) / 2))
        let top = rows.map(\.reps).max() ?? 0
        var lines = layout.wrap("\(name) per week: reps and step", indent: 0, hanging: 2)
        lines.append(columns("week", weekWidth, "reps", repsWidth))
        for row in rows {
            let first = columns(String(row.week), weekWidth, String(row.reps), repsWidth)
                + "  " + bar(row.reps, of: top, max: barMax) + "  "
            let hanging = layout.width - first.count >= 12 ? first.count : 6
            var units = LineWrapper.joined(
                (row.steps.isEmpty ? ["-"] : row.steps).map(LineWrapper.words), trailer: " ->")
            if row.isDeload { units.append(["(deload)"]) }
            lines += layout.wrapper.wrap(units: units, first: first, rest: layout.spaces(hanging)).map {
                layout.style.highlightingDeload("(deload)", in: $0)
            }
        }
        return lines
    }

    private func volumeTable(_ name: String, _ rows: [Row], weekWidth: Int) -> [String] {
        let repsWidth = max(4, String(rows.map(\.reps).max() ?? 0).count)
        let heldWidth = max(4, String(rows.map(\.seconds).max() ?? 0).count + 2)
        let fixed = 2 + weekWidth + 2 + repsWidth + 2 + 2 + heldWidth + 2
        let barMax = min(16, max(1, (layout.width - fixed) / 2))
        let topReps = rows.map(\.reps).max() ?? 0
        let topSeconds = rows.map(\.seconds).max() ?? 0
        var lines = layout.wrap("\(name) per week: reps and seconds held", indent: 0, hanging: 2)
        lines.append(
            columns("week", weekWidth, "reps", repsWidth) + layout.spaces(2 + barMax + 2) + pad("held", heldWidth))
        for row in rows {
            let line = columns(String(row.week), weekWidth, String(row.reps), repsWidth)
                + "  " + bar(row.reps, of: topReps, max: barMax) + "  "
                + pad("\(row.seconds) s", heldWidth) + "  " + bar(row.seconds, of: topSeconds, max: barMax)
            lines.append(LineWrapper.trimmingTrailingSpaces(line))
        }
        return lines
    }

    /// The week and reps columns both tables start with, right-aligned: `     3    40`.
    private func columns(_ week: String, _ weekWidth: Int, _ reps: String, _ repsWidth: Int) -> String {
        "  " + pad(week, weekWidth) + "  " + pad(reps, repsWidth)
    }

    /// A bar of `█` proportional to `value`, at least one block when the value is not zero, padded to `max`.
    private func bar(_ value: Int, of top: Int, max width: Int) -> String {
        guard top > 0, value > 0 else { return layout.spaces(width) }
        let length = Swift.min(width, Swift.max(1, (value * width + top / 2) / top))
        return String(repeating: "█", count: length) + layout.spaces(width - length)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        layout.spaces(width - text.count) + text
    }
}
