import PlanKit
import ProtractTestSupport
import PushUpProgression
import Testing

/// What the ladder does with each verdict the pain rules give after a session (issue 12), as a table.
struct AdaptTests {
    /// Three sessions a week for three weeks, no deloads, with a verdict after the given session.
    static func run(baseline: Int, verdicts: [Int: Verdict]) throws -> [Prescription] {
        let shape = PlanShape(weeks: 3, perWeek: 3, deloadEvery: nil, baseline: ["push-ups": baseline])
        let plugin = try Support.plugin(Support.sessionBlock)
        return PluginRun.replaying(
            plugin, sessions: try shape.sessions(catalog: Support.catalog), verdicts: verdicts,
            athlete: shape.athlete, catalog: Support.catalog
        ).compactMap(\.prescriptions.last)
    }

    static func dose(_ prescription: Prescription) -> String {
        "\(prescription.exerciseID) \(prescription.sets) x \(prescription.dose)"
    }

    @Test(arguments: [
        // (baseline, verdict after session 2, the session 3 dose, its change)
        (6, Verdict.progress, "knee-push-up 3 x 7", "+1 rep if last session's 3 x 6 was done with pain at or under 3/10"),
        (6, .hold("pain 4/10 on Wed 9 Dec"), "knee-push-up 3 x 6", "pain 4/10 on Wed 9 Dec: 3 x 6 again"),
        // A step back to an easier step lands two reps below the top of that step's own range (8-12).
        (6, .stepBack("pain 6/10 on Wed 9 Dec"), "low-incline-push-up 3 x 10",
         "pain 6/10 on Wed 9 Dec: back to low incline push-up 3 x 10"),
        (0, .stepBack("pain 6/10 on Wed 9 Dec"), "wall-push-up 3 x 12",
         "pain 6/10 on Wed 9 Dec: back to wall push-up 3 x 12"),
        (6, .stop("red flag"), "knee-push-up 3 x 7", "+1 rep if last session's 3 x 6 was done with pain at or under 3/10"),
    ] as [(Int, Verdict, String, String)])
    func theNextSessionFollowsTheVerdict(baseline: Int, verdict: Verdict, dose: String, change: String) throws {
        let sessions = try Self.run(baseline: baseline, verdicts: [1: verdict])
        #expect(Self.dose(sessions[2]) == dose)
        #expect(sessions[2].change == change)
    }

    @Test func aStepBackHigherInTheRangeTakesTwoReps() throws {
        // Sessions 1-4 are 3 x 5, 6, 7 and 7 (week 2 held by the 20% bound); a step back after
        // session 4 gives 3 x 5 of the same step.
        let sessions = try Self.run(baseline: 6, verdicts: [3: .stepBack("pain 6/10 on Mon 14 Dec")])
        #expect(Self.dose(sessions[3]) == "knee-push-up 3 x 7")
        #expect(Self.dose(sessions[4]) == "knee-push-up 3 x 5")
        #expect(sessions[4].change == "pain 6/10 on Mon 14 Dec: back to knee push-up 3 x 5")
        #expect(Self.dose(sessions[5]) == "knee-push-up 3 x 6", "the session after progresses again")
    }

    @Test func aHoldIsSaidOnceAndTheLadderGoesOn() throws {
        let sessions = try Self.run(baseline: 6, verdicts: [0: .hold("pain 5/10 on Mon 7 Dec")])
        #expect(sessions.map(Self.dose).prefix(4) == [
            "knee-push-up 3 x 5", "knee-push-up 3 x 5", "knee-push-up 3 x 6", "knee-push-up 3 x 6",
        ])
        #expect(sessions[2].change == "+1 rep if last session's 3 x 5 was done with pain at or under 3/10")
    }
}
