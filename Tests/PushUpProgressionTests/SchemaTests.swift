import PlanKit
import PushUpProgression
import Testing

/// The push-up block's JSON Schema offers `progress-every` with its two words and its default.
@Suite struct PushUpSchemaTests {
    @Test func theSchemaListsProgressEveryAfterReps() {
        let schema = PushUpProgression.descriptor.optionsSchema()
        #expect(schema.propertyNames == PushUpProgression.descriptor.options.map(\.key))
        #expect(Array(schema.propertyNames.prefix(3)) == ["ladder", "reps", "progress-every"])
    }

    @Test func progressEveryIsAnEnumOfSessionAndWeekDefaultingToSession() throws {
        let option = try #require(PushUpProgression.descriptor.optionsSchema().property("progress-every"))
        #expect(option.value["enum"] == .array([.string("session"), .string("week")]))
        #expect(option.value["default"] == .string("session"))
    }
}
