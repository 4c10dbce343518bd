import PlanKit
import PushUpProgression
import Testing
import YAMLKit
import ProtractTestSupport

/// Rules P3, P4 and P6 of docs/prescription-rules.md as tables: the rehab start, the steps' own
/// doses, and the weekly bound.
@Suite struct PrescriptionRulesTests {
    /// Runs `plugin` over `shape` as a programme with `purpose`.
    static func run(_ plugin: PushUpProgression, baseline: Int?, shape: PlanShape, purpose: ProgrammePurpose) throws
        -> PluginRun<PushUpProgression>
    {
        try run(plugin, baselines: baseline.map { ["push-ups": $0] } ?? [:], shape: shape, purpose: purpose)
    }

    /// Runs `plugin` over `shape` as a programme with `purpose`, for a person with `baselines`.
    static func run(_ plugin: PushUpProgression, baselines: [String: Int], shape: PlanShape, purpose: ProgrammePurpose)
        throws -> PluginRun<PushUpProgression>
    {
        var shape = shape
        shape.baseline = baselines
        let contexts = try shape.sessions(catalog: Support.catalog).map { context in
            var context = context
            context.purpose = purpose
            return context
        }
        return try PluginRun([plugin], sessions: contexts, athlete: shape.athlete, catalog: Support.catalog)
    }

    // P3: a rehab programme starts one step below the training mapping, on a pain-free baseline.
    @Test(arguments: [
        (0, "wall-push-up", "wall-push-up"), (1, "high-incline-push-up", "wall-push-up"),
        (3, "low-incline-push-up", "high-incline-push-up"), (6, "knee-push-up", "low-incline-push-up"),
        (12, "push-up", "knee-push-up"), (20, "push-up-plus", "push-up"), (100, "push-up-plus", "push-up"),
    ])
    func aRehabProgrammeStartsAStepLower(baseline: Int, training: String, rehab: String) throws {
        let plugin = try Support.plugin(Support.flagshipBlock)
        let shape = PlanShape(weeks: 1, perWeek: 1)
        let strength = try Self.run(plugin, baseline: baseline, shape: shape, purpose: .training)
        let pain = try Self.run(plugin, baseline: baseline, shape: shape, purpose: .rehab)
        #expect(strength.start.state.startExerciseID == training)
        #expect(pain.start.state.startExerciseID == rehab)
        let summary = try #require(pain.start.summary)
        #expect(summary.contains(" (good form, pain 3/10 or less) -> "), "\(summary)")
        #expect(summary.contains("a rehab programme starts a step below") == (training != rehab), "\(summary)")
        #expect(strength.start.summary?.contains("pain 3/10") == false)
    }

    // P3: a knee push-up count places the start as a retest on the knees converts (the knees' 5-8:
    // under 5 the low incline, 5-11 the knees, from 12 the full push-up), a rehab programme a step lower.
    @Test(arguments: [
        (0, "wall-push-up", "wall-push-up"), (1, "low-incline-push-up", "high-incline-push-up"),
        (4, "low-incline-push-up", "high-incline-push-up"), (5, "knee-push-up", "low-incline-push-up"),
        (11, "knee-push-up", "low-incline-push-up"), (12, "push-up", "knee-push-up"), (60, "push-up", "knee-push-up"),
    ])
    func aKneePushUpCountPlacesTheStart(knees: Int, training: String, rehab: String) throws {
        let plugin = try Support.plugin(Support.flagshipBlock)
        let shape = PlanShape(weeks: 1, perWeek: 1)
        let strength = try Self.run(plugin, baselines: ["knee-push-ups": knees], shape: shape, purpose: .training)
        let pain = try Self.run(plugin, baselines: ["knee-push-ups": knees], shape: shape, purpose: .rehab)
        #expect(strength.start.state.startExerciseID == training)
        #expect(pain.start.state.startExerciseID == rehab)
        let count = knees == 1 ? "1 knee push-up" : "\(knees) knee push-ups"
        #expect(strength.start.summary?.hasPrefix("baseline \(count) -> ") == true, "\(strength.start.summary ?? "")")
        #expect(pain.start.summary?.hasPrefix("baseline \(count) (good form, pain 3/10 or less) -> ") == true)
    }

    // P3: with both counts, the one that points to the harder step places the start, and the line says which.
    @Test(arguments: [
        (2, 10, "knee-push-up", "knee push-ups"), (0, 3, "low-incline-push-up", "knee push-ups"),
        (12, 3, "push-up", "push-ups"), (25, 30, "push-up-plus", "push-ups"), (6, 8, "knee-push-up", nil),
    ])
    func withBothCountsTheHigherStartWins(pushUps: Int, knees: Int, step: String, higher: String?) throws {
        let plugin = try Support.plugin(Support.flagshipBlock)
        let run = try Self.run(
            plugin, baselines: ["push-ups": pushUps, "knee-push-ups": knees], shape: PlanShape(weeks: 1, perWeek: 1),
            purpose: .training)
        #expect(run.start.state.startExerciseID == step)
        let summary = try #require(run.start.summary)
        #expect(summary.hasPrefix("baseline \(pushUps) push-ups and \(knees) knee push-ups -> "), "\(summary)")
        #expect(summary.contains("of the two counts") == (higher != nil), "\(summary)")
        if let higher { #expect(summary.contains("of the two counts, the \(higher) point higher"), "\(summary)") }
        // The top band's note belongs to the full push-ups' count.
        #expect(summary.contains("top of the baseline mapping") == (pushUps >= 20))
    }

    /// A rehab baseline counts push-ups within the programme's own `progress-up-to`, and says so.
    @Test func aRehabBaselineNamesTheProgrammesPainThreshold() throws {
        let plugin = try Support.plugin(Support.flagshipBlock)
        let strict = PainRules(progressUpTo: 2, holdUpTo: 5, settledUpTo: 2, risingWeeks: 2, missedWeeks: 2)
        let athlete = PlanShape(weeks: 1, perWeek: 1).athlete
        var withBaseline = athlete
        withBaseline.baseline = ["push-ups": 6]
        let counted = plugin.start(for: withBaseline, purpose: .rehab, painRules: strict, catalog: Support.catalog)
        #expect(counted.summary?.contains(" (good form, pain 2/10 or less) -> ") == true, "\(counted.summary ?? "")")
        let none = plugin.start(for: athlete, purpose: .rehab, painRules: strict, catalog: Support.catalog)
        #expect(none.summary?.contains("with good form and pain at or under 2/10") == true, "\(none.summary ?? "")")
    }

    @Test(arguments: [20, 30, 50, 100])
    func baselinesFromTwentyUpSayTheyAreTheTopOfTheMapping(baseline: Int) throws {
        let plugin = try Support.plugin(Support.flagshipBlock)
        let run = try Self.run(plugin, baseline: baseline, shape: PlanShape(weeks: 1, perWeek: 1), purpose: .training)
        #expect(run.start.summary?.contains("20 or more push-ups is the top of the baseline mapping") == true)
    }

    @Test(arguments: [0, 12, 19])
    func baselinesBelowTwentySayNothingOfTheTop(baseline: Int) throws {
        let plugin = try Support.plugin(Support.flagshipBlock)
        let run = try Self.run(plugin, baseline: baseline, shape: PlanShape(weeks: 1, perWeek: 1), purpose: .training)
        #expect(run.start.summary?.contains("top of the baseline mapping") == false)
    }

    @Test func withoutABaselineARehabProgrammeAsksForAPainFreeCount() throws {
        let plugin = try Support.plugin(Support.flagshipBlock)
        let run = try Self.run(plugin, baseline: nil, shape: PlanShape(weeks: 1, perWeek: 1), purpose: .rehab)
        #expect(run.start.summary?.contains("test the most push-ups you can do with good form and pain at or under 3/10")
            == true)
    }

    // P4: each step's own range and increment.
    @Test(arguments: [
        ("wall-push-up", 12, 18, 2), ("high-incline-push-up", 10, 15, 2), ("low-incline-push-up", 8, 12, 1),
        ("knee-push-up", 5, 8, 1), ("push-up", 5, 8, 1),
    ])
    func theDefaultStepDosesComeFromTheSources(step: String, lower: Int, upper: Int, add: Int) throws {
        let plugin = try Support.plugin(Support.flagshipBlock)
        let dose = plugin.dose(ofStep: step)
        #expect((dose.reps.lower, dose.reps.upper, dose.add) == (lower, upper, add))
    }

    @Test func aBlockSetsAStepsOwnDose() throws {
        let plugin = try Support.plugin(Support.block("step-doses: {knee-push-up: {reps: 6-10, add: 2, every: session}}"))
        let run = plugin.run(baseline: 6, shape: PlanShape(weeks: 1, perWeek: 3))
        #expect(run.summaries == ["knee-push-up 3 x 6", "knee-push-up 3 x 8", "knee-push-up 3 x 10"])
        // Steps it does not name use the block's reps: the wall is 5-8 now.
        #expect(plugin.dose(ofStep: "wall-push-up").reps.description == "5-8")
    }

    @Test func anEmptyStepDosesGivesEveryStepTheBlocksReps() throws {
        let plugin = try Support.plugin(Support.block("step-doses: {}"))
        #expect(plugin.run(baseline: 0, shape: PlanShape(weeks: 1, perWeek: 1)).summaries == ["wall-push-up 3 x 5"])
    }

    @Test func aStepDoseForAStepOffTheLadderIsAnError() throws {
        let diagnostic = try Support.onlyDiagnostic(Support.block(
            "ladder: [knee-push-up, push-up]", "step-doses: {knee-pushup: {reps: 6-10}}"))
        #expect(diagnostic.message == "'step-doses' names 'knee-pushup', which is not a step of this block's ladder")
        #expect(diagnostic.help?.hasPrefix("did you mean 'knee-push-up'?") == true)
        #expect(diagnostic.range?.start.line == 3)
    }

    @Test func aStepDoseAddOutsideOneToFiveIsAnError() throws {
        let diagnostics = Support.diagnostics(Support.block("step-doses: {wall-push-up: {reps: 10-20, add: 9}}"))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("'add' must be from 1 to 5") == true, "\(diagnostics)")
    }

    @Test func baselineZeroReachesTheKneesInAboutEightWeeks() throws {
        // The flagship's block as a rehab programme: wall, high incline and low incline at their own
        // pace, deloads in weeks 4 and 8; knee push-ups from week 9 (clinical ladders: about 8 weeks).
        let plugin = try Support.plugin(Support.flagshipBlock)
        let run = try Self.run(plugin, baseline: 0, shape: PlanShape(weeks: 10, perWeek: 3), purpose: .rehab)
        let firstKnees = run.sessions.first { $0.block.prescriptions.last?.exerciseID == "knee-push-up" }?.week
        #expect(firstKnees == 9)
    }

    // P6: the weekly bound.
    @Test func morePushUpsWeekTwoRisesAtMostTwentyPercent() throws {
        let plugin = try Support.plugin(Support.block("sets: 5", "reps: 8-15", "step-doses: {}"))
        let run = plugin.run(baseline: 6, shape: PlanShape(weeks: 2, perWeek: 3, deloadEvery: nil))
        // Week 1: 5 x 8, 9, 10 = 135; week 2 at most 162 (was 5 x 11, 12, 13 = 180).
        #expect(run.volumeByWeek[1] == 135)
        #expect(run.summaries.suffix(3) == ["knee-push-up 5 x 10", "knee-push-up 5 x 11", "knee-push-up 5 x 11"])
        #expect(run.volumeByWeek[2, default: 0] <= 162)
    }

    @Test func theFirstWeekOfANewStepIsNotBounded() throws {
        // 3 x 5-6, 6 sessions a week: the week the step changes keeps climbing session by session.
        let plugin = try Support.plugin(Support.block("reps: 5-6", "step-doses: {}"))
        let run = plugin.run(baseline: 6, shape: PlanShape(weeks: 1, perWeek: 3, deloadEvery: nil))
        #expect(run.summaries == ["knee-push-up 3 x 5", "knee-push-up 3 x 6", "push-up 3 x 5"])
    }
}
