import PlanKit
@testable import ProtractCLI
import Testing

/// Defence in depth for `exercises`: an exercise whose texts hold control characters (which
/// `validate` refuses, so no file can bring one) is still shown with visible escapes, in aligned
/// columns, and never sends them to the terminal raw.
@Suite("exercises listing escapes")
struct ListingEscapesTests {
    static let evil = "\u{1B}[8m\u{1B}]0;t\u{07}\r\nWEEK 9\u{9B}\u{202E}"

    static let exercise = Exercise(
        id: "evil", name: "Evil" + evil, category: .stabilizer, kind: .reps, muscles: ["serratus" + evil],
        equipment: [evil], summary: "What" + evil, cues: [evil + "cue"], shortCue: "short" + evil, source: evil)

    static func isRaw(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
    }

    @Test func theTableAndTheFullViewShowEscapes() {
        let catalog = ExerciseCatalog([Self.exercise])
        for text in [ExerciseText.table([Self.exercise], own: [], width: 80),
                     ExerciseText.full(Self.exercise, catalog: catalog, width: 80)] {
            #expect(!text.unicodeScalars.contains(where: Self.isRaw), "\(text)")
            #expect(!text.split(separator: "\n").contains { $0.hasPrefix("WEEK 9") }, "\(text)")
            #expect(text.contains(#"\u{1B}[8m"#), "\(text)")
        }
    }
}
