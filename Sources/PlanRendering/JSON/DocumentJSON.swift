/// The documents as `JSONValue`s, key for key what their `Encodable` conformances write.
extension PlanDocument {
    var json: JSONValue {
        .object([
            ("format", .string(format)), ("version", .int(version)),
            ("programme", .object([
                ("id", .string(programme.id)), ("title", .string(programme.title)),
                ("summary", .string(programme.summary)),
            ])),
            ("athlete", athlete.json),
            ("schedule", .object([
                ("days", .strings(schedule.days)), ("time", .string(schedule.time)),
                ("timeZone", .string(schedule.timeZone)), ("minRestHours", .int(schedule.minRestHours)),
            ])),
            ("startingPoints", .strings(startingPoints)),
            ("safety", .object([
                ("stopIf", .strings(safety.stopIf)), ("seeAClinician", .strings(safety.seeAClinician)),
                ("painMonitoring", .strings(safety.painMonitoring)),
            ])),
            ("weeks", .array(weeks.map(\.json))),
        ])
    }
}

extension PlanDocument.AthleteInputs {
    var json: JSONValue {
        .object([
            ("name", .string(name)), ("start", .string(start)), ("days", days.map(JSONValue.strings) ?? .null),
            ("time", .string(time)), ("timeZone", .string(timeZone)), ("weeks", .int(weeks)),
            ("skip", .strings(skip)),
            ("baseline", .object(baseline.map { (key: $0.key, value: JSONValue.int($0.value)) })),
        ])
    }
}

extension WeekDocument {
    var json: JSONValue {
        .object([
            ("number", .int(number)), ("startDate", .string(startDate)), ("phase", .string(phase)),
            ("focus", .string(focus)), ("deload", .bool(deload)), ("notes", .strings(notes)),
            ("sessions", .array(sessions.map(\.json))),
        ])
    }
}

extension SessionDocument {
    var json: JSONValue {
        .object([
            ("number", .int(number)), ("week", .int(week)), ("date", .string(date)), ("weekday", .string(weekday)),
            ("start", .string(start)), ("end", .string(end)), ("endsNextDay", .bool(endsNextDay)),
            ("durationMinutes", .int(durationMinutes)), ("title", .string(title)), ("notes", .strings(notes)),
            ("blocks", .array(blocks.map(\.json))),
        ])
    }
}

extension BlockDocument {
    var json: JSONValue {
        .object([
            ("plugin", .string(plugin)), ("title", .string(title)), ("notes", .strings(notes)), ("minutes", .int(minutes)),
            ("prescriptions", .array(prescriptions.map(\.json))),
        ])
    }
}

extension PrescriptionDocument {
    var json: JSONValue {
        .object([
            ("exerciseId", .string(exerciseId)), ("exerciseName", .string(exerciseName)), ("sets", .int(sets)),
            ("dose", .string(dose)), ("reps", .int(reps)), ("seconds", .int(seconds)), ("perSide", .bool(perSide)),
            ("tempo", .string(tempo)), ("holdSeconds", .int(holdSeconds)), ("restSeconds", .int(restSeconds)),
            ("change", .string(change)), ("note", .string(note)), ("positions", .int(positions)),
        ])
    }
}
