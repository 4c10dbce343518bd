import PlanKit
import Testing
import YAMLKit

/// Tempo, percentage and keyword values, in files and on their own.
@Suite struct ValueTypeTests {
    @Test func aBadTempo() throws {
        let text = try Fixture.programme(exercises: Fixture.rowExercise.replacingFirst("2-1-2", with: "2-x-2"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:24:12: error: '2-x-2' is not a tempo
               24 |     tempo: 2-x-2
                  |            ^~~~~
                  = in: exercises[0].tempo
                  = help: write seconds down-pause-up, such as 2-1-2 (3 or 4 numbers, each 0 to 10, not all 0)

            """)
    }

    /// 0-0-0 was refused with "each 0 to 10", which it satisfies: what is wrong is that its
    /// seconds add up to none.
    @Test(arguments: ["0-0-0", "0-0-0-0"])
    func aTempoOfNoSecondsSaysSo(written: String) throws {
        #expect(Tempo(parsing: written) == nil)
        let text = try Fixture.programme(exercises: Fixture.rowExercise.replacingFirst("2-1-2", with: written))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary)
            == ["24:12 exercises[0].tempo: '\(written)' is a tempo of no seconds: a repetition takes time"])
        #expect(diagnostics.first?.help == "give the lowering and the raising a second or more each, such as 2-1-2")
    }

    @Test(arguments: ["11-1-2", "2-1", "2-1-2-1-1", "2--2", "2-1-2-", "two"])
    func badTempos(written: String) throws {
        #expect(Tempo(parsing: written) == nil)
        let text = try Fixture.programme(exercises: Fixture.rowExercise.replacingFirst("2-1-2", with: written))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["24:12 exercises[0].tempo: '\(written)' is not a tempo"])
    }

    @Test func goodTempos() {
        #expect(Tempo(parsing: "2-1-2")?.phases == [2, 1, 2])
        #expect(Tempo(parsing: "3-1-1-0")?.secondsPerRep == 5)
        #expect(Tempo(parsing: "10-0-10")?.description == "10-0-10")
    }

    @Test func aPercentageOverAHundred() throws {
        let text = try Fixture.programme(("volume: 60%", "volume: 160%"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:13:28: error: '160%' is not a percentage from 1% to 100%
               13 | deload: {every: 4, volume: 160%}
                  |                            ^~~~
                  = in: deload.volume
                  = help: write a percentage such as 60%

            """)
    }

    @Test(arguments: ["0%", "abc", "60.5%", "-5%", "%"])
    func badPercentages(written: String) throws {
        let text = try Fixture.programme(("volume: 60%", "volume: \"\(written)\""))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["13:28 deload.volume: '\(written)' is not a percentage from 1% to 100%"])
    }

    @Test func goodPercentages() throws {
        #expect(try Fixture.load(Fixture.programme(("volume: 60%", "volume: 100%"))).deload?.volume.percent == 100)
        #expect(try Fixture.load(Fixture.programme(("volume: 60%", "volume: 45"))).deload?.volume.percent == 45)
        #expect(Percentage(60)?.apply(to: 3) == 2)
        #expect(Percentage(60)?.apply(to: 1) == 1)
    }

    /// A deload's share of sets is rounded to the nearest set, an exact half down (a trial's 50%
    /// deload kept 2 of 3 sets), and keeps at least one.
    @Test func anExactHalfRoundsDown() {
        let half = Percentage(50)
        #expect([1, 2, 3, 4, 5, 6].map { half?.apply(to: $0) } == [1, 1, 1, 2, 2, 3])
        #expect(Percentage(25)?.apply(to: 2) == 1)  // 0.5: down to 0, then the minimum
        #expect(Percentage(25)?.apply(to: 6) == 1)  // 1.5
        #expect(Percentage(75)?.apply(to: 2) == 1)  // 1.5
        #expect(Percentage(51)?.apply(to: 3) == 2)  // 1.53: above the half, up
        #expect(Percentage(40)?.apply(to: 5) == 2)  // 2.0 exactly
        #expect(Percentage(100)?.apply(to: 5) == 5)
        #expect(Percentage(0) == nil)
        #expect(Percentage(101) == nil)
    }

    @Test func aKindThatIsNotAllowed() throws {
        let text = try Fixture.programme(exercises: Fixture.rowExercise.replacingFirst("kind: reps", with: "kind: stretch"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:23:11: error: expected one of 'reps', 'hold' for 'kind', found "stretch"
               23 |     kind: stretch
                  |           ^~~~~~~
                  = in: exercises[0].kind
                  = help: write one of reps, hold, exactly as spelt here

            """)
    }

    @Test func aCategoryWithANearMissSuggestsTheWord() throws {
        let text = try Fixture.programme(
            exercises: Fixture.rowExercise.replacingFirst("category: stabilizer", with: "category: stabiliser"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == [
            "22:15 exercises[0].category: expected one of 'mobility', 'stabilizer', 'push-up' for 'category', found \"stabiliser\"",
        ])
        #expect(diagnostics.first?.help == "did you mean 'stabilizer'?")
    }
}
