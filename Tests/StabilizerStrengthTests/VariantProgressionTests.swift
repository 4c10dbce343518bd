import PlanKit
import StabilizerStrength
import Testing
import ProtractTestSupport

/// Past the flagship's 8 weeks: at the target sets and dose each exercise moves to its first harder
/// variant (or stays at the top when the catalog has none).
@Suite struct VariantProgressionTests {
    let catalog: ExerciseCatalog
    let templates: [StabilizerOptions]

    init() throws {
        catalog = try Support.catalog()
        templates = try Support.flagshipOptions()
    }

    /// Every distinct prescription of each week, sorted.
    func weekly(_ blocks: [PlannedBlock]) -> [Int: [String]] {
        var weeks: [Int: Set<String>] = [:]
        for planned in blocks {
            weeks[planned.week, default: []].formUnion(planned.block.prescriptions.map(\.short))
        }
        return weeks.mapValues { $0.sorted() }
    }

    @Test func sixteenWeeksReachTheHarderVariants() throws {
        let run = try Runner(catalog: catalog, templates: templates).run(PlanShape(weeks: 16, perWeek: 3))
        let weeks = weekly(run.blocks)
        func reps(_ dose: String) -> [String] {
            ["chin-tuck", "prone-y-t-w", "scapular-push-up", "wall-push-up-plus"].map { "\($0) \(dose)" }
        }
        // Week 9 (from week 7 on: Y-T-W with light weights at 6-10 per position; planks no more
        // than 20% longer a week).
        #expect(weeks[9] == [
            "chin-tuck 3 x 14", "plank 2 x 26 s", "prone-scapular-retraction 3 x 14", "prone-y-t-w-light-load 2 x 7", "scapular-push-up 3 x 14",
            "wall-push-up-plus 3 x 14",
        ])
        #expect(weeks[10] == [
            "chin-tuck 3 x 15", "plank 2 x 30 s", "prone-scapular-retraction 3 x 15", "prone-y-t-w-light-load 2 x 8", "scapular-push-up 3 x 15",
            "wall-push-up-plus 3 x 15",
        ])
        #expect(weeks[11] == [
            "knee-push-up-plus 2 x 10", "plank 3 x 24 s", "prone-scapular-retraction 3 x 15", "prone-y-t-w-light-load 2 x 9",
            "quadruped-chin-tuck 2 x 10", "scapular-push-up 3 x 15",
        ])
        #expect(weeks[12] == [
            "knee-push-up-plus 1 x 10", "plank 2 x 24 s", "prone-scapular-retraction 2 x 15", "prone-y-t-w-light-load 1 x 9",
            "quadruped-chin-tuck 1 x 10", "scapular-push-up 2 x 15",
        ])
        #expect(weeks[13] == [
            "knee-push-up-plus 2 x 12", "plank 3 x 28 s", "prone-scapular-retraction 3 x 15", "prone-y-t-w-light-load 2 x 10",
            "quadruped-chin-tuck 2 x 12", "scapular-push-up 3 x 15",
        ])
        #expect(weeks[14] == [
            "knee-push-up-plus 2 x 14", "plank 3 x 30 s", "prone-scapular-retraction 3 x 15", "prone-y-t-w-light-load 3 x 6",
            "quadruped-chin-tuck 2 x 14", "scapular-push-up 3 x 15",
        ])
        #expect(weeks[16] == [
            "knee-push-up-plus 1 x 15", "plank-shoulder-tap 1 x 10", "prone-scapular-retraction 2 x 15", "prone-y-t-w-light-load 2 x 7",
            "quadruped-chin-tuck 1 x 15", "scapular-push-up 2 x 15",
        ])
    }

    @Test func harderVariantChangeTexts() throws {
        let run = try Runner(catalog: catalog, templates: templates).run(PlanShape(weeks: 16, perWeek: 3))
        let changes = Set(run.blocks.flatMap { $0.block.prescriptions.compactMap(\.change) })
        #expect(changes.contains("harder variant: prone Y-T-W raise with light weights, back to 2 x 6"))
        #expect(changes.contains("harder variant: quadruped chin tuck, back to 2 x 10"))
        #expect(changes.contains("harder variant: knee push-up plus, back to 2 x 10"))
        #expect(changes.contains("harder variant: plank shoulder tap, 2 x 10 per side"))
    }

    @Test func noHarderVariantHoldsAtTheTopAndSaysSoOnce() throws {
        let run = try Runner(catalog: catalog, templates: templates).run(PlanShape(weeks: 16, perWeek: 3))
        let scapular = run.blocks.flatMap { planned in
            planned.block.prescriptions.filter { $0.exerciseID == "scapular-push-up" }.map { (planned.week, $0) }
        }
        let fromWeek11 = scapular.filter { $0.0 >= 11 }
        #expect(fromWeek11.allSatisfy { $0.1.dose == .reps(15) })
        #expect(fromWeek11.map(\.1.change) == [
            "top of the progression (3 x 15) and no harder variant: stay here, with good form", nil,  // week 11
            "deload week: sets 3 -> 2",  // week 12
            "deload over: back to 3 x 15", nil,  // week 13
            nil,  // week 14
            nil, nil,  // week 15
            "deload week: sets 3 -> 2",  // week 16
        ])
    }

    @Test func theHarderVariantKeepsItsOwnCatalogDetails() throws {
        let run = try Runner(catalog: catalog, templates: templates).run(PlanShape(weeks: 16, perWeek: 3))
        let tap = try #require(run.blocks.last?.block.prescriptions.first { $0.exerciseID == "plank-shoulder-tap" })
        #expect(tap.perSide)
        #expect(tap.tempo == nil)
        #expect(tap.holdSeconds == nil)
        #expect(tap.note == "hips still · push the floor away · slow taps")
        let light = try #require(run.blocks.last?.block.prescriptions.first { $0.exerciseID == "prone-y-t-w-light-load" })
        #expect(light.note == "each position: Y, T and W · light weights · blades down and back · neck long")
        #expect(light.tempo == Tempo(phases: [2, 1, 2]))
        #expect(light.holdSeconds == 2)
    }

    @Test func aHarderVariantAlreadyInTheBlockIsNotUsedTwice() throws {
        let options = StabilizerOptions(
            exercises: ["plank", "plank-shoulder-tap"], sets: StartTarget(fixed: 1), reps: StartTarget(fixed: 10),
            holdSeconds: StartTarget(fixed: 20))
        let run = try Runner(catalog: catalog, templates: [options])
            .run(PlanShape(weeks: 3, perWeek: 1, deloadEvery: nil))
        for planned in run.blocks {
            #expect(planned.block.prescriptions.map(\.short) == ["plank 1 x 20 s", "plank-shoulder-tap 1 x 10"])
        }
        #expect(run.blocks.last?.block.prescriptions.first?.change == nil)
        #expect(run.blocks[1].block.prescriptions.first?.change
            == "top of the progression (1 x 20 s) and no harder variant: stay here, with good form")
    }

    @Test func fixedDosesStepStraightToTheHarderVariant() throws {
        let options = StabilizerOptions(
            exercises: ["wall-scapular-push-up"], sets: StartTarget(fixed: 2), reps: StartTarget(fixed: 12))
        let run = try Runner(catalog: catalog, templates: [options])
            .run(PlanShape(weeks: 5, perWeek: 1, deloadEvery: nil))
        #expect(run.blocks.map { $0.block.prescriptions.map(\.short) } == [
            ["wall-scapular-push-up 2 x 12"], ["incline-scapular-push-up 2 x 12"], ["knee-scapular-push-up 2 x 12"],
            ["scapular-push-up 2 x 12"], ["scapular-push-up 2 x 12"],
        ])
        #expect(run.blocks.map { $0.block.prescriptions.first?.change } == [
            nil, "harder variant: incline scapular push-up, back to 2 x 12",
            "harder variant: knee scapular push-up, back to 2 x 12",
            "harder variant: scapular push-up, back to 2 x 12",
            "top of the progression (2 x 12) and no harder variant: stay here, with good form",
        ])
    }
}
