public import PlanKit
import YAMLKit

/// Renders a plan as JSON, for other tools.
///
/// The output is what Foundation's `JSONEncoder` writes with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` (PlanKit's `JSONValue` in its ``JSONValue/Layout/sortedKeys`` layout),
/// ending in a line break; it depends only on the arguments. Every key is always present; a value
/// that does not apply is `null`. The shape, key by key, is described in `docs/plan-json.md`; the
/// keys themselves are written here and nowhere else.
public struct JSONRenderer: PlanRenderer {
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
    public func render(_ plan: Plan, catalog: ExerciseCatalog) -> String {
        let person = plan.athlete
        let words = ExerciseWords(catalog: catalog, plan: plan)
        let document: JSONValue = .object([
            ("format", .string(Self.format)), ("version", .int(Self.version)),
            ("programme", .object([
                ("id", .string(plan.programmeID)), ("title", .string(plan.programmeTitle)), ("summary", .string(plan.summary)),
                ("description", .string(plan.description)), ("timeline", .string(plan.timeline)),
                ("sources", .strings(plan.sources)),
                ("after", plan.after.map { after in
                    .object([("discharge", .strings(after.discharge)), ("maintenance", .strings(after.maintenance))])
                } ?? .null),
            ])),
            ("screening", .string(plan.screening?.rawValue)),
            ("kit", .strings(Kit.items(of: plan, catalog: catalog))),
            ("athlete", .object([
                ("name", .string(person.name)), ("start", .string(person.start.description)),
                ("days", person.days.map { .strings($0.map(\.shortName)) } ?? .null), ("time", .string(person.time?.description)),
                ("timeZone", .string(person.timeZone)), ("weeks", .int(person.weeks)), ("skip", .strings(person.skip.map(\.description))),
                ("baseline", .object(person.baseline.map { (key: $0.key, value: .int($0.value)) })),
            ])),
            ("schedule", .object([
                ("days", .strings(plan.days.map(\.shortName))), ("time", .string(plan.time.description)),
                ("timeZone", .string(person.timeZone)), ("minRestHours", .int(plan.minRestHours)),
            ])),
            ("startingPoints", .strings(plan.startingPoints)),
            ("safety", .object([
                ("stopIf", .strings(plan.safety.stopIf)),
                ("redFlags", .array(plan.safety.redFlags.map { flag in
                    .object([
                        ("symptom", .string(flag.id)), ("sign", .string(flag.sign)),
                        ("urgency", .string(flag.urgency.rawValue)), ("advice", .string(flag.advice)),
                    ])
                })),
                ("seeAClinician", .strings(plan.safety.seeAClinician)),
                ("painMonitoring", .strings(plan.safety.painMonitoring)),
            ])),
            ("weeks", .array(plan.weeks.map { $0.json(words: words) })),
            ("stoppedBecause", .string(plan.stoppedBecause)),
            ("painNotEasing", plan.painNotEasing.map(\.json) ?? .null),
            ("cancelled", .array(plan.cancelled.map { session in
                .object([
                    ("number", .int(session.number)), ("date", .string(session.date.description)),
                    ("title", .string(session.title)),
                ])
            })),
        ])
        return document.rendered(.sortedKeys)
    }
}

extension PainNotEasing {
    /// The finding as the plan's JSON and `progress --format json` write it (docs/plan-json.md).
    var json: JSONValue {
        func week(_ week: Week) -> JSONValue {
            .object([
                ("from", .string(week.from.description)), ("to", .string(week.to.description)),
                ("sessions", .int(week.sessions)), ("pain", .int(week.pain)),
            ])
        }
        return .object([
            ("advice", .string(advice)), ("symptom", .string(Self.symptom)), ("measure", .string(measure.rawValue)),
            ("weeks", .int(weeks)), ("firstWeek", week(first)), ("lastWeek", week(last)),
            ("afterVisit", afterVisit.map { .string($0.description) } ?? .null),
        ])
    }
}

private extension PlanWeek {
    func json(words: ExerciseWords) -> JSONValue {
        .object([
            ("number", .int(number)), ("startDate", .string(startDate.description)), ("phase", .string(phase)),
            // No week heading here to say the programme week: the note says it.
            ("focus", .string(focus)), ("deload", .bool(isDeload)), ("notes", .strings(notes + [programmeWeekNote].compactMap { $0 })),
            ("sessions", .array(sessions.map { $0.json(words: words) })),
        ])
    }
}

private extension PlannedSession {
    func json(words: ExerciseWords) -> JSONValue {
        .object([
            ("number", .int(number)), ("week", .int(week)), ("date", .string(date.description)),
            ("weekday", .string(date.weekday.shortName)), ("start", .string(start.description)), ("end", .string(end.description)),
            ("endsNextDay", .bool(endsNextDay)), ("durationMinutes", .int(durationMinutes)), ("title", .string(title)),
            ("template", .string(template)), ("notes", .strings(notes)), ("blocks", .array(blocks.map { $0.json(words: words) })),
            ("record", record.map { $0.json } ?? .null),
        ])
    }
}

private extension SessionRecord {
    var json: JSONValue {
        .object([
            ("status", .string(status.rawValue)), ("date", .string(log?.date.description)),
            ("pain", .int(log?.pain)), ("morningPain", .int(log?.morningPain)),
            ("done", .array((log?.done ?? []).map { work in
                .object([("exerciseId", .string(work.exerciseID)), ("sets", .array(work.sets.map { .int($0) }))])
            })),
            ("hurt", .strings(log?.hurt ?? [])), ("retest", .int(log?.retest)), ("symptoms", .strings(log?.symptoms ?? [])), ("note", .string(log?.note)), ("decision", .string(decision)),
        ])
    }
}

private extension BlockPlan {
    func json(words: ExerciseWords) -> JSONValue {
        .object([
            ("plugin", .string(pluginID)), ("title", .string(title)), ("notes", .strings(notes)), ("minutes", .int(minutes)),
            ("prescriptions", .array(prescriptions.map { $0.json(words: words) })),
        ])
    }
}

private extension Prescription {
    /// The dose split into `reps` (with the tempo) or `seconds`; a `max-test` has neither.
    func json(words: ExerciseWords) -> JSONValue {
        var reps: Int?, seconds: Int?, tempo: String?
        let kind: String
        switch dose {
        case .reps(let count): (kind, reps, tempo) = ("reps", count, self.tempo?.description)
        case .hold(let held): (kind, seconds) = ("hold", held)
        case .maxTest: (kind, tempo) = ("max-test", self.tempo?.description)
        }
        let exercise = words.catalog.exercise(exerciseID)
        return .object([
            ("exerciseId", .string(exerciseID)), ("exerciseName", .string(exercise?.name ?? exerciseID)),
            ("sets", .int(sets)), ("dose", .string(kind)), ("reps", .int(reps)), ("seconds", .int(seconds)),
            ("perSide", .bool(perSide)), ("tempo", .string(tempo)), ("holdSeconds", .int(holdSeconds)),
            ("restSeconds", .int(restSeconds)), ("change", .string(change)), ("note", .string(note)),
            ("paperNote", .string(paperNote)), ("positions", .int(positions)),
            ("easier", .strings((exercise?.easier ?? []).map(\.value))), ("equipment", .strings((exercise?.equipment ?? []).map(Kit.word))),
            ("tooHard", .string(words.tooHard[exerciseID] ?? PrescriptionText.tooHard(exercise, catalog: words.catalog))),
        ])
    }
}

/// The catalog, with each exercise's too-hard line made once: a long plan prescribes the same few
/// exercises tens of thousands of times.
private struct ExerciseWords {
    let catalog: ExerciseCatalog
    let tooHard: [String: String]

    init(catalog: ExerciseCatalog, plan: Plan) {
        self.catalog = catalog
        var lines: [String: String] = [:]
        for week in plan.weeks {
            for session in week.sessions {
                for block in session.blocks {
                    for prescription in block.prescriptions where lines[prescription.exerciseID] == nil {
                        lines[prescription.exerciseID] = PrescriptionText.tooHard(
                            catalog.exercise(prescription.exerciseID), catalog: catalog)
                    }
                }
            }
        }
        tooHard = lines
    }
}

private extension JSONValue {
    /// A string, or null for nil.
    static func string(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
    /// A whole number, or null for nil.
    static func int(_ number: Int?) -> JSONValue { number.map { .int($0) } ?? .null }
    /// A list of strings.
    static func strings(_ texts: [String]) -> JSONValue { .array(texts.map { .string($0) }) }
}
