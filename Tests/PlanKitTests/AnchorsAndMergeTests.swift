import PlanKit
import Testing
import YAMLKit

/// Authors reuse blocks with anchors, aliases and merge keys.
@Suite struct AnchorsAndMergeTests {
    static let text = """
        id: anchor-plan
        title: Anchors
        summary: Reuses blocks.
        weeks: 4
        schedule: {days: [mon, thu], time: "18:00", min-rest-hours: 48}
        sessions:
          - title: A
            blocks:
              - &warm {plugin: mobility-warmup, minutes: 5}
              - &base
                plugin: stabilizer-strength
                sets: 2
                reps: 10
          - title: B
            blocks:
              - *warm
              - <<: [*base]
                sets: 3
          - title: C
            blocks:
              - <<: *base
                plugin: push-up-progresion
        safety:
          stop-if: [sharp pain]
          see-a-clinician: [numbness]

        """

    @Test func aliasesAndMergeKeysBuildTheBlocks() throws {
        let valid = Self.text.replacingFirst("plugin: push-up-progresion", with: "plugin: push-up-progression")
        let programme = try Fixture.load(valid)
        #expect(programme.sessions.map(\.title) == ["A", "B", "C"])
        let b = try #require(programme.sessions.dropFirst().first)
        #expect(b.blocks.map(\.plugin.value) == ["mobility-warmup", "stabilizer-strength"])
        #expect(b.blocks.first?.node.mapping?["minutes"]?.scalar?.value == "5")
        let merged = try #require(b.blocks.last?.node.mapping)
        #expect(merged["sets"]?.scalar?.value == "3")
        #expect(merged["reps"]?.scalar?.value == "10")
        let c = try #require(programme.sessions.last?.blocks.first)
        #expect(c.plugin.value == "push-up-progression")
        #expect(c.optionKeys.sorted() == ["reps", "sets"])
    }

    @Test func anErrorInAMergedBlockPointsAtWhereItWasWritten() throws {
        #expect(try Fixture.rendered(Self.text) == """
            plan.yaml:22:17: error: no plugin has the id 'push-up-progresion'
               22 |         plugin: push-up-progresion
                  |                 ^~~~~~~~~~~~~~~~~~
                  = in: sessions[2].blocks[0].plugin
                  = help: did you mean 'push-up-progression'? the plugins are mobility-warmup, stabilizer-strength, push-up-progression

            """)
    }

    @Test func anErrorInsideAnAnchoredBlockIsReportedForEveryUse() throws {
        let text = Self.text.replacingFirst("plugin: stabilizer-strength", with: "plugin: stabiliser-strength")
            .replacingFirst("plugin: push-up-progresion", with: "plugin: push-up-progression")
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(\.path) == ["sessions[0].blocks[1].plugin", "sessions[1].blocks[1].plugin"])
        #expect(diagnostics.allSatisfy { $0.range?.start == SourceLocation(line: 11, column: 17) })
    }
}
