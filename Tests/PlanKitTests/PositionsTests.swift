import PlanKit
import Testing
import YAMLKit
import ProtractTestSupport

/// Exercises whose sets go through several positions (prone Y-T-W): decoding, the note, and
/// the session length counting every position.
@Suite struct PositionsTests {
    private func exercise(_ extra: String) throws -> Exercise {
        let text = """
            id: y-t-w
            name: Y-T-W
            category: stabilizer
            kind: reps
            tempo: 2-1-2
            muscles: [lower trapezius]
            summary: s
            cues: [c]
            short-cue: c
            \(extra)
            """
        return try YAMLDocument.load(SourceFile(name: "e.yaml", text: text)).decode(Exercise.self)
    }

    @Test func decodesPositionsAndNamesThemInTheNote() throws {
        let ytw = try exercise("positions: [Y, T, W]")
        #expect(ytw.positions == ["Y", "T", "W"])
        #expect(ytw.positionsNote == "each position: Y, T and W")
        #expect(try exercise("positions: [low]").positionsNote == "each position: low")
        #expect(try exercise("").positions.isEmpty)
        #expect(try exercise("").positionsNote == nil)
    }

    @Test func refusesMoreThanEightPositions() throws {
        let error = try #require(throws: YAMLError.self) { try exercise("positions: [a, b, c, d, e, f, g, h, i]") }
        #expect(error.diagnostics.map(\.description) == [
            "10:12: error: 'positions' lists 9 positions; a set goes through at most 8"
        ])
    }

    @Test func theSessionLengthCountsEveryPosition() {
        let estimator = DurationEstimator()
        let single = Prescription(
            exerciseID: "y-t-w", sets: 2, dose: .reps(10), tempo: Tempo(phases: [2, 1, 2]), holdSeconds: 2,
            restSeconds: 45)
        var three = single
        three.positions = 3
        // 2 sets x 10 reps x (5 s tempo + 2 s hold), + 1 rest + 1 changeover; three positions triple the work.
        #expect(estimator.seconds(for: single) == 2 * 10 * 7 + 45 + 20)
        #expect(estimator.seconds(for: three) == 2 * 10 * 7 * 3 + 45 + 20)
    }

    @Test func theBuiltInYTWGoesThroughThreePositions() throws {
        let catalog = try ProgrammeLoader.catalog(from: Repository.programsFile("exercises.yaml"))
        #expect(catalog.exercise("prone-y-t-w")?.positions == ["Y", "T", "W"])
        #expect(catalog.exercise("prone-y-t-w-light-load")?.positions == ["Y", "T", "W"])
    }
}
