import PlanKit
import PushUpProgression
import Testing
import YAMLKit
import ProtractTestSupport

/// Property-style checks over many generated plans (deterministic seeds).
@Suite struct InvariantTests {
    /// One generated case: options, baseline and plan shape.
    struct Case: CustomStringConvertible {
        var seed: UInt64
        var plugin: PushUpProgression
        var baseline: Int?
        var weeks: Int
        var perWeek: Int
        var deloadEvery: Int?
        var deloadPercent: Int

        var shape: PlanShape {
            PlanShape(weeks: weeks, perWeek: perWeek, deloadEvery: deloadEvery, deloadPercent: deloadPercent)
        }

        var description: String {
            "seed \(seed): ladder \(plugin.ladder), reps \(plugin.options.reps), sets \(plugin.options.sets), "
                + "baseline \(baseline.map(String.init) ?? "none"), \(weeks) weeks x \(perWeek), "
                + "deload every \(deloadEvery.map(String.init) ?? "never") at \(deloadPercent)%"
        }
    }

    static func generate(seed: UInt64) throws -> Case {
        var random = SeededGenerator(seed: seed)
        let standard = PushUpProgression.Options.standardLadder
        var ladder = standard.filter { _ in Bool.random(using: &random) }
        if ladder.count < 2 { ladder = Array(standard.shuffled(using: &random).prefix(2)).sorted {
            (standard.firstIndex(of: $0) ?? 0) < (standard.firstIndex(of: $1) ?? 0)
        } }
        let lower = Int.random(in: 1...12, using: &random)
        let upper = Int.random(in: (lower + 1)...min(30, lower + 10), using: &random)
        let reps = try #require(RepRange(lower: lower, upper: upper))
        let options = PushUpProgression.Options(
            ladder: ladder, reps: reps,
            stepDoses: Bool.random(using: &random) ? .standard : StepDoses([]), sets: Int.random(in: 1...6, using: &random),
            restSeconds: Int.random(in: 15...300, using: &random))
        let plugin = try PushUpProgression(options: options, catalog: Support.catalog)
        return Case(
            seed: seed, plugin: plugin,
            baseline: Bool.random(using: &random) ? Int.random(in: 0...200, using: &random) : nil,
            weeks: Int.random(in: 1...52, using: &random), perWeek: Int.random(in: 1...6, using: &random),
            deloadEvery: Bool.random(using: &random) ? Int.random(in: 2...8, using: &random) : nil,
            deloadPercent: Int.random(in: 30...90, using: &random))
    }

    static let seeds: [UInt64] = Array(1...300)

    @Test(arguments: seeds)
    func generatedPlansKeepEveryInvariant(seed: UInt64) throws {
        let generated = try Self.generate(seed: seed)
        let plugin = generated.plugin
        let run = plugin.run(baseline: generated.baseline, shape: generated.shape)
        let context = Comment(rawValue: generated.description)
        #expect(run.sessions.count == generated.weeks * generated.perWeek, context)

        var previousIndex = try #require(plugin.ladder.firstIndex(of: run.startState.startExerciseID), context)
        var indexAtEndOfWeek: [Int: Int] = [0: previousIndex]
        var lastRegularReps: Int?
        for session in run.sessions {
            let prescription = try #require(session.prescription, context)
            #expect(session.block.prescriptions.count == 1, context)
            // Every exercise exists in the catalog and in the ladder.
            #expect(Support.catalog.exercise(prescription.exerciseID)?.category == .pushUp, context)
            let index = try #require(plugin.ladder.firstIndex(of: prescription.exerciseID), context)
            // The step never goes back and moves one step at most.
            #expect(index >= previousIndex, context)
            #expect(index - previousIndex <= 1, context)
            // Reps always inside the step's range.
            #expect(plugin.dose(ofStep: prescription.exerciseID).reps.contains(session.reps), context)
            #expect(prescription.sets >= 1 && prescription.sets <= plugin.options.sets, context)
            // Form cues and tempo on every session.
            #expect(prescription.note?.hasPrefix("shoulder blades pushed forward at the top · one straight line") == true, context)
            #expect(prescription.tempo != nil, context)
            if session.isDeload {
                #expect(index == previousIndex, "no step change in a deload week; \(generated)")
                if let lastRegularReps { #expect(session.reps <= lastRegularReps, context) }
            } else {
                #expect(prescription.sets == plugin.options.sets, context)
                lastRegularReps = session.reps
            }
            previousIndex = index
            indexAtEndOfWeek[session.week] = index
        }
        // The step moves at most one a week.
        for week in 1...generated.weeks {
            if let end = indexAtEndOfWeek[week], let before = indexAtEndOfWeek[week - 1] {
                #expect(end - before <= 1, "week \(week); \(generated)")
            }
        }
        // Rule P6: outside the first week of a new step, a week's volume rises at most 20% on the
        // latest regular week's (or holds the dose that week ended on).
        var reference: (volume: Int, lastReps: Int)?
        for week in 1...generated.weeks {
            let sessions = run.week(week)
            guard let last = sessions.last, !sessions.isEmpty else { continue }
            if generated.shape.isDeload(week) { continue }
            let steps = Set(sessions.map { $0.prescription?.exerciseID })
            let volume = run.volumeByWeek[week, default: 0]
            let newStep = steps.count > 1 || indexAtEndOfWeek[week] != indexAtEndOfWeek[week - 1]
            if let reference, !newStep {
                let held = sessions.count * plugin.options.sets * reference.lastReps
                let cap = max(WeeklyRise.cap(reference.volume, minimum: plugin.options.sets), held)
                #expect(volume <= cap, "week \(week): \(volume) reps after \(reference.volume); \(generated)")
            }
            reference = (volume, last.reps)
        }
        // Volume in a deload week never rises above the week before.
        let volume = run.volumeByWeek
        for week in 2...max(2, generated.weeks) where generated.shape.isDeload(week) && week <= generated.weeks {
            #expect(volume[week, default: 0] <= volume[week - 1, default: 0], "week \(week); \(generated)")
        }
    }

    @Test(arguments: Array(seeds.prefix(60)))
    func generatedPlansAreDeterministic(seed: UInt64) throws {
        let first = try Self.generate(seed: seed)
        let second = try Self.generate(seed: seed)
        #expect(first.plugin.run(baseline: first.baseline, shape: first.shape)
            == second.plugin.run(baseline: second.baseline, shape: second.shape))
    }

    @Test(arguments: [0, 6, 25])
    func theFlagshipPlanIsTheSameEveryRun(baseline: Int) throws {
        let one = try Support.plugin(Support.flagshipBlock).run(baseline: baseline, shape: PlanShape(weeks: 8, perWeek: 3))
        let two = try Support.plugin(Support.flagshipBlock).run(baseline: baseline, shape: PlanShape(weeks: 8, perWeek: 3))
        #expect(one == two)
        #expect(one.sessions.count == 24)
    }

    @Test func unevenWeeksStillKeepDeloadsLighter() throws {
        // Weeks of 1 to 6 sessions, as skipped dates leave them; deloads every 3rd week.
        let plugin = try Support.plugin(Support.flagshipBlock)
        for seed in UInt64(1)...100 {
            var random = SeededGenerator(seed: seed &* 7919)
            let counts = (0...30).map { _ in Int.random(in: 1...6, using: &random) }
            let shape = PlanShape(weeks: 30, sessionsInWeek: { counts[$0] }, deloadEvery: 3)
            let run = plugin.run(baseline: Int.random(in: 0...30, using: &random), shape: shape)
            let volume = run.volumeByWeek
            for week in stride(from: 3, through: 30, by: 3) {
                #expect(volume[week, default: 0] <= volume[week - 1, default: 0], "seed \(seed), week \(week)")
            }
        }
    }
}
