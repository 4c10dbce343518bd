import PlanKit
import PushUpProgression
import Testing
import YAMLKit

/// The rules of docs/prescription-rules.md over every built-in programme, for push-up baselines
/// 0-100 and plank tests, planned for 52 weeks (issue 13):
/// - S1: no stabilizer harder than the push-up step of the same session;
/// - S2: no forearm plank longer than the tested plank max;
/// - S3: no Y-T-W set above 10 per position;
/// - P6/S4: no week-over-week rise above 20% (or one per set) outside the first week of a new step.
/// - P7: retests only as tests: one set to technical failure, first in its block before working
///   sets, 3 min rest, on full push-ups from the push-up up or on the step itself, never in another block.
@Suite struct PrescriptionRulesPropertyTests {
    static let pushUps = [0, 1, 3, 6, 10, 15, 20, 30, 50, 100]
    static let planks: [Int?] = [nil, 5, 10, 30]

    struct Case: CustomStringConvertible {
        var programme: String
        var pushUps: Int
        var plank: Int?
        var description: String { "\(programme), push-ups=\(pushUps), plank-seconds=\(plank.map(String.init) ?? "none")" }
    }

    static let cases: [Case] = BuiltInProgrammeTests.names.flatMap { name in
        pushUps.flatMap { count in planks.map { Case(programme: name, pushUps: count, plank: $0) } }
    }

    static func plan(_ test: Case) throws -> (Plan, ExerciseCatalog) {
        let configured = try Flagship.configured(try Flagship.programme(test.programme))
        var baseline: [String: Int] = [:]
        let keys = Set(configured.baselineKeys.map(\.key))
        if keys.contains("push-ups") { baseline["push-ups"] = test.pushUps }
        if keys.contains("plank-seconds"), let plank = test.plank { baseline["plank-seconds"] = plank }
        let athlete = Athlete(start: BuiltInProgrammeTests.start, weeks: 52, baseline: baseline)
        return (try Planner().plan(configured, for: athlete), configured.catalog)
    }

    @Test(arguments: cases)
    func theRulesHoldForEveryWeek(test: Case) throws {
        let (plan, catalog) = try Self.plan(test)
        #expect(plan.weeks.count == 52, "\(test)")
        var pushUpStep: String?
        for session in plan.sessions {
            let pushUps = session.blocks.first { $0.pluginID == "push-up-progression" }
            if let working = pushUps?.prescriptions.last { pushUpStep = working.exerciseID }
            for block in session.blocks where block.pluginID == "stabilizer-strength" {
                for prescription in block.prescriptions {
                    let exercise = try #require(catalog.exercise(prescription.exerciseID))
                    // S1: the variant's push-up step is reached (the step of this session).
                    if let needed = exercise.needsStep?.value, let step = pushUpStep {
                        #expect(catalog.isStep(step, atLeast: needed),
                                "\(test): week \(session.week) \(exercise.id) beside \(step)")
                    }
                    // S2: never a plank above the tested max (and none under a 6 s max).
                    if exercise.id == "plank", let plank = test.plank {
                        #expect(plank >= 6 && prescription.dose.amount <= plank,
                                "\(test): week \(session.week) plank \(prescription.dose.amount) s")
                    }
                    // S3: 10 per position at most.
                    if exercise.positions.count > 1 {
                        #expect(prescription.dose.amount <= 10, "\(test): week \(session.week) \(exercise.id)")
                    }
                }
            }
        }
        checkPushUpRise(plan, test)
        checkStabilizerRise(plan, test)
        checkRetests(plan, test)
    }

    /// P7: a test is never a fixed dose, and a fixed dose is never called a retest.
    func checkRetests(_ plan: Plan, _ test: Case) {
        let easier: Set = ["wall-push-up", "high-incline-push-up", "low-incline-push-up", "knee-push-up"]
        for session in plan.sessions {
            for block in session.blocks {
                for (index, prescription) in block.prescriptions.enumerated() {
                    let calledRetest = prescription.change == PushUpProgression.retestChange
                    #expect(calledRetest == prescription.dose.isTest, "\(test): week \(session.week) \(prescription)")
                    guard prescription.dose.isTest else { continue }
                    #expect(block.pluginID == "push-up-progression", "\(test)")
                    #expect(index == 0 && block.prescriptions.count == 2, "\(test): the test opens the block")
                    #expect(prescription.sets == 1 && prescription.restSeconds == 180, "\(test)")
                    let step = block.prescriptions.last?.exerciseID ?? ""
                    #expect(prescription.exerciseID == (easier.contains(step) ? step : "push-up"),
                            "\(test): week \(session.week) tests \(prescription.exerciseID) on \(step)")
                }
            }
        }
    }

    /// P6: a regular week's push-up reps are at most 20% (or one per set) above the latest regular
    /// week's, or the dose that week ended on held all week, unless the step changed.
    func checkPushUpRise(_ plan: Plan, _ test: Case) {
        var reference: (reps: Int, last: Prescription)?
        for week in plan.weeks where !week.isDeload {
            let working = week.sessions.compactMap {
                $0.blocks.first { $0.pluginID == "push-up-progression" }?.prescriptions.last
            }
            guard let last = working.last else { continue }
            let reps = working.reduce(0) { $0 + $1.totalReps }
            let steps = Set(working.map(\.exerciseID))
            if let reference, steps == [reference.last.exerciseID] {
                let held = working.count * reference.last.totalReps
                let cap = max(WeeklyRise.cap(reference.reps, minimum: last.sets), held)
                #expect(reps <= cap, "\(test): week \(week.number) \(reps) push-ups after \(reference.reps)")
            }
            reference = (reps, last)
        }
    }

    /// S4: each stabilizer exercise's per-session dose rises at most 20% (or one per set) from one
    /// regular week to the next on the same variant, but for a set of reps added at the start.
    func checkStabilizerRise(_ plan: Plan, _ test: Case) {
        var last: [String: Prescription] = [:]
        for week in plan.weeks where !week.isDeload {
            var seen: [String: Prescription] = [:]
            for session in week.sessions {
                for block in session.blocks where block.pluginID == "stabilizer-strength" {
                    for prescription in block.prescriptions where seen[prescription.exerciseID] == nil {
                        seen[prescription.exerciseID] = prescription
                    }
                }
            }
            for (id, now) in seen {
                // An added set of reps goes back to the range's start, whatever the bound.
                let addedRepsSet = { (before: Prescription) in
                    now.totalReps > 0 && now.sets == before.sets + 1 && now.dose.amount < before.dose.amount
                }
                if let before = last[id], !addedRepsSet(before) {
                    let volume = now.sets * now.dose.amount
                    let cap = WeeklyRise.cap(before.sets * before.dose.amount, minimum: before.sets)
                    #expect(volume <= cap, "\(test): week \(week.number) \(id) \(now.sets) x \(now.dose.amount)")
                }
                last[id] = now
            }
        }
    }
}
