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
