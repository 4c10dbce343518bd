import PlanKit
import PushUpProgression
import Testing
import ProtractTestSupport

extension PlannedSession {
    /// The session's max test, if it has one.
    var retest: Prescription? {
        block.prescriptions.first { $0.change == PushUpProgression.retestChange }
    }
    /// The working sets: the block's last prescription.
    var working: Prescription? { block.prescriptions.last }
}

extension PlanRun {
    /// The weeks whose sessions hold a max test, in order.
    var retestWeeks: [Int] { sessions.filter { $0.retest != nil }.map(\.week) }
}

/// Where retests fall, what they prescribe, and that they leave the progression alone.
@Suite struct RetestTests {
    /// The flagship's block, progressing every session (the default), with retests every `weeks` weeks.
    static func retesting(every weeks: Int, _ extra: String...) throws -> PushUpProgression {
        let lines = ["ladder: [wall-push-up, high-incline-push-up, low-incline-push-up, knee-push-up, push-up, push-up-plus]",
                     "sets: 3", "reps: 5-8", "rest-seconds: 90", "tempo: 2-1-2", "retest-every: \(weeks)"] + extra
        return try Support.plugin((["- plugin: push-up-progression"] + lines.map { "  " + $0 }).joined(separator: "\n"))
    }

    /// The retest weeks the rule gives, computed apart from the plugin: each of weeks N, 2N, … moves
    /// to the first later week that has sessions and is not a deload week; one retest per week.
    static func expectedWeeks(every: Int, shape: PlanShape) -> [Int] {
        var weeks: [Int] = []
        for due in stride(from: every, through: shape.weeks, by: every) {
            guard let week = (due...shape.weeks).first(where: { !shape.isDeload($0) && shape.sessionsInWeek($0) > 0 })
            else { continue }
            if weeks.last != week { weeks.append(week) }
        }
        return weeks
    }

    @Test func withoutDeloadsRetestsOpenWeeksNTwoNAndSoOn() throws {
        let run = try Self.retesting(every: 2).run(baseline: 6, shape: PlanShape(weeks: 8, perWeek: 3, deloadEvery: nil))
        #expect(run.retestWeeks == [2, 4, 6, 8])
        #expect(run.sessions.filter { $0.retest != nil }.allSatisfy { $0.sessionInWeek == 1 })
        #expect(run.sessions.filter { $0.retest == nil }.allSatisfy { $0.block.prescriptions.count == 1 })
        let three = try Self.retesting(every: 3).run(baseline: 6, shape: PlanShape(weeks: 9, perWeek: 2, deloadEvery: nil))
        #expect(three.retestWeeks == [3, 6, 9])
    }

    @Test func aRetestDueInADeloadWeekMovesToTheNextWeek() throws {
        // Deloads in weeks 4 and 8: week 4's retest moves to week 5; week 8's would fall past the plan.
        let run = try Self.retesting(every: 2).run(baseline: 6, shape: PlanShape(weeks: 8, perWeek: 3))
        #expect(run.retestWeeks == [2, 5, 6])
        #expect(run.week(5).first?.retest != nil)
        #expect(run.week(5).dropFirst().allSatisfy { $0.retest == nil })
        #expect(run.sessions.filter(\.isDeload).allSatisfy { $0.retest == nil })
        let ten = try Self.retesting(every: 4).run(baseline: 6, shape: PlanShape(weeks: 10, perWeek: 3))
        #expect(ten.retestWeeks == [5, 9])
    }

    @Test func aRunOfDeloadWeeksPassesTheRetestOnAndNeverDoublesIt() throws {
        // Weeks 4-6 are deloads: the retests due in weeks 4 and 6 become one, in week 7.
        var shape = PlanShape(weeks: 8, perWeek: 3, deloadEvery: nil)
        shape.deloadWeeks = [4, 5, 6]
        let run = try Self.retesting(every: 2).run(baseline: 12, shape: shape)
        #expect(run.retestWeeks == [2, 7, 8])
        #expect(run.sessions.allSatisfy { $0.block.prescriptions.count <= 2 })
    }

    @Test func aWeekWithNoSessionsPassesTheRetestOn() throws {
        let shape = PlanShape(weeks: 6, sessionsInWeek: { $0 == 3 ? 0 : 3 }, deloadEvery: nil)
        let run = try Self.retesting(every: 3).run(baseline: 6, shape: shape)
        #expect(run.retestWeeks == [4, 6])
    }

    @Test func theRetestIsOneSetOfTheCurrentStepWithTheTopOfTheRangeAsTheFloor() throws {
        let run = try Self.retesting(every: 2).run(baseline: 12, shape: PlanShape(weeks: 2, perWeek: 3))
        let session = try #require(run.week(2).first)
        #expect(session.block.prescriptions == [
            Prescription(
                exerciseID: "push-up", sets: 1, dose: .reps(8), tempo: Tempo(phases: [2, 1, 2]), restSeconds: 90,
                change: "retest week",
                note: "max test: as many good-form reps as you can, stop at the first break in form or pain above "
                    + "3/10; then re-plan with --baseline push-ups=N"),
            Prescription(
                // Week 1 had 54 reps: 3 x 7 all of week 2 keeps it within 20% (the retest is a test, not counted).
                exerciseID: "push-up", sets: 3, dose: .reps(7), tempo: Tempo(phases: [2, 1, 2]), restSeconds: 90,
                change: "3 x 7 again: this week's push-ups rise at most 20% on last week's",
                note: "shoulder blades pushed forward at the top · one straight line head to heels · neck neutral"),
        ])
    }

    @Test func anEasierStepIsTestedButTheNoteAsksForFullPushUps() throws {
        let run = try Self.retesting(every: 2).run(baseline: 6, shape: PlanShape(weeks: 2, perWeek: 3))
        let retest = try #require(run.week(2).first?.retest)
        #expect(retest.exerciseID == "knee-push-up")
        #expect(retest.sets == 1)
        #expect(retest.dose == .reps(8))
        #expect(retest.note == PushUpProgression.retestOtherStepNote)
        #expect(retest.note == "max test: as many good-form reps as you can, stop at the first break in form or pain "
            + "above 3/10; the baseline counts full push-ups: if you can do full push-ups, test those and re-plan "
            + "with --baseline push-ups=N")
        let wall = try Self.retesting(every: 2).run(baseline: 0, shape: PlanShape(weeks: 2, perWeek: 3))
        #expect(wall.week(2).first?.retest?.exerciseID == "wall-push-up")
        #expect(wall.week(2).first?.retest?.note == PushUpProgression.retestOtherStepNote)
    }

    @Test func thePushUpPlusCountsAsAFullPushUpWithItsHold() throws {
        let plugin = try Support.plugin(Support.block("rest-seconds: 120", "retest-every: 2"))
        let run = plugin.run(baseline: 25, shape: PlanShape(weeks: 2, perWeek: 3))
        let retest = try #require(run.week(2).first?.retest)
        #expect(retest.exerciseID == "push-up-plus")
        #expect(retest.holdSeconds == 2)
        #expect(retest.restSeconds == 120)
        #expect(retest.note == PushUpProgression.retestNote)
    }

    @Test func aHarderStepThanThePushUpAsksForFullPushUpsToo() throws {
        let close = Exercise(
            id: "close-push-up", name: "Close push-up", category: .pushUp, kind: .reps, tempo: Tempo(phases: [3, 1, 1]),
            muscles: ["triceps"], summary: "Hands together.", cues: ["hands together"], shortCue: "hands together",
            easier: ["push-up-plus"])
        let catalog = Support.catalog.adding([close])
        let options = PushUpProgression.Options(
            ladder: ["push-up", "close-push-up"], reps: try #require(RepRange(lower: 5, upper: 6)), retestEvery: 2)
        let plugin = try PushUpProgression(options: options, catalog: catalog)
        let run = plugin.run(baseline: 12, shape: PlanShape(weeks: 2, perWeek: 3), catalog: catalog)
        let retest = try #require(run.week(2).first?.retest)
        #expect(retest.exerciseID == "close-push-up")
        #expect(retest.dose == .reps(6))
        #expect(retest.tempo == Tempo(phases: [3, 1, 1]))
        #expect(retest.note == PushUpProgression.retestOtherStepNote)
    }

    @Test(arguments: [0, 6, 12, 25])
    func theProgressionIsTheSameWithAndWithoutRetests(baseline: Int) throws {
        let shape = PlanShape(weeks: 12, perWeek: 3)
        let plain = try Support.plugin(Support.sessionBlock).run(baseline: baseline, shape: shape)
        let retested = try Self.retesting(every: 2).run(baseline: baseline, shape: shape)
        #expect(retested.retestWeeks == [2, 5, 6, 9, 10])
        #expect(retested.sessions.map(\.working) == plain.sessions.map(\.working))
        #expect(retested.sessions.map(\.block.notes) == plain.sessions.map(\.block.notes))
        #expect(retested.summary == plain.summary)
    }

    @Test(arguments: Array(UInt64(1)...150))
    func generatedPlansPutRetestsWhereTheRuleSaysAndChangeNothingElse(seed: UInt64) throws {
        let generated = try InvariantTests.generate(seed: seed)
        var random = SeededGenerator(seed: seed &* 104_729)
        let every = Int.random(in: PushUpProgression.Options.retestRange, using: &random)
        var options = generated.plugin.options
        options.retestEvery = every
        let plugin = try PushUpProgression(options: options, catalog: Support.catalog)
        let context = Comment(rawValue: "retest every \(every); \(generated)")

        let plain = generated.plugin.run(baseline: generated.baseline, shape: generated.shape)
        let run = plugin.run(baseline: generated.baseline, shape: generated.shape)
        #expect(run.retestWeeks == Self.expectedWeeks(every: every, shape: generated.shape), context)
        #expect(run.sessions.map(\.working) == plain.sessions.map(\.working), context)
        for session in run.sessions {
            guard let retest = session.retest else {
                #expect(session.block.prescriptions.count == 1, context)
                continue
            }
            #expect(session.block.prescriptions.count == 2, context)
            #expect(session.block.prescriptions.first == retest, context)
            #expect(!session.isDeload, context)
            #expect(session.sessionInWeek == 1, context)
            #expect(retest.exerciseID == session.working?.exerciseID, context)
            #expect(retest.sets == 1, context)
            #expect(retest.dose == .reps(plugin.dose(ofStep: retest.exerciseID).reps.upper), context)
            #expect(retest.restSeconds == plugin.options.restSeconds, context)
        }
        #expect(plugin.run(baseline: generated.baseline, shape: generated.shape) == run, "not deterministic; \(context)")
    }

    @Test func thePlanIsTheSameEveryRun() throws {
        let plugin = try Self.retesting(every: 3)
        let shape = PlanShape(weeks: 16, perWeek: 3)
        #expect(plugin.run(baseline: 6, shape: shape) == plugin.run(baseline: 6, shape: shape))
        #expect(plugin.run(baseline: 6, shape: shape).retestWeeks == [3, 6, 9, 13, 15])
    }
}
