import PlanKit
import ProtractTestSupport
import StabilizerStrength
import Testing

/// What the stabilizer block does with each verdict the pain rules give (issue 12), as a table.
/// The flagship's block steps once a week: 2 x 10 in week 1, 2 x 12 in week 2, 2 x 14 in week 3.
struct AdaptTests {
    static func run(verdicts: [Int: Verdict]) throws -> [BlockPlan] {
        let catalog = try Support.catalog()
        let options = try #require(try Support.flagshipOptions().first)
        let plugin = try StabilizerStrength(options: options, catalog: catalog)
        let shape = PlanShape(weeks: 4, perWeek: 3, deloadEvery: nil)
        return PluginRun.replaying(
            plugin, sessions: try shape.sessions(catalog: catalog), verdicts: verdicts, athlete: shape.athlete,
            catalog: catalog)
    }

    /// The scapular push-up's dose in each session.
    static func scapular(_ blocks: [BlockPlan]) -> [String] {
        blocks.map { block in
            block.prescriptions.first { $0.exerciseID == "scapular-push-up" }.map { "\($0.sets) x \($0.dose)" } ?? "-"
        }
    }

    @Test(arguments: [
        // (verdict after the last session of week 1, week 2's dose, its first session's change)
        (Verdict.progress, "2 x 12", "+2 reps if last week's 2 x 10 was done with pain at or under 3/10"),
        (.hold("pain 4/10 on Fri 11 Dec"), "2 x 10", "pain 4/10 on Fri 11 Dec: 2 x 10 again, no rise this week"),
        (.stop("red flag"), "2 x 12", "+2 reps if last week's 2 x 10 was done with pain at or under 3/10"),
    ] as [(Verdict, String, String)])
    func weekTwoFollowsTheVerdict(verdict: Verdict, dose: String, change: String) throws {
        let blocks = try Self.run(verdicts: [2: verdict])
        #expect(Self.scapular(blocks)[3] == dose)
        let first = try #require(blocks[3].prescriptions.first { $0.exerciseID == "scapular-push-up" })
        #expect(first.change == change)
    }

    @Test func aStepBackReturnsToTheLevelBeforeTheLastStep() throws {
        // Week 2 is 2 x 12; pain after its last session takes week 3 back to week 1's 2 x 10.
        let blocks = try Self.run(verdicts: [5: .stepBack("pain 6/10 on Fri 18 Dec")])
        #expect(Self.scapular(blocks) == [
            "2 x 10", "2 x 10", "2 x 10", "2 x 12", "2 x 12", "2 x 12", "2 x 10", "2 x 10", "2 x 10",
            "2 x 12", "2 x 12", "2 x 12",
        ])
        let back = try #require(blocks[6].prescriptions.first { $0.exerciseID == "scapular-push-up" })
        #expect(back.change == "pain 6/10 on Fri 18 Dec: now 2 x 10")
    }

    @Test func aStepBackInTheFirstWeekHoldsWhereItStarted() throws {
        let blocks = try Self.run(verdicts: [0: .stepBack("pain 7/10 on Mon 7 Dec")])
        #expect(Self.scapular(blocks).prefix(4) == ["2 x 10", "2 x 10", "2 x 10", "2 x 10"])
    }
}
