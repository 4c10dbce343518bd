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

    /// The level of a repetition exercise, of the prone Y-T-W (6 to 10 per position, then light
    /// weights) and of the plank (no week more than 20% above the one before), week by week.
    static let repsByWeek = ["2 x 10", "2 x 12", "2 x 14", "1 x 14", "2 x 15", "3 x 10", "3 x 12", "2 x 12"]
    static let yTWByWeek = ["2 x 6", "2 x 7", "2 x 8", "1 x 8", "2 x 9", "2 x 10", "2 x 6", "1 x 6"]
    static let plankByWeek = ["2 x 10 s", "2 x 12 s", "2 x 14 s", "1 x 14 s", "2 x 16 s", "2 x 19 s", "2 x 22 s", "1 x 22 s"]

    @Test func flagshipHasTwoStabilizerBlocksWithTheSameDoses() throws {
        #expect(templates.count == 2)
        #expect(templates[0].exerciseIDs == ["scapular-push-up", "prone-scapular-retraction", "plank", "chin-tuck"])
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
                .map { $0 == "prone-y-t-w" && planned.week >= 7 ? "prone-y-t-w-light-load" : $0 }
            #expect(planned.block.prescriptions.map(\.exerciseID) == ids)
            for prescription in planned.block.prescriptions {
                let expected = switch prescription.exerciseID {
                case "plank": Self.plankByWeek[planned.week - 1]
                case "prone-y-t-w", "prone-y-t-w-light-load": Self.yTWByWeek[planned.week - 1]
                default: Self.repsByWeek[planned.week - 1]
                }
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
                exerciseID: "prone-scapular-retraction", sets: 2, dose: .reps(10), tempo: Tempo(phases: [2, 1, 2]),
                holdSeconds: 3, restSeconds: 45, note: "blades together and down · elbows lift · neck long"),
            Prescription(
                exerciseID: "plank", sets: 2, dose: .hold(seconds: 10), restSeconds: 45,
                note: "push the floor away · hips level · neck neutral"),
            Prescription(
                exerciseID: "chin-tuck", sets: 2, dose: .reps(10), holdSeconds: 5, restSeconds: 45,
                note: "chin straight back · eyes level · hold"),
        ]
        #expect(block.prescriptions == expected)
        #expect(run.summary == "stabilizers start at 2 x 10 reps, forearm plank 2 x 10 s")
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
            "+1 rep on the 2 x 14 before the deload week, if last week's 1 x 14 was done with pain at or under 3/10", nil,  // week 5
            "+1 set, back to 10 reps, if last week's 2 x 15 was done with pain at or under 3/10",  // week 6
            "+2 reps if last week's 3 x 10 was done with pain at or under 3/10", nil,  // week 7
            "deload week: sets 3 -> 2",  // week 8
        ])
        // Prone Y-T-W is in template B: one or two sessions a week; only the first of each week
        // changes, a rep per position at a time (a week at most 20% above the one before), and at
        // 10 per position it takes light weights without a third set.
        #expect(changes("prone-y-t-w") == [
            nil,  // week 1 (session 2; template B only since the prone shoulder-blade squeeze took its place in A)
            "+1 rep if last week's 2 x 6 was done with pain at or under 3/10", nil,  // week 2
            "+1 rep if last week's 2 x 7 was done with pain at or under 3/10",  // week 3
            "deload week: sets 2 -> 1", nil,  // week 4
            "+1 rep on the 2 x 8 before the deload week, if last week's 1 x 8 was done with pain at or under 3/10",  // week 5
            "+1 rep if last week's 2 x 9 was done with pain at or under 3/10", nil,  // week 6
        ])
        #expect(changes("prone-y-t-w-light-load").compactMap { $0 } == [
            "harder variant: prone Y-T-W raise with light weights, back to 2 x 6",
            "deload week: sets 2 -> 1",
        ])
        #expect(changes("plank").compactMap { $0 } == [
            "+2 s hold if last week's 2 x 10 s was done with pain at or under 3/10",
            "+2 s hold if last week's 2 x 12 s was done with pain at or under 3/10",
            "deload week: sets 2 -> 1",
            "+2 s hold on the 2 x 14 s before the deload week, if last week's 1 x 14 s was done with pain at or under 3/10",
            "+3 s hold if last week's 2 x 16 s was done with pain at or under 3/10",
            "+3 s hold if last week's 2 x 19 s was done with pain at or under 3/10",
            "deload week: sets 2 -> 1",
        ])
    }

    @Test func deloadWeeksAreMarkedOnTheBlock() throws {
        let run = try Runner(catalog: catalog, templates: templates).run(PlanShape(weeks: 8, perWeek: 3))
        for planned in run.blocks {
            #expect(planned.block.notes == (planned.isDeload ? ["deload week: sets cut to 60% (to the nearest set, an exact half down; at least 1)"] : []))
        }
    }

    @Test func aPlankBaselineStartsThePlankAtHalfOfIt() throws {
        let runner = Runner(catalog: catalog, templates: templates)
        let run = try runner.run(PlanShape(weeks: 8, perWeek: 3, baseline: ["plank-seconds": 20]))
        #expect(run.summary == "baseline plank 20 s: the forearm plank starts at 2 x 10 s (at most half of it) and never goes above 20 s")
        var plank: [String] = []
        for planned in run.blocks where planned.sessionInWeek == 1 {
            for prescription in planned.block.prescriptions where prescription.exerciseID == "plank" {
                plank.append("\(prescription.sets) x \(prescription.dose)")
            }
        }
        // Up to the tested 20 s and no further (week 8 is a deload).
        #expect(plank == ["2 x 10 s", "2 x 12 s", "2 x 14 s", "1 x 14 s", "2 x 16 s", "2 x 19 s", "2 x 20 s", "1 x 20 s"])
        // The other exercises are untouched by the plank baseline.
        let first = try #require(run.blocks.first).block.prescriptions
        #expect(first.filter { $0.exerciseID != "plank" && $0.exerciseID != "prone-y-t-w" }
            .allSatisfy { $0.sets == 2 && $0.dose == .reps(10) })
    }

    /// Rule S2: holds start at half the tested max, never above it; under 6 s, an easier plank.
    @Test(arguments: [
        (6, "baseline plank 6 s: the forearm plank starts at 2 x 3 s (at most half of it) and never goes above 6 s", 3),
        (20, "baseline plank 20 s: the forearm plank starts at 2 x 10 s (at most half of it) and never goes above 20 s", 10),
        (30, "baseline plank 30 s: the forearm plank starts at 2 x 15 s (at most half of it) and never goes above 30 s", 15),
        (90, "baseline plank 90 s: the forearm plank starts at 2 x 30 s (at most half of it) and never goes above 90 s", 30),
        (5000, "baseline plank 600 s: the forearm plank starts at 2 x 30 s (at most half of it) and never goes above 600 s", 30),
    ])
    func plankBaselineStartsAtHalfTheMax(seconds: Int, summary: String, hold: Int) throws {
        let run = try Runner(catalog: catalog, templates: templates)
            .run(PlanShape(weeks: 1, perWeek: 1, baseline: ["plank-seconds": seconds]))
        #expect(run.summary == summary)
        let plank = try #require(run.blocks.first?.block.prescriptions.first { $0.exerciseID == "plank" })
        #expect(plank.dose == .hold(seconds: hold))
    }

    @Test(arguments: [0, 3, 5])
    func aPlankMaxUnderSixSecondsGivesAnEasierPlank(seconds: Int) throws {
        let run = try Runner(catalog: catalog, templates: templates)
            .run(PlanShape(weeks: 1, perWeek: 1, baseline: ["plank-seconds": seconds]))
        #expect(run.summary == "baseline plank \(seconds) s: knee plank 2 x 10 s until you can hold the forearm plank 6 s")
        let prescriptions = try #require(run.blocks.first).block.prescriptions
        #expect(!prescriptions.contains { $0.exerciseID == "plank" })
        let knee = try #require(prescriptions.first { $0.exerciseID == "knee-plank" })
        #expect(knee.change == "easier variant for a plank max of \(seconds) s: the forearm plank comes later")
    }

    @Test func plusOneSetNeverHalvesAHold() throws {
        // 2 x 30 s reached: the third set comes at 24 s (72 s, +20%), not back at 10 s.
        let options = StabilizerOptions(exercises: ["plank"], sets: StartTarget(start: 2, target: 3),
                                        holdSeconds: StartTarget(fixed: 30))
        let run = try Runner(catalog: catalog, templates: [options]).run(PlanShape(weeks: 2, perWeek: 1))
        #expect(run.blocks.map { $0.block.prescriptions.map(\.short) } == [["plank 2 x 30 s"], ["plank 3 x 24 s"]])
        #expect(run.blocks[1].block.prescriptions.first?.change
            == "+1 set if last week's 2 x 30 s was done with pain at or under 3/10, 24 s each: the week's holds rise at most 20%")
    }

    @Test(arguments: [
        (StartTarget(start: 1, target: 3), StartTarget(start: 8, target: 12), "chin-tuck 1 x 12", "chin-tuck 2 x 8"),
        (StartTarget(start: 1, target: 2), StartTarget(start: 5, target: 6), "chin-tuck 1 x 6", "chin-tuck 2 x 5"),
    ])
    func plusOneSetNeverTakesRepsBelowTheRangesStart(sets: StartTarget, reps: StartTarget, top: String, added: String)
        throws
    {
        // Before: 1 x 12 -> 2 x 7 and 1 x 6 -> 2 x 3, so that the week rose at most 20%. The
        // author's range wins: a set added goes back to its start, never below it.
        let options = StabilizerOptions(exercises: ["chin-tuck", "prone-scapular-retraction"], sets: sets, reps: reps)
        let run = try Runner(catalog: catalog, templates: [options]).run(PlanShape(weeks: 8, perWeek: 2, deloadEvery: nil))
        let doses = run.blocks.flatMap { $0.block.prescriptions }
        #expect(doses.allSatisfy { $0.dose.amount >= reps.start }, "\(doses.map(\.short))")
        let chinTuck = doses.filter { $0.exerciseID == "chin-tuck" }.map(\.short)
        let at = try #require(chinTuck.lastIndex(of: top))
        #expect(chinTuck.indices.contains(at + 1) && chinTuck[at + 1] == added, "\(chinTuck)")
        let change = try #require(doses.first { $0.short == added }?.change)
        #expect(change.hasPrefix("+1 set, back to \(reps.start) reps"), "\(change)")
    }
}
