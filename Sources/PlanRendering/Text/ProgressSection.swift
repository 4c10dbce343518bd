import PlanKit

/// The closing summary: per week, the push-up step and reps, and the stabilizer reps and seconds held.
struct ProgressSection: Sendable {
    var layout: TextLayout
    var catalog: ExerciseCatalog

    /// The plugin whose block holds the push-up step.
    static let pushUpPlugin = "push-up-progression"
    /// The plugin whose blocks count as stabilizer volume.
    static let stabilizerPlugin = "stabilizer-strength"

    /// One week's totals.
    struct Row: Sendable, Hashable {
        var week: Int
        var isDeload: Bool
        var steps: [String]
        var pushUpReps: Int
        var stabilizerReps: Int
        var stabilizerSeconds: Int
    }

    /// The totals for every week.
    func rows(for plan: Plan) -> [Row] {
        plan.weeks.map { week in
            var row = Row(
                week: week.number, isDeload: week.isDeload, steps: [], pushUpReps: 0, stabilizerReps: 0,
                stabilizerSeconds: 0)
            for block in week.sessions.flatMap(\.blocks) {
                if block.pluginID == Self.pushUpPlugin {
                    for prescription in block.prescriptions {
                        let name = catalog.exercise(prescription.exerciseID)?.name ?? prescription.exerciseID
                        if row.steps.last != name { row.steps.append(name) }
                        row.pushUpReps += prescription.totalReps
                    }
                } else if block.pluginID == Self.stabilizerPlugin {
                    row.stabilizerReps += block.prescriptions.map(\.totalReps).reduce(0, +)
                    row.stabilizerSeconds += block.prescriptions.map(\.totalHoldSeconds).reduce(0, +)
                }
            }
            return row
        }
    }

    /// The section's lines; empty when the plan has neither push-up nor stabilizer blocks.
    func lines(for plan: Plan) -> [String] {
        let rows = rows(for: plan)
        let blocks = plan.sessions.flatMap(\.blocks)
        let hasPushUps = blocks.contains { $0.pluginID == Self.pushUpPlugin }
        let hasStabilizers = blocks.contains { $0.pluginID == Self.stabilizerPlugin }
        guard !rows.isEmpty, hasPushUps || hasStabilizers else { return [] }
        let weekWidth = max(4, String(rows.map(\.week).max() ?? 0).count)
        var lines = [layout.style.bold("PROGRESS")]
        if hasPushUps { lines += pushUpTable(rows, weekWidth: weekWidth) }
        if hasStabilizers { lines += stabilizerTable(rows, weekWidth: weekWidth) }
        return lines
    }

    private func pushUpTable(_ rows: [Row], weekWidth: Int) -> [String] {
        let repsWidth = max(4, String(rows.map(\.pushUpReps).max() ?? 0).count)
        let fixed = 2 + weekWidth + 2 + repsWidth + 2
        let barMax = min(20, max(4, (layout.width - fixed - 2) / 2))
        let top = rows.map(\.pushUpReps).max() ?? 0
        var lines = layout.wrap("Push-ups per week: reps and step", indent: 0, hanging: 2)
        lines.append("  " + pad("week", weekWidth) + "  " + pad("reps", repsWidth))
        for row in rows {
            let first = "  " + pad(String(row.week), weekWidth) + "  " + pad(String(row.pushUpReps), repsWidth)
                + "  " + bar(row.pushUpReps, of: top, max: barMax) + "  "
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

    private func stabilizerTable(_ rows: [Row], weekWidth: Int) -> [String] {
        let repsWidth = max(4, String(rows.map(\.stabilizerReps).max() ?? 0).count)
        let heldWidth = max(4, String(rows.map(\.stabilizerSeconds).max() ?? 0).count + 2)
        let fixed = 2 + weekWidth + 2 + repsWidth + 2 + 2 + heldWidth + 2
        let barMax = min(16, max(1, (layout.width - fixed) / 2))
        let topReps = rows.map(\.stabilizerReps).max() ?? 0
        let topSeconds = rows.map(\.stabilizerSeconds).max() ?? 0
        var lines = layout.wrap("Stabilizers per week: reps and seconds held", indent: 0, hanging: 2)
        lines.append(
            "  " + pad("week", weekWidth) + "  " + pad("reps", repsWidth) + layout.spaces(2 + barMax + 2)
                + pad("held", heldWidth))
        for row in rows {
            let line = "  " + pad(String(row.week), weekWidth) + "  " + pad(String(row.stabilizerReps), repsWidth)
                + "  " + bar(row.stabilizerReps, of: topReps, max: barMax) + "  "
                + pad("\(row.stabilizerSeconds) s", heldWidth) + "  " + bar(row.stabilizerSeconds, of: topSeconds, max: barMax)
            lines.append(LineWrapper.trimmingTrailingSpaces(line))
        }
        return lines
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
