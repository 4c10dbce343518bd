import ArgumentParser
import Foundation
import PlanKit

/// The flags that shape `--format ics` output.
struct CalendarOptions: ParsableArguments {
    @Option(help: ArgumentHelp("With --format ics: a reminder before each session, e.g. 30m, 1h, 1h30m.", valueName: "time"))
    var reminder: String?

    @Option(help: ArgumentHelp("With --format ics: the calendar's name (default: the programme and person).", valueName: "name"))
    var calendarName: String?

    @Flag(help: "With --format ics: all-day events instead of timed ones.")
    var allDay = false

    @Option(help: ArgumentHelp(
        "With --format ics: who the plan is for, kept in every event's UID so re-imports update events (default: --name).",
        valueName: "id"))
    var calendarID: String?

    /// The reminder in minutes, or nil.
    var reminderMinutes: Int? {
        reminder.flatMap(Self.minutes(in:))
    }

    func validateSyntax(format: PlanFormat) throws {
        if format != .ics, reminder != nil || calendarName != nil || allDay || calendarID != nil {
            throw ValidationError("--reminder, --calendar-name, --all-day and --calendar-id go with --format ics")
        }
        if let reminder, Self.minutes(in: reminder) == nil {
            throw ValidationError("--reminder '\(reminder)' is not a time before the session; write 30m, 1h or 1h30m (up to 7 days)")
        }
        if let calendarName, calendarName.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--calendar-name must not be empty")
        }
        if let calendarName { try PlanOptions.checkText(calendarName, flag: "--calendar-name", rule: .title) }
        if let calendarID { try PlanOptions.checkText(calendarID, flag: "--calendar-id", rule: .tag) }
    }

    /// Reads `30m`, `1h`, `1h30m`, `2d` or a bare number of minutes; nil when malformed or over a week.
    static func minutes(in text: String) -> Int? {
        if let bare = Int(text) { return (0...10_080).contains(bare) ? bare : nil }
        var total = 0
        var number = ""
        var sawUnit = false
        for character in text.lowercased() {
            if character.isASCII, character.isNumber {
                number.append(character)
                continue
            }
            guard let value = Int(number) else { return nil }
            switch character {
            case "d": total += value * 1440
            case "h": total += value * 60
            case "m": total += value
            default: return nil
            }
            number = ""
            sawUnit = true
            if total > 10_080 { return nil }
        }
        guard sawUnit, number.isEmpty, (0...10_080).contains(total) else { return nil }
        return total
    }
}
