import PlanKit

/// The handout's opening sections (title, why, schedule, safety, pain) and its closing ones
/// (after the programme, sources).
struct HTMLHeader {
    var plan: Plan
    var catalog: ExerciseCatalog

    func write(to page: inout HTMLBuilder) {
        page.open("header")
        page.element("h1", plan.programmeTitle.trimmed)
        let name = plan.athlete.name?.trimmed ?? ""
        let start = (plan.weeks.first?.startDate ?? plan.athlete.start).longDisplay
        page.element("p", ["class": "meta"], (name.isEmpty ? "" : "Plan for " + name + " · ") + "Starts " + start)
        if !plan.summary.trimmed.isEmpty { page.element("p", plan.summary.trimmed) }
        page.close("header")
        page.newline()
        if let stop = plan.stoppedBecause {
            let calledOff = plan.cancelled.isEmpty ? "" : " \(plan.cancelled.count) later sessions are called off."
            page.element("p", ["class": "stopped", "role": "alert"], "Stopped: " + stop + "." + calledOff)
        }
        // On paper, the advice without the command: the handout's reader may not keep the log in Protract.
        if let notEasing = plan.painNotEasing { page.element("p", ["role": "note"], notEasing.advice) }
        writeWhy(to: &page)
        writeSchedule(to: &page)
        writeSafety(to: &page)
        writePain(to: &page)
    }

    private func writeWhy(to page: inout HTMLBuilder) {
        let parts = [("Who it is for and why", plan.description), ("What to expect", plan.timeline)]
            .compactMap { heading, text in text.map { (heading, Paragraphs.split($0)) } }
            .filter { !$0.1.isEmpty }
        guard !parts.isEmpty else { return }
        page.open("section", ["id": "why"])
        for (index, (heading, paragraphs)) in parts.enumerated() {
            if index == 0 { page.element("h2", heading) } else { page.element("h3", heading) }
            for paragraph in paragraphs { page.element("p", paragraph) }
        }
        page.close("section")
        page.newline()
    }

    private func writeSchedule(to page: inout HTMLBuilder) {
        page.open("section", ["id": "schedule"])
        page.element("h2", "Schedule")
        page.open("dl", ["class": "facts"])
        let days = plan.days.map(\.displayName).joined(separator: " ")
        let sessions = plan.sessions.count
        var facts: [(String, String)] = [
            ("When", (days.isEmpty ? "" : days + " at ") + "\(plan.time) (\(plan.athlete.timeZone))"),
            ("Starts", (plan.weeks.first?.startDate ?? plan.athlete.start).longDisplay),
            ("Length", plural(plan.weeks.count, "week") + ", " + plural(sessions, "session")),
        ]
        if plan.minRestHours > 0 { facts.append(("Rest", "at least \(plan.minRestHours) h between sessions")) }
        let kit = Kit.items(of: plan, catalog: catalog)
        if !kit.isEmpty { facts.append(("Kit", Kit.words(kit))) }
        if let screening = plan.screening?.paperText(inCourse: plan.isCourse) { facts.append(("Screening", screening)) }
        for (term, value) in facts {
            page.element("dt", term)
            page.element("dd", value)
        }
        let points = plan.startingPoints.filter { !$0.trimmed.isEmpty }
        if !points.isEmpty {
            page.element("dt", "Starting points")
            page.element("dd") { page in
                page.element("ul") { page in
                    for point in points { page.element("li", point) }
                }
            }
        }
        page.close("dl")
        page.close("section")
        page.newline()
    }

    private func writeSafety(to page: inout HTMLBuilder) {
        let safety = plan.safety
        page.open("section", ["id": "safety", "class": "safety"])
        page.element("h2", "Stop and see a clinician if you notice")
        list(&page, "Stop the session at once:", safety.stopIf)
        for group in safety.clinicianGroups { list(&page, group.heading, group.items) }
        page.close("section")
        page.newline()
    }

    private func writePain(to page: inout HTMLBuilder) {
        page.open("section", ["id": "pain"])
        page.element("h2", "How to rate pain")
        page.element("p", """
            Give the pain a number from 0 (no pain) to 10 (the worst pain you can imagine): the highest \
            it got during the session, and how it is the next morning. Circle the numbers in the boxes \
            of each session; if you keep your log in Protract, 'protract log' asks the same questions.
            """)
        page.element("ol", ["class": "scale", "start": "0"]) { page in
            for value in 0...10 { page.element("li", String(value)) }
        }
        page.element("p", ["class": "anchors"]) { page in
            page.element("span", "0 no pain")
            page.element("span", "10 the worst imaginable")
        }
        let rules = plan.safety.painMonitoring.filter { !$0.trimmed.isEmpty }
        if !rules.isEmpty {
            page.element("h3", "Pain monitoring")
            page.element("ul") { page in
                for rule in rules { page.element("li", rule) }
            }
        }
        page.close("section")
        page.newline()
    }

    /// After the programme and the sources; nothing when the plan has neither.
    func writeClosing(to page: inout HTMLBuilder) {
        if let after = plan.after, plan.stoppedBecause == nil {
            let groups = AfterTheProgramme.headings(after).map { ($0, $1.filter { !$0.trimmed.isEmpty }) }
                .filter { !$0.1.isEmpty }
            if !groups.isEmpty {
                page.open("section", ["id": "after"])
                page.element("h2", AfterTheProgramme.title.capitalizedFirst)
                for (heading, items) in groups { list(&page, heading, items) }
                page.close("section")
                page.newline()
            }
        }
        let sources = plan.sources.filter { !$0.trimmed.isEmpty }
        if !sources.isEmpty {
            page.open("section", ["id": "sources"])
            page.element("h2", "Sources")
            page.element("ul") { page in
                for source in sources { page.element("li", source) }
            }
            page.close("section")
            page.newline()
        }
    }

    private func list(_ page: inout HTMLBuilder, _ heading: String, _ items: [String]) {
        let items = items.filter { !$0.trimmed.isEmpty }
        guard !items.isEmpty else { return }
        page.element("h3", heading)
        page.element("ul") { page in
            for item in items { page.element("li", item) }
        }
    }
}
