import ArgumentParser
import PlanKit

/// The flags that shape `--format ics` output.
struct CalendarOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "With --format ics: a reminder before each session: days, hours and minutes in that order, each once, "
            + "such as 30m, 1h, 1h30m or 2d (0m to 7d).",
        valueName: "time"))
    var reminder: String?

    @Option(help: ArgumentHelp("With --format ics: the calendar's name (default: the programme and person).", valueName: "name"))
    var calendarName: String?

    @Flag(help: "With --format ics: all-day events instead of timed ones.")
    var allDay = false

    @Option(help: ArgumentHelp(
        "With --format ics: who the plan is for, kept in every event's UID so re-imports update events (default: --name).",
        valueName: "id"))
    var calendarID: String?

    @Flag(name: .customLong("no-cancelled"), help: ArgumentHelp(
        "With --format ics: leave out the sessions a course called off or no longer holds (written as cancelled, so "
            + "that a calendar that has them removes them): for a first import, or for calcurse, which adds them as "
            + "appointments."))
    var noCancelled = false

    func validateSyntax(format: PlanFormat) throws {
        if format != .ics, reminder != nil || calendarName != nil || allDay || calendarID != nil || noCancelled {
            throw ValidationError(
                "--reminder, --calendar-name, --all-day, --calendar-id and --no-cancelled go with --format ics")
        }
        if let reminder, Self.minutes(in: reminder) == nil {
            throw ValidationError(
                "--reminder '\(shown(reminder))' is not a time before the session; write days, hours and minutes in that "
                    + "order, each at most once, such as 30m, 1h, 1h30m or 2d (from 0m to 7d)")
        }
        if let calendarName, calendarName.trimmed.isEmpty {
            throw ValidationError("--calendar-name must not be empty")
        }
        if let calendarName { try PlanOptions.checkText(calendarName, flag: "--calendar-name", rule: .title) }
        if let calendarID { try PlanOptions.checkText(calendarID, flag: "--calendar-id", rule: .tag) }
    }

    /// The longest reminder, in minutes: a week.
    static let maxReminderMinutes = 10_080

    /// Reads the one reminder form: `Nd`, `Nh`, `Nm` in that order, each at most once, at least
    /// one, lowercase, no spaces (`30m`, `1h`, `1h30m`, `2d`, `1d12h`); nil for anything else
    /// (`30`, `1h1h`, `30m1h`) or for more than a week.
    static func minutes(in text: String) -> Int? {
        let form = #/(?:([0-9]{1,5})d)?(?:([0-9]{1,5})h)?(?:([0-9]{1,5})m)?/#
        guard !text.isEmpty, let match = text.wholeMatch(of: form) else { return nil }
        let parts = [(match.1, 1440), (match.2, 60), (match.3, 1)]
        let total = parts.reduce(0) { total, part in total + (part.0.flatMap { Int($0) } ?? 0) * part.1 }
        return total <= maxReminderMinutes ? total : nil
    }
}
