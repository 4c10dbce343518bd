import Foundation
import MobilityWarmUp
import PlanKit
import Testing
import YAMLKit
import ProtractTestSupport

/// The plugin run by the real planner over the flagship programme's warm-up blocks.
@Suite struct EngineTests {
    let catalog: ExerciseCatalog

    init() throws {
        catalog = try Support.catalog()
    }

    func flagshipWarmUpsOnly() throws -> Programme {
        let url = Repository.root.appendingPathComponent("Programs/upper-back-rehab.yaml")
        let file = SourceFile(name: "upper-back-rehab.yaml", bytes: try [UInt8](Data(contentsOf: url)))
        var programme = try YAMLDocument.load(file).decode(Programme.self)
        for index in programme.sessions.indices {
            programme.sessions[index].blocks.removeAll { $0.plugin.value != "mobility-warmup" }
        }
        // Activate's own templates too (issue 14).
        for phase in programme.phases.indices {
            for index in programme.phases[phase].sessions.indices {
                programme.phases[phase].sessions[index].blocks.removeAll { $0.plugin.value != "mobility-warmup" }
            }
        }
        return programme
    }

    @Test func thePlannerGivesTheFlagshipItsRotatingWarmUps() throws {
        let configured = try PluginRegistry([MobilityWarmUp.self]).configure(try flagshipWarmUpsOnly(), catalog: catalog)
        let start = try #require(CivilDate(year: 2026, month: 12, day: 7))
        let plan = try Planner().plan(configured, for: Athlete(start: start))
        let blocks = plan.weeks.flatMap(\.sessions).flatMap(\.blocks)
        #expect(blocks.count == 24)
        #expect(blocks.prefix(3).map(Support.summary) == [
            // Five drills in 8 minutes, the chest stretch 30 s a side; drills take a second set while time is left.
            ["cat-cow 2x8", "open-book 2x6/side", "quadruped-t-spine-rotation 2x6/side", "wall-slide 1x10",
             "doorway-pec-stretch 1x30s/side"],
            ["cat-cow 2x8", "thread-the-needle 2x5/side", "open-book 2x6/side", "wall-slide 1x10",
             "doorway-pec-stretch 1x30s/side"],
            ["open-book 2x6/side", "quadruped-t-spine-rotation 2x6/side", "wall-slide 1x10",
             "doorway-pec-stretch 1x30s/side", "cat-cow 2x8"],
        ])
        // Week 5 is the flagship's deload: the warm-up is the one the rotation gives, only noted.
        let deload = try #require(plan.weeks.first { $0.number == 5 })
        #expect(deload.isDeload)
        #expect(deload.sessions.allSatisfy { $0.blocks.first?.notes.last == MobilityWarmUp.deloadNote })
        #expect(plan.weeks.flatMap(\.sessions).allSatisfy { (8...9).contains($0.durationMinutes) })
        #expect(plan.startingPoints.isEmpty)
        // The same inputs give the same plan.
        #expect(try Planner().plan(configured, for: Athlete(start: start)) == plan)
    }
}
