import PlanKit
import PushUpProgression
import Testing
import ProtractTestSupport

/// The progression rules, session by session (`progress-every: session`, the default), with the
/// flagship's other block options.
@Suite struct ProgressionTests {
    let perSession: PushUpProgression
    let shape = PlanShape(weeks: 8, perWeek: 3)

    init() throws {
        perSession = try Support.plugin(Support.sessionBlock)
    }

    private static let headToHeels = "shoulder blades pushed forward at the top · one straight line head to heels · neck neutral"
    private static let kneesToHead = "shoulder blades pushed forward at the top · one straight line knees to head · neck neutral"

    private func rx(
        _ id: String, _ sets: Int, _ reps: Int, change: String? = nil, hold: Int? = nil, cue: String = headToHeels
    ) -> Prescription {
        Prescription(
            exerciseID: id, sets: sets, dose: .reps(reps), tempo: Tempo(phases: [2, 1, 2]), holdSeconds: hold,
            restSeconds: 90, change: change, note: cue)
    }

    private func firstTwoWeeks(baseline: Int) -> [Prescription] {
        let run = perSession.run(baseline: baseline, shape: shape)
        return run.sessions.filter { $0.week <= 2 }.flatMap(\.block.prescriptions)
    }

    @Test func baselineZeroStartsOnTheWall() {
        let run = perSession.run(baseline: 0, shape: shape)
        // Rule P4: the wall's own range, 12-18, +2 a session; rule P6: week 2 at most 20% above week 1.
        #expect(run.summary == "baseline 0 push-ups -> wall push-up, 3 x 12")
        let bound = "again: this week's push-ups rise at most 20% on last week's 126 reps"
        #expect(firstTwoWeeks(baseline: 0) == [
            rx("wall-push-up", 3, 12),
            rx("wall-push-up", 3, 14, change: "+2 reps if last session's 3 x 12 was done with pain at or under 3/10"),
            rx("wall-push-up", 3, 16, change: "+2 reps if last session's 3 x 14 was done with pain at or under 3/10"),
            rx("wall-push-up", 3, 16, change: "3 x 16 " + bound),
            rx("wall-push-up", 3, 17, change: "+1 rep if last session's 3 x 16 was done with pain at or under 3/10"),
            rx("wall-push-up", 3, 17, change: "3 x 17 " + bound),
        ])
        #expect(run.week(3).map(\.summary) == ["wall-push-up 3 x 18", "high-incline-push-up 3 x 10", "high-incline-push-up 3 x 12"])
    }

    @Test func baselineSixStartsOnTheKnees() {
        let run = perSession.run(baseline: 6, shape: shape)
        #expect(run.summary == "baseline 6 push-ups -> knee push-up, 3 x 5")
        #expect(firstTwoWeeks(baseline: 6) == [
            rx("knee-push-up", 3, 5, cue: Self.kneesToHead),
            rx("knee-push-up", 3, 6, change: "+1 rep if last session's 3 x 5 was done with pain at or under 3/10", cue: Self.kneesToHead),
            rx("knee-push-up", 3, 7, change: "+1 rep if last session's 3 x 6 was done with pain at or under 3/10", cue: Self.kneesToHead),
            // Week 1 had 54 reps: week 2 may have at most 64, so 3 x 7 all week (rule P6).
            rx("knee-push-up", 3, 7, change: "3 x 7 again: this week's push-ups rise at most 20% on last week's 54 reps",
               cue: Self.kneesToHead),
            rx("knee-push-up", 3, 7, change: "3 x 7 again: this week's push-ups rise at most 20% on last week's 54 reps",
               cue: Self.kneesToHead),
            rx("knee-push-up", 3, 7, change: "3 x 7 again: this week's push-ups rise at most 20% on last week's 54 reps",
               cue: Self.kneesToHead),
        ])
    }

    @Test func baselineTwentyFiveStartsOnThePlusAndHoldsAtTheTop() {
        let run = perSession.run(baseline: 25, shape: shape)
        // Rule P3: 20 or more is the top of the mapping, and the plan says so.
        #expect(run.summary == "baseline 25 push-ups -> push-up plus, 3 x 5; 20 or more push-ups is the top of the "
            + "baseline mapping: every count from 20 up starts here, the last step of this ladder")
        #expect(run.summaries.prefix(9) == [
            "push-up-plus 3 x 5", "push-up-plus 3 x 6", "push-up-plus 3 x 7",
            "push-up-plus 3 x 7", "push-up-plus 3 x 7", "push-up-plus 3 x 7",
            "push-up-plus 3 x 8", "push-up-plus 3 x 8", "push-up-plus 3 x 8",
        ])
        let notes = run.sessions.filter { $0.week == 3 }.map(\.block.notes)
        let top = [PushUpProgression.topOfLadderNote]
        #expect(notes == [top, top, top])
        #expect(run.sessions.allSatisfy { $0.block.title == "Push-ups" && $0.block.pluginID == "push-up-progression" })
    }

    @Test(arguments: [
        (0, "wall-push-up"), (1, "high-incline-push-up"), (2, "high-incline-push-up"), (3, "low-incline-push-up"),
        (5, "low-incline-push-up"), (6, "knee-push-up"), (11, "knee-push-up"), (12, "push-up"), (19, "push-up"),
        (20, "push-up-plus"), (200, "push-up-plus"),
    ])
    func theBaselinePicksTheStartStep(baseline: Int, step: String) {
        let run = perSession.run(baseline: baseline, shape: PlanShape(weeks: 1, perWeek: 1))
        #expect(run.startState.startExerciseID == step)
        // Each step starts at the bottom of its own range (rule P4).
        let start = ["wall-push-up": 12, "high-incline-push-up": 10, "low-incline-push-up": 8][step] ?? 5
        #expect(run.sessions.first?.summary == "\(step) 3 x \(start)")
    }

    @Test func withoutABaselineThePlanStartsAtTheFirstStepAndSaysHowToPersonalise() {
        let run = perSession.run(baseline: nil, shape: shape)
        #expect(run.summary == "no push-up baseline: starting at the first step, wall push-up; "
            + "test your max good-form push-ups and pass --baseline push-ups=N (under 6, add your knee push-ups: "
            + "--baseline knee-push-ups=N)")
        #expect(run.sessions.first?.summary == "wall-push-up 3 x 12")
    }

    @Test func aLadderWithoutTheTargetStartsOnTheNearestEasierStep() throws {
        let plugin = try Support.plugin(Support.block("ladder: [wall-push-up, low-incline-push-up, push-up]", "sets: 2"))
        let run = plugin.run(baseline: 8, shape: shape)
        #expect(run.summary == "baseline 8 push-ups -> low incline push-up, 2 x 8 (this ladder has no knee push-up)")
        #expect(run.sessions.first?.summary == "low-incline-push-up 2 x 8")
        let high = try Support.plugin(Support.block("ladder: [knee-push-up, push-up]"))
        #expect(high.run(baseline: 0, shape: shape).sessions.first?.summary == "knee-push-up 3 x 5")
        #expect(high.run(baseline: 1, shape: shape).summary
            == "baseline 1 push-up -> knee push-up, 3 x 5 (this ladder has no high incline push-up)")
    }

    @Test func theExactFirstEightWeeksFromSixPushUps() {
        let run = perSession.run(baseline: 6, shape: shape)
        // A rep a session, within 20% a week (weeks 2 and 7 hold 3 x 7), a step a week at most.
        #expect(run.summaries == [
            "knee-push-up 3 x 5", "knee-push-up 3 x 6", "knee-push-up 3 x 7",
            "knee-push-up 3 x 7", "knee-push-up 3 x 7", "knee-push-up 3 x 7",
            "knee-push-up 3 x 8", "push-up 3 x 5", "push-up 3 x 6",
            "push-up 2 x 6", "push-up 2 x 6", "push-up 2 x 6",
            "push-up 3 x 6", "push-up 3 x 7", "push-up 3 x 8",
            "push-up-plus 3 x 5", "push-up-plus 3 x 6", "push-up-plus 3 x 7",
            "push-up-plus 3 x 7", "push-up-plus 3 x 7", "push-up-plus 3 x 7",
            "push-up-plus 2 x 7", "push-up-plus 2 x 7", "push-up-plus 2 x 7",
        ])
    }

    @Test func deloadWeeksCutSetsHoldRepsAndResumeAfterwards() {
        let run = perSession.run(baseline: 0, shape: shape)
        let week3 = run.week(3)
        let week4 = run.week(4)
        let week5 = run.week(5)
        #expect(week3.map(\.summary) == ["wall-push-up 3 x 18", "high-incline-push-up 3 x 10", "high-incline-push-up 3 x 12"])
        #expect(week4.map(\.summary) == Array(repeating: "high-incline-push-up 2 x 12", count: 3))
        #expect(week4.map { $0.prescription?.change } == ["deload week: sets 3 -> 2", nil, nil])
        #expect(week4.allSatisfy { $0.block.notes == [PushUpProgression.deloadNote] })
        #expect(week5.map(\.summary) == ["high-incline-push-up 3 x 12", "high-incline-push-up 3 x 14", "high-incline-push-up 3 x 15"])
        #expect(week5.first?.prescription?.change == "after the deload: back to 3 x 12")
        #expect(run.volumeByWeek[4, default: 0] <= run.volumeByWeek[3, default: 0])
    }

    @Test func afterTheDeloadTheDoseFromBeforeItReturns() throws {
        // One session a week: week 3 ends on 3 x 7, the deload holds 7, and week 5 is "back to 3 x 7".
        let run = perSession.run(baseline: 6, shape: PlanShape(weeks: 6, perWeek: 1))
        #expect(run.summaries == [
            "knee-push-up 3 x 5", "knee-push-up 3 x 6", "knee-push-up 3 x 7", "knee-push-up 2 x 7",
            "knee-push-up 3 x 7", "knee-push-up 3 x 8",
        ])
        #expect(run.sessions.map { $0.prescription?.change } == [
            nil, "+1 rep if last session's 3 x 5 was done with pain at or under 3/10", "+1 rep if last session's 3 x 6 was done with pain at or under 3/10", "deload week: sets 3 -> 2",
            "after the deload: back to 3 x 7", "+1 rep if last session's 3 x 7 was done with pain at or under 3/10",
        ])
    }

    @Test func theStepChangesAtMostOnceAWeek() throws {
        // A 5-6 range and 6 sessions a week reach the top again in the week the step changed.
        let plugin = try Support.plugin(Support.block("reps: 5-6"))
        let run = plugin.run(baseline: 6, shape: PlanShape(weeks: 2, perWeek: 6, deloadEvery: nil))
        #expect(run.summaries == [
            "knee-push-up 3 x 5", "knee-push-up 3 x 6", "push-up 3 x 5", "push-up 3 x 6", "push-up 3 x 6",
            "push-up 3 x 6",
            "push-up-plus 3 x 5", "push-up-plus 3 x 6", "push-up-plus 3 x 6", "push-up-plus 3 x 6",
            "push-up-plus 3 x 6", "push-up-plus 3 x 6",
        ])
        let hold = "3 x 6 again: one step a week at most, the next step comes next week"
        #expect(run.sessions[4].prescription?.change == hold)
        #expect(run.sessions[5].prescription?.change == hold)
        #expect(run.sessions[6].prescription?.change
            == "next step: push-up plus, back to 3 x 5 if last session's 3 x 6 was done with pain at or under 3/10")
        #expect(run.sessions[8...].allSatisfy { $0.block.notes == [PushUpProgression.topOfLadderNote] })
    }

    @Test func theTempoComesFromTheBlockThenTheExerciseThenTwoOneTwo() throws {
        let slow = try Support.plugin(Support.block("tempo: 3-1-1-1"))
        #expect(slow.run(baseline: 6, shape: shape).sessions.allSatisfy { $0.prescription?.tempo?.description == "3-1-1-1" })
        let own = try Support.plugin(Support.block("rest-seconds: 120"))
        let run = own.run(baseline: 6, shape: shape)
        #expect(run.sessions.allSatisfy { $0.prescription?.tempo?.description == "2-1-2" })
        #expect(run.sessions.allSatisfy { $0.prescription?.restSeconds == 120 })
        let bare = Exercise(
            id: "bench-push-up", name: "Bench push-up", category: .pushUp, kind: .reps, muscles: ["pectoralis major"],
            summary: "Hands on a bench.", cues: ["hands on a bench"], shortCue: "bench")
        let catalog = Support.catalog.adding([bare])
        let plugin = try PushUpProgression(options: .init(ladder: ["bench-push-up", "push-up"]), catalog: catalog)
        let first = plugin.run(baseline: 0, shape: shape, catalog: catalog).sessions.first?.prescription
        #expect(first?.exerciseID == "bench-push-up")
        #expect(first?.tempo == PushUpProgression.defaultTempo)
    }

    @Test func aSingleSetCannotBeCutSoTheDeloadTrimsRepsToKeepTheWeekLighter() throws {
        let plugin = try Support.plugin(Support.block("sets: 1"))
        // Week 1: 5 + 6 + 7 = 18 reps; a deload of 1 x 7 three times (21) would outgrow it, so 18 / 3 = 6.
        let run = plugin.run(baseline: 25, shape: PlanShape(weeks: 3, perWeek: 3, deloadEvery: 2))
        #expect(run.summaries == [
            "push-up-plus 1 x 5", "push-up-plus 1 x 6", "push-up-plus 1 x 7",
            "push-up-plus 1 x 6", "push-up-plus 1 x 6", "push-up-plus 1 x 6",
            "push-up-plus 1 x 7", "push-up-plus 1 x 7", "push-up-plus 1 x 7",
        ])
        #expect(run.week(2).map { $0.prescription?.change } == ["deload week: reps 7 -> 6 (the week stays at or below last week's 18 reps)", nil, nil])
        #expect(run.week(3).first?.prescription?.change == "after the deload: back to 1 x 7")
        #expect(run.volumeByWeek[2, default: 0] <= run.volumeByWeek[1, default: 0])
        // A deload that keeps every set (100%) still never outgrows the week before.
        let plateau = try Support.plugin(Support.block("sets: 1", "reps: 5-6"))
        let held = plateau.run(baseline: 25, shape: PlanShape(weeks: 4, perWeek: 3, deloadPercent: 100))
        #expect(held.week(3).map(\.summary) == Array(repeating: "push-up-plus 1 x 6", count: 3))
        #expect(held.week(4).map(\.summary) == Array(repeating: "push-up-plus 1 x 6", count: 3))
    }

    @Test func aDeloadAfterAShortWeekStaysBelowIt() throws {
        // Week 3 has one session (holidays), week 4 (deload) has three: the deload may not outgrow week 3.
        let run = perSession.run(
            baseline: 6, shape: PlanShape(weeks: 4, sessionsInWeek: { $0 == 3 ? 1 : 3 }))
        let week3 = run.volumeByWeek[3, default: 0]
        #expect(week3 == 24)
        #expect(run.week(4).map(\.summary) == ["knee-push-up 1 x 8", "knee-push-up 1 x 8", "knee-push-up 1 x 8"])
        #expect(run.week(4).first?.prescription?.change == "deload week: sets 3 -> 1 (the week stays at or below last week's 24 reps)")
        #expect(run.volumeByWeek[4, default: 0] <= week3)
        // After the deload, the weekly bound is against week 3, and says so: "last week" would be
        // the deload week (a coach's trial read "last week's 33 reps" as the deload's).
        let wide = try Support.plugin(Support.block("reps: 5-20"))
        let after = wide.run(baseline: 6, shape: PlanShape(weeks: 5, sessionsInWeek: { $0 == 3 ? 1 : 3 }))
        let bounded = after.week(5).compactMap { $0.prescription?.change }.filter { $0.contains("20%") }
        #expect(!bounded.isEmpty, "\(after.week(5).map { ($0.summary, $0.prescription?.change) })")
        #expect(bounded.allSatisfy { $0.contains("week 3's ") && !$0.contains("last week's") }, "\(bounded)")
    }

    @Test func aPlanThatStartsInADeloadWeekCutsSetsFromTheFirstSession() {
        let run = perSession.run(baseline: 6, shape: PlanShape(weeks: 2, perWeek: 3, deloadEvery: 1))
        #expect(run.week(1).map(\.summary) == Array(repeating: "knee-push-up 2 x 5", count: 3))
        #expect(run.week(1).first?.prescription?.change == "deload week: sets 3 -> 2")
        #expect(run.volumeByWeek[2, default: 0] <= run.volumeByWeek[1, default: 0])
    }
}
