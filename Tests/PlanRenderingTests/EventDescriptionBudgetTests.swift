@testable import PlanRendering
import Testing

/// A description longer than a calendar keeps, even after the first event's own cuts (a programme
/// with hundreds of red flags), is cut at a line's end and says where the rest is.
struct EventDescriptionBudgetTests {
    @Test func aDescriptionPastTheBudgetIsCutAtALineAndSaysSo() {
        let long = (1...4_000).map { "- flag \($0), with a comma; and a semicolon" }.joined(separator: "\n")
        let cut = EventDescription.cut(long)
        #expect(EventDescription.escapedLength(cut) <= EventDescription.budget)
        #expect(cut.hasSuffix("\n(cut to fit a calendar: the rest is in the plan, 'protract plan')"))
        #expect(cut.hasPrefix("- flag 1, with a comma; and a semicolon\n- flag 2,"))
        let lines = cut.split(separator: "\n").dropLast()
        #expect(lines.allSatisfy { $0.hasPrefix("- flag ") && $0.hasSuffix("a semicolon") }, "whole lines only")
        #expect(EventDescription.cut("short, text") == "short, text")
        #expect(EventDescription.escapedLength("a,b;c\\d\ne") == 13)
    }
}
