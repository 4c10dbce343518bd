import PlanKit
import Testing

/// The progress chart's figures (issue 13: "held 0 s" every week despite 5 s chin-tuck holds).
@Suite struct BlockProgressTests {
    @Test func theEndRangePauseOfEveryRepCountsAsHeld() {
        let chinTuck = Prescription(exerciseID: "chin-tuck", sets: 2, dose: .reps(6), holdSeconds: 5, restSeconds: 30)
        let plank = Prescription(exerciseID: "plank", sets: 2, dose: .hold(seconds: 20), restSeconds: 60)
        let progress = BlockProgress(chart: "Stabilizers", totalling: [chinTuck, plank])
        #expect(progress.seconds == 2 * 6 * 5 + 2 * 20)
        #expect(progress.reps == 12)
    }

    @Test func everyPositionCountsItsRepsAndPauses() {
        // Prone Y-T-W 2 x 6 in each of Y, T and W with a 2 s hold: 36 lifts, 72 s held.
        let yTW = Prescription(
            exerciseID: "prone-y-t-w", sets: 2, dose: .reps(6), holdSeconds: 2, restSeconds: 45, positions: 3)
        let progress = BlockProgress(chart: "Stabilizers", totalling: [yTW])
        #expect(progress.reps == 36)
        #expect(progress.seconds == 72)
    }

    @Test func repsWithoutAPauseHoldNothingAndHugeFiguresSaturate() {
        let plain = Prescription(exerciseID: "push-up", sets: 3, dose: .reps(8), restSeconds: 90)
        #expect(BlockProgress(chart: "Push-ups", totalling: [plain]).seconds == 0)
        let huge = Prescription(
            exerciseID: "x", sets: Int.max / 4, dose: .reps(2), holdSeconds: 120, restSeconds: 0, positions: 8)
        let progress = BlockProgress(chart: "Stabilizers", totalling: [huge, huge])
        #expect(progress.seconds == Int.max)
        #expect(progress.reps == Int.max)
    }
}
