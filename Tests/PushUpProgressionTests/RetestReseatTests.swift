import PlanKit
import ProtractTestSupport
import PushUpProgression
import Testing

/// A logged retest re-seats the ladder (issue 13): the count maps to a step, never more than one
/// step up, down as far as the count says, and the next session says why. As a table.
struct RetestReseatTests {
    /// The flagship's block with retests every 2 weeks, three sessions a week, no deloads; the
    /// retest of week 2 (session 4, Mon 14 Dec) is logged with `count` and `verdict`. Returns the
    /// working sets of every session.
    static func run(
        baseline: Int, count: Int?, verdict: Verdict = .progress, purpose: ProgrammePurpose = .training
    ) throws -> [Prescription] {
        let plugin = try RetestTests.retesting(every: 2)
        let shape = PlanShape(weeks: 3, perWeek: 3, deloadEvery: nil, baseline: ["push-ups": baseline])
        var state = plugin.start(for: shape.athlete, purpose: purpose, catalog: Support.catalog).state
        return try shape.sessions(catalog: Support.catalog).enumerated().compactMap { index, context in
            let block = plugin.prescribe(context, state: &state)
            if index == 3 {
                #expect(block.prescriptions.first?.dose == .maxTest)
                let done = block.prescriptions.map { p in p.dose.isTest ? (count.map { [$0] } ?? []) : [p.dose.amount, p.dose.amount, p.dose.amount] }
                plugin.adapt(
                    BlockOutcome(
                        date: context.date, prescribed: block, done: done, verdict: verdict,
                        log: SessionLog(date: context.date, retest: count)),
                    state: &state)
            }
            return block.prescriptions.last
        }
    }

    static func dose(_ p: Prescription) -> String { "\(p.exerciseID) \(p.sets) x \(p.dose)" }

    @Test(arguments: [
        // (baseline, retest count, session 5's dose, its change); baseline 6 is on knees (5-8), 12 on the push-up.
        (6, 12, "push-up 3 x 5", "retest on Mon 14 Dec: 12 reps of knee push-up: one step up to push-up 3 x 5"),
        (6, 3, "low-incline-push-up 3 x 8",
         "retest on Mon 14 Dec: 3 reps of knee push-up: down to low incline push-up 3 x 8"),
        // Full push-ups map as a baseline does: 3 is the low incline, two steps down (down as far as needed).
        (12, 3, "low-incline-push-up 3 x 8", "retest on Mon 14 Dec: 3 reps of push-up: down to low incline push-up 3 x 8"),
        (12, 0, "wall-push-up 3 x 12", "retest on Mon 14 Dec: 0 reps of push-up: down to wall push-up 3 x 12"),
        // 40 maps to the push-up plus, one step up; never more.
        (12, 40, "push-up-plus 3 x 5", "retest on Mon 14 Dec: 40 reps of push-up: one step up to push-up plus 3 x 5"),
        // 0 knee push-ups: one step back (the count says nothing about the steps below).
        (6, 0, "low-incline-push-up 3 x 8",
         "retest on Mon 14 Dec: 0 reps of knee push-up: down to low incline push-up 3 x 8"),
    ] as [(Int, Int, String, String)])
    func aLoggedRetestReSeatsTheLadder(baseline: Int, count: Int, dose: String, change: String) throws {
        let sessions = try Self.run(baseline: baseline, count: count)
        #expect(Self.dose(sessions[4]) == dose)
        #expect(sessions[4].change == change)
        #expect(sessions[5].exerciseID == sessions[4].exerciseID, "one step a week at most: no other step this week")
    }

    @Test(arguments: [(6, 8), (6, 5), (12, 15), (25, 50)])
    func aCountThatMapsToTheSameStepChangesNothing(baseline: Int, count: Int) throws {
        let tested = try Self.run(baseline: baseline, count: count)
        let untested = try Self.run(baseline: baseline, count: nil)
        #expect(tested.map(Self.dose) == untested.map(Self.dose))
    }

    @Test func aHeldOrSteppedBackSessionNeverStepsUpOnItsTestButStillStepsDown() throws {
        let held = try Self.run(baseline: 6, count: 20, verdict: .hold("pain 4/10 on Mon 14 Dec"))
        #expect(Self.dose(held[4]).hasPrefix("knee-push-up"))
        #expect(held[4].change == "pain 4/10 on Mon 14 Dec: 3 x 7 again")
        let down = try Self.run(baseline: 12, count: 4, verdict: .hold("pain 4/10 on Mon 14 Dec"))
        #expect(Self.dose(down[4]) == "low-incline-push-up 3 x 8")
    }

    @Test func aRehabRetestMapsAsTheBaselineDoesWithoutTheStartsStepLower() throws {
        // The rehab start is a step lower (baseline 12: knees); a test of 12 full push-ups moves up to
        // the push-up, once: the count was taken within the pain limit.
        let sessions = try Self.run(baseline: 12, count: 12, purpose: .rehab)
        #expect(Self.dose(sessions[0]) == "knee-push-up 3 x 5")
        #expect(sessions[3].exerciseID == "knee-push-up")
    }
}
