import PlanKit

/// The closing summary: per week, what the plan's blocks report about themselves (`BlockProgress`),
/// one chart per name the blocks give. A chart that follows steps shows reps and the steps done (the
/// push-up ladder); one that does not shows reps and seconds held (the stabilizers).
struct ProgressSection: Sendable {
    var layout: TextLayout
    var catalog: ExerciseCatalog

    /// The section's lines; empty when no block reports progress. Charts that follow steps come
    /// first, each group in the order the charts first appear.
    func lines(for plan: Plan) -> [String] {
        let charts = ProgressCharts.charts(in: plan)
        guard !plan.weeks.isEmpty, !charts.isEmpty else { return [] }
        let weekWidth = max(4, String(plan.weeks.map(\.number).max() ?? 0).count)
        var lines = [layout.style.bold("PROGRESS")]
        for chart in charts {
            lines += chart.followsSteps
                ? stepTable(chart.name, chart.rows, weekWidth: weekWidth)
                : volumeTable(chart.name, chart.rows, weekWidth: weekWidth)
        }
        if charts.contains(where: { $0.rows.contains { $0.isToCome || $0.isPartlyToCome } }) {
            lines += layout.wrap(
                "\(Self.toCome) sessions still to come: what the plan prescribes, not what was done", indent: 2, hanging: 4)
        }
        return lines
    }

    /// A week's steps by name, a name that repeats the one before left out.
    private func stepNames(_ row: ProgressCharts.Row) -> [String] {
        var names: [String] = []
        for id in row.steps {
            let name = catalog.exercise(id)?.name ?? id
            if names.last != name { names.append(name) }
        }
        return names
    }

    private func stepTable(_ name: String, _ rows: [ProgressCharts.Row], weekWidth: Int) -> [String] {
        let repsWidth = max(4, String(rows.map(\.reps).max() ?? 0).count)
        let fixed = 2 + weekWidth + 2 + repsWidth + 2
        let barMax = min(20, max(4, (layout.width - fixed - 2) / 2))
        let top = rows.map(\.reps).max() ?? 0
        var lines = layout.wrap("\(name) per week: reps and step", indent: 0, hanging: 2)
        lines.append(columns("week", weekWidth, "reps", repsWidth))
        for row in rows {
            var first = columns(String(row.week), weekWidth, String(row.reps), repsWidth)
            first += "  "
            appendBar(row.reps, of: top, max: barMax, toCome: row.isToCome ? row.reps : row.repsToCome, to: &first)
            first += "  "
            // `first` is as wide as its padded columns and bar (not counted again: `█` is slow to count).
            let firstWidth = fixed + barMax + 2
            let hanging = layout.width - firstWidth >= 12 ? firstWidth : 6
            let steps = stepNames(row)
            var units = LineWrapper.joined(
                (steps.isEmpty ? ["-"] : steps).map(LineWrapper.unit), trailer: " ->")
            if row.isDeload { units.append("(deload)") }
            lines += layout.wrapper.wrap(units: units, first: first, rest: layout.spaces(hanging)).map {
                layout.style.highlightingDeload("(deload)", in: $0)
            }
        }
        return lines
    }

    private func volumeTable(_ name: String, _ rows: [ProgressCharts.Row], weekWidth: Int) -> [String] {
        let repsWidth = max(4, String(rows.map(\.reps).max() ?? 0).count)
        let heldWidth = max(4, String(rows.map(\.seconds).max() ?? 0).count + 2)
        let fixed = 2 + weekWidth + 2 + repsWidth + 2 + 2 + heldWidth + 2
        let barMax = min(16, max(1, (layout.width - fixed) / 2))
        let topReps = rows.map(\.reps).max() ?? 0
        let topSeconds = rows.map(\.seconds).max() ?? 0
        var lines = layout.wrap("\(name) per week: reps and seconds held", indent: 0, hanging: 2)
        lines.append(
            columns("week", weekWidth, "reps", repsWidth) + layout.spaces(2 + barMax + 2) + right("held", heldWidth))
        for row in rows {
            var line = columns(String(row.week), weekWidth, String(row.reps), repsWidth)
            line += "  "
            appendBar(row.reps, of: topReps, max: barMax, toCome: row.isToCome ? row.reps : row.repsToCome, to: &line)
            line += "  "
            line += right("\(row.seconds) s", heldWidth)
            line += "  "
            appendBar(row.seconds, of: topSeconds, max: barMax, toCome: row.isToCome ? row.seconds : row.secondsToCome, to: &line)
            while line.utf8.last == 0x20 { line.removeLast() }
            lines.append(line)
        }
        return lines
    }

    /// The week and reps columns both tables start with, right-aligned: `     3    40`.
    private func columns(_ week: String, _ weekWidth: Int, _ reps: String, _ repsWidth: Int) -> String {
        "  " + right(week, weekWidth) + "  " + right(reps, repsWidth)
    }

    /// `text` (ASCII: a number, a heading) right-aligned in `width` columns.
    private func right(_ text: String, _ width: Int) -> String {
        layout.spaces(width - text.utf8.count) + text
    }

    /// The bar of a course's week still to come: prescribed, not done.
    static let toCome = "░"

    /// Runs of 0 to 20 `█`, and of ``toCome``, made once: every row of a long course's charts asks
    /// for some, and a bar is at most 20 long.
    private static let doneRuns = (0...20).map { String(repeating: "█", count: $0) }
    private static let toComeRuns = (0...20).map { String(repeating: toCome, count: $0) }

    /// Appends a bar of `█` proportional to `value`, at least one block when the value is not
    /// zero, padded to `max`; its last `toCome` of `value` (sessions still to come) in `░`, at
    /// least one block of them when there are some.
    private func appendBar(_ value: Int, of top: Int, max width: Int, toCome: Int = 0, to line: inout String) {
        guard top > 0, value > 0 else { return line += layout.spaces(width) }
        let length = Swift.min(width, Swift.max(1, (value * width + top / 2) / top))
        let done = toCome <= 0 ? length : Swift.max(0, Swift.min(length - 1, ((value - toCome) * width + top / 2) / top))
        line += Self.run(Self.doneRuns, done)
        line += Self.run(Self.toComeRuns, length - done)
        line += layout.spaces(width - length)
    }

    /// `count` blocks: a run made once, or a new one when none is that long.
    private static func run(_ runs: [String], _ count: Int) -> String {
        count < runs.count ? runs[count] : String(repeating: runs[1], count: count)
    }
}
