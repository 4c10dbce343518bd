import PlanKit
@testable import ProtractCLI
import Testing

/// `exercises` wraps with the text plan's `LineWrapper`, but a word longer than its column stands
/// whole on its line instead of being cut: a listing shows names and muscles as written.
@Suite("exercises listing wrapping")
struct ExerciseTextWrapTests {
    static let exercise = Exercise(
        id: "neck-flexion", name: "Deep neck flexion", category: .stabilizer, kind: .reps,
        muscles: ["longus colli", "sternocleidomastoideus"], equipment: [],
        summary: "Nod without lifting the head.", cues: ["Chin towards the throat"], shortCue: "Nod", source: nil)

    @Test func aLongWordStaysWholeInItsColumn() {
        let table = ExerciseText.table([Self.exercise], own: [], width: 40)
        #expect(table.contains("sternocleidomastoideus"), "\(table)")
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasSuffix(" colli,") }, "the muscles still wrap in their column: \(table)")
    }

    @Test func theFullViewWrapsUnderItsLabels() {
        var exercise = Self.exercise
        exercise.cues = ["Keep the chin tucked and the back of the neck long while the head stays on the floor throughout"]
        let text = ExerciseText.full(exercise, catalog: ExerciseCatalog([exercise]), width: 40)
        #expect(text.contains("  muscles    longus colli,\n             sternocleidomastoideus\n"), "\(text)")
        #expect(text.contains("  - Keep the chin tucked and the back of\n    the neck long while the head stays\n"), "\(text)")
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 }, "\(text)")
    }
}
