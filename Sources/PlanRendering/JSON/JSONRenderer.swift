public import PlanKit
import Foundation

/// Renders a plan as JSON, for other tools.
///
/// The output is pretty-printed UTF-8 with sorted keys and unescaped slashes, ending in a line
/// break; it depends only on the arguments. Every key below is always present; a value that does
/// not apply is `null`. Keys are camelCase. Dates are `YYYY-MM-DD`, times `HH:MM` (local wall-clock
/// time in `schedule.timeZone`), weekdays `mon` … `sun`.
///
/// ```
/// {
///   "format": "protract-plan",          // always this string
///   "version": 1,                       // bumped when the shape changes incompatibly
///   "programme": {"id", "title", "summary"},
///   "athlete": {"name": string|null, "start": date, "days": [weekday]|null, "time": time|null,
///               "timeZone", "weeks": int|null, "skip": [date], "baseline": {key: int}},
///   "schedule": {"days": [weekday], "time": time, "timeZone", "minRestHours": int},
///   "startingPoints": [string],
///   "safety": {"stopIf": [string], "seeAClinician": [string], "painMonitoring": [string]},
///   "weeks": [{
///     "number": int, "startDate": date, "phase": string|null, "focus": string|null,
///     "deload": bool, "notes": [string],
///     "sessions": [{
///       "number": int (1-based across the plan), "week": int, "date": date, "weekday": weekday,
///       "start": time, "end": time, "endsNextDay": bool, "durationMinutes": int,
///       "title": string, "notes": [string],
///       "blocks": [{
///         "plugin": string, "title": string, "notes": [string],
///         "prescriptions": [{
///           "exerciseId": string, "exerciseName": string (the id when the catalog lacks it),
///           "sets": int, "dose": "reps"|"hold",
///           "reps": int|null (per set, when dose is reps),
///           "seconds": int|null (held per set, when dose is hold),
///           "perSide": bool, "tempo": "2-1-2"|null, "holdSeconds": int|null (pause on every rep),
///           "restSeconds": int, "change": string|null (why it differs from last time),
///           "note": string|null
///         }]
///       }]
///     }]
///   }]
/// }
/// ```
///
/// The same shape is described in `docs/plan-json.md`.
public struct JSONRenderer: Sendable {
    /// The value of the `format` key.
    public static let format = "protract-plan"
    /// The value of the `version` key.
    public static let version = 1

    /// Creates a renderer.
    public init() {}

    /// The whole plan as JSON text, ending in a line break.
    /// - Parameters:
    ///   - plan: The plan to write.
    ///   - catalog: Where exercise names come from.
    /// - Throws: nothing today; the signature keeps room for a format that can fail.
    ///
    /// The text is what `JSONEncoder` with `.sortedKeys`, `.prettyPrinted` and
    /// `.withoutEscapingSlashes` writes for the same document, written by `JSONValue` at a
    /// fraction of the cost (`foundationRender` is the reference the tests compare it with).
    public func render(_ plan: Plan, catalog: ExerciseCatalog) throws -> String {
        PlanDocument(plan, catalog: catalog).json.prettyPrinted() + "\n"
    }

    /// The same document through Foundation's `JSONEncoder`: the reference for `render`.
    func foundationRender(_ plan: Plan, catalog: ExerciseCatalog) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(PlanDocument(plan, catalog: catalog))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
