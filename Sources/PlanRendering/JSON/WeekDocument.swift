import PlanKit

/// One week in the JSON document.
struct WeekDocument: Encodable, Sendable {
    var number: Int
    var startDate: String
    var phase: String?
    var focus: String?
    var deload: Bool
    var notes: [String]
    var sessions: [SessionDocument]

    enum CodingKeys: String, CodingKey {
        case number, startDate, phase, focus, deload, notes, sessions
    }

    init(_ week: PlanWeek, catalog: ExerciseCatalog) {
        number = week.number
        startDate = week.startDate.description
        phase = week.phase
        focus = week.focus
        deload = week.isDeload
        notes = week.notes
        sessions = week.sessions.map { SessionDocument($0, catalog: catalog) }
    }

    func encode(to encoder: any Encoder) throws {
        var keys = encoder.container(keyedBy: CodingKeys.self)
        try keys.encode(number, forKey: .number)
        try keys.encode(startDate, forKey: .startDate)
        try keys.encode(phase, forKey: .phase)
        try keys.encode(focus, forKey: .focus)
        try keys.encode(deload, forKey: .deload)
        try keys.encode(notes, forKey: .notes)
        try keys.encode(sessions, forKey: .sessions)
    }
}
