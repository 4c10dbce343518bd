import PlanKit

/// One session in the JSON document.
struct SessionDocument: Encodable, Sendable {
    var number: Int
    var week: Int
    var date: String
    var weekday: String
    var start: String
    var end: String
    var endsNextDay: Bool
    var durationMinutes: Int
    var title: String
    var notes: [String]
    var blocks: [BlockDocument]

    init(_ session: PlannedSession, catalog: ExerciseCatalog) {
        number = session.number
        week = session.week
        date = session.date.description
        weekday = session.date.weekday.shortName
        start = session.start.description
        end = session.end.description
        endsNextDay = session.endsNextDay
        durationMinutes = session.durationMinutes
        title = session.title
        notes = session.notes
        blocks = session.blocks.map { BlockDocument($0, catalog: catalog) }
    }
}
