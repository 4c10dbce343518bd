public import PlanKit
import YAMLKit

/// `protract progress`: how a course has gone, as a compact text chart or as JSON.
///
/// Text: one line of totals, then one row a week: sessions done of those past, the highest pain
/// during a session and the next morning as ten-cell bars, and the push-up step and reps done.
/// JSON: the same figures, every key always present (`null` where a week has no pain logged).
public struct ProgressReport: Sendable {
    /// The course's progress.
    public var progress: CourseProgress
    /// The course's name and programme title, for the heading.
    public var heading: String

    /// Creates a report.
    public init(_ progress: CourseProgress, heading: String) {
        self.progress = progress
        self.heading = heading
    }

    /// The report as text, ending in a line break.
    public func text(catalog: ExerciseCatalog) -> String {
        var lines = [TerminalText.visible(heading)]
        let past = progress.done + progress.moved + progress.missed
        lines.append("Sessions so far: \(progress.done) done, \(progress.moved) done on a later day, "
            + "\(progress.missed) missed (of \(past))")
        if let stop = progress.stoppedBecause { lines.append("Stopped: " + TerminalText.visible(stop)) }
        lines.append("")
        lines.append("Week  Done   Pain during       Next morning      Push-ups")
        for week in progress.weeks {
            let sessions = week.done + week.moved + week.missed
            let done = sessions == 0 ? "-" : "\(week.done + week.moved)/\(sessions)"
            let steps = week.pushUpSteps.map { catalog.exercise($0)?.name ?? $0 }.map { TerminalText.visible($0) }
            let pushUps = week.pushUpReps > 0 ? "\(week.pushUpReps) reps, " + steps.joined(separator: " -> ") : "-"
            lines.append(
                Self.pad(String(week.number), 4, right: true) + "  " + Self.pad(done, 5) + "  "
                    + Self.bar(week.painDuring) + "  " + Self.bar(week.painMorning) + "  " + pushUps)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `███░░░░░░░ 3` for pain 3 of 10; `-` padded for no pain logged.
    static func bar(_ pain: Int?) -> String {
        guard let pain else { return pad("-", 16) }
        let cells = min(max(pain, 0), 10)
        return String(repeating: "█", count: cells) + String(repeating: "░", count: 10 - cells) + " " + pad(String(pain), 5)
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }

    /// The report as JSON, ending in a line break.
    public func json() -> String {
        let weeks: [JSONValue] = progress.weeks.map { week in
            .object([
                ("week", .int(week.number)), ("start", .string(week.startDate.description)),
                ("done", .int(week.done)), ("moved", .int(week.moved)), ("missed", .int(week.missed)),
                ("upcoming", .int(week.upcoming)), ("painDuring", week.painDuring.map { .int($0) } ?? .null),
                ("painMorning", week.painMorning.map { .int($0) } ?? .null),
                ("pushUpSteps", .array(week.pushUpSteps.map { .string($0) })),
                ("pushUpReps", .int(week.pushUpReps)),
            ])
        }
        let document: JSONValue = .object([
            ("format", "protract-progress"), ("version", .int(1)), ("course", .string(heading)),
            ("done", .int(progress.done)), ("moved", .int(progress.moved)), ("missed", .int(progress.missed)),
            ("stoppedBecause", progress.stoppedBecause.map { .string($0) } ?? .null), ("weeks", .array(weeks)),
        ])
        return document.rendered(.sortedKeys)
    }
}
