import PlanKit

/// The progress section: for each chart the plan's blocks report (``BlockProgress``), the step
/// done per week (for a chart that follows steps: the push-up ladder) and the weekly volume, as
/// inline SVG with the same figures in a table under it; for a course, the pain logged per week.
///
/// The drawings use `currentColor` and shapes, not colours: a deload week's bar is outlined, the
/// next-morning pain line is dashed with square marks. Each SVG has `role="img"`, a `<title>` and
/// a `<desc>`; the table is the full text alternative.
struct HTMLCharts {
    let catalog: ExerciseCatalog

    /// The drawing's width in its own units, and its left and right margins. The page shows it
    /// as wide as the column, at most 30rem (HTMLStyle): 380 units across a 390 px phone's column
    /// of 358 px make the 11-unit labels about 10 px high, and at most 14 px on a desktop.
    static let width = 380.0
    static let left = 140.0
    static let right = 12.0

    func write(_ plan: Plan, to page: inout HTMLBuilder) {
        let charts = ProgressCharts.charts(in: plan)
        // The weeks the journal recorded a session in (none for a plan without a course).
        let pain = CourseProgress(plan: plan, today: CivilDate.latest).weeks.filter { $0.done + $0.moved + $0.missed > 0 }
        guard !plan.weeks.isEmpty, !charts.isEmpty || !pain.isEmpty else { return }
        page.open("section", ["id": "progress"])
        page.element("h2", "Progress")
        page.newline()
        var index = 0
        if !pain.isEmpty {
            index += 1
            writePain(pain, index: index, to: &page)
        }
        for chart in charts {
            index += 1
            writeChart(chart.name, rows: chart.rows, steps: chart.followsSteps, index: index, to: &page)
        }
        page.close("section")
        page.newline()
    }

    private func name(_ id: String) -> String {
        catalog.exercise(id)?.name.trimmed ?? id
    }

    // MARK: The step and volume chart

    private func writeChart(_ title: String, rows: [ProgressCharts.Row], steps: Bool, index: Int, to page: inout HTMLBuilder) {
        let prefix = "chart\(index)-"
        let caption = steps ? "\(title): the step each week, and reps a week" : "\(title): reps and seconds held a week"
        page.open("figure", ["class": "chart"])
        page.element("figcaption", ["class": "h3"]) { $0.element("strong", caption) }
        var order: [String] = []
        for row in rows { for id in row.steps where !order.contains(id) { order.append(id) } }
        let stepHeight = steps && !order.isEmpty ? Double(order.count) * 22 + 16 : 0
        let barsTop = stepHeight + 10
        let barsHeight = 120.0
        let height = barsTop + barsHeight + 20
        page.open("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(Int(Self.width)) \(Int(height))",
            "role": "img", "aria-labelledby": prefix + "t " + prefix + "d",
        ])
        page.element("title", ["id": prefix + "t"], caption)
        page.element("desc", ["id": prefix + "d"], description(rows, steps: steps, order: order))
        let plot = Self.width - Self.left - Self.right
        let slot = plot / Double(max(rows.count, 1))
        func x(_ offset: Int) -> Double { Self.left + slot * (Double(offset) + 0.5) }
        if steps, !order.isEmpty {
            // One row a step, easier (first come) at the bottom; a line through each week's last step.
            func y(_ id: String) -> Double { stepHeight - 8 - Double(order.firstIndex(of: id) ?? 0) * 22 - 6 }
            for id in order {
                page.element("text", ["x": SVGText.number(Self.left - 6), "y": SVGText.number(y(id) + 4), "text-anchor": "end"],
                             Self.short(name(id)))
                line(&page, Self.left, y(id), Self.width - Self.right, y(id), "grid")
            }
            var points: [String] = []
            for (offset, row) in rows.enumerated() {
                guard let last = row.steps.last else { continue }
                points.append(SVGText.number(x(offset)) + "," + SVGText.number(y(last)))
            }
            page.open("polyline", ["class": "line", "points": points.joined(separator: " ")])
            page.close("polyline")
            if rows.count <= 60 {
                for (offset, row) in rows.enumerated() {
                    guard let last = row.steps.last else { continue }
                    page.open("circle", [
                        "cx": SVGText.number(x(offset)), "cy": SVGText.number(y(last)), "r": "3.5",
                        "class": row.isToCome ? "to-come" : "bar",
                    ])
                    page.close("circle")
                }
            }
        }
        // Reps a week as bars from the baseline; a deload week outlined.
        let top = rows.map(\.reps).max() ?? 0
        let base = barsTop + barsHeight
        line(&page, Self.left, base, Self.width - Self.right, base, "axis")
        page.element("text", ["x": SVGText.number(Self.left - 6), "y": SVGText.number(barsTop + 10), "text-anchor": "end"], "\(top) reps")
        page.element("text", ["x": SVGText.number(Self.left - 6), "y": SVGText.number(base), "text-anchor": "end"], "0")
        if top > 0 {
            let barWidth = max(slot * 0.7, 0.5)
            for (offset, row) in rows.enumerated() where row.reps > 0 {
                let h = barsHeight * Double(row.reps) / Double(top)
                // A week partly done: the sessions still to come dashed on top of the ones done.
                let comes = row.isPartlyToCome ? barsHeight * Double(row.repsToCome) / Double(top) : 0
                page.open("rect", [
                    "class": row.isToCome ? "to-come" : row.isDeload ? "deload" : "bar", "x": SVGText.number(x(offset) - barWidth / 2),
                    "y": SVGText.number(base - h + comes), "width": SVGText.number(barWidth), "height": SVGText.number(h - comes),
                ])
                page.close("rect")
                if comes > 0 {
                    page.open("rect", [
                        "class": "to-come", "x": SVGText.number(x(offset) - barWidth / 2),
                        "y": SVGText.number(base - h), "width": SVGText.number(barWidth), "height": SVGText.number(comes),
                    ])
                    page.close("rect")
                }
            }
        }
        for offset in Self.labelledWeeks(rows.count) {
            page.element("text", ["x": SVGText.number(x(offset)), "y": SVGText.number(base + 14), "text-anchor": "middle"],
                         String(rows[offset].week))
        }
        page.element("text", ["x": SVGText.number(Self.left - 6), "y": SVGText.number(base + 14), "text-anchor": "end"], "week")
        page.close("svg")
        // The legend as the page's text, which wraps and reads at the page's size on a phone.
        page.element("p", ["class": "legend"], "Bars: reps a week; an outlined bar is a deload week"
            + (rows.contains { $0.isToCome || $0.isPartlyToCome } ? "; dashed, sessions still to come." : "."))
        table(rows, steps: steps, to: &page)
        page.close("figure")
        page.newline()
    }

    private func description(_ rows: [ProgressCharts.Row], steps: Bool, order: [String]) -> String {
        var parts: [String] = []
        if steps, let first = rows.first(where: { !$0.steps.isEmpty }), let last = rows.last(where: { !$0.steps.isEmpty }),
            let firstStep = first.steps.first, let lastStep = last.steps.last
        {
            parts.append("From \(name(firstStep)) in week \(first.week) to \(name(lastStep)) in week \(last.week)")
        }
        let reps = rows.map(\.reps)
        if let low = reps.min(), let high = reps.max() { parts.append("reps a week from \(low) to \(high)") }
        return parts.joined(separator: "; ") + ". The table below gives every week."
    }

    private func table(_ rows: [ProgressCharts.Row], steps: Bool, to page: inout HTMLBuilder) {
        page.open("table", ["class": "data"])
        page.trusted(steps
            ? "<thead><tr><th scope=\"col\">Week</th><th scope=\"col\">Step</th><th scope=\"col\" class=\"num\">Reps</th></tr></thead>"
            : "<thead><tr><th scope=\"col\">Week</th><th scope=\"col\" class=\"num\">Reps</th><th scope=\"col\" class=\"num\">Seconds held</th></tr></thead>")
        page.open("tbody")
        for row in rows {
            page.open("tr")
            let marks = (row.isDeload ? ["deload"] : []) + (row.isToCome ? ["to come"] : row.isPartlyToCome ? ["partly to come"] : [])
            page.element("th", ["scope": "row"], String(row.week) + (marks.isEmpty ? "" : " (" + marks.joined(separator: ", ") + ")"))
            if steps { page.element("td", row.steps.isEmpty ? "-" : row.steps.map(name).joined(separator: " → ")) }
            page.element("td", ["class": "num"], String(row.reps))
            if !steps { page.element("td", ["class": "num"], String(row.seconds)) }
            page.close("tr")
        }
        page.close("tbody")
        page.close("table")
    }

    // MARK: The pain chart

    private func writePain(_ rows: [CourseProgress.Week], index: Int, to page: inout HTMLBuilder) {
        let prefix = "chart\(index)-"
        let caption = "Pain logged: the highest each week, during a session and the next morning"
        page.open("figure", ["class": "chart"])
        page.element("figcaption") { $0.element("strong", caption) }
        let top = 10.0, plotHeight = 150.0
        let height = top + plotHeight + 20
        page.open("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(Int(Self.width)) \(Int(height))",
            "role": "img", "aria-labelledby": prefix + "t " + prefix + "d",
        ])
        page.element("title", ["id": prefix + "t"], caption)
        let last = rows.last
        page.element("desc", ["id": prefix + "d"],
                     "\(rows.count) weeks logged; the last, week \(last?.number ?? 0): "
                        + "during \(last?.painDuring.map { "\($0)/10" } ?? "not logged"), "
                        + "next morning \(last?.painMorning.map { "\($0)/10" } ?? "not logged"). The table below gives every week.")
        let plot = Self.width - Self.left - Self.right
        let slot = plot / Double(max(rows.count, 1))
        func x(_ offset: Int) -> Double { Self.left + slot * (Double(offset) + 0.5) }
        func y(_ pain: Int) -> Double { top + plotHeight * (1 - Double(min(max(pain, 0), 10)) / 10) }
        for level in [0, 5, 10] {
            line(&page, Self.left, y(level), Self.width - Self.right, y(level), level == 0 ? "axis" : "grid")
            page.element("text", ["x": SVGText.number(Self.left - 6), "y": SVGText.number(y(level) + 4), "text-anchor": "end"], "\(level)/10")
        }
        for (key, dashed) in [(\CourseProgress.Week.painDuring, false), (\CourseProgress.Week.painMorning, true)] {
            // One line for each run of weeks with this pain logged: a week without it (sessions
            // missed, or the morning not logged) breaks the line rather than bridge it.
            var runs: [[String]] = [[]]
            for (offset, row) in rows.enumerated() {
                if let pain = row[keyPath: key] {
                    runs[runs.count - 1].append(SVGText.number(x(offset)) + "," + SVGText.number(y(pain)))
                } else if runs[runs.count - 1].count > 0 {
                    runs.append([])
                }
            }
            for points in runs where points.count > 1 {
                page.open("polyline", ["class": dashed ? "line dash" : "line", "points": points.joined(separator: " ")])
                page.close("polyline")
            }
            for (offset, row) in rows.enumerated() {
                guard let pain = row[keyPath: key] else { continue }
                if dashed {
                    page.open("rect", ["class": "bar", "x": SVGText.number(x(offset) - 3.5), "y": SVGText.number(y(pain) - 3.5),
                                       "width": "7", "height": "7"])
                    page.close("rect")
                } else {
                    page.open("circle", ["class": "bar", "cx": SVGText.number(x(offset)), "cy": SVGText.number(y(pain)), "r": "4"])
                    page.close("circle")
                }
            }
        }
        for offset in Self.labelledWeeks(rows.count) {
            page.element("text", ["x": SVGText.number(x(offset)), "y": SVGText.number(top + plotHeight + 14), "text-anchor": "middle"],
                         String(rows[offset].number))
        }
        page.element("text", ["x": SVGText.number(Self.left - 6), "y": SVGText.number(top + plotHeight + 14), "text-anchor": "end"], "week")
        page.close("svg")
        page.element("p", ["class": "legend"], "Solid line, round marks: during a session. Dashed line, square marks: the next morning.")
        page.open("table", ["class": "data"])
        page.trusted("<thead><tr><th scope=\"col\">Week</th><th scope=\"col\" class=\"num\">Done</th>"
            + "<th scope=\"col\" class=\"num\">Pain during</th><th scope=\"col\" class=\"num\">Next morning</th></tr></thead>")
        page.open("tbody")
        for row in rows {
            page.open("tr")
            page.element("th", ["scope": "row"], String(row.number))
            page.element("td", ["class": "num"], "\(row.done + row.moved)/\(row.done + row.moved + row.missed)")
            page.element("td", ["class": "num"], row.painDuring.map { "\($0)/10" } ?? "-")
            page.element("td", ["class": "num"], row.painMorning.map { "\($0)/10" } ?? "-")
            page.close("tr")
        }
        page.close("tbody")
        page.close("table")
        page.close("figure")
        page.newline()
    }

    // MARK: Drawing

    private func line(_ page: inout HTMLBuilder, _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ kind: String) {
        page.open("line", ["class": kind, "x1": SVGText.number(x1), "y1": SVGText.number(y1), "x2": SVGText.number(x2), "y2": SVGText.number(y2)])
        page.close("line")
    }

    /// The weeks (offsets among `count`) numbered under a chart: at most about 8, evenly, and the
    /// last; one too close to the last to be read beside it is left out.
    static func labelledWeeks(_ count: Int) -> [Int] {
        guard count > 0 else { return [] }
        let every = max(1, (count + 7) / 8)
        let last = count - 1
        return Array(stride(from: 0, to: last, by: every).filter { last - $0 >= (every + 1) / 2 }) + [last]
    }

    /// A step's name short enough for the chart's left column (the table has it in full).
    static func short(_ name: String) -> String {
        name.count <= 22 ? name : String(name.prefix(21)) + "…"
    }
}
