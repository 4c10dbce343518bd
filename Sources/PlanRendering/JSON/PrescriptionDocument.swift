import PlanKit

/// One prescription in the JSON document: the dose split into `reps` or `seconds`.
struct PrescriptionDocument: Encodable, Sendable {
    var exerciseId: String
    var exerciseName: String
    var sets: Int
    var dose: String
    var reps: Int?
    var seconds: Int?
    var perSide: Bool
    var tempo: String?
    var holdSeconds: Int?
    var restSeconds: Int
    var change: String?
    var note: String?
    var positions: Int

    enum CodingKeys: String, CodingKey {
        case exerciseId, exerciseName, sets, dose, reps, seconds, perSide, tempo, holdSeconds, restSeconds
        case change, note, positions
    }

    init(_ prescription: Prescription, catalog: ExerciseCatalog) {
        exerciseId = prescription.exerciseID
        exerciseName = catalog.exercise(prescription.exerciseID)?.name ?? prescription.exerciseID
        sets = prescription.sets
        switch prescription.dose {
        case .reps(let count):
            dose = "reps"
            reps = count
            tempo = prescription.tempo?.description
        case .hold(let held):
            dose = "hold"
            seconds = held
        }
        perSide = prescription.perSide
        holdSeconds = prescription.holdSeconds
        positions = prescription.positions
        restSeconds = prescription.restSeconds
        change = prescription.change
        note = prescription.note
    }

    func encode(to encoder: any Encoder) throws {
        var keys = encoder.container(keyedBy: CodingKeys.self)
        try keys.encode(exerciseId, forKey: .exerciseId)
        try keys.encode(exerciseName, forKey: .exerciseName)
        try keys.encode(sets, forKey: .sets)
        try keys.encode(dose, forKey: .dose)
        try keys.encode(reps, forKey: .reps)
        try keys.encode(seconds, forKey: .seconds)
        try keys.encode(perSide, forKey: .perSide)
        try keys.encode(tempo, forKey: .tempo)
        try keys.encode(holdSeconds, forKey: .holdSeconds)
        try keys.encode(restSeconds, forKey: .restSeconds)
        try keys.encode(change, forKey: .change)
        try keys.encode(note, forKey: .note)
        try keys.encode(positions, forKey: .positions)
    }
}
