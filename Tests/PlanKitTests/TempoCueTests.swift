@testable import PlanKit
import ProtractTestSupport
import Testing

/// Cues and tempo never disagree: the plan prints the tempo with the dose, so the catalog's cues
/// state none, and a cue of a programme's own that states another draws a warning (issue 14).
@Suite struct TempoCueTests {
    @Test(arguments: [
        ("2 s down, 1 s pause, 2 s up; no bouncing", 2, 1, 2),
        ("lower for 3 seconds down, then 1 s up", 3, nil, 1),
        ("3 s down, 3 s up", 3, nil, 3),
    ] as [(String, Int, Int?, Int)])
    func aCueThatStatesATempo(cue: String, down: Int, pause: Int?, up: Int) throws {
        let stated = try #require(TempoCueCheck.statedTempo(in: cue))
        #expect(stated.down == down && stated.pause == pause && stated.up == up)
    }

    @Test(arguments: [
        "knees together · turn the chest · 2 s pause", "slide the arms up toward a Y; pause 2 s",
        "lower, pause and press at the tempo shown; no bouncing", "ribs down · no shrug", "hold 3 s at the top",
    ])
    func aCueThatStatesNone(cue: String) {
        #expect(TempoCueCheck.statedTempo(in: cue) == nil)
    }

    @Test func contradictions() throws {
        let tempo = try #require(Tempo(parsing: "3-1-1"))
        #expect(TempoCueCheck.contradicts((2, 1, 2), tempo))
        #expect(TempoCueCheck.contradicts((3, 2, 1), tempo))
        #expect(!TempoCueCheck.contradicts((3, 1, 1), tempo))
        #expect(!TempoCueCheck.contradicts((3, nil, 1), tempo))
    }

    /// The built-in catalog's cues state no tempo: a block's `tempo` (3-1-1) would contradict them.
    @Test func theCatalogsCuesStateNoTempo() throws {
        let catalog = try Repository.catalog()
        #expect(catalog.exercises.count > 10)
        for exercise in catalog.exercises {
            for cue in exercise.cues + [exercise.shortCue] {
                #expect(TempoCueCheck.statedTempo(in: cue) == nil, "\(exercise.id): \(cue)")
            }
        }
    }
}
