import PlanKit
import StabilizerStrength
import Testing
import ProtractTestSupport

/// The flagship's stabilizer blocks (`Programs/upper-back-rehab.yaml`), 3 sessions a week, templates
/// A and B in turn, deloads in weeks 4 and 8 at 60%: the exact doses and change texts.
@Suite struct FlagshipProgressionTests {
    let catalog: ExerciseCatalog
    let templates: [StabilizerOptions]

    init() throws {
        catalog = try Support.catalog()
        templates = try Support.flagshipOptions()
    }

    /// The level of a repetition exercise and of the plank, week by week.
    static let repsByWeek = ["2 x 10", "2 x 12", "2 x 14", "1 x 14", "2 x 15", "3 x 10", "3 x 12", "2 x 12"]
    static let plankByWeek = ["2 x 10 s", "2 x 15 s", "2 x 20 s", "1 x 20 s", "2 x 25 s", "2 x 30 s", "3 x 10 s", "2 x 10 s"]

    @Test func flagshipHasTwoStabilizerBlocksWithTheSameDoses() throws {
        #expect(templates.count == 2)
        #expect(templates[0].exerciseIDs == ["scapular-push-up", "prone-y-t-w", "plank", "chin-tuck"])
        #expect(templates[1].exerciseIDs == ["prone-y-t-w", "chin-tuck", "wall-push-up-plus", "plank"])
        for options in templates {
            #expect(options.sets == StartTarget(start: 2, target: 3))
            #expect(options.reps == StartTarget(start: 10, target: 15))
            #expect(options.holdSeconds == StartTarget(start: 10, target: 30))
            #expect(options.restSeconds == 45)
        }
    }

    @Test func everySessionOfEightWeeksHasTheExpectedDoses() throws {
        let run = try Runner(catalog: catalog, templates: templates).run(PlanShape(weeks: 8, perWeek: 3))
        #expect(run.blocks.count == 24)
        for planned in run.blocks {
            let ids = templates[planned.template].exerciseIDs
            #expect(planned.block.prescriptions.map(\.exerciseID) == ids)
            for prescription in planned.block.prescriptions {
                let expected = prescription.exerciseID == "plank"
                    ? Self.plankByWeek[planned.week - 1] : Self.repsByWeek[planned.week - 1]
                #expect(
                    "\(prescription.sets) x \(prescription.dose)" == expected,
                    "week \(planned.week), session \(planned.sessionNumber), \(prescription.exerciseID)")
                #expect(prescription.restSeconds == 45)
            }
        }
    }

    @Test func weekOneStartsAtTheStartDoseWithCatalogDetails() throws {
        let run = try Runner(catalog: catalog, templates: templates).run(PlanShape(weeks: 1, perWeek: 1))
        let block = try #require(run.blocks.first).block
        #expect(block.pluginID == "stabilizer-strength")
        #expect(block.title == "Stabilizers")
        #expect(block.notes.isEmpty)
        let expected = [
            Prescription(
                exerciseID: "scapular-push-up", sets: 2, dose: .reps(10), tempo: Tempo(phases: [2, 1, 2]),
                holdSeconds: 2, restSeconds: 45, note: "push the floor away · no sagging"),
            Prescription(
                exerciseID: "prone-y-t-w", sets: 2, dose: .reps(10), tempo: Tempo(phases: [2, 1, 2]), holdSeconds: 2,
                restSeconds: 45, note: "each position: Y, T and W · thumbs up · blades down and back · neck long",
                positions: 3),
            Prescription(
                exerciseID: "plank", sets: 2, dose: .hold(seconds: 10), restSeconds: 45,
                note: "push the floor away · hips level · neck neutral"),
            Prescription(
                exerciseID: "chin-tuck", sets: 2, dose: .reps(10), holdSeconds: 5, restSeconds: 45,
                note: "chin straight back · eyes level · hold"),
        ]
        #expect(block.prescriptions == expected)
        #expect(run.summary == "stabilizers start at 2 x 10 reps, holds 10 s")
    }

    @Test func changeTextsWeekByWeek() throws {
        let run = try Runner(catalog: catalog, templates: templates).run(PlanShape(weeks: 8, perWeek: 3))
        func changes(_ id: String) -> [String?] {
            run.blocks.flatMap { planned in
                planned.block.prescriptions.filter { $0.exerciseID == id }.map(\.change)
            }
        }
        // Scapular push-ups are in template A only: sessions 1, 3, 5, …, two or one of them a week.
        #expect(changes("scapular-push-up") == [
            nil, nil,  // week 1 (sessions 1, 3)
            "+2 reps if last week's 2 x 10 was done with pain at or under 3/10",  // week 2 (session 5)
            "+2 reps if last week's 2 x 12 was done with pain at or under 3/10", nil,  // week 3 (sessions 7, 9)
            "deload week: sets 2 -> 1",  // week 4 (session 11)
            "+1 rep (2 x 14 before the deload week)", nil,  // week 5
            "+1 set, back to 10 reps, if last week's 2 x 15 was done with pain at or under 3/10",  // week 6
            "+2 reps if last week's 3 x 10 was done with pain at or under 3/10", nil,  // week 7
            "deload week: sets 3 -> 2",  // week 8
        ])
        // Prone Y-T-W is in both templates: three sessions a week; only the first of each week changes.
        #expect(changes("prone-y-t-w") == [
            nil, nil, nil,
            "+2 reps if last week's 2 x 10 was done with pain at or under 3/10", nil, nil,
            "+2 reps if last week's 2 x 12 was done with pain at or under 3/10", nil, nil,
            "deload week: sets 2 -> 1", nil, nil,
            "+1 rep (2 x 14 before the deload week)", nil, nil,
            "+1 set, back to 10 reps, if last week's 2 x 15 was done with pain at or under 3/10", nil, nil,
            "+2 reps if last week's 3 x 10 was done with pain at or under 3/10", nil, nil,
            "deload week: sets 3 -> 2", nil, nil,
        ])
        #expect(changes("plank").compactMap { $0 } == [
            "+5 s hold if last week's 2 x 10 s was done with pain at or under 3/10",
            "+5 s hold if last week's 2 x 15 s was done with pain at or under 3/10",
            "deload week: sets 2 -> 1",
            "+5 s hold (2 x 20 s before the deload week)",
            "+5 s hold if last week's 2 x 25 s was done with pain at or under 3/10",
            "+1 set, back to 10 s, if last week's 2 x 30 s was done with pain at or under 3/10",
            "deload week: sets 3 -> 2",
        ])
    }

    @Test func deloadWeeksAreMarkedOnTheBlock() throws {
        let run = try Runner(catalog: catalog, templates: templates).run(PlanShape(weeks: 8, perWeek: 3))
        for planned in run.blocks {
            #expect(planned.block.notes == (planned.isDeload ? ["deload week: sets cut to 60%"] : []))
        }
    }

    @Test func aPlankBaselineSetsThePlanksStartHold() throws {
        let runner = Runner(catalog: catalog, templates: templates)
        let run = try runner.run(PlanShape(weeks: 8, perWeek: 3, baseline: ["plank-seconds": 20]))
        #expect(run.summary == "baseline plank 20 s -> plank 2 x 20 s")
        var plank: [String] = []
        for planned in run.blocks where planned.sessionInWeek == 1 {
            for prescription in planned.block.prescriptions where prescription.exerciseID == "plank" {
                plank.append("\(prescription.sets) x \(prescription.dose)")
            }
        }
        #expect(plank == ["2 x 20 s", "2 x 25 s", "2 x 30 s", "1 x 30 s", "3 x 20 s", "3 x 25 s", "3 x 30 s", "2 x 30 s"])
        // The other exercises are untouched by the plank baseline.
        let first = try #require(run.blocks.first).block.prescriptions
        #expect(first.filter { $0.exerciseID != "plank" }.allSatisfy { $0.sets == 2 && $0.dose == .reps(10) })
    }

    @Test(arguments: [(0, "baseline plank 0 s -> plank 2 x 10 s"), (25, "baseline plank 25 s -> plank 2 x 25 s"),
                      (90, "baseline plank 90 s -> plank 2 x 30 s"), (5000, "baseline plank 600 s -> plank 2 x 30 s")])
    func plankBaselineIsClampedToTheHoldRange(seconds: Int, summary: String) throws {
        let run = try Runner(catalog: catalog, templates: templates)
            .run(PlanShape(weeks: 1, perWeek: 1, baseline: ["plank-seconds": seconds]))
        #expect(run.summary == summary)
        let plank = try #require(run.blocks.first?.block.prescriptions.first { $0.exerciseID == "plank" })
        #expect(plank.dose == .hold(seconds: min(max(seconds, 10), 30)))
    }
}
