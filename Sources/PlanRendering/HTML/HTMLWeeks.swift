import PlanKit

/// Week by week: each week's heading, notes and focus, then each session with its date and time,
/// its blocks and doses in one table (a tick box per exercise), and boxes for the pain during the
/// session and the next morning; a session the journal has already recorded shows the record.
struct HTMLWeeks {
    let catalog: ExerciseCatalog
    let gallery: HTMLGallery

    func write(_ plan: Plan, to page: inout HTMLBuilder) {
        page.open("section", ["id": "weeks"])
        page.element("h2", "Week by week")
        page.newline()
        // A ten-year plan repeats the same few rows and log boxes thousands of times: each is made once.
        var rows: [Prescription: HTMLBuilder] = [:]
        let logBoxes = Self.logBoxes()
        for week in plan.weeks {
            // A week done (every session recorded) flows on from the one before; a week to come
            // starts a page (the print style).
            let done = !week.sessions.isEmpty && week.sessions.allSatisfy { $0.record != nil }
            page.open("section", ["class": done ? "week past" : "week", "id": "week-\(week.number)"])
            page.element("h3", ([week.title()] + week.marks).joined(separator: " · "))
            // Notes first, as in text; the heading says the programme week the focus counts.
            for note in week.notes where !note.trimmed.isEmpty { page.element("p", ["class": "muted"], "Note: " + note) }
            if let focus = week.focus?.trimmed, !focus.isEmpty { page.element("p", "Focus: " + focus) }
            if week.sessions.isEmpty { page.element("p", "No sessions this week.") }
            page.newline()
            for session in week.sessions {
                write(session, rows: &rows, logBoxes: logBoxes, to: &page)
                page.newline()
            }
            page.close("section")
            page.newline()
        }
        page.close("section")
        page.newline()
    }

    private func write(
        _ session: PlannedSession, rows: inout [Prescription: HTMLBuilder], logBoxes: HTMLBuilder, to page: inout HTMLBuilder
    ) {
        page.open("article", ["class": "session", "id": "session-\(session.number)"])
        page.open("h4")
        page.element("time", ["datetime": session.date.description + "T" + session.start.description], session.date.shortDisplay)
        page.text(" · " + session.times + " · " + session.title.trimmed)
        page.close("h4")
        for note in session.notes where !note.trimmed.isEmpty { page.element("p", ["class": "muted"], "Note: " + note) }
        if let record = session.record {
            page.element("ul", ["class": "record"]) { page in
                for line in record.lines(name: { catalog.exercise($0)?.name ?? $0 }) {
                    // A note written on several lines keeps them.
                    page.element("li") { item in
                        for (index, part) in line.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                            if index > 0 { item.trusted("<br>") }
                            item.text(String(part))
                        }
                    }
                }
            }
        }
        // A past session: what was prescribed, one line a block, beside what was done (as in the
        // text plan; the full doses, cues and reasons are in the JSON and the calendar), so that a
        // course's handout gives its pages to the sessions to come.
        if session.record != nil {
            page.element("ul", ["class": "blocks"]) { list in
                for block in session.blocks where !block.prescriptions.isEmpty {
                    list.element("li") { item in
                        item.element("strong", block.title + ": ")
                        for (index, prescription) in block.prescriptions.enumerated() {
                            if index > 0 { item.text(", ") }
                            link(prescription.exerciseID, to: &item)
                            item.text(" " + PrescriptionText.dose(prescription))
                        }
                    }
                }
            }
            page.close("article")
            return
        }
        page.open("table")
        page.trusted("<thead><tr><th scope=\"col\">Exercise</th><th scope=\"col\">Dose</th><th scope=\"col\">Done</th></tr></thead>")
        for block in session.blocks {
            page.open("tbody")
            page.element("tr") { page in
                page.element("th", ["class": "block", "colspan": "3", "scope": "colgroup"], block.heading)
            }
            for note in block.notes where !note.trimmed.isEmpty {
                page.element("tr") { page in
                    page.element("td", ["colspan": "3", "class": "muted"], "Note: " + note)
                }
            }
            for prescription in block.prescriptions {
                if let row = rows[prescription] {
                    page.append(row)
                    continue
                }
                var row = HTMLBuilder(capacity: 512)
                self.row(prescription, to: &row)
                rows[prescription] = row
                page.append(row)
            }
            page.close("tbody")
        }
        page.close("table")
        page.append(logBoxes)
        page.close("article")
    }

    /// An exercise's name, a link to its card when it has one.
    private func link(_ id: String, to page: inout HTMLBuilder) {
        let name = catalog.exercise(id)?.name.trimmed ?? id
        if let anchor = gallery.anchor(of: id) {
            page.element("a", ["href": "#" + anchor], name)
        } else {
            page.text(name)
        }
    }

    /// `<tr>` for one exercise: its name (a link to its card), the dose and any change, and a box to tick.
    private func row(_ prescription: Prescription, to row: inout HTMLBuilder) {
        row.open("tr")
        row.open("th", ["scope": "row"])
        link(prescription.exerciseID, to: &row)
        row.close("th")
        row.open("td")
        row.text(Self.details(prescription))
        // Worded for paper: a command becomes what to write down (the retest's count).
        if let note = (prescription.paperNote ?? prescription.note)?.trimmed, !note.isEmpty {
            row.element("span", ["class": "why"], note)
        }
        if let change = prescription.change?.trimmed, !change.isEmpty {
            row.element("span", ["class": "why"], change)
        }
        // A retest's count is written on the paper, as a person answers `log --retest`.
        if prescription.dose.isTest {
            row.trusted("<span class=\"count\">Count: <span class=\"write\"></span> reps</span>")
        }
        row.close("td")
        row.trusted("<td class=\"tick\"><span class=\"box\"></span></td>")
        row.close("tr")
    }

    /// `3 x 8, tempo 2-1-2, 2 s hold, rest 90 s`, worded as in the text plan and the calendar.
    static func details(_ prescription: Prescription) -> String {
        PrescriptionText.parts(prescription).joined(separator: ", ")
    }

    /// The paper log under a session to come: pain during and the next morning, 0 to 10, to circle.
    static func logBoxes() -> HTMLBuilder {
        var boxes = HTMLBuilder(capacity: 1024)
        boxes.open("div", ["class": "log"])
        for label in ["Pain during, 0-10:", "Next morning, 0-10:"] {
            boxes.element("p", label)
            boxes.element("ol", ["class": "scale", "start": "0"]) { list in
                for value in 0...10 { list.element("li", String(value)) }
            }
        }
        boxes.close("div")
        return boxes
    }
}
