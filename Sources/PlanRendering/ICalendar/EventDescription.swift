import PlanKit

/// The plain text of one calendar event: the whole session, then the safety rules; in a course
/// whose pain is not easing, each session still to come says so under its heading.
///
/// A person opens one event, not the plan, so every event gives each exercise's dose and cue line
/// and ends with the stop rules. An exercise's full cues go in the first event that has it, and
/// later events give its cue line only, as the text plan does: with cues repeated in every event
/// the largest programme `validate` accepts made a calendar of a gigabyte at 520 weeks. The per-exercise wording comes from
/// ``PrescriptionText``, so the calendar and the text plan say the same thing:
///
/// ```
/// Week 2 · Build
/// Focus: more reps, sets and hold time, then harder positions; climb the ladder
/// 07:30-08:02 Europe/London · about 32 min
///
/// Push-ups
/// - Push-up: 3 x 6, tempo 2-1-2, rest 90 s (+1 rep: 3 x 5 done last session)
///   · shoulder blades pushed forward ...
///
/// Stop and see a clinician if you notice
/// Stop the session at once:
/// - sharp, sudden or intense pain ...
/// ```
struct EventDescription: Sendable {
    /// Where exercise names and cues come from; a missing id is shown as is.
    var catalog: ExerciseCatalog

    /// `Week 3 · Stability and push-ups (deload)`; a course's past session says what became of it:
    /// `(done)`, `(done Tue 8 Dec)` when logged a day late, or `(missed)`.
    static func summary(for session: PlannedSession, in week: PlanWeek) -> String {
        var text = "Week \(week.number) · \(session.title.trimmed)" + (week.isDeload ? " (deload)" : "")
        switch session.record?.status {
        case .done: text += " (done)"
        case .moved: text += session.record?.log.map { " (done \($0.date.shortDisplay))" } ?? " (done)"
        case .missed: text += " (missed)"
        case nil: break
        }
        return text
    }

    /// The event's description, lines joined by `\n`, with no line break at the end.
    /// - Parameter seen: the exercises already described in earlier events; an exercise's full cues
    ///   go in the first event that has it, its short cue in the later ones (as in the text plan),
    ///   so that a long plan's calendar grows with its sessions, not with sessions times cues.
    func text(for session: PlannedSession, in week: PlanWeek, plan: Plan, seen: inout Set<String>) -> String {
        let before = seen
        var text = compose(session, in: week, plan: plan, seen: &seen, introduce: true)
        guard Self.escapedLength(text) > Self.budget else { return text }
        // Too long for a calendar: the first event leaves out why the plan and what to expect
        // (the plan says them), then as few exercises' full cues as it must (their cue lines
        // stay, and a later event gives the full ones), then the red flags beyond the emergencies
        // (with every exercise's full cues that then fit).
        seen = before
        text = compose(session, in: week, plan: plan, seen: &seen, introduce: false)
        if Self.escapedLength(text) > Self.budget {
            seen = before
            text = withTheCuesThatFit(session, in: week, plan: plan, seen: &seen, fullSafety: true)
        }
        if Self.escapedLength(text) > Self.budget {
            seen = before
            text = withTheCuesThatFit(session, in: week, plan: plan, seen: &seen, fullSafety: false)
        }
        return Self.cut(text)
    }

    /// The description with the full cues of as many of the session's new exercises as fit the
    /// budget, each kept when the whole still fits (one too long is passed over for a shorter
    /// one): a first event used to drop every exercise's full cues when all of them did not fit,
    /// and a person starting the plan read none. The exercises are tried from the session's last
    /// block back to its first: the main work (the push-ups, whose cues keep the load off the
    /// upper back) before the warm-up, whose drills take turns and give their full cues in the
    /// next events.
    private func withTheCuesThatFit(
        _ session: PlannedSession, in week: PlanWeek, plan: Plan, seen: inout Set<String>, fullSafety: Bool
    ) -> String {
        let before = seen
        var chosen: Set<String> = []
        var text = compose(session, in: week, plan: plan, seen: &seen, introduce: false, fullSafety: fullSafety, cues: chosen)
        guard Self.escapedLength(text) <= Self.budget else { return text }
        var candidates: [String] = []
        for id in session.blocks.reversed().flatMap({ $0.prescriptions.map(\.exerciseID) })
        where !before.contains(id) && !candidates.contains(id) {
            candidates.append(id)
        }
        for id in candidates {
            var trying = before
            let longer = compose(
                session, in: week, plan: plan, seen: &trying, introduce: false, fullSafety: fullSafety, cues: chosen.union([id]))
            guard Self.escapedLength(longer) <= Self.budget else { continue }
            chosen.insert(id)
            text = longer
        }
        seen = before
        return compose(session, in: week, plan: plan, seen: &seen, introduce: false, fullSafety: fullSafety, cues: chosen)
    }

    /// The characters a calendar keeps of a description: Google Calendar keeps 8,192 and calcurse
    /// reads 8,192 bytes of the escaped line (a longer one is cut, and one cut inside an escape is
    /// dropped as malformed: a first event of 10,835 characters was skipped). With room for the
    /// property's name and the escapes' backslashes counted.
    static let budget = 7_800

    /// The length of `text` as written in the file: UTF-8 bytes, and a backslash more for each
    /// character RFC 5545 escapes.
    static func escapedLength(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 {
            count += (byte == 0x2C || byte == 0x3B || byte == 0x5C || byte == 0x0A) ? 2 : 1
        }
        return count
    }

    /// `text` cut at a line's end to fit ``budget``, saying so; as it is when it fits.
    static func cut(_ text: String) -> String {
        guard escapedLength(text) > budget else { return text }
        let note = "\n(cut to fit a calendar: the rest is in the plan, 'protract plan')"
        var kept = ""
        var length = escapedLength(note)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let adding = escapedLength(String(line)) + (kept.isEmpty ? 0 : 2)
            guard length + adding <= budget else { break }
            kept += (kept.isEmpty ? "" : "\n") + line
            length += adding
        }
        return kept + note
    }

    /// - Parameter cues: the exercises whose full cues it may give (the first time one appears);
    ///   nil for every one.
    private func compose(
        _ session: PlannedSession, in week: PlanWeek, plan: Plan, seen: inout Set<String>, introduce: Bool,
        fullSafety: Bool = true, cues: Set<String>? = nil
    ) -> String {
        // The first event says what the plan is for, as the text plan's header does. (The first
        // week with a session is almost always week 1: this is no search through the plan.)
        let firstSession = plan.weeks.first(where: { !$0.sessions.isEmpty })?.sessions.first
        let first = session.number == firstSession?.number
        var lines = heading(for: session, in: week, zone: plan.athlete.timeZone)
        if let notEasing = plan.painNotEasing, session.record == nil, plan.stoppedBecause == nil {
            // Every session still to come says it, as the text plan's header does: a person
            // reading the calendar on a phone opens one event, not the plan. Without the command,
            // as on paper: the calendar is not where the journal is kept.
            lines += ["", notEasing.advice]
        }
        if first {
            if introduce {
                lines += Self.introduction(plan)
            } else {
                if let screening = plan.screeningText { lines += ["", "Screening: " + screening] }
                lines += ["", "Why this plan and what to expect: in the plan ('protract plan')."]
            }
            let kit = Kit.items(of: plan, catalog: catalog)
            if !kit.isEmpty { lines += ["", "Kit: " + Kit.words(kit)] }
        }
        for block in session.blocks {
            lines.append("")
            lines.append(block.heading.trimmed)
            lines += block.notes.nonEmpty.map { "Note: " + $0 }
            for prescription in block.prescriptions {
                let id = prescription.exerciseID
                let full = (cues?.contains(id) ?? true) && seen.insert(id).inserted
                lines += self.lines(for: prescription, firstTime: full)
            }
        }
        // The last event says what comes after the programme, as the text plan's end does.
        if let after = plan.after, plan.stoppedBecause == nil,
            session.number == plan.weeks.last(where: { !$0.sessions.isEmpty })?.sessions.last?.number
        {
            lines += ["", AfterTheProgramme.title.capitalizedFirst + ":"]
            for (heading, items) in AfterTheProgramme.headings(after) where !items.nonEmpty.isEmpty {
                lines.append(heading)
                lines += items.nonEmpty.map { "- " + $0 }
            }
        }
        lines.append("")
        lines += Self.safetyLines(plan.safety, full: first && fullSafety, firstDate: first ? nil : firstSession?.date)
        return lines.joined(separator: "\n")
    }

    private func heading(for session: PlannedSession, in week: PlanWeek, zone: String) -> [String] {
        var lines = [([week.title()] + week.marks).joined(separator: " · ")]
        if let focus = week.focus?.trimmed, !focus.isEmpty { lines.append("Focus: " + focus) }
        lines.append("\(session.times) \(zone) · about \(session.durationMinutes) min")
        lines += session.notes.nonEmpty.map { "Note: " + $0 }
        lines += session.record?.lines { catalog.exercise($0)?.name ?? $0 } ?? []
        return lines
    }

    private func lines(for prescription: Prescription, firstTime: Bool) -> [String] {
        let exercise = catalog.exercise(prescription.exerciseID)
        let details = PrescriptionText.units(prescription).joined(separator: " ")
        var lines = ["- \(exercise?.name.trimmed ?? prescription.exerciseID): \(details)"]
        if let note = prescription.note?.trimmed, !note.isEmpty { lines.append("  " + note) }
        if firstTime {
            lines += (exercise?.cues ?? []).nonEmpty.map { "  · " + $0 }
            if let kit = Kit.line(for: exercise) { lines.append("  · " + kit) }
            lines.append("  · " + PrescriptionText.tooHard(exercise, catalog: catalog))
        } else if let cue = exercise?.shortCue.trimmed, !cue.isEmpty, prescription.note?.trimmed.isEmpty ?? true {
            // The text plan's rule: the block's own cue line, when there is one, already says it.
            lines.append("  · " + cue)
        }
        return lines
    }

    /// The first event's opening: the screening, why this plan and what to expect.
    static func introduction(_ plan: Plan) -> [String] {
        var lines: [String] = []
        if let screening = plan.screeningText { lines += ["", "Screening: " + screening] }
        for (heading, text) in [("Why this plan:", plan.description), ("What to expect:", plan.timeline)] {
            guard let text = text?.trimmed, !text.isEmpty else { continue }
            lines += ["", heading] + Paragraphs.split(text)
        }
        return lines
    }

    /// The stop rules, the red flags and the pain-monitoring rules, with the text plan's headings.
    ///
    /// The first event (`full`) gives every red flag by urgency. The others give what matters
    /// during a session, the stop rules, the emergencies and the pain rules, and say where the
    /// rest is: every red flag in every event made a ten-year calendar of the largest programme
    /// take 2.6 s instead of under 2.
    static func safetyLines(_ safety: Safety, full: Bool = true, firstDate: CivilDate? = nil) -> [String] {
        var lines = ["Stop and see a clinician if you notice"]
        let groups = safety.clinicianGroups
        let shown = full ? groups : safety.groups(of: [.emergency])
        for (heading, items) in [("Stop the session at once:", safety.stopIf)] + shown
            + [("Pain monitoring:", safety.painMonitoring)] where !items.nonEmpty.isEmpty {
            lines.append(heading)
            lines += items.nonEmpty.map { "- " + $0 }
        }
        if !full, shown.count < groups.count {
            // The first event itself, cut to fit a calendar, has only the plan to point to.
            let place = firstDate.map { "in the first session's event (\($0.shortDisplay)) and the plan" } ?? "in the plan"
            lines.append("Every other red flag, and whom to see for it: \(place).")
        }
        return lines
    }
}

extension [String] {
    /// The trimmed items that have any text.
    fileprivate var nonEmpty: [String] {
        map(\.trimmed).filter { !$0.isEmpty }
    }
}
