import PlanKit

/// The top of the JSON document (see ``JSONRenderer``): a stable shape, separate from the model.
struct PlanDocument: Encodable, Sendable {
    struct Programme: Encodable, Sendable {
        var id: String
        var title: String
        var summary: String
    }

    struct AthleteInputs: Encodable, Sendable {
        var name: String?
        var start: String
        var days: [String]?
        var time: String?
        var timeZone: String
        var weeks: Int?
        var skip: [String]
        var baseline: [String: Int]

        enum CodingKeys: String, CodingKey {
            case name, start, days, time, timeZone, weeks, skip, baseline
        }

        func encode(to encoder: any Encoder) throws {
            var keys = encoder.container(keyedBy: CodingKeys.self)
            try keys.encode(name, forKey: .name)
            try keys.encode(start, forKey: .start)
            try keys.encode(days, forKey: .days)
            try keys.encode(time, forKey: .time)
            try keys.encode(timeZone, forKey: .timeZone)
            try keys.encode(weeks, forKey: .weeks)
            try keys.encode(skip, forKey: .skip)
            try keys.encode(baseline, forKey: .baseline)
        }
    }

    struct Schedule: Encodable, Sendable {
        var days: [String]
        var time: String
        var timeZone: String
        var minRestHours: Int
    }

    struct SafetyText: Encodable, Sendable {
        var stopIf: [String]
        var seeAClinician: [String]
        var painMonitoring: [String]
    }

    var format = JSONRenderer.format
    var version = JSONRenderer.version
    var programme: Programme
    var athlete: AthleteInputs
    var schedule: Schedule
    var startingPoints: [String]
    var safety: SafetyText
    var weeks: [WeekDocument]

    init(_ plan: Plan, catalog: ExerciseCatalog) {
        programme = Programme(id: plan.programmeID, title: plan.programmeTitle, summary: plan.summary)
        let person = plan.athlete
        athlete = AthleteInputs(
            name: person.name, start: person.start.description, days: person.days?.map(\.shortName),
            time: person.time?.description, timeZone: person.timeZone, weeks: person.weeks,
            skip: person.skip.map(\.description), baseline: person.baseline)
        schedule = Schedule(
            days: plan.days.map(\.shortName), time: plan.time.description, timeZone: person.timeZone,
            minRestHours: plan.minRestHours)
        startingPoints = plan.startingPoints
        safety = SafetyText(
            stopIf: plan.safety.stopIf, seeAClinician: plan.safety.seeAClinician,
            painMonitoring: plan.safety.painMonitoring)
        weeks = plan.weeks.map { WeekDocument($0, catalog: catalog) }
    }
}
