import Foundation
import PlanKit
import PlanRendering
import Testing

/// `JSONRenderer` writes with PlanKit's `JSONValue`; what Foundation writes for the same value is
/// the reference: `JSONSerialization` reads the text back and, with the options the renderer
/// follows, must write it again byte for byte (it writes exactly what `JSONEncoder` does).
@Suite("JSON writer")
struct JSONWriterTests {
    /// The text as Foundation writes it again after reading it, or nil when it is not JSON.
    static func foundationRewrite(_ text: String) -> String? {
        guard let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]),
            let data = try? JSONSerialization.data(
                withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
        else { return nil }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    @Test("the sample plan is what Foundation writes")
    func samplePlan() throws {
        let json = JSONRenderer().render(try SamplePlan.plan(), catalog: try SamplePlan.catalog())
        #expect(Self.foundationRewrite(json) == json)
    }

    @Test("no name, no baseline and awkward text are what Foundation writes")
    func awkwardText() throws {
        var plan = try SamplePlan.plan(name: nil)
        var control = ""
        for value in 0..<0x20 { control.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        plan.programmeTitle = "quotes \" backslash \\ slash / " + control + "\u{7F} é 😀 \u{2028} e\u{301}"
        plan.summary = ""
        plan.startingPoints = []
        plan.athlete.baseline = [:]
        plan.athlete.days = nil
        plan.weeks = Array(plan.weeks.prefix(1))
        if !plan.weeks.isEmpty { plan.weeks[0].notes = ["", "\t"] }
        let json = JSONRenderer().render(plan, catalog: try SamplePlan.catalog())
        #expect(json.contains(#""title" : "quotes \" backslash \\ slash / \u0000\u0001"#))
        #expect(json.contains(#"\u0007\b\t\n\u000b\f\r\u000e"#))
        #expect(Self.foundationRewrite(json) == json)
    }

    @Test("an empty plan is what Foundation writes")
    func emptyPlan() throws {
        var plan = try SamplePlan.plan()
        plan.weeks = []
        let json = JSONRenderer().render(plan, catalog: ExerciseCatalog())
        #expect(json.contains("\"weeks\" : [\n\n  ]"))
        #expect(Self.foundationRewrite(json) == json)
    }

    @Test("the sorted-keys layout: sorted, spaced colons, empty containers on an empty line, the first of a repeated key")
    func sortedKeysLayout() {
        let value: JSONValue = ["b": [1, "x"], "a": [:], "c": [], "a": true, "d": ["z": nil, "y": "\u{8}\u{C}"]]
        let expected = """
            {
              "a" : {

              },
              "b" : [
                1,
                "x"
              ],
              "c" : [

              ],
              "d" : {
                "y" : "\\b\\f",
                "z" : null
              }
            }

            """
        #expect(value.rendered(.sortedKeys) == expected)
        #expect(Self.foundationRewrite(expected) == expected)
        // The readable layout keeps the order written, inline short lists and `\u0008`.
        #expect(value.rendered == """
            {
              "b": [1, "x"],
              "a": {},
              "c": [],
              "d": {
                "z": null,
                "y": "\\u0008\\u000c"
              }
            }

            """)
    }
}
