import PlanKit
import PushUpProgression
import Testing
import ProtractTestSupport

/// `progress-every: week`, week by week, with the flagship's block (weeks 4 and 8 are deloads at 60%).
@Suite struct WeeklyProgressionTests {
    let flagship: PushUpProgression
    let shape = PlanShape(weeks: 8, perWeek: 3)

    init() throws {
        flagship = try Support.plugin(Support.flagshipBlock)
    }

    /// Each week's one dose, checking on the way that every session of the week has it.
    private func weekly(_ run: PlanRun, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        let weeks = Set(run.sessions.map(\.week)).sorted()
        return weeks.map { week in
            let doses = Set(run.week(week).map(\.summary))
            #expect(doses.count == 1, "week \(week) has \(doses.sorted())", sourceLocation: sourceLocation)
            return run.week(week).first?.summary ?? "-"
        }
    }

    @Test func baselineZeroClimbsTheEasyStepsSessionBySession() {
        // Rule P4: the easy steps have their own ranges (wall 12-18, high incline 10-15, low
        // incline 8-12), rise every session, and move on at the top, one step a week at most; rule
        // P6 keeps each week within 20% of the last regular week's reps.
        let run = flagship.run(baseline: 0, shape: shape)
        #expect(run.summary == "baseline 0 push-ups -> wall push-up, 3 x 12")
        #expect(run.summaries == [
            "wall-push-up 3 x 12", "wall-push-up 3 x 14", "wall-push-up 3 x 16",
            "wall-push-up 3 x 16", "wall-push-up 3 x 17", "wall-push-up 3 x 17",
            "wall-push-up 3 x 18", "high-incline-push-up 3 x 10", "high-incline-push-up 3 x 12",
            "high-incline-push-up 2 x 12", "high-incline-push-up 2 x 12", "high-incline-push-up 2 x 12",
            "high-incline-push-up 3 x 12", "high-incline-push-up 3 x 14", "high-incline-push-up 3 x 15",
            "low-incline-push-up 3 x 8", "low-incline-push-up 3 x 9", "low-incline-push-up 3 x 10",
            "low-incline-push-up 3 x 10", "low-incline-push-up 3 x 11", "low-incline-push-up 3 x 11",
            "low-incline-push-up 2 x 11", "low-incline-push-up 2 x 11", "low-incline-push-up 2 x 11",
        ])
    }

    @Test func baselineSixReachesTheFullPushUpInWeekSeven() {
        let run = flagship.run(baseline: 6, shape: shape)
        #expect(run.summary == "baseline 6 push-ups -> knee push-up, 3 x 5")
        #expect(weekly(run) == [
            "knee-push-up 3 x 5", "knee-push-up 3 x 6", "knee-push-up 3 x 7", "knee-push-up 2 x 7",
            "knee-push-up 3 x 7", "knee-push-up 3 x 8", "push-up 3 x 5", "push-up 2 x 5",
        ])
        // Only the first session of a week says what changed.
        #expect(run.sessions.map { $0.prescription?.change } == [
            nil, nil, nil,
            "+1 rep if last week's 3 x 5 was done with pain at or under 3/10", nil, nil,
            "+1 rep if last week's 3 x 6 was done with pain at or under 3/10", nil, nil,
            "deload week: sets 3 -> 2", nil, nil,
            "after the deload: back to 3 x 7", nil, nil,
            "+1 rep if last week's 3 x 7 was done with pain at or under 3/10", nil, nil,
            "next step: push-up, back to 3 x 5 if last week's 3 x 8 was done with pain at or under 3/10", nil, nil,
            "deload week: sets 3 -> 2", nil, nil,
        ])
    }

    @Test func baselineTwentyFiveHoldsTheTopOfTheLadderWithItsNote() {
        let run = flagship.run(baseline: 25, shape: shape)
        #expect(run.summary == "baseline 25 push-ups -> push-up plus, 3 x 5; 20 or more push-ups is the top of the "
            + "baseline mapping: every count from 20 up starts here, the last step of this ladder")
        #expect(weekly(run) == [
            "push-up-plus 3 x 5", "push-up-plus 3 x 6", "push-up-plus 3 x 7", "push-up-plus 2 x 7",
            "push-up-plus 3 x 7", "push-up-plus 3 x 8", "push-up-plus 3 x 8", "push-up-plus 2 x 8",
        ])
        let top = [PushUpProgression.topOfLadderNote]
        #expect(run.week(6).allSatisfy { $0.block.notes == top })
        #expect(run.week(7).allSatisfy { $0.block.notes == top && $0.prescription?.change == nil })
        #expect(run.week(8).allSatisfy { $0.block.notes == [PushUpProgression.deloadNote] })
        #expect(run.week(5).allSatisfy { $0.block.notes.isEmpty })
        #expect(run.sessions.allSatisfy { $0.prescription?.holdSeconds == 2 })
    }

    @Test func theTopIsHeldAFullWeekBeforeTheNextStep() throws {
        let run = flagship.run(baseline: 6, shape: PlanShape(weeks: 6, perWeek: 3, deloadEvery: nil))
        #expect(weekly(run) == [
            "knee-push-up 3 x 5", "knee-push-up 3 x 6", "knee-push-up 3 x 7", "knee-push-up 3 x 8",
            "push-up 3 x 5", "push-up 3 x 6",
        ])
        #expect(run.week(5).first?.prescription?.change
            == "next step: push-up, back to 3 x 5 if last week's 3 x 8 was done with pain at or under 3/10")
        #expect(run.week(5).first?.prescription?.note?.contains("head to heels") == true)
    }

    @Test func aDeloadRightAfterTheTopResumesAtTheTopAndThenSteps() throws {
        // The top is reached in week 4; week 5 is a deload; week 6 repeats 3 x 8; week 7 steps.
        let run = flagship.run(baseline: 6, shape: PlanShape(weeks: 7, perWeek: 3, deloadEvery: 5))
        #expect(weekly(run) == [
            "knee-push-up 3 x 5", "knee-push-up 3 x 6", "knee-push-up 3 x 7", "knee-push-up 3 x 8",
            "knee-push-up 2 x 8", "knee-push-up 3 x 8", "push-up 3 x 5",
        ])
        #expect(run.week(5).map { $0.prescription?.change } == ["deload week: sets 3 -> 2", nil, nil])
        #expect(run.week(6).map { $0.prescription?.change } == ["after the deload: back to 3 x 8", nil, nil])
        #expect(run.week(7).first?.prescription?.change
            == "next step: push-up, back to 3 x 5 if last week's 3 x 8 was done with pain at or under 3/10")
        #expect(run.volumeByWeek[5, default: 0] <= run.volumeByWeek[4, default: 0])
    }

    @Test func deloadWeeksCutSetsHoldRepsAndStayLighter() {
        let run = flagship.run(baseline: 0, shape: shape)
        #expect(run.week(4).allSatisfy { $0.block.notes == [PushUpProgression.deloadNote] })
        #expect(run.volumeByWeek == [1: 126, 2: 150, 3: 120, 4: 72, 5: 123, 6: 81, 7: 96, 8: 66])
    }

    @Test func aWeekWithoutSessionsIsNotAWeekOfProgress() {
        // Week 3 has no sessions: week 4 adds one rep to week 2's dose and names week 2.
        let run = flagship.run(
            baseline: 6, shape: PlanShape(weeks: 4, sessionsInWeek: { $0 == 3 ? 0 : 2 }, deloadEvery: nil))
        #expect(run.summaries == [
            "knee-push-up 3 x 5", "knee-push-up 3 x 5", "knee-push-up 3 x 6", "knee-push-up 3 x 6",
            "knee-push-up 3 x 7", "knee-push-up 3 x 7",
        ])
        #expect(run.week(4).first?.prescription?.change == "+1 rep if week 2's 3 x 6 was done with pain at or under 3/10")
    }

    @Test func unevenWeeksStillGetOneDoseEach() {
        // 1, 4, 2 and 3 sessions: one dose a week; it rises a rep only where the week's total stays
        // within 20% of the week before's (4 sessions after 1, or 3 after 2, hold the dose).
        let counts = [1: 1, 2: 4, 3: 2, 4: 3]
        let run = flagship.run(
            baseline: 12, shape: PlanShape(weeks: 4, sessionsInWeek: { counts[$0] ?? 0 }, deloadEvery: nil))
        #expect(weekly(run) == ["push-up 3 x 5", "push-up 3 x 5", "push-up 3 x 6", "push-up 3 x 6"])
        #expect(run.sessions.count == 10)
    }

    @Test func aShortRangeStillMovesAtMostOneStepAWeek() throws {
        let plugin = try Support.plugin(Support.block("reps: 5-6", "progress-every: week", "step-doses: {}"))
        let run = plugin.run(baseline: 0, shape: PlanShape(weeks: 7, perWeek: 6, deloadEvery: nil))
        #expect(weekly(run) == [
            "wall-push-up 3 x 5", "wall-push-up 3 x 6", "high-incline-push-up 3 x 5", "high-incline-push-up 3 x 6",
            "low-incline-push-up 3 x 5", "low-incline-push-up 3 x 6", "knee-push-up 3 x 5",
        ])
        #expect(run.week(3).first?.prescription?.change
            == "next step: high incline push-up, back to 3 x 5 if last week's 3 x 6 was done with pain at or under 3/10")
    }

    @Test func thePerSessionRuleClimbsARepASessionWithinTheWeeklyBound() {
        // The same options without `progress-every: week` climb a rep every session, as long as
        // the week's reps stay within 20% of the week before's (54 -> at most 64: 3 x 7 all week).
        let perSession = try? Support.plugin(Support.sessionBlock)
        let run = perSession?.run(baseline: 6, shape: PlanShape(weeks: 2, perWeek: 3))
        #expect(run?.summaries == [
            "knee-push-up 3 x 5", "knee-push-up 3 x 6", "knee-push-up 3 x 7",
            "knee-push-up 3 x 7", "knee-push-up 3 x 7", "knee-push-up 3 x 7",
        ])
        #expect(run?.week(2).first?.prescription?.change == "3 x 7 again: this week's push-ups rise at most 20% on last week's 54 reps")
    }

    @Test func aPlanThatStartsInADeloadWeekHoldsTheStartDose() {
        let run = flagship.run(baseline: 6, shape: PlanShape(weeks: 3, perWeek: 3, deloadEvery: 2))
        #expect(weekly(run) == ["knee-push-up 3 x 5", "knee-push-up 2 x 5", "knee-push-up 3 x 5"])
        #expect(run.week(3).first?.prescription?.change == "after the deload: back to 3 x 5")
        let first = flagship.run(baseline: 6, shape: PlanShape(weeks: 2, perWeek: 3, deloadEvery: 1))
        #expect(weekly(first) == ["knee-push-up 2 x 5", "knee-push-up 2 x 5"])
    }
}
