import Foundation
import PlanKit
@testable import PlanRendering
import Testing

/// A dose never breaks across lines in the handout, as in the text plan: a phone trial's 390 px
/// page showed `stabilizers start at 2 x` / `10 reps`, `Wall scapular push-up 2 x` / `12`,
/// `1 x 6 each` / `side` and `2 x 10 s, rest 45` / `s`; `each side` goes whole to the next line when
/// the dose and it are wider than the column (`1 x 30 s each sid` / `e`, when it was glued to the dose).
@Suite("Non-breaking doses")
struct NonBreakingDosesTests {
    @Test(arguments: [
        ("stabilizers start at 2 x 10 reps, holds 10 s", "stabilizers start at 2·x·10·reps, holds 10·s"),
        ("-> high incline push-up, 3 x 10 (a rehab", "-> high incline push-up, 3·x·10 (a rehab"),
        ("Wall scapular push-up 2 x 12", "Wall scapular push-up 2·x·12"),
        ("1 x 6 each side, 2 s hold", "1·x·6 each·side, 2·s hold"),
        ("2 x 10 s, rest 45 s", "2·x·10·s, rest 45·s"),
        ("1 x 30 s each side", "1·x·30·s each·side"),
        ("+1 rep (2 x 8 done on Wed 16 Dec, pain 1/10)", "+1·rep (2·x·8 done on Wed 16 Dec, pain 1/10)"),
        ("at least 48 h between sessions; 38 °C.", "at least 48·h between sessions; 38·°C."),
        ("Mon 30 Nov 2026 at 07:30, week 3 of 8, pain 3/10 or less", "Mon 30 Nov 2026 at 07:30, week 3 of 8, pain 3/10 or less"),
        ("tempo 2-1-2, 4 to 12 weeks, 2 sets", "tempo 2-1-2, 4 to 12 weeks, 2 sets"),
        ("", ""), ("3 x", "3 x"), ("x 3", "x 3"), ("a  2 x 3", "a  2·x·3"),
    ] as [(String, String)])
    func dosesKeepTheirSpaces(text: String, expected: String) {
        // `·` stands for the no-break space in the expectations.
        #expect(NonBreakingDoses.applied(to: text).replacingOccurrences(of: "\u{A0}", with: "·") == expected)
    }

    /// Numbers joined by hyphens stay whole: Chromium broke a tempo after a hyphen at 390 px
    /// (`2 x 7, tempo 2-1-` / `2, 2 s hold`). Each run of them, and nothing around it.
    @Test(arguments: [
        ("2 x 7, tempo 2-1-2, 2 s hold", ["2-1-2"]),
        ("tempo 3-1-2-0; 3 x 5-8 double progression, 0-10: pain", ["3-1-2-0", "5-8", "0-10"]),
        ("2-3 sets, holds 0.5-1 min, 07:30-08:12, from 2026-12-07.", ["2-3", "0.5-1", "07:30-08:12", "2026-12-07"]),
        ("Prone Y-T-W raise, -5, 2-a, 3- 4, x-12, 12, 1.5", []),
        ("x0-3/10, v1-2", ["0-3", "1-2"]),
        ("(5-8)", ["5-8"]), ("", []), ("-", []), ("1-", []), ("-1", []),
    ] as [(String, [String])])
    func hyphenatedNumbersAreFound(text: String, expected: [String]) {
        #expect(NonBreakingDoses.hyphenatedNumbers(in: text).map { String(text[$0]) } == expected)
    }

    @Test func theHandoutKeepsATempoWholeInASpanOfItsOwnText() {
        var page = HTMLBuilder()
        page.element("td", "3 x 5-8, tempo 2-1-2 & more")
        #expect(page.string == "<td>3&nbsp;x&nbsp;<span class=\"whole\">5-8</span>, tempo <span class=\"whole\">2-1-2</span> &amp; more</td>")
        // Text alone (a title, a chart's SVG text) gets no markup: it holds none, and never wraps.
        var title = HTMLBuilder()
        title.element("title", "Tempo 2-1-2")
        title.element("text", ["x": "1"], "5-8 reps")
        #expect(title.string == "<title>Tempo 2-1-2</title><text x=\"1\">5-8&nbsp;reps</text>")
    }

    @Test func theHandoutWritesThemAsReferences() {
        var page = HTMLBuilder()
        page.element("td", "2 x 10 s, rest 45 s & more")
        #expect(page.string == "<td>2&nbsp;x&nbsp;10&nbsp;s, rest 45&nbsp;s &amp; more</td>")
        // Attributes are left as they are: no line breaks there.
        var attribute = HTMLBuilder()
        attribute.open("div", ["aria-label": "2 x 10"])
        #expect(attribute.string == "<div aria-label=\"2 x 10\">")
    }
}
