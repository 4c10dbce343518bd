import Foundation
import PlanKit
import PlanRendering
import Testing
import YAMLKit

@Suite("Text renderer")
struct TextRendererTests {
    static let escape: Character = "\u{1B}"

    func render(width: Int = 80, colour: Bool = false, name: String? = "Sam") throws -> String {
        let renderer = TextRenderer(options: .init(width: width, colour: colour))
        return renderer.render(try SamplePlan.plan(name: name), catalog: try SamplePlan.catalog())
    }

    /// `text` without ANSI escape sequences.
    static func strippingANSI(_ text: String) -> String {
        var out = ""
        var inEscape = false
        for character in text {
            if character == escape { inEscape = true; continue }
            if inEscape {
                if character.isLetter { inEscape = false }
                continue
            }
            out.append(character)
        }
        return out
    }

    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    @Test("matches the golden text", arguments: [80, 60])
    func golden(width: Int) throws {
        try GoldenFile.check(try render(width: width), matches: "sample-plan-\(width).txt")
    }

    @Test("every golden text file keeps to its width")
    func goldenWidths() throws {
        let names = try GoldenFile.names().filter { $0.hasSuffix(".txt") }
        #expect(!names.isEmpty)
        for name in names {
            let digits = name.dropLast(4).reversed().prefix { $0.isNumber }.reversed()
            let width = try #require(Int(String(digits)), "golden text files end in -WIDTH.txt: \(name)")
            for (index, line) in Self.lines(try GoldenFile.text(name)).enumerated() {
                #expect(line.count <= width, "\(name):\(index + 1) is \(line.count) wide: \(line)")
            }
        }
    }

    @Test("no line is wider than the width", arguments: [40, 41, 47, 52, 60, 64, 72, 80, 100, 132])
    func widths(width: Int) throws {
        for colour in [false, true] {
            let text = Self.strippingANSI(try render(width: width, colour: colour))
            for (index, line) in Self.lines(text).enumerated() {
                #expect(line.count <= width, "line \(index + 1) is \(line.count) wide: \(line)")
            }
        }
    }

    @Test("no escape codes without colour")
    func plain() throws {
        #expect(!(try render()).contains(Self.escape))
        #expect(!(try render(width: 40)).contains(Self.escape))
    }

    @Test("colour adds bold, dim and yellow and nothing else")
    func colour() throws {
        let coloured = try render(colour: true)
        #expect(coloured.contains("\u{1B}[1mWEEK 1 · Activate\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[2m"))
        #expect(coloured.contains("\u{1B}[33mdeload week\u{1B}[39m"))
        #expect(coloured.contains("\u{1B}[33m(deload)\u{1B}[39m"))
        #expect(Self.strippingANSI(coloured) == (try render()))
    }

    @Test("the header names the programme, person, start, schedule, starting point and rest rule")
    func header() throws {
        let lines = Self.lines(try render())
        #expect(lines[0] == "Push-ups without upper-back pain · 3 weeks · Mon Wed Fri 07:30 (Europe/London)")
        #expect(lines[1] == "Plan for Sam · Starts Mon 7 Dec 2026")
        #expect(lines.contains { $0.hasPrefix("Start: push-ups: baseline 6 push-ups -> knee push-up, 3 x 5") })
        #expect(lines.contains("Rest: at least 48 h between sessions"))
        #expect(Self.lines(try render(name: nil))[1] == "Starts Mon 7 Dec 2026")
    }

    @Test("the screening, why this plan and what to expect come before the safety text; sources end the plan")
    func why() throws {
        let lines = Self.lines(try render(width: 200))
        let screening = try #require(lines.firstIndex { $0.hasPrefix("Screening: not done") })
        let why = try #require(lines.firstIndex(of: "Why this plan"))
        let expect = try #require(lines.firstIndex(of: "What to expect"))
        let stop = try #require(lines.firstIndex(of: "Stop and see a clinician if you notice"))
        #expect(screening < why && why < expect && expect < stop)
        // Each paragraph of the description is wrapped on its own.
        #expect(lines[why + 1] == "  The shoulder blades are not held in place. This plan strengthens what holds them.")
        #expect(lines[why + 2] == "  Then it climbs a push-up ladder.")
        let sources = try #require(lines.firstIndex(of: "SOURCES"))
        #expect(sources > (lines.firstIndex(of: "PROGRESS") ?? 0))
        #expect(Array(lines[(sources + 1)...]).filter { !$0.isEmpty } == ["  - Kang et al. 2019: push-up plus", "  - NHS back-pain guidance"])
    }

    @Test("safety comes before the first week")
    func safetyFirst() throws {
        let lines = Self.lines(try render())
        let stop = try #require(lines.firstIndex(of: "Stop and see a clinician if you notice"))
        let pain = try #require(lines.firstIndex(of: "Pain monitoring"))
        let week = try #require(lines.firstIndex { $0.hasPrefix("WEEK 1") })
        #expect(stop < pain && pain < week)
        #expect(lines[stop + 1] == "  Stop the session at once:")
        #expect(lines.contains("  Call 999 (or your local emergency number) or go to A&E now:"))
        #expect(lines.contains("    - pain that is worse when you cough or sneeze"))
        #expect(lines.contains("  Also see a clinician before you go on:"))
    }

    @Test("weeks, sessions and notes are marked")
    func marks() throws {
        let lines = Self.lines(try render())
        #expect(lines.contains("WEEK 3 · Build · deload week"))
        #expect(lines.contains("Mon 7 Dec · 07:30-08:05 · Stability and push-ups"))
        #expect(lines.contains("Sat 19 Dec · 07:30-08:02 · Mobility, stabilizers and push-ups"))
        #expect(lines.contains("  Note: moved from Fri 18 Dec, a skipped date"))
        #expect(lines.contains { $0.hasPrefix("Note: Wed 23 Dec skipped: no other day this week keeps 48 h") })
        #expect(lines.contains { $0.hasPrefix("Focus: learn the positions at low load") })
    }

    /// The details after an exercise's name on every line that starts with it, continuation lines
    /// joined with a space.
    static func details(of name: String, in text: String) -> [String] {
        let lines = Self.lines(text)
        var found: [String] = []
        for (index, line) in lines.enumerated() where line.hasPrefix("    " + name + " ") {
            var detail = String(line.dropFirst(4 + name.count)).stripped
            var next = index + 1
            while next < lines.count, lines[next].hasPrefix(String(repeating: " ", count: 12)) {
                detail += " " + lines[next].stripped
                next += 1
            }
            found.append(detail)
        }
        return found
    }

    @Test("exercise lines show dose, side, tempo, pause, rest and the change")
    func exerciseLines() throws {
        let text = try render()
        #expect(Self.details(of: "Open book", in: text).first == "1 x 6 each side, 2 s hold")
        #expect(Self.details(of: "Cat-cow", in: text).first == "1 x 8")
        #expect(Self.details(of: "Knee push-up", in: text) == [
            "3 x 5, tempo 2-1-2, rest 90 s",
            "3 x 6, tempo 2-1-2, rest 90 s [+1 rep: 3 x 5 done last session]",
            "3 x 7, tempo 2-1-2, rest 90 s [+1 rep: 3 x 6 done last session]",
            "3 x 8, tempo 2-1-2, rest 90 s [+1 rep: 3 x 7 done last session]",
        ])
        #expect(Self.details(of: "Scapular push-up", in: text).first == "2 x 10, tempo 2-1-2, 2 s hold, rest 45 s")
        #expect(Self.details(of: "Forearm plank", in: text)[3] == "2 x 25 s, rest 60 s [+5 s: 2 x 20 s held every session last week]")
        #expect(Self.details(of: "Push-up", in: text).first
            == "3 x 5, tempo 2-1-2, rest 90 s [3 x 8 reached last session: next rung, push-up, back to 3 x 5]")
    }

    @Test("a change that does not fit after the dose starts its own line")
    func changeOnItsOwnLine() throws {
        let lines = Self.lines(try render())
        let index = try #require(lines.firstIndex { $0.hasPrefix("    Knee push-up ") && $0.hasSuffix("3 x 6, tempo 2-1-2, rest 90 s") })
        #expect(lines[index + 1].stripped == "[+1 rep: 3 x 5 done last session]")
    }

    /// For every line naming the exercise, the lines under it that belong to it (indented past it).
    static func cueLines(of name: String, in text: String) -> [[String]] {
        let lines = Self.lines(text)
        var found: [[String]] = []
        for (index, line) in lines.enumerated() where line.hasPrefix("    " + name + " ") {
            var group: [String] = []
            var next = index + 1
            while next < lines.count, lines[next].hasPrefix("      ") {
                group.append(lines[next].stripped)
                next += 1
            }
            found.append(group)
        }
        return found
    }

    @Test("full cues the first time an exercise appears, then the note or the short cue")
    func cues() throws {
        let catalog = try SamplePlan.catalog()
        let text = try render(width: 200)
        for id in ["cat-cow", "open-book", "knee-push-up", "push-up", "plank", "scapular-push-up"] {
            let exercise = try #require(catalog.exercise(id))
            let groups = Self.cueLines(of: exercise.name, in: text)
            #expect(groups.count >= 2, "\(id) appears more than once")
            // The full cues, then what to do if it is too hard or hurts: the catalog's easier variant.
            let easier = exercise.easier.compactMap { catalog.exercise($0.value)?.name }
            let tooHard = easier.isEmpty
                ? "- too hard or it hurts: a smaller range or fewer reps; else leave it out today"
                : "- too hard or it hurts: " + easier.joined(separator: " or ") + " instead"
            #expect(groups.first == exercise.cues.map { "- " + $0 } + [tooHard], "\(id): full cues first")
            for group in groups.dropFirst() {
                #expect(group == [exercise.shortCue], "\(id): short cue after")
            }
        }
        let yTW = Self.cueLines(of: "Prone Y-T-W raise", in: text)
        #expect(yTW.count == 4)
        #expect(yTW.allSatisfy { $0.first == "each shape: Y, T and W" })
        // After the first time, the session's note carries the cue; the short cue is not repeated.
        #expect(yTW.dropFirst().allSatisfy { $0 == ["each shape: Y, T and W"] })
    }

    @Test("the progress summary totals each week")
    func progress() throws {
        let lines = Self.lines(try render())
        let start = try #require(lines.firstIndex(of: "PROGRESS"))
        let rows = lines[start...].filter { $0.hasPrefix("     ") }
        #expect(rows[0].hasPrefix("     1    54  ") && rows[0].hasSuffix("  Knee push-up"))
        #expect(rows[1].hasSuffix("  Knee push-up -> Push-up"))
        #expect(rows[2].hasPrefix("     3    24  ") && rows[2].hasSuffix("  Push-up (deload)"))
        #expect(rows[0].contains("████"))
        // 120 s of planks and the 2 s pause on each of the 52 reps.
        #expect(rows[3].hasPrefix("     1    52  ") && rows[3].contains("224 s"))
    }

    @Test("the same plan gives the same text")
    func deterministic() throws {
        #expect(try render() == (try render()))
        #expect(try render(width: 57, colour: true) == (try render(width: 57, colour: true)))
    }

    @Test("an exercise missing from the catalog is shown by its id")
    func unknownExercise() throws {
        var plan = try SamplePlan.plan()
        plan.weeks[0].sessions[0].blocks[2].prescriptions[0].exerciseID = "mystery-press"
        let text = TextRenderer().render(plan, catalog: try SamplePlan.catalog())
        #expect(Self.details(of: "mystery-press", in: text) == ["3 x 5, tempo 2-1-2, rest 90 s"])
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    var stripped: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

@Suite("Text renderer edge cases")
struct TextRendererEdgeTests {
    @Test("a week with no sessions says so, and a late session shows it ends the next day")
    func emptyWeekAndLateSession() throws {
        var plan = try SamplePlan.plan()
        plan.weeks[2].sessions = []
        plan.weeks[0].sessions[0].start = try #require(TimeOfDay(hour: 23, minute: 40))
        let text = TextRenderer(options: .init(width: 40)).render(plan, catalog: try SamplePlan.catalog())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let week3 = try #require(lines.firstIndex { $0.hasPrefix("WEEK 3 ") })
        #expect(lines[week3 + 1 ..< week3 + 8].contains("No sessions this week."))
        #expect(lines.contains("Mon 7 Dec · 23:40-00:15 next day ·"))
        #expect(lines.allSatisfy { $0.count <= 40 })
    }

    /// Pain not easing after 2 weeks of the plan: the advice near the top, under the course's
    /// `Next:` line, with the command that stops the course on a clinician's word, whole (its
    /// arguments on lines ending ` \` at 40 columns), naming the course as it was chosen.
    @Test("pain not easing is advised near the top, the command whole, at 40 columns too")
    func painNotEasing() throws {
        var plan = try SamplePlan.plan()
        plan.painNotEasing = JSONRendererTests.notEasing
        plan.courseFlags = ["--course", "sam"]
        let advice = "Your pain has not eased in 2 weeks of the plan (mornings 3/10 on average in the first week, "
            + "3/10 in the last): see a physiotherapist or GP. If they ask you to stop, "
            + "'protract log --course sam --symptom lasting-pain' stops the course; if they say to go on, "
            + "'protract log --course sam --seen-clinician' records it, and your pain is looked at again 2 weeks on."
        let wide = TextRenderer().render(plan, catalog: try SamplePlan.catalog())
        let header = wide.components(separatedBy: "\n\n")[0]
        #expect(header.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(advice), "\(header)")
        let narrow = TextRenderer(options: .init(width: 40)).render(plan, catalog: try SamplePlan.catalog())
        let lines = narrow.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.contains("  'protract log --course sam \\"), "\(narrow)")
        #expect(lines.contains("    --symptom lasting-pain'"), "\(narrow)")
        plan.painNotEasing = nil
        #expect(!TextRenderer().render(plan, catalog: try SamplePlan.catalog()).contains("has not eased"))
    }
}
