@testable import PlanKit
import Testing

/// The schema pieces in PlanKit: JSON rendering, defaults from descriptors, model coverage.
@Suite struct ProgrammeSchemaTests {
    @Test func jsonTextIsEscapedAndKeepsKeyOrder() {
        let value: JSONValue = ["b": "quote \" slash \\ line\n tab\t bell\u{7}", "a": [1, true, nil]]
        #expect(value.rendered == """
            {
              "b": "quote \\" slash \\\\ line\\n tab\\t bell\\u0007",
              "a": [1, true, null]
            }

            """)
    }

    @Test func optionDefaultsBecomeTypedJSON() {
        #expect(PluginDescriptor.json(fromYAML: "6") == .int(6))
        #expect(PluginDescriptor.json(fromYAML: "false") == .bool(false))
        #expect(PluginDescriptor.json(fromYAML: "5-8") == .string("5-8"))
        #expect(PluginDescriptor.json(fromYAML: "[a, b]") == ["a", "b"])
        #expect(PluginDescriptor.json(fromYAML: "{start: 2, target: 3}") == ["start": 2, "target": 3])
        #expect(PluginDescriptor.json(fromYAML: "\"3\"") == .string("3"))
    }

    @Test func descriptorOptionsBecomeProperties() {
        let descriptor = PluginDescriptor(
            id: "demo", name: "Demo", summary: "A demo.",
            options: [
                PluginOption<Int>("sets", default: 3, in: 1...6, summary: "Sets.").declaration,
                .init(key: "tempo", type: "tempo", defaultValue: nil, summary: "Tempo."),
            ],
            baselineKeys: [], example: "- plugin: demo")
        let schema = descriptor.optionsSchema()
        #expect(schema.propertyNames == ["sets", "tempo"])
        #expect(schema.property("sets")?.value["default"] == .int(3))
        #expect(schema.property("sets")?.value["maximum"] == .int(6))
        #expect(schema.property("tempo")?.value["default"] == nil)
        #expect(schema.property("tempo")?.value["type"] == nil)
        #expect(schema.value["additionalProperties"] == .bool(false))
    }

    @Test func everyModelKeyIsInTheSchema() {
        let document = ProgrammeSchema(plugins: []).document
        #expect(document["properties"]?.keys == Programme.CodingKeys.allCases.map(\.stringValue))
        let definitions = document["$defs"]
        #expect(definitions?["schedule"]?["properties"]?.keys == Schedule.CodingKeys.allCases.map(\.stringValue))
        #expect(definitions?["exercise"]?["properties"]?.keys == Exercise.CodingKeys.allCases.map(\.stringValue))
        #expect(definitions?["safety"]?["properties"]?.keys == Safety.CodingKeys.allCases.map(\.stringValue))
        #expect(document["$schema"] == .string(ProgrammeSchema.dialect))
    }
}
