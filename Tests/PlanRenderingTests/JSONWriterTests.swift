import Foundation
import PlanKit
@testable import PlanRendering
import Testing

/// `JSONRenderer` writes with `JSONValue`; Foundation's `JSONEncoder` over the same documents is
/// the reference, and the two must agree byte for byte.
@Suite("JSON writer")
struct JSONWriterTests {
    @Test("the sample plan matches JSONEncoder")
    func samplePlan() throws {
        let plan = try SamplePlan.plan()
        let catalog = try SamplePlan.catalog()
        #expect(try JSONRenderer().render(plan, catalog: catalog) == JSONRenderer().foundationRender(plan, catalog: catalog))
    }

    @Test("no name, no baseline and awkward text match JSONEncoder")
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
        let catalog = try SamplePlan.catalog()
        #expect(try JSONRenderer().render(plan, catalog: catalog) == JSONRenderer().foundationRender(plan, catalog: catalog))
    }

    @Test("an empty plan matches JSONEncoder")
    func emptyPlan() throws {
        var plan = try SamplePlan.plan()
        plan.weeks = []
        let catalog = ExerciseCatalog()
        #expect(try JSONRenderer().render(plan, catalog: catalog) == JSONRenderer().foundationRender(plan, catalog: catalog))
    }
}
