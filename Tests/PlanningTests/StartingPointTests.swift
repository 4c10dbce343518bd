import Foundation
import PlanKit
import Testing
import YAMLKit

/// The plan's header (`Start:` lines, JSON `startingPoints`) says what the first sessions
/// prescribe: a stabilizer that the push-up step has not reached is named as the easier variant
/// the sessions give (rule S1), not as written (trial: a rehab programme's `{id: plank,
/// hold-seconds: 20-40}` said "forearm plank 2 x 20 s" while every session gave an incline plank).
@Suite struct StartingPointTests {
    static let start = CivilDate(year: 2026, month: 12, day: 7) ?? CivilDate(daysSinceEpoch: 20_429)

    /// The flagship with its plank given a dose of its own in both templates.
    static func plankWithItsOwnDose() throws -> ConfiguredProgramme {
        var text = String(decoding: try Flagship.source("Programs/upper-back-rehab.yaml").bytes, as: UTF8.self)
        text = text.replacingOccurrences(
            of: "prone-scapular-retraction, plank, chin-tuck]",
            with: "prone-scapular-retraction, {id: plank, hold-seconds: 20-40}, chin-tuck]")
        text = text.replacingOccurrences(of: "\n          - plank\n", with: "\n          - {id: plank, hold-seconds: 20-40}\n")
        #expect(text.components(separatedBy: "{id: plank, hold-seconds: 20-40}").count == 3, "both templates")
        let registry = try Flagship.registry()
        let loader = ProgrammeLoader(validator: ProgrammeValidator(catalog: try Flagship.catalog(), pluginIDs: registry.ids))
        let programme = try loader.programme(from: SourceFile(name: "rehab-plank.yaml", bytes: Array(text.utf8)))
        return try Flagship.configured(programme)
    }

    /// The first session's prescription of the plank slot (the plank or its easier variant).
    static func firstPlank(_ plan: Plan) throws -> Prescription {
        let planks = ["plank", "knee-plank", "incline-plank", "wall-plank"]
        let first = try #require(plan.sessions.first)
        return try #require(first.blocks.flatMap(\.prescriptions).first { planks.contains($0.exerciseID) })
    }

    @Test func aPlankOfItsOwnDoseIsNamedAsTheVariantTheSessionsGive() throws {
        let configured = try Self.plankWithItsOwnDose()
        let plan = try Planner().plan(configured, for: Athlete(start: Self.start, baseline: ["push-ups": 8]))
        let plank = try Self.firstPlank(plan)
        #expect(plank.exerciseID == "incline-plank")
        #expect(plank.sets == 2 && plank.dose == .hold(seconds: 20))
        #expect(plan.startingPoints.first == "stabilizers start at 2 x 10 reps; incline plank 2 x 20 s [easier variant "
            + "to match your push-up step (low incline push-up): the forearm plank comes later], "
            // The second template's Y-T-W, with a dose of its own, is named too: the header says every start.
            + "prone Y-T-W raise 2 x 6")
    }

    @Test func withoutABaselineTheLaddersFirstStepChoosesTheVariant() throws {
        let configured = try Self.plankWithItsOwnDose()
        let plan = try Planner().plan(configured, for: Athlete(start: Self.start))
        // No baseline: the ladder's first step, the wall push-up; the sessions give the wall plank.
        #expect(try Self.firstPlank(plan).exerciseID == "wall-plank")
        #expect(plan.startingPoints.first?.contains("; wall plank 2 x 20 s [easier variant") == true)
    }

    @Test func aPlankBaselineBelowThePushUpStepSaysTheVariantAndWhy() throws {
        let configured = try Flagship.configured(try Flagship.programme())
        let plan = try Planner().plan(
            configured, for: Athlete(start: Self.start, baseline: ["push-ups": 8, "plank-seconds": 30]))
        let plank = try Self.firstPlank(plan)
        #expect(plank.exerciseID == "incline-plank")
        #expect(plank.sets == 2 && plank.dose == .hold(seconds: 10))
        #expect(plan.startingPoints.first == "baseline plank 30 s: incline plank 2 x 10 s to match your push-up step "
            + "(low incline push-up); the forearm plank comes later, from 15 s (at most half of it), and never goes "
            + "above 30 s")
    }
}
