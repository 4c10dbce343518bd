import PlanKit

/// The header and the safety section of the text plan.
struct HeaderSection: Sendable {
    var layout: TextLayout

    /// Title, person and start, a course's next session and pain not easing, summary, starting
    /// points, the kit and the rest rule.
    func lines(for plan: Plan, kit: [String] = []) -> [String] {
        let weeks = plan.weeks.count == 1 ? "1 week" : "\(plan.weeks.count) weeks"
        let days = plan.days.map(\.displayName).joined(separator: " ")
        let schedule = (days.isEmpty ? "" : days + " ") + "\(plan.time) (\(plan.athlete.timeZone))"
        var lines = layout.wrapper.wrap(segments: [plan.programmeTitle, weeks, schedule], first: "", rest: "  ")
            .map(layout.style.bold)
        var who: [String] = []
        if let name = plan.athlete.name?.trimmed, !name.isEmpty { who.append("Plan for " + name) }
        who.append("Starts " + (plan.weeks.first?.startDate ?? plan.athlete.start).longDisplay)
        lines += layout.wrapper.wrap(segments: who, first: "", rest: "  ")
        if let next = plan.nextSession {
            // A course's plan runs to hundreds of lines: say which session is next, as its heading does.
            lines += layout.labelled(
                "Next: ", "\(next.date.longDisplay), week \(next.week) (session \(next.number) of \(sessionCount(plan)))",
                indent: 0)
        }
        if let notEasing = plan.painNotEasing {
            // Advice, not a stop: under the next session, where a long course's plan is read first.
            lines += layout.wrap(
                notEasing.advice(logCommand: plan.logCommand), indent: 0, hanging: 2)
                .map(layout.style.bold)
        }
        if !plan.summary.isBlank {
            lines += layout.wrap(plan.summary, indent: 0, hanging: 0)
        }
        lines += layout.labelled("Start: ", each: plan.startingPoints, indent: 0)
        if !kit.isEmpty {
            lines += layout.labelled("Kit: ", Kit.words(kit), indent: 0)
        }
        if plan.minRestHours > 0 {
            lines += layout.labelled("Rest: ", "at least \(plan.minRestHours) h between sessions", indent: 0)
        }
        if let screening = plan.screeningText {
            // It names the command that asks the questions: whole on a line, to copy.
            lines += layout.wrapper.wrap(keepingQuoted: screening, first: "Screening: ", rest: layout.spaces(11))
        }
        return lines
    }

    /// How many sessions the plan has, counted week by week (`Plan.sessions` copies every one out).
    private func sessionCount(_ plan: Plan) -> Int { plan.weeks.reduce(0) { $0 + $1.sessions.count } }

    /// Why this plan (the programme's description) and what to expect (its timeline), each under
    /// a bold heading; nothing when the programme has neither.
    func whyLines(for plan: Plan) -> [String] {
        var lines: [String] = []
        for (heading, text) in [("Why this plan", plan.description), ("What to expect", plan.timeline)] {
            guard let text = text?.trimmed, !text.isEmpty else { continue }
            lines.append("")
            lines += layout.wrap(heading, indent: 0, hanging: 2).map(layout.style.bold)
            lines += Paragraphs.split(text).flatMap { layout.wrap($0, indent: 2, hanging: 2) }
        }
        return lines
    }

    /// What comes after the last week (the programme's `after:`), under a bold heading: the
    /// discharge criteria, then the maintenance dose; nothing when the programme does not say, or
    /// when the plan stopped on a red flag.
    func afterLines(for plan: Plan) -> [String] {
        guard let after = plan.after, plan.stoppedBecause == nil else { return [] }
        var lines: [String] = []
        for (heading, items) in AfterTheProgramme.headings(after) {
            let list = layout.labelled("- ", each: items, indent: 2)
            guard !list.isEmpty else { continue }
            lines += layout.wrap(heading, indent: 0, hanging: 2) + list
        }
        guard !lines.isEmpty else { return [] }
        return [""] + layout.wrap(AfterTheProgramme.title, indent: 0, hanging: 2).map(layout.style.bold) + lines
    }

    /// The programme's sources, under a bold heading; nothing when it lists none.
    func sourceLines(for plan: Plan) -> [String] {
        let items = layout.labelled("- ", each: plan.sources, indent: 2)
        guard !items.isEmpty else { return [] }
        return [""] + layout.wrap("SOURCES", indent: 0, hanging: 2).map(layout.style.bold) + items
    }

    /// The stop rules and red flags, then the pain-monitoring rules.
    func safetyLines(for safety: Safety) -> [String] {
        var lines = layout.wrap("Stop and see a clinician if you notice", indent: 0, hanging: 2)
            .map(layout.style.bold)
        lines += list("Stop the session at once:", safety.stopIf)
        for group in safety.clinicianGroups { lines += list(group.heading, group.items) }
        let pain = layout.labelled("- ", each: safety.painMonitoring, indent: 2)
        if !pain.isEmpty {
            lines += layout.wrap("Pain monitoring", indent: 0, hanging: 2).map(layout.style.bold) + pain
        }
        return lines
    }

    private func list(_ heading: String, _ items: [String]) -> [String] {
        let items = layout.labelled("- ", each: items, indent: 4)
        return items.isEmpty ? [] : layout.wrap(heading, indent: 2, hanging: 4) + items
    }
}

extension AfterTheProgramme {
    /// The section's heading in the text plan.
    static let title = "AFTER THE PROGRAMME"

    /// Each list under its heading, in order: discharge, then maintenance.
    static func headings(_ after: AfterTheProgramme) -> [(String, [String])] {
        [
            ("Done with the programme when:", after.discharge),
            ("Then keep it up:", after.maintenance),
        ]
    }
}

extension String {
    /// `After the programme` from `AFTER THE PROGRAMME`.
    var capitalizedFirst: String {
        let lower = lowercased()
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }
}
