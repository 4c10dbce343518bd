import PlanKit
import StabilizerStrength
import Testing
import ProtractTestSupport

/// How the plugin behaves with other schedules and settings: templates that meet an exercise
/// every other week, blocks with different ranges, summaries, full-volume deloads, own exercises.
@Suite struct SessionRulesTests {
    let catalog: ExerciseCatalog

    init() throws {
        catalog = try Support.catalog()
    }

    func doses(_ blocks: [PlannedBlock]) -> [[String]] {
        blocks.map { $0.block.prescriptions.map(\.short) }
    }

    @Test func anExerciseDoneEveryOtherWeekStepsOncePerWeekItIsDone() throws {
        let a = StabilizerOptions(exercises: ["scapular-push-up", "plank"])
        let b = StabilizerOptions(exercises: ["prone-y-t-w", "plank"])
        let run = try Runner(catalog: catalog, templates: [a, b])
            .run(PlanShape(weeks: 5, perWeek: 1, deloadEvery: nil))
        // Y-T-W 6-10 per position; holds and Y-T-W rise at most 20% a step.
        #expect(doses(run.blocks) == [
            ["scapular-push-up 2 x 10", "plank 2 x 10 s"],
            ["prone-y-t-w 2 x 6", "plank 2 x 12 s"],
            ["scapular-push-up 2 x 12", "plank 2 x 14 s"],
            ["prone-y-t-w 2 x 7", "plank 2 x 16 s"],
            ["scapular-push-up 2 x 14", "plank 2 x 19 s"],
        ])
        #expect(run.blocks[2].block.prescriptions.map(\.change) == [
            "+2 reps if the last 2 x 10 was done with pain at or under 3/10", "+2 s hold if last week's 2 x 12 s was done with pain at or under 3/10",
        ])
    }

    @Test func blocksWithDifferentRangesClampTheSharedLevel() throws {
        let a = StabilizerOptions(exercises: ["chin-tuck"], reps: StartTarget(start: 10, target: 15))
        let b = StabilizerOptions(exercises: ["chin-tuck"], reps: StartTarget(start: 12, target: 20))
        let run = try Runner(catalog: catalog, templates: [a, b])
            .run(PlanShape(weeks: 4, perWeek: 1, deloadEvery: nil))
        // A dose below a block's range rises to its start (10 -> 12), not past it in one week (it
        // was 10 -> 14, +40%); a dose inside the range steps as usual.
        #expect(doses(run.blocks) == [["chin-tuck 2 x 10"], ["chin-tuck 2 x 12"], ["chin-tuck 2 x 14"], ["chin-tuck 2 x 16"]])
        #expect(run.blocks.map { $0.block.prescriptions.first?.change } == [
            nil, "+2 reps if last week's 2 x 10 was done with pain at or under 3/10",
            "+2 reps if last week's 2 x 12 was done with pain at or under 3/10",
            "+2 reps if last week's 2 x 14 was done with pain at or under 3/10",
        ])
    }

    @Test(arguments: [
        (["chin-tuck", "scapular-push-up"], "stabilizers start at 2 x 10 reps"),
        (["incline-plank", "plank"], "stabilizers start at 2 x 10 s holds"),
        (["plank", "chin-tuck"], "stabilizers start at 2 x 10 reps, forearm plank 2 x 10 s"),
    ])
    func theStartSummaryNamesTheStartDoses(exercises: [String], summary: String) throws {
        let run = try Runner(catalog: catalog, templates: [StabilizerOptions(exercises: exercises)])
            .run(PlanShape(weeks: 1, perWeek: 1))
        #expect(run.summary == summary)
    }

    @Test func aPlankBaselineWithoutAPlankKeepsTheDefaultSummary() throws {
        let run = try Runner(catalog: catalog, templates: [StabilizerOptions(exercises: ["incline-plank"])])
            .run(PlanShape(weeks: 2, perWeek: 1, baseline: ["plank-seconds": 25]))
        #expect(run.summary == "stabilizers start at 2 x 10 s holds")
        #expect(doses(run.blocks) == [["incline-plank 2 x 10 s"], ["incline-plank 2 x 12 s"]])
    }

    @Test func aBaselinePlankStartsAtHalfStopsAtTheMaxAndKeepsItsHoldWhenASetIsAdded() throws {
        let options = StabilizerOptions(exercises: ["plank"], holdSeconds: StartTarget(start: 10, target: 30))
        let run = try Runner(catalog: catalog, templates: [options])
            .run(PlanShape(weeks: 7, perWeek: 1, deloadEvery: nil, baseline: ["plank-seconds": 22]))
        #expect(doses(run.blocks) == [
            ["plank 2 x 11 s"], ["plank 2 x 13 s"], ["plank 2 x 15 s"], ["plank 2 x 18 s"], ["plank 2 x 21 s"],
            ["plank 2 x 22 s"], ["plank 3 x 17 s"],
        ])
        #expect(run.blocks[6].block.prescriptions.first?.change
            == "+1 set if last week's 2 x 22 s was done with pain at or under 3/10, 17 s each: the week's holds rise at most 20%")
    }

    @Test func aFullVolumeDeloadChangesNothing() throws {
        let run = try Runner(catalog: catalog, templates: [StabilizerOptions(exercises: ["chin-tuck"])])
            .run(PlanShape(weeks: 3, perWeek: 1, deloadEvery: 2, deloadPercent: 100))
        #expect(doses(run.blocks) == [["chin-tuck 2 x 10"], ["chin-tuck 2 x 10"], ["chin-tuck 2 x 12"]])
        #expect(run.blocks[1].block.prescriptions.first?.change == nil)
        #expect(run.blocks[1].block.notes == ["deload week: sets cut to 100%"])
    }

    @Test func deloadsNeverCutBelowOneSet() throws {
        let options = StabilizerOptions(exercises: ["chin-tuck"], sets: StartTarget(fixed: 1))
        let run = try Runner(catalog: catalog, templates: [options])
            .run(PlanShape(weeks: 2, perWeek: 1, deloadEvery: 2, deloadPercent: 30))
        #expect(doses(run.blocks) == [["chin-tuck 1 x 10"], ["chin-tuck 1 x 10"]])
    }

    @Test func aHarderVariantMustBeAStabilizer() throws {
        let own = Exercise(
            id: "my-wall-hold", name: "My wall hold", category: .stabilizer, kind: .hold,
            muscles: ["serratus anterior"], summary: "A programme's own hold.", cues: ["push the wall away"],
            shortCue: "push away", harder: ["wall-push-up", "incline-plank"])
        let combined = catalog.adding([own])
        let options = StabilizerOptions(
            exercises: ["my-wall-hold"], sets: StartTarget(fixed: 1), holdSeconds: StartTarget(fixed: 20))
        let run = try Runner(catalog: combined, templates: [options])
            .run(PlanShape(weeks: 2, perWeek: 1, deloadEvery: nil))
        // wall-push-up is a push-up step, so the first stabilizer among the harder ones is used.
        #expect(doses(run.blocks) == [["my-wall-hold 1 x 20 s"], ["incline-plank 1 x 20 s"]])
    }

    @Test func stateReportsEachSlotsCurrentVariant() throws {
        let options = StabilizerOptions(
            exercises: ["prone-y-t-w", "scapular-push-up"], sets: StartTarget(fixed: 2), reps: StartTarget(fixed: 10))
        let plugin = try StabilizerStrength(options: options, catalog: catalog)
        let day = try #require(CivilDate(year: 2026, month: 12, day: 7))
        var state = plugin.start(for: Athlete(start: day), catalog: catalog).state
        #expect(state.currentVariants.isEmpty)
        for week in 1...2 {
            let session = SessionContext(
                week: week, weeks: 2, sessionNumber: week, sessionInWeek: 1, sessionsThisWeek: 1,
                date: day.adding(days: 7 * (week - 1)), phase: nil, isDeload: false,
                deloadVolume: try #require(Percentage(100)), catalog: catalog)
            _ = plugin.prescribe(session, state: &state)
        }
        #expect(state.currentVariants == ["prone-y-t-w": "prone-y-t-w-light-load", "scapular-push-up": "scapular-push-up"])
    }
}
