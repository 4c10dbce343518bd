import Foundation
import MobilityWarmUp
import PlanKit
import Testing
import YAMLKit
import ProtractTestSupport

/// The descriptor's example and defaults, and the plugin inside the registry with real programmes.
@Suite struct DescriptorTests {
    let catalog: ExerciseCatalog

    init() throws {
        catalog = try Support.catalog()
    }

    @Test func theDescriptorNamesThePluginAndItsOptions() {
        let descriptor = MobilityWarmUp.descriptor
        #expect(descriptor.id == "mobility-warmup")
        #expect(descriptor.options.map(\.key) == ["minutes", "foam-roller", "drills", "rotate"])
        #expect(descriptor.baselineKeys.isEmpty)
        #expect(descriptor.example.hasPrefix("- plugin: mobility-warmup\n"))
    }

    @Test func theExampleDecodesAndRuns() throws {
        let root = try #require(try YAMLParser().parse(MobilityWarmUp.descriptor.example))
        let block = try #require(root.sequence?.first)
        #expect(block.mapping?["plugin"]?.scalar?.value == "mobility-warmup")
        let options = try NodeDecoder().decode(MobilityWarmUp.Options.self, from: block.removingKey("plugin"))
        let plugin = try MobilityWarmUp(options: options, catalog: catalog)
        let plan = Support.run([plugin], sessions: Support.sessions(weeks: 4, perWeek: 3, catalog: catalog),
            catalog: catalog)
        #expect(plan.count == 12)
        #expect(plan.allSatisfy { $0.prescriptions.count >= 2 })
        #expect(plan.flatMap(\.prescriptions).allSatisfy { catalog.contains($0.exerciseID) })
    }

    @Test func everyDocumentedDefaultIsTheRealDefault() throws {
        let defaults = try Support.plugin("{}", catalog: catalog)
        for option in MobilityWarmUp.descriptor.options {
            let value = try #require(option.defaultValue)
            let plugin = try Support.plugin("\(option.key): \(value)\n", catalog: catalog)
            #expect(plugin.minutes == defaults.minutes, "\(option.key)")
            #expect(plugin.foamRoller == defaults.foamRoller, "\(option.key)")
            #expect(plugin.rotate == defaults.rotate, "\(option.key)")
            #expect(plugin.drills == defaults.drills, "\(option.key)")
        }
    }

    @Test func theFlagshipsWarmUpBlocksConfigureInTheRegistry() throws {
        let url = Repository.root.appendingPathComponent("Programs/upper-back-rehab.yaml")
        let file = SourceFile(name: "upper-back-rehab.yaml", bytes: try [UInt8](Data(contentsOf: url)))
        var programme = try YAMLDocument.load(file).decode(Programme.self)
        let warmUps = programme.sessions.map { $0.blocks.filter { $0.plugin.value == "mobility-warmup" } }
        #expect(warmUps.map(\.count) == [1, 1])
        // The merge key (`<<: *warm-up`) gives template B the same minutes and its own drills.
        let options = try warmUps.map { blocks in
            try NodeDecoder().decode(MobilityWarmUp.Options.self, from: try #require(blocks.first).node.removingKey("plugin"))
        }
        #expect(options.map(\.minutes.value) == [8, 8])
        #expect(options.map(\.foamRoller) == [false, false])
        #expect(options.map { $0.drills?.map(\.value) ?? [] } == [
            ["cat-cow", "open-book", "quadruped-t-spine-rotation", "wall-slide", "doorway-pec-stretch"],
            ["cat-cow", "thread-the-needle", "open-book", "wall-slide", "doorway-pec-stretch"],
        ])
        for index in programme.sessions.indices { programme.sessions[index].blocks = warmUps[index] }
        // Activate's own templates reuse the same warm-ups (issue 14).
        for phase in programme.phases.indices {
            for index in programme.phases[phase].sessions.indices {
                programme.phases[phase].sessions[index].blocks.removeAll { $0.plugin.value != "mobility-warmup" }
            }
        }
        let registry = try PluginRegistry([MobilityWarmUp.self])
        let configured = try registry.configure(programme, catalog: catalog)
        #expect(configured.baselineKeys.isEmpty)
    }

    @Test func theRegistryReportsABadDrillAtItsPlaceInTheProgramme() throws {
        let yaml = """
            id: warm-up-only
            title: Warm-up only
            summary: Two warm-ups.
            weeks: 4
            schedule: {days: [mon, thu], time: "07:30", min-rest-hours: 48}
            sessions:
              - title: A
                blocks:
                  - plugin: mobility-warmup
                    minutes: 6
              - title: B
                blocks:
                  - plugin: mobility-warmup
                    drills: [cat-cow, opn-book]
                    minutes: 21
            safety:
              stop-if: [sharp pain]
              see-a-clinician: [numbness down an arm]
            """
        let programme = try YAMLDocument.load(SourceFile(name: "p.yaml", text: yaml)).decode(Programme.self)
        let registry = try PluginRegistry([MobilityWarmUp.self])
        let error = try #require(throws: YAMLError.self) { try registry.configure(programme, catalog: catalog) }
        #expect(error.diagnostics.map { "\($0.description) [\($0.path)]" } == [
            "14:27: error: no exercise has the id 'opn-book' [sessions[1].blocks[0].drills[1]]",
            "15:18: error: 'minutes' must be from 3 to 20, found 21 [sessions[1].blocks[0].minutes]",
        ])
    }
}
