import PlanKit
@testable import PlanRendering
import Testing

/// A prescription's dose parts read the same in the text plan, the calendar and the handout: one
/// wording (`PrescriptionText.parts`), so a rest of 60 s is never "1 min" in one and "60 s" in another.
@Suite struct DoseWordingTests {
    @Test func theTextAndTheHandoutWordTheRestAlike() throws {
        let plan = try SamplePlan.plan()
        let catalog = try SamplePlan.catalog()
        let plank = try #require(plan.sessions.flatMap(\.blocks).flatMap(\.prescriptions).first { $0.exerciseID == "plank" })
        #expect(plank.restSeconds == 60)
        #expect(PrescriptionText.parts(plank).last == "rest 60 s")
        let text = TextRenderer().render(plan, catalog: catalog)
        let html = HTMLRenderer().render(plan, catalog: catalog)
        #expect(text.contains("rest 60 s"))
        #expect(html.contains("rest 60&nbsp;s"), "a dose on one line")
        #expect(!html.contains("rest 1 min"))
    }
}
