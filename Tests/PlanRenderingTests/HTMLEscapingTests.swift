import Foundation
import PlanKit
@testable import PlanRendering
import Testing

/// Every text a programme, catalog, profile or journal puts in the handout is escaped: hostile
/// text cannot open or close an element, end an attribute or the stylesheet, or add a script.
@Suite("HTML: escaping")
struct HTMLEscapingTests {
    static let evil = "<script>alert(1)</script>\"'&amp;]]></style></title><!-- x=\"1\" \u{1B}[2J\u{07}\u{9B}\u{202E}\r"

    /// The tags of a page in order, with their attribute names but not their values: the page's
    /// structure. Text between tags is skipped; a `<` that opens no tag would show up as one.
    static func structure(_ html: String) -> [String] {
        var tags: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else {
                tags.append("unclosed <")
                break
            }
            var tag = String(rest[rest.index(after: open)..<close])
            // Attribute values are quoted and cannot hold a quote: drop them.
            tag = tag.replacing(#/="[^"]*"/#, with: "")
            tags.append(tag)
            rest = rest[rest.index(after: close)...]
        }
        return tags
    }

    /// The sample plan with `text` added to every text the handout shows.
    static func plan(with text: String) throws -> (Plan, ExerciseCatalog) {
        var plan = try SamplePlan.plan(name: "Sam" + text)
        plan.programmeTitle += text
        plan.summary += text
        plan.description = "Why" + text + " .\n\nSecond" + text
        plan.timeline = text
        plan.sources = [text]
        plan.after = AfterTheProgramme(discharge: [text], maintenance: [text])
        plan.startingPoints = plan.startingPoints.map { $0 + text }
        plan.safety.stopIf = plan.safety.stopIf.map { text + $0 }
        plan.safety.seeAClinician = plan.safety.seeAClinician.map { $0 + text }
        plan.safety.painMonitoring = plan.safety.painMonitoring.map { text + $0 }
        plan.safety.redFlags = plan.safety.redFlags.map { flag in
            var flag = flag
            flag.sign += text
            return flag
        }
        plan.athlete.timeZone += text
        for week in plan.weeks.indices {
            plan.weeks[week].phase = "Build" + text
            plan.weeks[week].focus = text
            plan.weeks[week].notes.append(text)
            for session in plan.weeks[week].sessions.indices {
                plan.weeks[week].sessions[session].title += text
                plan.weeks[week].sessions[session].notes.append(text)
                for block in plan.weeks[week].sessions[session].blocks.indices {
                    plan.weeks[week].sessions[session].blocks[block].title += text
                    plan.weeks[week].sessions[session].blocks[block].notes.append(text)
                    for index in plan.weeks[week].sessions[session].blocks[block].prescriptions.indices {
                        plan.weeks[week].sessions[session].blocks[block].prescriptions[index].note = text
                        plan.weeks[week].sessions[session].blocks[block].prescriptions[index].change = text
                    }
                }
            }
        }
        let catalog = ExerciseCatalog(try SamplePlan.catalog().exercises.map { exercise in
            var exercise = exercise
            exercise.name += text
            exercise.summary += text
            exercise.muscles = exercise.muscles.map { $0 + text }
            exercise.equipment = exercise.equipment.map { $0 + text }
            exercise.cues = exercise.cues.map { text + $0 }
            exercise.shortCue = text + exercise.shortCue
            exercise.source = text
            return exercise
        })
        return (plan, catalog)
    }

    @Test func hostileTextDoesNotChangeThePageStructure() throws {
        let (plain, plainCatalog) = try Self.plan(with: "x")
        let (hostile, hostileCatalog) = try Self.plan(with: Self.evil)
        let expected = Self.structure(HTMLRenderer().render(plain, catalog: plainCatalog))
        let html = HTMLRenderer().render(hostile, catalog: hostileCatalog)
        let actual = Self.structure(html)
        let first = Array(zip(actual, expected)).firstIndex { $0 != $1 } ?? min(actual.count, expected.count)
        #expect(actual == expected, """
            the structure differs at tag \(first): \(actual.dropFirst(max(0, first - 3)).prefix(6)) \
            instead of \(expected.dropFirst(max(0, first - 3)).prefix(6))
            """)
        #expect(html.components(separatedBy: "<script").count == 1, "no script element")
        #expect(html.components(separatedBy: "</style>").count == 2, "the one stylesheet ends once")
        #expect(html.components(separatedBy: "<!--").count == 1, "no comment opened")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;amp;]]&gt;&lt;/style&gt;"))
        #expect(html.contains("\\u{1B}[2J\\u{7}\\u{9B}\\u{202E}\\u{D}"), "controls shown as visible escapes")
        // Every & starts a character reference; no control character but line feed is left.
        #expect(html.firstMatch(of: #/&(?!amp;|lt;|gt;|quot;|#39;|#10;|#9;|nbsp;)/#) == nil)
        #expect(!html.unicodeScalars.contains { HTMLBuilder.mustShowAsEscape($0) || $0 == "\r" })
    }

    @Test func theCardEscapesToo() throws {
        let (_, catalog) = try Self.plan(with: Self.evil)
        let (_, plainCatalog) = try Self.plan(with: "x")
        let exercise = try #require(catalog.exercise("knee-push-up"))
        let plain = try #require(plainCatalog.exercise("knee-push-up"))
        let html = HTMLRenderer.card(for: exercise, catalog: catalog)
        #expect(Self.structure(html) == Self.structure(HTMLRenderer.card(for: plain, catalog: plainCatalog)))
        #expect(html.components(separatedBy: "<script").count == 1)
    }

    /// A string of the given code points (noncharacters cannot be written as literals).
    static func scalars(_ values: UInt32...) -> String {
        String(String.UnicodeScalarView(values.compactMap(Unicode.Scalar.init)))
    }

    @Test(arguments: [(String, String)]([
        ("a<b", "a&lt;b"), ("a>b", "a&gt;b"), ("a&b", "a&amp;b"), ("\"q\"", "&quot;q&quot;"), ("it's", "it&#39;s"),
        ("line\nbreak\ttab", "line\nbreak\ttab"), ("\u{0}\u{1F}\u{7F}", "\\u{0}\\u{1F}\\u{7F}"), ("\u{85}", "\\u{85}"),
        ("\u{2028}\u{2066}", "\\u{2028}\\u{2066}"), (Self.scalars(0xFDD0, 0x1FFFF), "\\u{FDD0}\\u{1FFFF}"),
        ("café ° ✓ 𝄞 Ω", "café ° ✓ 𝄞 Ω"), ("", ""),
    ]))
    func textIsEscaped(input: String, escaped: String) {
        #expect(!input.isEmpty || escaped.isEmpty)
        var page = HTMLBuilder()
        page.text(input)
        #expect(page.string == escaped)
    }

    @Test func attributesEscapeQuotesAndLineBreaks() {
        var page = HTMLBuilder()
        page.open("a", ["href": "#x\" onclick=\"evil()\n", "title": nil, "hidden": ""])
        #expect(page.string == "<a href=\"#x&quot; onclick=&quot;evil()&#10;\" hidden>")
    }

    @Test func elementsNest() {
        var page = HTMLBuilder()
        page.element("ul", ["class": "a"]) { list in
            list.element("li", "1 < 2")
            list.element("li", body: { $0.text("&") })
        }
        #expect(page.string == "<ul class=\"a\"><li>1 &lt; 2</li><li>&amp;</li></ul>")
    }

    /// A missing figure never leaves a broken image: a framed box with the name, and its text alternative.
    @Test func anExerciseWithoutAFigureGetsAPlaceholder() throws {
        let catalog = try SamplePlan.catalog()
        let exercise = try #require(catalog.exercise("cat-cow"))
        let html = HTMLRenderer.card(for: exercise, catalog: catalog)
        if ExerciseFigure.svg(for: exercise, idPrefix: "fig1-") == nil {
            #expect(html.contains("<div class=\"fig none\" role=\"img\" aria-label=\"No drawing for Cat-cow; see the cues\">Cat-cow</div>"))
        }
        #expect(!html.contains("<img"))
    }

    /// An id the catalog does not have is shown as is, with a placeholder.
    @Test func anUnknownExerciseIsShownByItsID() throws {
        var plan = try SamplePlan.plan()
        plan.weeks[0].sessions[0].blocks[0].prescriptions[0].exerciseID = "my-own<drill>"
        let html = HTMLRenderer().render(plan, catalog: try SamplePlan.catalog())
        let whole = "<span class=\"whole\">my-own</span>"  // kept on one line
        #expect(html.contains(">\(whole)&lt;drill&gt;</div><h3>\(whole)&lt;drill&gt;</h3>"))
    }

    /// The same plan gives the same bytes.
    @Test func isDeterministic() throws {
        let plan = try SamplePlan.plan()
        let catalog = try SamplePlan.catalog()
        #expect(HTMLRenderer().render(plan, catalog: catalog) == HTMLRenderer().render(plan, catalog: catalog))
    }
}
