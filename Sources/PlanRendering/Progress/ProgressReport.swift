public import PlanKit
import YAMLKit

/// `protract progress`: how a course has gone, as a compact text chart or as JSON.
///
/// Text: one line of totals, then one row a week: sessions done of those past, the highest pain
/// during a session and the next morning as ten-cell bars, and the push-up step and reps done.
/// JSON: the same figures, every key always present (`null` where a week has no pain logged).
/// Pain not easing after 2 weeks of the plan is said under the totals (JSON: `painNotEasing`, as
/// the plan's JSON has it).
public struct ProgressReport: Sendable {
    /// The course's progress.
    public var progress: CourseProgress
    /// Whose course it is, for the heading and the JSON's fields.
    public var identity: Identity

    /// The course's name, its programme and the person.
    public struct Identity: Sendable, Hashable {
        /// The course's name (`sam`).
        public var course: String
        /// The programme's id and title.
        public var programmeID: String
        /// See ``programmeID``.
        public var programmeTitle: String
        /// The person's name, if the course has one.
        public var person: String?

        /// Creates an identity.
        public init(course: String, programmeID: String, programmeTitle: String, person: String?) {
            (self.course, self.programmeID, self.programmeTitle, self.person) = (course, programmeID, programmeTitle, person)
        }
    }

    /// `sam · Push-ups without upper-back pain · Sam`.
    public var heading: String {
        "\(identity.course) · \(identity.programmeTitle)" + (identity.person.map { " · \($0)" } ?? "")
    }

    /// Creates a report.
    public init(_ progress: CourseProgress, identity: Identity) {
        self.progress = progress
        self.identity = identity
    }

    /// The report as text for lines of at most `width` characters, ending in a line break.
    ///
    /// From 72 columns a week is one row with its pain as bars, the push-ups wrapped under their
    /// column; narrower (a phone), the pain as numbers and the push-ups on a line of their own.
    public func text(catalog: ExerciseCatalog, width: Int = 80) -> String {
        let wrapper = LineWrapper(width: width, longWords: .overflow)
        var lines = wrapper.wrap(heading, first: "", rest: "  ")
        let past = progress.done + progress.moved + progress.missed
        lines += wrapper.wrap(
            "Sessions so far: \(progress.done) done, \(progress.moved) done on a later day, "
                + "\(progress.missed) missed (of \(past))", first: "", rest: "  ")
        if let stop = progress.stoppedBecause { lines += wrapper.wrap(keepingQuoted: "Stopped: " + stop, first: "", rest: "  ") }
        // The figures below are what it rests on: said above them, as `next` says it at its top.
        if let notEasing = progress.painNotEasing {
            lines += wrapper.wrap(keepingQuoted: notEasing.advice(logCommand: progress.logCommand), first: "", rest: "  ")
        }
        lines.append("")
        let wide = width >= 72
        let steps = progress.followsSteps
        lines.append(wide ? "Week  Done   Pain during       Next morning" + (steps ? "      Push-ups" : "")
            : "Week  Done   Pain  Morning")
        // A week with nothing logged that did not count says so where its push-ups would be.
        let uncounted = "did not count: +1 week"
        for week in progress.weeks {
            let sessions = week.done + week.moved + week.missed
            let done = sessions == 0 ? "-" : "\(week.done + week.moved)/\(sessions)"
            let names = week.pushUpSteps.map { catalog.exercise($0)?.name ?? $0 }
            let pushUps = week.pushUpReps > 0 ? "\(week.pushUpReps) reps, " + names.joined(separator: " -> ") : "-"
            let row = String(week.number).padded(to: 4, leading: true) + "  " + done.padded(to: 5) + "  "
            if wide {
                let start = row + Self.bar(week.painDuring) + "  " + Self.bar(week.painMorning)
                let last = !week.counted ? uncounted : steps ? pushUps : nil
                if let last {
                    lines += wrapper.wrap(last, first: start + "  ", rest: String(repeating: " ", count: start.count + 2))
                } else {
                    lines.append(String(start.reversed().drop { $0 == " " }.reversed()))
                }
            } else {
                let pain = { (value: Int?) in value.map(String.init) ?? "-" }
                lines.append(row + pain(week.painDuring).padded(to: 4, leading: true) + pain(week.painMorning).padded(to: 9, leading: true))
                if !week.counted {
                    lines += wrapper.wrap(uncounted, first: "      ", rest: "        ")
                } else if week.pushUpReps > 0 {
                    lines += wrapper.wrap("Push-ups: " + pushUps, first: "      ", rest: "        ")
                }
            }
        }
        if let shifted = Self.shiftedWeeks(progress.weeks) {
            lines.append("")
            lines += wrapper.wrap(shifted, first: "", rest: "")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Weeks 4-5 train programme weeks 3-4 (a week with nothing done does not count).`: the weeks
    /// that train an earlier programme week than their number, as the plan's week headings say
    /// (`WEEK 4 (programme week 3)`); nil when every week trains its own. A clinician's trial
    /// found the plan, the JSON and the calendar saying it and the text report not.
    static func shiftedWeeks(_ weeks: [CourseProgress.Week]) -> String? {
        var runs: [(first: CourseProgress.Week, last: CourseProgress.Week)] = []
        for week in weeks where week.counted && week.programmeWeek != week.number {
            if let run = runs.last, run.last.number + 1 == week.number,
                run.last.number - run.last.programmeWeek == week.number - week.programmeWeek
            {
                runs[runs.count - 1].last = week
            } else {
                runs.append((week, week))
            }
        }
        guard !runs.isEmpty else { return nil }
        let parts = runs.map { run in
            run.first.number == run.last.number
                ? "week \(run.first.number) trains programme week \(run.first.programmeWeek)"
                : "weeks \(run.first.number)-\(run.last.number) train programme weeks "
                    + "\(run.first.programmeWeek)-\(run.last.programmeWeek)"
        }
        let text = parts.joined(separator: "; ")
        return text.prefix(1).uppercased() + text.dropFirst() + " (a week with nothing done does not count)."
    }

    /// `███░░░░░░░ 3` for pain 3 of 10; `-` padded for no pain logged.
    static func bar(_ pain: Int?) -> String {
        guard let pain else { return "-".padded(to: 16) }
        let cells = min(max(pain, 0), 10)
        return String(repeating: "█", count: cells) + String(repeating: "░", count: 10 - cells) + " " + String(pain).padded(to: 5)
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
                ("pushUpReps", .int(week.pushUpReps)), ("programmeWeek", .int(week.programmeWeek)),
                ("counted", .bool(week.counted)),
            ])
        }
        let document: JSONValue = .object([
            ("format", "protract-progress"), ("version", .int(1)), ("course", .string(heading)),
            ("courseName", .string(identity.course)), ("programmeId", .string(identity.programmeID)),
            ("programmeTitle", .string(identity.programmeTitle)), ("person", identity.person.map { .string($0) } ?? .null),
            ("done", .int(progress.done)), ("moved", .int(progress.moved)), ("missed", .int(progress.missed)),
            ("stoppedBecause", progress.stoppedBecause.map { .string($0) } ?? .null), ("weeks", .array(weeks)),
            ("painNotEasing", progress.painNotEasing?.json ?? .null),
        ])
        return document.rendered(.sortedKeys)
    }
}
