import PlanKit
import Testing
import YAMLKit

/// `PluginOption`: one declaration gives the descriptor's entry, the schema and the decoded value.
@Suite struct PluginOptionTests {
    /// A block with three options, declared once each.
    struct Demo: Decodable {
        static let sets = PluginOption<Int>("sets", default: 3, in: 1...6, help: "3 is usual", summary: "Sets.")
        static let slow = PluginOption("slow", type: "true or false", default: false, schema: .boolean, summary: "Slow.")
        static let every = PluginOption<Int?>("every", type: "weeks", in: 2...12, unit: "weeks", summary: "Every.")
        static let all = [sets.declaration, slow.declaration, every.declaration]

        var sets: Int
        var slow: Bool
        var every: Int?

        init(from decoder: any Decoder) throws {
            let keys = try decoder.container(listing: Self.all.map(\.key))
            let recorder = decoder.recorder()
            sets = keys.decode(Self.sets, recorder: recorder)
            slow = keys.decode(Self.slow, recorder: recorder)
            every = keys.decode(Self.every, recorder: recorder)
            try recorder.check()
        }
    }

    func decode(_ yaml: String) throws -> Demo {
        let root = try #require(try YAMLParser().parse(yaml))
        return try NodeDecoder().decode(Demo.self, from: root)
    }

    func diagnostics(_ yaml: String) throws -> [Diagnostic] {
        let root = try #require(try YAMLParser().parse(yaml))
        return #expect(throws: YAMLError.self) { try NodeDecoder().decode(Demo.self, from: root) }?.diagnostics ?? []
    }

    @Test func theDeclarationGivesTheDescriptorEntry() {
        #expect(Demo.sets.declaration == PluginDescriptor.Option(
            key: "sets", type: "whole number, 1 to 6", defaultValue: "3", summary: "Sets.", schema: .integer(1...6)))
        #expect(Demo.slow.declaration.defaultValue == "false")
        #expect(Demo.every.declaration.defaultValue == nil)
        #expect(Demo.every.declaration.type == "weeks")
    }

    @Test func theDefaultsFillAbsentAndNullKeys() throws {
        let absent = try decode("{}")
        #expect(absent.sets == 3 && absent.slow == false && absent.every == nil)
        let null = try decode("{sets: null, slow: ~, every: null}")
        #expect(null.sets == 3 && null.slow == false && null.every == nil)
        let written = try decode("{sets: 5, slow: true, every: 4}")
        #expect(written.sets == 5 && written.slow == true && written.every == 4)
    }

    @Test func everyProblemIsLocatedAndTheRestIsStillRead() throws {
        let found = try diagnostics("sets: 9\nslow: maybe\nevery: 13\nsetz: 1\n")
        #expect(found.map(\.message) == [
            "'sets' must be from 1 to 6, found 9", "expected true or false for 'slow', found \"maybe\"",
            "'every' must be from 2 to 12 weeks, found 13", "unknown key 'setz' at the top level",
        ])
        #expect(found.first?.help == "3 is usual")
        // 'sets' is written already: suggesting it would give a duplicate key (issue 14).
        #expect(found.last?.help == "the keys allowed here are 'sets', 'slow', 'every'")
        #expect(try diagnostics("setz: 1\n").last?.help == "did you mean 'sets'?")
    }

    @Test func theSchemaComesFromTheDeclarations() {
        let descriptor = PluginDescriptor(
            id: "demo", name: "Demo", summary: "A demo.", options: Demo.all, baselineKeys: [], example: "- plugin: demo")
        let schema = descriptor.optionsSchema()
        #expect(schema.propertyNames == ["sets", "slow", "every"])
        #expect(schema.property("slow")?.value["default"] == .bool(false))
        #expect(schema.property("every")?.value["maximum"] == .int(12))
        #expect(schema.property("every")?.value["default"] == nil)
    }
}
