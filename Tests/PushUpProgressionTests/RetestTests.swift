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

    @Test func theRetestIsOneSetOfFullPushUpsToTechnicalFailureThenRestThenTheWorkingSets() throws {
        let run = try Self.retesting(every: 2).run(baseline: 12, shape: PlanShape(weeks: 2, perWeek: 3))
        let session = try #require(run.week(2).first)
        #expect(session.block.prescriptions == [
            Prescription(
                exerciseID: "push-up", sets: 1, dose: .maxTest, tempo: Tempo(phases: [2, 1, 2]), restSeconds: 180,
                change: "retest week: test first, then the working sets",
                note: "retest: as many reps as you can with good form; stop at the first rep that breaks form (hips "
                    + "sag, neck cranes, shoulder blades wing); then rest 3 min before the working sets. Log the count "
                    + "('protract log --retest N'): it re-seats the ladder as a push-ups baseline does",
                paperNote: "retest: as many reps as you can with good form; stop at the first rep that breaks form (hips "
                    + "sag, neck cranes, shoulder blades wing); then rest 3 min before the working sets. Write the count "
                    + "down; if you keep your log in Protract: protract log --retest N (it re-seats the ladder as a "
                    + "push-ups baseline does)"),
            Prescription(
                // Week 1 had 54 reps: 3 x 7 all of week 2 keeps it within 20% (the retest is a test, not counted).
                exerciseID: "push-up", sets: 3, dose: .reps(7), tempo: Tempo(phases: [2, 1, 2]), restSeconds: 90,
                change: "3 x 7 again: this week's push-ups rise at most 20% on last week's 54 reps",
                note: "shoulder blades pushed forward at the top · one straight line head to heels · neck neutral"),
        ])
        #expect(session.block.progress?.steps == ["push-up"], "the test is not a step done")
    }

    @Test func anEasierStepIsTestedAndTheNoteSaysHowItsCountConverts() throws {
        let run = try Self.retesting(every: 2).run(baseline: 6, shape: PlanShape(weeks: 2, perWeek: 3))
        let retest = try #require(run.week(2).first?.retest)
        #expect(retest.exerciseID == "knee-push-up")
        #expect(retest.sets == 1)
        #expect(retest.dose == .maxTest)
        // The knee push-up's range is 5-8: 12 (1.5 x 8) moves on, under 5 goes back.
        #expect(retest.note?.hasSuffix(
            "Log the count ('protract log --retest N'); knee push-ups convert: 12 or more moves you on to the push-up, "
                + "under 5 goes back to the low incline push-up, anything else keeps this step") == true)
        // On paper, the count is written down; the command is for a person who keeps the log in Protract.
        #expect(retest.paperNote?.hasSuffix(
            "Write the count down (if you keep your log in Protract: protract log --retest N); knee push-ups convert: "
                + "12 or more moves you on to the push-up, under 5 goes back to the low incline push-up, anything else "
                + "keeps this step") == true)
        let wall = try Self.retesting(every: 2).run(baseline: 0, shape: PlanShape(weeks: 2, perWeek: 3))
        let wallTest = try #require(wall.week(2).first?.retest)
        #expect(wallTest.exerciseID == "wall-push-up")
        // The wall's own range is 12-18 (27 moves on); it has no easier step to go back to.
        #expect(wallTest.note?.hasSuffix(
            "wall push-ups convert: 27 or more moves you on to the high incline push-up, anything else keeps this step")
            == true)
    }

    @Test func aRehabProgrammesTestStopsAtItsPainThresholdToo() throws {
        let plugin = try Self.retesting(every: 2)
        let shape = PlanShape(weeks: 2, perWeek: 3, baseline: ["push-ups": 12])
        var state = plugin.start(for: shape.athlete, purpose: .rehab, catalog: Support.catalog).state
        let blocks = try shape.sessions(catalog: Support.catalog).map { plugin.prescribe($0, state: &state) }
        let retest = try #require(blocks[3].prescriptions.first)
        #expect(retest.dose == .maxTest)
        #expect(retest.note?.contains("shoulder blades wing) or when pain goes above 3/10; then rest 3 min") == true)
        #expect(try Self.retesting(every: 2).run(baseline: 12, shape: PlanShape(weeks: 2, perWeek: 3)).week(2).first?
            .retest?.note?.contains("pain") == false, "a training programme's test stops at form")
    }

    @Test func thePushUpPlusTestsFullPushUps() throws {
        let plugin = try Support.plugin(Support.block("rest-seconds: 120", "retest-every: 2"))
        let run = plugin.run(baseline: 25, shape: PlanShape(weeks: 2, perWeek: 3))
        #expect(run.week(2).first?.working?.exerciseID == "push-up-plus")
        let retest = try #require(run.week(2).first?.retest)
        #expect(retest.exerciseID == "push-up")
        #expect(retest.restSeconds == PushUpProgression.retestRestSeconds)
    }

    @Test func aHarderStepThanThePushUpTestsFullPushUpsToo() throws {
        let close = Exercise(
            id: "close-push-up", name: "Close push-up", category: .pushUp, kind: .reps, tempo: Tempo(phases: [3, 1, 1]),
            muscles: ["triceps"], summary: "Hands together.", cues: ["hands together"], shortCue: "hands together",
            easier: ["push-up-plus"])
        let catalog = Support.catalog.adding([close])
        let options = PushUpProgression.Options(
            ladder: ["push-up", "close-push-up"], reps: try #require(RepRange(lower: 5, upper: 6)), retestEvery: 2)
        let plugin = try PushUpProgression(options: options, catalog: catalog)
        let run = plugin.run(baseline: 12, shape: PlanShape(weeks: 6, perWeek: 3, deloadEvery: nil), catalog: catalog)
        let week = try #require(run.sessions.first { $0.working?.exerciseID == "close-push-up" && $0.retest != nil })
        #expect(week.retest?.exerciseID == "push-up")
        #expect(week.retest?.dose == .maxTest)
    }

    @Test func retestLastWeekEndsThePlanOnATestInADeloadWeekToo() throws {
        let plugin = try Self.retesting(every: 12, "retest-last-week: true")
        #expect(plugin.run(baseline: 6, shape: PlanShape(weeks: 8, perWeek: 3)).retestWeeks == [8])
        #expect(plugin.run(baseline: 6, shape: PlanShape(weeks: 7, perWeek: 3)).retestWeeks == [7])
        #expect(plugin.run(baseline: 6, shape: PlanShape(weeks: 12, perWeek: 3)).retestWeeks == [12])
        let without = try Self.retesting(every: 12)
        #expect(without.run(baseline: 6, shape: PlanShape(weeks: 8, perWeek: 3)).retestWeeks == [])
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
            let working = try #require(session.working?.exerciseID)
            let standard = PushUpProgression.Options.standardLadder
            let fromFull = (standard.firstIndex(of: working) ?? 0) >= (standard.firstIndex(of: "push-up") ?? 0)
            #expect(retest.exerciseID == (fromFull ? "push-up" : working), context)
            #expect(retest.sets == 1, context)
            #expect(retest.dose == .maxTest, context)
            #expect(retest.restSeconds == PushUpProgression.retestRestSeconds, context)
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
