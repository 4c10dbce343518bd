import PlanKit
import PushUpProgression
import Testing
import ProtractTestSupport

/// Property-style checks of `progress-every: week` over the generated plans of `InvariantTests`.
@Suite struct WeeklyInvariantTests {
    /// The generated case for `seed`, switched to weekly progression (the same random draws).
    static func generate(seed: UInt64) throws -> InvariantTests.Case {
        var generated = try InvariantTests.generate(seed: seed)
        var options = generated.plugin.options
        options.progressEvery = .week
        options.stepDoses = StepDoses([])  // the block rule: every step at the block's reps, weekly
        generated.plugin = try PushUpProgression(options: options, catalog: Support.catalog)
        return generated
    }

    /// A non-deload week's one dose: step index, sets and reps.
    struct Dose: Equatable {
        var index: Int
        var sets: Int
        var reps: Int
    }

    @Test(arguments: InvariantTests.seeds)
    func generatedWeeklyPlansKeepEveryInvariant(seed: UInt64) throws {
        let generated = try Self.generate(seed: seed)
        let plugin = generated.plugin
        let range = plugin.options.reps
        let run = plugin.run(baseline: generated.baseline, shape: generated.shape)
        let context = Comment(rawValue: "weekly; \(generated)")
        #expect(run.sessions.count == generated.weeks * generated.perWeek, context)

        let start = try #require(plugin.ladder.firstIndex(of: run.startState.startExerciseID), context)
        var previousIndex = start
        var lastRegular: Dose?
        var deloadSince = false
        var previousWeekVolume: Int?
        for week in 1...generated.weeks {
            let sessions = run.week(week)
            guard !sessions.isEmpty else { continue }
            let doses = try sessions.map { session -> Dose in
                let prescription = try #require(session.prescription, context)
                #expect(session.block.prescriptions.count == 1, context)
                let index = try #require(plugin.ladder.firstIndex(of: prescription.exerciseID), context)
                #expect(range.contains(session.reps), context)
                #expect(prescription.note?.hasPrefix("shoulder blades pushed forward at the top") == true, context)
                return Dose(index: index, sets: prescription.sets, reps: session.reps)
            }
            // Every session of a week is on one step; outside deloads (whose cuts may be trimmed
            // session by session to stay under the week before) they have one dose, and only the
            // first says what changed.
            let dose = try #require(doses.first, context)
            let isDeload = generated.shape.isDeload(week)
            #expect(doses.allSatisfy { $0.index == dose.index }, "week \(week); \(context)")
            if !isDeload {
                #expect(doses.allSatisfy { $0 == dose }, "week \(week); \(context)")
                #expect(sessions.dropFirst().allSatisfy { $0.prescription?.change == nil }, "week \(week); \(context)")
            }
            // The step never goes back and moves one step at most, and only from a full week at the top.
            #expect(dose.index >= previousIndex && dose.index - previousIndex <= 1, "week \(week); \(context)")
            if isDeload {
                #expect(dose.index == previousIndex, "week \(week); \(context)")
                #expect(doses.allSatisfy { $0.sets <= plugin.options.sets }, context)
                if let lastRegular { #expect(doses.allSatisfy { $0.reps <= lastRegular.reps }, context) }
                if let previousWeekVolume {
                    #expect(run.volumeByWeek[week, default: 0] <= previousWeekVolume, "week \(week); \(context)")
                }
                deloadSince = true
            } else {
                #expect(dose.sets == plugin.options.sets, context)
                if let before = lastRegular {
                    if deloadSince {
                        // The first week after a deload repeats the dose from before it.
                        #expect(dose == before, "week \(week) after a deload; \(context)")
                    } else if dose.index > before.index {
                        #expect(before.reps == range.upper && dose.reps == range.lower, "week \(week); \(context)")
                    } else if before.reps < range.upper {
                        // +1 rep, or the same dose when the week would rise more than 20% (rule P6).
                        let held = dose.reps == before.reps
                            && sessions.first?.prescription?.change?.contains("rise at most 20%") == true
                        #expect(dose.reps == before.reps + 1 || held, "week \(week); \(context)")
                    } else {
                        // Held at the top: only on the last step.
                        #expect(dose.index == plugin.ladder.count - 1 && dose.reps == range.upper, context)
                    }
                } else {
                    #expect(dose.index == start && dose.reps == range.lower, "week \(week); \(context)")
                }
                lastRegular = dose
                deloadSince = false
            }
            previousIndex = dose.index
            previousWeekVolume = run.volumeByWeek[week, default: 0]
        }
    }

    @Test(arguments: Array(InvariantTests.seeds.prefix(60)))
    func generatedWeeklyPlansAreDeterministic(seed: UInt64) throws {
        let first = try Self.generate(seed: seed)
        let second = try Self.generate(seed: seed)
        #expect(first.plugin.run(baseline: first.baseline, shape: first.shape)
            == second.plugin.run(baseline: second.baseline, shape: second.shape))
    }

    @Test(arguments: Array(UInt64(1)...100))
    func unevenWeeksStillKeepDeloadsLighterAndOneDoseAWeek(seed: UInt64) throws {
        // Weeks of 1 to 6 sessions, as skipped dates leave them; deloads every 3rd week.
        // The block rule: every step at the block's reps, once a week (no step doses).
        let plugin = try Support.plugin(Support.flagshipBlock + "\n  step-doses: {}")
        var random = SeededGenerator(seed: seed &* 7919)
        let counts = (0...30).map { _ in Int.random(in: 1...6, using: &random) }
        let shape = PlanShape(weeks: 30, sessionsInWeek: { counts[$0] }, deloadEvery: 3)
        let run = plugin.run(baseline: Int.random(in: 0...30, using: &random), shape: shape)
        let volume = run.volumeByWeek
        for week in 1...30 {
            if week % 3 != 0 {
                #expect(Set(run.week(week).map(\.summary)).count == 1, "seed \(seed), week \(week)")
            } else {
                #expect(volume[week, default: 0] <= volume[week - 1, default: 0], "seed \(seed), week \(week)")
            }
        }
    }

    @Test(arguments: Array(UInt64(1)...150))
    func retestsFallWhereTheRuleSaysAndChangeNothingElse(seed: UInt64) throws {
        let generated = try Self.generate(seed: seed)
        var random = SeededGenerator(seed: seed &* 104_729)
        let every = Int.random(in: PushUpProgression.Options.retestRange, using: &random)
        var options = generated.plugin.options
        options.retestEvery = every
        let plugin = try PushUpProgression(options: options, catalog: Support.catalog)
        let context = Comment(rawValue: "weekly, retest every \(every); \(generated)")

        let plain = generated.plugin.run(baseline: generated.baseline, shape: generated.shape)
        let run = plugin.run(baseline: generated.baseline, shape: generated.shape)
        #expect(run.retestWeeks == RetestTests.expectedWeeks(every: every, shape: generated.shape), context)
        #expect(run.sessions.map(\.working) == plain.sessions.map(\.working), context)
        for session in run.sessions where session.retest != nil {
            #expect(session.sessionInWeek == 1 && !session.isDeload, context)
            let step = try #require(session.working?.exerciseID, context)
            let standard = PushUpProgression.Options.standardLadder
            let fromFull = (standard.firstIndex(of: step) ?? 0) >= (standard.firstIndex(of: "push-up") ?? 0)
            #expect(session.retest?.exerciseID == (fromFull ? "push-up" : step), context)
            #expect(session.retest?.dose == .maxTest, context)
        }
    }

    @Test func theFlagshipWithRetestsKeepsItsWeeklyDoses() throws {
        let plain = try Support.plugin(Support.flagshipBlock)
        let retesting = try Support.plugin(Support.flagshipBlock + "\n  retest-every: 2")
        let shape = PlanShape(weeks: 8, perWeek: 3)
        let run = retesting.run(baseline: 6, shape: shape)
        #expect(run.retestWeeks == [2, 5, 6])
        #expect(run.sessions.map(\.working) == plain.run(baseline: 6, shape: shape).sessions.map(\.working))
        let week2 = try #require(run.week(2).first)
        #expect(week2.block.prescriptions.map(\.change) == [PushUpProgression.retestChange, "+1 rep if last week's 3 x 5 was done with pain at or under 3/10"])
        #expect(week2.retest?.exerciseID == "knee-push-up")
        #expect(run.week(2).dropFirst().allSatisfy { $0.retest == nil && $0.summary == "knee-push-up 3 x 6" })
    }
}
