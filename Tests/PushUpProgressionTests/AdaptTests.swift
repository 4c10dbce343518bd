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
         "pain 6/10 on Wed 9 Dec: down to low incline push-up 3 x 10"),
        // On the same step (the first, wall 12-18, from 3 x 14), only the reps go down: the dose
        // is said first, so that it does not read as a change of step.
        (0, .stepBack("pain 6/10 on Wed 9 Dec"), "wall-push-up 3 x 12",
         "pain 6/10 on Wed 9 Dec: back to 3 x 12 on wall push-up"),
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
        // The step is the same: the reps alone go down (a trial read "down to knee push-up 3 x 5"
        // as a change of step).
        #expect(sessions[4].change == "pain 6/10 on Mon 14 Dec: back to 3 x 5 on knee push-up")
        #expect(Self.dose(sessions[5]) == "knee-push-up 3 x 6", "the session after progresses again")
    }

    /// A step back before a deload session says the same, at the deload's dose: the dose first
    /// on the same step, the step first when it changes. Week 2 is the deload; knee push-ups 5-8.
    @Test(arguments: [
        // Week 1 at 3 x 5, 6, 7: two reps off 3 x 7 stays on the knees.
        (3, "back to 2 x 5 on knee push-up (deload week)"),
        // Week 1 at 3 x 5, 6: two reps off 3 x 6 is under the knees' range, the low incline's
        // (one set: the deload week stays at or below week 1's 33 reps).
        (2, "down to low incline push-up 1 x 10 (deload week)"),
    ])
    func aStepBackBeforeADeloadSessionSaysWhetherTheStepChanged(sessionsInWeekOne: Int, change: String) throws {
        var shape = PlanShape(
            weeks: 2, sessionsInWeek: { $0 == 1 ? sessionsInWeekOne : 3 }, deloadEvery: nil, baseline: ["push-ups": 6])
        shape.deloadWeeks = [2]
        let plugin = try Support.plugin(Support.sessionBlock)
        let sessions = PluginRun.replaying(
            plugin, sessions: try shape.sessions(catalog: Support.catalog),
            verdicts: [sessionsInWeekOne - 1: .stepBack("pain 6/10")], athlete: shape.athlete, catalog: Support.catalog
        ).compactMap(\.prescriptions.last)
        #expect(sessions[sessionsInWeekOne].change == "pain 6/10: " + change)
    }

    @Test func aHoldIsSaidOnceAndTheLadderGoesOn() throws {
        let sessions = try Self.run(baseline: 6, verdicts: [0: .hold("pain 5/10 on Mon 7 Dec")])
        #expect(sessions.map(Self.dose).prefix(4) == [
            "knee-push-up 3 x 5", "knee-push-up 3 x 5", "knee-push-up 3 x 6", "knee-push-up 3 x 6",
        ])
        #expect(sessions[2].change == "+1 rep if last session's 3 x 5 was done with pain at or under 3/10")
    }
}
