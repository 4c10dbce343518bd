import PlanKit
import Testing
import YAMLKit

/// Blocks name their plugin by id; until the plugins exist, the three built-in ids are the known ones.
@Suite struct PluginReferenceTests {
    @Test func anUnknownPluginSuggestsTheNearest() throws {
        let text = try Fixture.programme(("plugin: push-up-progression", "plugin: push-up-progresion"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:18:18: error: no plugin has the id 'push-up-progresion'
               18 |       - {plugin: push-up-progresion, sets: 3}
                  |                  ^~~~~~~~~~~~~~~~~~
                  = in: sessions[0].blocks[1].plugin
                  = help: did you mean 'push-up-progression'? the plugins are mobility-warmup, stabilizer-strength, push-up-progression

            """)
    }

    @Test func anUnknownPluginWithNothingNear() throws {
        let text = try Fixture.programme(("plugin: push-up-progression", "plugin: yoga"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["18:18 sessions[0].blocks[1].plugin: no plugin has the id 'yoga'"])
        #expect(diagnostics.first?.help == "the plugins are mobility-warmup, stabilizer-strength, push-up-progression")
    }

    @Test func aBlockWithoutAPlugin() throws {
        let text = try Fixture.programme(("{plugin: push-up-progression, sets: 3}", "{sets: 3}"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(\.path) == ["sessions[0].blocks[1].plugin"])
        #expect(diagnostics.first?.range?.start.line == 18)
    }

    @Test func blockOptionsAreKeptForThePlugin() throws {
        let programme = try Fixture.load(Fixture.base)
        let block = try #require(programme.sessions.first?.blocks.last)
        #expect(block.plugin.value == "push-up-progression")
        #expect(block.plugin.range?.start == SourceLocation(line: 18, column: 18))
        #expect(block.optionKeys == ["sets"])
        #expect(block.node.mapping?["sets"]?.scalar?.value == "3")
    }

    @Test func validatorErrorsComeInSourceOrder() throws {
        // A plugin error (line 18) and an exercise error (line 20) come out by line, not by kind of check.
        let text = try Fixture.programme(
            ("plugin: push-up-progression", "plugin: pushups"),
            ("exercises: []\n", "exercises:\n" + Fixture.rowExercise.replacingFirst("id: band-row", with: "id: plank") + "\n"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(\.path) == ["sessions[0].blocks[1].plugin", "exercises[0].id"])
    }
}

/// The one check of a plugin id that the validator, the registry and `protract plugins` share.
@Suite struct UnknownPluginIDTests {
    let known = ["mobility-warmup", "stabilizer-strength", "push-up-progression"]

    @Test func aKnownIdPasses() {
        #expect(UnknownPluginID("stabilizer-strength", known: known) == nil)
    }

    @Test func anUnknownIdNamesTheNearestAndTheList() throws {
        let unknown = try #require(UnknownPluginID("stabiliser-strength", known: known))
        #expect(unknown.message == "no plugin has the id 'stabiliser-strength'")
        #expect(unknown.suggestion == "stabilizer-strength")
        let diagnostic = unknown.diagnostic(at: nil, path: "sessions[0].blocks[0].plugin")
        #expect(diagnostic.help == "did you mean 'stabilizer-strength'? the plugins are "
            + "mobility-warmup, stabilizer-strength, push-up-progression")
    }
}
