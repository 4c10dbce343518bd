public import PlanKit

extension TextRenderer {
    /// One session of a plan as `protract next` shows it: its week's heading, the session with
    /// every exercise's full cues (a person with only this screen needs them each time), and the
    /// plan's safety text (the red flags and the pain monitoring), ending in a line break.
    ///
    /// - Parameters:
    ///   - session: The session to show; it should be one of `plan`'s.
    ///   - plan: The plan it belongs to, for its week and its safety text.
    ///   - catalog: Where exercise names and cues come from.
    public func render(session: PlannedSession, of plan: Plan, catalog: ExerciseCatalog) -> String {
        let layout = TextLayout(width: max(options.width, 20), colour: options.colour)
        var one = plan
        one.weeks = plan.weeks.filter { $0.sessions.contains { $0.number == session.number } }.map { week in
            var week = week
            week.sessions = [session]  // as given: a session whose day has gone is shown to be done
            return week
        }
        var lines = WeekSection(layout: layout, catalog: catalog, plan: one).lines(for: one)
        if lines.first == "" { lines.removeFirst() }
        // The whole safety text, as the plan has it: a stop rule may point to the emergency advice.
        lines += [""] + HeaderSection(layout: layout).safetyLines(for: plan.safety)
        return lines.joined(separator: "\n") + "\n"
    }
}
