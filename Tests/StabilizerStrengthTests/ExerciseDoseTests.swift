import PlanKit
@testable import StabilizerStrength
import Testing
import YAMLKit
import ProtractTestSupport

/// Issue 14: an item of a block's `exercises` may give its exercise its own dose
/// (`{id, sets, reps, hold-seconds, rest-seconds}`), checked as the block's values are; a mobility
/// drill with its own dose is stabilizer work; an item may name its own harder variants and a
/// block may turn harder variants off.
@Suite struct ExerciseDoseTests {
    let catalog: ExerciseCatalog

    init() throws {
        catalog = try Support.catalog()
    }

    func block(_ lines: String) throws -> StabilizerOptions {
        try Support.decodeBlock("- plugin: stabilizer-strength\n" + lines)
    }

    func run(_ templates: [StabilizerOptions], weeks: Int = 8, perWeek: Int = 2, deloadEvery: Int? = nil,
             baseline: [String: Int] = [:]) throws -> [PlannedBlock] {
        try Runner(catalog: catalog, templates: templates)
            .run(PlanShape(weeks: weeks, perWeek: perWeek, deloadEvery: deloadEvery, baseline: baseline)).blocks
    }

    /// The first session of each week's prescription of `id`, by week.
    func weekly(_ blocks: [PlannedBlock], _ id: String) -> [Int: Prescription] {
        var weeks: [Int: Prescription] = [:]
        for planned in blocks where weeks[planned.week] == nil {
            weeks[planned.week] = planned.block.prescriptions.first { $0.exerciseID == id }
        }
        return weeks
    }

    /// A phase whose block doses an exercise with more sets: the week's one step is the move into
    /// the block's dose, said as such, with no rep on top (a physiotherapist's trial: after 2 x 8
    /// and a deload, the new phase gave 3 x 9 "+1 rep (3 x 8 before the deload week)").
    @Test func aPhasesOwnDoseIsTheWeeksOneStep() throws {
        let options = try block("""
              exercises:
                - {id: prone-y-t-w, sets: 3, reps: 8-10}
            """)
        let progression = Progression(options: options.resolved(for: "prone-y-t-w"), catalog: catalog, plankBaseline: nil)
        let before = DoseLevel(exerciseID: "prone-y-t-w", sets: 2, amount: 8, kind: .reps)
        let (level, step) = progression.step(before, slot: "prone-y-t-w")
        #expect(level == DoseLevel(exerciseID: "prone-y-t-w", sets: 3, amount: 8, kind: .reps))
        #expect(step == .blockDose(from: before))
        var told = false
        let deload = Given(dose: DoseLevel(exerciseID: "prone-y-t-w", sets: 1, amount: 8, kind: .reps), week: 4, deload: true)
        let text = ChangeText(catalog: catalog, phase: "Strength").text(
            now: Given(dose: level, week: 5, deload: false), last: deload, step: step, toldTop: &told)
        #expect(text == "Strength phase: now 3 x 8 (was 2 x 8 before the deload week)")
        // From a heavier phase to a lighter one: down into the block's range, said the same way.
        let heavy = DoseLevel(exerciseID: "prone-y-t-w", sets: 3, amount: 12, kind: .reps)
        let lighter = progression.step(heavy, slot: "prone-y-t-w")
        #expect(lighter.level.amount == 10 && lighter.step == .blockDose(from: heavy))
        let plain = ChangeText(catalog: catalog).text(
            now: Given(dose: lighter.level, week: 5, deload: false), last: Given(dose: heavy, week: 4, deload: false),
            step: lighter.step, toldTop: &told)
        #expect(plain == "this week's block: now 3 x 10 (was 3 x 12)")
    }

    @Test func anItemMayBeAMappingWithItsOwnDose() throws {
        let options = try block("""
              reps: 10-15
              exercises:
                - scapular-push-up
                - {id: prone-y-t-w, reps: {start: 8, target: 12}, sets: 3, rest-seconds: 60}
                - {id: plank, hold-seconds: 15-40}
            """)
        #expect(options.exerciseIDs == ["scapular-push-up", "prone-y-t-w", "plank"])
        let ytw = options.resolved(for: "prone-y-t-w")
        #expect(ytw.reps == StartTarget(start: 8, target: 12))
        #expect(ytw.sets == StartTarget(fixed: 3))
        #expect(ytw.restSeconds == 60)
        #expect(options.resolved(for: "plank").holdSeconds == StartTarget(start: 15, target: 40))
        #expect(options.resolved(for: "scapular-push-up") == options, "no item of its own: the block's dose")
    }

    /// The plan's header names each exercise's own start, not only the block's.
    @Test func theHeaderNamesTheOwnDoses() throws {
        let options = try block("""
              exercises:
                - scapular-push-up
                - {id: prone-y-t-w, reps: 6-10}
                - {id: plank, hold-seconds: 15-30}
            """)
        let summary = try Runner(catalog: catalog, templates: [options]).run(PlanShape(weeks: 1, perWeek: 1)).summary
        #expect(summary == "stabilizers start at 2 x 10 reps; prone Y-T-W raise 2 x 6, forearm plank 2 x 15 s")
        let all = try block("  exercises: [{id: wall-slide, reps: 8-12}, {id: plank, sets: 3, hold-seconds: 20}]\n")
        #expect(try Runner(catalog: catalog, templates: [all]).run(PlanShape(weeks: 1, perWeek: 1)).summary
            == "stabilizers start at their own doses: wall slide 2 x 8, forearm plank 3 x 20 s")
        let baseline = try Runner(catalog: catalog, templates: [try block("  exercises: [{id: plank, sets: 3}]\n")])
            .run(PlanShape(weeks: 1, perWeek: 1, baseline: ["plank-seconds": 40])).summary
        #expect(baseline == "baseline plank 40 s: the forearm plank starts at 3 x 20 s (at most half of it) and never goes above 40 s")
    }

    @Test func eachExerciseProgressesWithinItsOwnDose() throws {
        let options = try block("""
              sets: 2-3
              reps: 10-15
              exercises:
                - scapular-push-up
                - {id: chin-tuck, sets: 1, reps: 5-7, rest-seconds: 30}
            """)
        let blocks = try run([options])
        let scapular = weekly(blocks, "scapular-push-up").sorted { $0.key < $1.key }.map { $0.value.short }
        let chin = weekly(blocks, "chin-tuck").sorted { $0.key < $1.key }.map { $0.value.short }
        #expect(scapular.prefix(5) == ["scapular-push-up 2 x 10", "scapular-push-up 2 x 12", "scapular-push-up 2 x 14",
                                       "scapular-push-up 2 x 15", "scapular-push-up 3 x 10"])
        // One set, 5 to 7: +1 rep a week (the 20% bound: 5 -> 6 -> 7), then the harder variant.
        #expect(chin.prefix(3) == ["chin-tuck 1 x 5", "chin-tuck 1 x 6", "chin-tuck 1 x 7"])
        let rests = Set(blocks.flatMap { $0.block.prescriptions.filter { $0.exerciseID == "chin-tuck" }.map(\.restSeconds) })
        #expect(rests == [30])
    }

    @Test func theYTWCapAppliesToAnItemsReps() throws {
        let options = try block("  exercises: [{id: prone-y-t-w, reps: 8-14, sets: 2}]\n  progress-to-harder: false\n")
        let doses = weekly(try run([options], weeks: 10), "prone-y-t-w").values.map(\.dose)
        #expect(doses.contains(.reps(6)), "starts at 6 or less per position")
        #expect(doses.allSatisfy { $0.amount <= Progression.mostRepsPerPosition }, "\(doses)")
    }

    @Test func thePlankMaxCapsAnItemsHold() throws {
        let options = try block("  exercises: [{id: plank, hold-seconds: 20-60}]\n")
        let holds = weekly(try run([options], weeks: 10, baseline: ["plank-seconds": 30]), "plank")
        #expect(holds[1]?.dose == .hold(seconds: 15), "half the tested max")
        #expect(holds.values.allSatisfy { $0.exerciseID != "plank" || $0.dose.amount <= 30 })
    }

    @Test func anItemsDoseRisesAtMostTwentyPercentAWeek() throws {
        let options = try block("  exercises: [{id: plank, sets: 2-4, hold-seconds: {start: 10, target: 60}}]\n")
        let weeks = weekly(try run([options], weeks: 16), "plank").sorted { $0.key < $1.key }.map(\.value)
        for (before, after) in zip(weeks, weeks.dropFirst()) where before.exerciseID == after.exerciseID {
            #expect(after.volume <= WeeklyRise.cap(before.volume, minimum: before.sets), "\(before.short) -> \(after.short)")
        }
    }

    @Test func anItemsValuesAreCheckedWithTheirPlace() throws {
        let diagnostics = try Support.diagnostics("""
            - plugin: stabilizer-strength
              exercises:
                - scapular-push-up
                - {id: prone-y-t-w, reps: {start: 12, target: 8}}
                - {id: plank, hold-seconds: 200, rest-seconds: 5, sets: 0-2}

            """, catalog: catalog)
        #expect(Set(diagnostics.map(\.path)) == [
            "sessions[0].blocks[1].exercises[1].reps.target",
            "sessions[0].blocks[1].exercises[2].hold-seconds",
            "sessions[0].blocks[1].exercises[2].rest-seconds",
            "sessions[0].blocks[1].exercises[2].sets.start",
        ])
        #expect(diagnostics.count == 4)
        #expect(diagnostics.map(\.message).contains("'reps' target 8 is below its start 12"))
        #expect(diagnostics.map(\.message).contains("'hold-seconds' must be from 5 to 120, found 200"))
        #expect(diagnostics.map(\.message).contains("'rest-seconds' must be from 10 to 300, found 5"))
        #expect(diagnostics.allSatisfy { $0.help != nil })
    }

    @Test func anUnknownKeyInAnItemSuggestsTheRightOne() throws {
        let diagnostics = try Support.diagnostics(
            "- plugin: stabilizer-strength\n  exercises: [{id: plank, hold: 20}]\n", catalog: catalog)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.path == "sessions[0].blocks[1].exercises[0].hold")
        #expect(diagnostic.help == "did you mean 'hold-seconds'?")
    }

    @Test func aMobilityDrillWithItsOwnDoseIsStabilizerWork() throws {
        let options = try block("  exercises: [scapular-push-up, {id: wall-slide, sets: 2-3, reps: 10-15}]\n")
        let plugin = try StabilizerStrength(options: options, catalog: catalog)
        let blocks = try run([options])
        let wallSlide = weekly(blocks, "wall-slide")
        #expect(wallSlide[1]?.short == "wall-slide 2 x 10")
        #expect(wallSlide[2]?.short == "wall-slide 2 x 12")
        #expect(plugin.options.entry(for: "wall-slide")?.statesDose(for: .reps) == true)
    }

    @Test func aMobilityDrillWithoutItsDoseIsRefusedWithHowToDoseIt() throws {
        for line in ["exercises: [wall-slide]", "exercises: [{id: wall-slide, sets: 2}]",
                     "exercises: [{id: wall-slide, hold-seconds: 20}]"] {
            let diagnostics = try Support.diagnostics("- plugin: stabilizer-strength\n  \(line)\n", catalog: catalog)
            let diagnostic = try #require(diagnostics.first, "\(line)")
            #expect(diagnostic.message == "'wall-slide' is a mobility exercise, not a stabilizer")
            #expect(diagnostic.path == "sessions[0].blocks[1].exercises[0]")
            #expect(diagnostic.help?.contains("- {id: wall-slide, reps: 10-15}") == true, "\(diagnostic)")
        }
    }

    @Test func aPushUpStepIsRefusedEvenWithADose() throws {
        let diagnostics = try Support.diagnostics(
            "- plugin: stabilizer-strength\n  exercises: [{id: knee-push-up, reps: 5-8}]\n", catalog: catalog)
        #expect(diagnostics.map(\.message) == ["'knee-push-up' is a push-up exercise, not a stabilizer"])
    }

    @Test func progressToHarderFalseKeepsEveryExerciseAtTheTop() throws {
        let on = try block("  exercises: [prone-y-t-w]\n  sets: 2\n  reps: 6-10\n")
        let off = try block("  exercises: [prone-y-t-w]\n  sets: 2\n  reps: 6-10\n  progress-to-harder: false\n")
        #expect(try run([on], weeks: 12).contains { $0.block.prescriptions.contains { $0.exerciseID == "prone-y-t-w-light-load" } })
        let kept = try run([off], weeks: 12).flatMap { $0.block.prescriptions }
        #expect(kept.allSatisfy { $0.exerciseID == "prone-y-t-w" })
        #expect(kept.compactMap(\.change).contains {
            $0.hasPrefix("top of the progression (2 x 10) and no harder variant")
        })
    }

    @Test func anItemNamesItsOwnSequenceOfHarderVariants() throws {
        // The catalog's chin tuck goes on to the quadruped chin tuck; this item goes nowhere.
        let none = try block("  exercises: [{id: chin-tuck, sets: 2, reps: 10-12, harder: []}]\n")
        #expect(try run([none], weeks: 10).flatMap { $0.block.prescriptions }.allSatisfy { $0.exerciseID == "chin-tuck" })
        // A scapular push-up that moves on to the prone shoulder-blade squeeze, then the Y-T-W, in order.
        let sequence = try block("""
              exercises: [{id: scapular-push-up, sets: 2, reps: 10-12, harder: [prone-scapular-retraction, prone-y-t-w]}]
            """ + "\n")
        let order = try run([sequence], weeks: 16).flatMap { $0.block.prescriptions.map(\.exerciseID) }
        var seen: [String] = []
        for id in order where seen.last != id { seen.append(id) }
        #expect(seen == ["scapular-push-up", "prone-scapular-retraction", "prone-y-t-w"], "\(seen)")
    }

    /// Two exercises whose harder variant is the same (here an item's own sequence and the
    /// catalog's Y-T-W both lead to the weighted raise) never give it twice in one session: the
    /// one that comes second stays at its top and says why (a physiotherapist's trial got the
    /// weighted Y-T-W twice a session from week 16).
    @Test func twoExercisesNeverMoveOnToTheSameVariant() throws {
        let options = try block("""
              exercises: [{id: prone-scapular-retraction, harder: [prone-y-t-w-light-load]}, {id: prone-y-t-w, reps: 5-8}]
              sets: {start: 2, target: 3}
              reps: {start: 8, target: 12}
            """ + "\n")
        let blocks = try run([options], weeks: 24, perWeek: 3)
        for planned in blocks {
            let ids = planned.block.prescriptions.map(\.exerciseID)
            #expect(Set(ids).count == ids.count, "week \(planned.week): \(ids)")
        }
        let all = blocks.flatMap { $0.block.prescriptions }
        #expect(all.contains { $0.exerciseID == "prone-y-t-w-light-load" }, "one of them moves on")
        #expect(all.compactMap(\.change).contains {
            $0.hasSuffix("its harder variant, prone Y-T-W raise with light weights, is in this block already; stay here, with good form")
        })
    }

    @Test func anItemsSequenceIsChecked() throws {
        let diagnostics = try Support.diagnostics("""
            - plugin: stabilizer-strength
              exercises:
                - plank
                - {id: chin-tuck, harder: [plank, cat-cow, quadruped-chin-tuck, quadruped-chin-tuck, chin-tucks]}

            """, catalog: catalog)
        #expect(diagnostics.map(\.message) == [
            "'plank' is one of the block's exercises already",
            "'cat-cow' is a mobility exercise, not a stabilizer variant",
            "'quadruped-chin-tuck' is named twice in 'harder'",
            "no exercise has the id 'chin-tucks'",
        ])
        #expect(diagnostics.map(\.path) == (0...4).filter { $0 != 2 }.map { "sessions[0].blocks[1].exercises[1].harder[\($0)]" })
    }

    @Test func anItemsSequenceHasTheListLimit() throws {
        let many = (0...Limits.listItems).map { _ in "plank" }.joined(separator: ", ")
        let diagnostics = try Support.diagnostics(
            "- plugin: stabilizer-strength\n  exercises: [{id: chin-tuck, harder: [\(many)]}]\n", catalog: catalog)
        #expect(diagnostics.first?.path == "sessions[0].blocks[1].exercises[0].harder", "\(diagnostics)")
        #expect(diagnostics.first?.help != nil)
    }

    /// Before the check: one exercise in two templates at two doses flips between them, and one
    /// template's dose is lost (the shared state is clamped to each block's range in turn).
    @Test func oneExerciseAtTwoDosesFlipsBetweenThem() throws {
        let a = try block("  exercises: [plank]\n  hold-seconds: 10-20\n")
        let b = try block("  exercises: [plank]\n  hold-seconds: 30-60\n")
        let holds = try run([a, b], weeks: 2, perWeek: 3).map { $0.block.prescriptions[0].dose.amount }
        #expect(holds[0] == 10 && holds[1] == 30 && holds[2] == 10, "the flip the check refuses: \(holds)")
        let plugins = try [a, b].map { try StabilizerStrength(options: $0, catalog: catalog) }
        let conflicts = StabilizerStrength.conflicts(among: plugins)
        #expect(conflicts.count == 1)
        let conflict = try #require(conflicts.first)
        #expect(conflict.block == 1)
        #expect(conflict.diagnostic.message == "'plank' progresses with hold-seconds 30-60 here but hold-seconds 10-20 "
            + "in sessions[0].blocks[1].exercises[0]; an exercise has one progression across the templates that list it")
        #expect(conflict.diagnostic.notes.map(\.message) == ["'plank' is first dosed here"])
    }

    @Test func theSameProgressionInTwoBlocksIsNoConflict() throws {
        let a = try block("  exercises: [plank, {id: chin-tuck, rest-seconds: 30}]\n  reps: 8-12\n")
        // Reps do not dose a hold, and rest does not move a progression: neither conflicts.
        let b = try block("  exercises: [{id: plank, rest-seconds: 60}, chin-tuck]\n  reps: {start: 8, target: 12}\n")
        let plugins = try [a, b].map { try StabilizerStrength(options: $0, catalog: catalog) }
        #expect(StabilizerStrength.conflicts(among: plugins).isEmpty)
        let c = try block("  exercises: [plank, {id: chin-tuck, reps: 6-8}]\n  reps: 8-12\n  hold-seconds: 10-30\n")
        let d = try block("  exercises: [plank, chin-tuck]\n  reps: 8-12\n  progress-to-harder: false\n")
        let messages = StabilizerStrength.conflicts(
            among: try [c, d].map { try StabilizerStrength(options: $0, catalog: catalog) }).map(\.diagnostic.message)
        #expect(messages == [
            "'plank' progresses with progress-to-harder false here but progress-to-harder true in "
                + "sessions[0].blocks[1].exercises[0]; an exercise has one progression across the templates that list it",
            "'chin-tuck' progresses with reps 8-12, progress-to-harder false here but reps 6-8, progress-to-harder true "
                + "in sessions[0].blocks[1].exercises[1]; an exercise has one progression across the templates that list it",
        ])
    }
}
