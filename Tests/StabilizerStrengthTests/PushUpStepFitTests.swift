import PlanKit
import StabilizerStrength
import Testing
import ProtractTestSupport

/// Rule S1 of docs/prescription-rules.md: the stabilizers start from the person's push-up step and
/// never prescribe a variant whose `needs-step` the person has not reached, all weeks, also when the
/// push-up ladder steps back.
@Suite struct PushUpStepFitTests {
    let catalog: ExerciseCatalog
    let templates: [StabilizerOptions]

    init() throws {
        catalog = try Support.catalog()
        templates = try Support.flagshipOptions()
    }

    /// Runs the flagship's stabilizer blocks with the push-up step `step(week)` in every session.
    func run(weeks: Int, step: (Int) -> String?) throws -> [PlannedBlock] {
        let plugins = try templates.map { try StabilizerStrength(options: $0, catalog: catalog) }
        let shape = PlanShape(weeks: weeks, perWeek: 3, deloadEvery: 4)
        let contexts = try shape.sessions(catalog: catalog).map { context in
            var context = context
            context.standing = Standing(pushUpStep: step(context.week))
            return context
        }
        return try PluginRun(plugins, sessions: contexts, athlete: shape.athlete, catalog: catalog).sessions
    }

    @Test(arguments: [
        ("wall-push-up", ["wall-scapular-push-up", "wall-plank", "wall-push-up-plus"]),
        ("high-incline-push-up", ["wall-scapular-push-up", "wall-plank", "wall-push-up-plus"]),
        ("low-incline-push-up", ["incline-scapular-push-up", "incline-plank", "wall-push-up-plus"]),
        ("knee-push-up", ["knee-scapular-push-up", "knee-plank", "wall-push-up-plus"]),
        ("push-up", ["scapular-push-up", "plank", "wall-push-up-plus"]),
    ])
    func week1StartsFromThePushUpStep(step: String, expected: [String]) throws {
        let blocks = try run(weeks: 1) { _ in step }
        let given = Set(blocks.flatMap { $0.block.prescriptions.map(\.exerciseID) })
        #expect(given == Set(expected + ["prone-y-t-w", "prone-scapular-retraction", "chin-tuck"]))
    }

    @Test func theFirstSessionSaysWhyTheVariantIsEasier() throws {
        let blocks = try run(weeks: 1) { _ in "wall-push-up" }
        let changes = blocks[0].block.prescriptions.compactMap(\.change)
        #expect(changes.contains("easier variant to match your push-up step (wall push-up): the scapular push-up comes later"))
        #expect(changes.contains("easier variant to match your push-up step (wall push-up): the forearm plank comes later"))
    }

    @Test func withoutAPushUpStepTheBlockIsAsWritten() throws {
        let blocks = try run(weeks: 1) { _ in nil }
        #expect(blocks[0].block.prescriptions.map(\.exerciseID) == ["scapular-push-up", "prone-scapular-retraction", "plank", "chin-tuck"])
    }

    @Test func aHarderVariantWaitsForThePushUpStep() throws {
        // At wall push-ups all 24 weeks: the wall push-up plus reaches its top and stays there.
        let blocks = try run(weeks: 24) { _ in "wall-push-up" }
        let given = Set(blocks.flatMap { $0.block.prescriptions.map(\.exerciseID) })
        #expect(!given.contains("knee-push-up-plus"))
        #expect(!given.contains("incline-plank"))
        let changes = Set(blocks.flatMap { $0.block.prescriptions.compactMap(\.change) })
        #expect(changes.contains(
            "top of the progression for now (3 x 15): knee push-up plus comes once your push-ups reach the knee push-up"))
    }

    @Test func theHarderVariantComesOnceThePushUpStepIsThere() throws {
        let blocks = try run(weeks: 16) { $0 < 12 ? "wall-push-up" : "knee-push-up" }
        let early = Set(blocks.filter { $0.week < 12 }.flatMap { $0.block.prescriptions.map(\.exerciseID) })
        let late = Set(blocks.filter { $0.week >= 13 }.flatMap { $0.block.prescriptions.map(\.exerciseID) })
        #expect(!early.contains("knee-push-up-plus"))
        #expect(late.contains("knee-push-up-plus"))
    }

    @Test func aStepBackOnTheLadderTakesTheStabilizersBackAtOnce() throws {
        // Push-ups at the floor for 3 weeks, then back to knees (a logged step back).
        let blocks = try run(weeks: 5) { $0 <= 3 ? "push-up" : "knee-push-up" }
        let week4 = blocks.filter { $0.week == 4 }.flatMap { $0.block.prescriptions }
        #expect(week4.contains { $0.exerciseID == "knee-scapular-push-up" })
        #expect(!week4.contains { $0.exerciseID == "scapular-push-up" || $0.exerciseID == "plank" })
        let change = week4.first { $0.exerciseID == "knee-plank" }?.change
        #expect(change?.hasPrefix("now knee plank") == true)  // a deload week says what changed
        let week5 = blocks.filter { $0.week == 5 }.flatMap { $0.block.prescriptions }
        #expect(!week5.contains { $0.exerciseID == "scapular-push-up" || $0.exerciseID == "plank" })
    }

    @Test func aStepBackOutsideADeloadWeekNamesThePushUpStep() throws {
        let blocks = try run(weeks: 3) { $0 <= 1 ? "push-up" : "low-incline-push-up" }
        let changes = blocks.filter { $0.week == 2 }.flatMap { $0.block.prescriptions.compactMap(\.change) }
        #expect(changes.contains { $0.hasPrefix("easier variant to match your push-up step (low incline push-up): incline scapular push-up") })
    }
}
