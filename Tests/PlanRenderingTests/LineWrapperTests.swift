@testable import PlanRendering
import ProtractTestSupport
import Testing
import YAMLKit

@Suite("Line wrapper")
struct LineWrapperTests {
    @Test("wraps at spaces with a hanging prefix")
    func hanging() {
        let lines = LineWrapper(width: 20).wrap("one two three four five six seven", first: "- ", rest: "  ")
        #expect(lines == ["- one two three four", "  five six seven"])
    }

    @Test("a combining mark after a space starts a word and joins the space again on its line")
    func combiningMarkAfterSpace() {
        // "e \u{301}" is one character "e" then " \u{301}" (a space with an accent): split by
        // scalars, the accent starts the next word; no line is wider than counted, nothing is lost.
        let text = "caf e \u{301}tude stretches for the upper back"
        let lines = LineWrapper(width: 12).wrap(text)
        #expect(lines.allSatisfy { $0.count <= 12 })
        #expect(lines.joined(separator: " ").unicodeScalars.filter { $0 != " " }
            .elementsEqual(text.unicodeScalars.filter { $0 != " " }))
        #expect(lines.first == "caf e \u{301}tude")
    }

    @Test("keeps a unit whole when it fits on the next line")
    func units() {
        let lines = LineWrapper(width: 24).wrap(units: ["3 x 8,", "rest 90 s", "(+1 rep today)"], first: "", rest: "    ")
        #expect(lines == ["3 x 8, rest 90 s", "    (+1 rep today)"])
    }

    @Test("a count such as 3 x 12 is never split across lines in text")
    func countsStayWhole() {
        // Without the rule the first line would end "3 x" (or "3") and the next begin "12".
        let text = "Start: wall push-up, 3 x 12 (the push-up comes later) then 2 x 10 s"
        #expect(LineWrapper(width: 26).wrap(text, first: "", rest: "  ") == [
            "Start: wall push-up,", "  3 x 12 (the push-up", "  comes later) then", "  2 x 10 s",
        ])
        #expect(LineWrapper(width: 24).wrap(text) == [
            "Start: wall push-up,", "3 x 12 (the push-up", "comes later) then", "2 x 10 s",
        ])
        // An x that is not between numbers is a word like any other; a count wider than the line
        // falls back to its words.
        #expect(LineWrapper(width: 5).wrap("x 3 x y 4 x 5 x") == ["x 3 x", "y", "4 x 5", "x"])
        #expect(LineWrapper(width: 4).wrap("10 x 12") == ["10 x", "12"])
        // A count keeps its unit too; one that does not fit a line with it keeps the count whole.
        #expect(LineWrapper(width: 12).wrap("sets 3 x 12 s", first: "", rest: "") == ["sets", "3 x 12 s"])
        #expect(LineWrapper(width: 7).wrap("sets 3 x 12 s", first: "", rest: "") == ["sets", "3 x 12", "s"])
        #expect(LineWrapper(width: 10).wrap("sets 3 x 12 s", first: "", rest: "") == ["sets", "3 x 12 s"])
    }

    @Test("segments keep the dot at the end of the line")
    func segments() {
        let lines = LineWrapper(width: 30).wrap(segments: ["Push-ups without pain", "8 weeks", "Mon Wed Fri"], first: "", rest: "  ")
        #expect(lines == ["Push-ups without pain ·", "  8 weeks · Mon Wed Fri"])
    }

    @Test("cuts a word longer than the line")
    func longWord() {
        let lines = LineWrapper(width: 10).wrap("abcdefghijklmnopqrstuvwxyz ok", first: "", rest: "  ")
        #expect(lines == ["abcdefghij", "  klmnopqr", "  stuvwxyz", "  ok"])
        #expect(lines.allSatisfy { $0.count <= 10 })
    }

    @Test("empty text gives the first prefix alone, trimmed")
    func empty() {
        #expect(LineWrapper(width: 10).wrap("", first: "  ", rest: "  ") == [""])
    }

    @Test("counts characters, not bytes")
    func characters() {
        let lines = LineWrapper(width: 12).wrap("90° · 38 °C ███", first: "", rest: "")
        #expect(lines == ["90° · 38 °C", "███"])
    }

    @Test("a word longer than the line stands alone when asked to overflow")
    func overflow() {
        let lines = LineWrapper(width: 10, longWords: .overflow).wrap("ok abcdefghijklmnopqrstuvwxyz ok", first: "", rest: "  ")
        #expect(lines == ["ok", "abcdefghijklmnopqrstuvwxyz", "  ok"])
        // The first line's prefix stays before it.
        #expect(LineWrapper(width: 10, longWords: .overflow).wrap("abcdefghijkl", first: "e: ") == ["e: abcdefghijkl"])
        #expect(LineWrapper(width: 10, longWords: .overflow).wrap("abcdefghijkl", first: "  ") == ["  abcdefghijkl"])
    }

    /// `start` at 40 columns: the journal's path after the two spaces of the hanging indent was
    /// wider than the line, and the terminal broke it (`…/upper-back-reh` / `ab.yaml`). A path is
    /// never split inside: whole on a line of its own, from the margin, where a path as wide as the
    /// line fits.
    @Test("a word wider than the room after the indent stands whole on a line of its own, from the margin")
    func pathOnALineOfItsOwn() {
        let wrapper = LineWrapper(width: 40, longWords: .overflow)
        let path = "/tmp/hb52/data/protract/upper-back-r.yaml"  // 40 characters
        #expect(wrapper.wrap("started course 'upper-back-rehab': journal \(path)", rest: "  ")
            == ["started course 'upper-back-rehab':", "  journal", path])
        let longer = "/tmp/hb52/data/protract/upper-back-rehab.yaml"
        #expect(wrapper.wrap(keepingQuoted: "journal \(longer) after it", rest: "  ") == ["journal", longer, "  after it"])
    }

    @Test("a count that fits a hanging line but not the wider first one stays separate words there")
    func countOnAWideFirstLine() {
        // "abcdef7 s" fits the 10 left by the hanging prefix, not the 4 left by the first one:
        // glued, it would stand whole (two words) on a first line 14 wide.
        let word = "abcdef7 s"
        let lines = LineWrapper(width: 12, longWords: .overflow).wrap(word, first: String(repeating: " ", count: 8), rest: "  ")
        #expect(lines == ["        abcdef7", "  s"])
        #expect(LineWrapper(width: 12, longWords: .overflow).wrap("x " + word, first: "        ", rest: "  ") == ["        x", "  abcdef7 s"])
    }

    @Test("control characters are escaped before they are measured")
    func escapesBeforeMeasuring() {
        let lines = LineWrapper(width: 12).wrap("a \u{1B}[8m b", first: "", rest: "")
        #expect(lines == ["a \\u{1B}[8m", "b"])
    }

    @Test("a width below one wraps as one and ends", arguments: [LineWrapper.LongWords.cut, .overflow])
    func tinyWidth(longWords: LineWrapper.LongWords) {
        let lines = LineWrapper(width: 0, longWords: longWords).wrap("ab c", first: "  ", rest: "  ")
        #expect(lines == (longWords == .cut ? ["", "a", "b", "c"] : ["", "ab", "c"]))
    }

    @Test("random text: no line over the width, no word lost, nothing raw", arguments: [LineWrapper.LongWords.cut, .overflow])
    func randomText(longWords: LineWrapper.LongWords) {
        var generator = SeededGenerator(seed: 0x7E47)
        let pieces = [
            "push", "up", " ", "  ", "\n", "\t", "abcdefghijklmnopqrstuvwxyz", "·", "é", "e\u{301}", "\r\n", "3", ",",
            "\u{301}", "🇬🇧", "\u{1F600}", "\u{1B}[2J", "\u{202E}", "\u{9B}", "███",
        ]
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" }
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...16, using: &generator))
                .map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            let wrapper = LineWrapper(width: Int.random(in: 4...40, using: &generator), longWords: longWords)
            let first = String(repeating: " ", count: Int.random(in: 0...6, using: &generator))
            let rest = String(repeating: " ", count: Int.random(in: 0...8, using: &generator))
            let lines = wrapper.wrap(text, first: first, rest: rest)
            for line in lines where line.count > wrapper.width {
                // Only a word too long for any line may stand wider, alone after its prefix.
                #expect(longWords == .overflow && !line.drop { $0 == " " }.contains(" "), "\(text.debugDescription): \(line)")
            }
            let wordsIn = LineWrapper.words(text).joined().unicodeScalars.filter { !isSpace($0) }
            let wordsOut = lines.joined().unicodeScalars.filter { !isSpace($0) }
            #expect(wordsIn.elementsEqual(wordsOut), "\(text.debugDescription)")
            #expect(!lines.joined().unicodeScalars.contains { TerminalText.isUnsafe($0) }, "\(text.debugDescription)")
        }
    }

    @Test("keeps a quoted command whole on its line, and breaks it only when it is wider than a line")
    func quotedCommands() {
        let wrapper = LineWrapper(width: 30, longWords: .overflow)
        #expect(wrapper.wrap(keepingQuoted: "correct it with 'protract log --edit 2026-12-07' or remove it", rest: "  ")
            == ["correct it with", "  'protract log \\", "    --edit 2026-12-07'", "  or remove it"],
            "a command wider than a line stands on lines of its own, broken between arguments with ` \\`")
        #expect(wrapper.wrap(keepingQuoted: "then run 'protract log --list' to see it", rest: "  ")
            == ["then run 'protract log --list'", "  to see it"])
        #expect(wrapper.wrap(keepingQuoted: "so then run 'protract log --list' to see it", rest: "  ")
            == ["so then run", "  'protract log --list' to see", "  it"])
        #expect(wrapper.wrap(keepingQuoted: "the person's 'unclosed quote runs on to the end", rest: "  ")
            == ["the person's", "  'unclosed quote runs on to", "  the end"])
        // A count beside quoted text is kept whole, as in any text (it was split: `3 x` / `11`).
        #expect(wrapper.wrap(keepingQuoted: "knee push-up 3 x 5 would read low incline 3 x 11", rest: "  ")
            == ["knee push-up 3 x 5 would read", "  low incline 3 x 11"])
        #expect(wrapper.wrap(keepingQuoted: "a change: wall push-up plus 2 x 10 would read 2 x 12", rest: "  ")
            == ["a change: wall push-up plus", "  2 x 10 would read 2 x 12"])
    }

    @Test("a quoted command that fits a line after the indent is never split in running text")
    func quotedCommandInProse() {
        let wrapper = LineWrapper(width: 40, longWords: .overflow)
        // `protract next`'s footer at 40 columns: the command went `--as-planned` / `--pain N'`.
        #expect(wrapper.wrap(keepingQuoted: "After it: 'protract log' asks how it went, or 'protract log --as-planned "
                + "--pain N' logs it as written with your pain (0-10) during it.", rest: "  ")
            == ["After it: 'protract log' asks how it", "  went, or", "  'protract log --as-planned --pain N'",
                "  logs it as written with your pain", "  (0-10) during it."])
        // In parentheses, as the plan's screening line and `start` write it.
        #expect(wrapper.wrap(keepingQuoted: "check the red flags below first ('protract screen upper-back-rehab' asks them)")
            == ["check the red flags below first", "('protract screen upper-back-rehab' asks", "them)"])
    }

    @Test("a quoted command wider than a line is broken between its arguments, each line but the last ending in ` \\`")
    func quotedCommandWiderThanALine() {
        // `log`'s refusal of a second entry at 40 columns went `'protract log --edit 2026-12-16` /
        // `--as-planned --pain N'`: pasted, the first line ran alone.
        let text = "a session is logged on Wed 16 Dec 2026 already; 'protract log --edit 2026-12-16 --as-planned "
            + "--pain N' replaces it; the journal was not changed"
        let lines = LineWrapper(width: 40, longWords: .overflow).wrap(keepingQuoted: text, first: "protract: error: ", rest: "  ")
        #expect(lines == [
            "protract: error: a session is logged on", "  Wed 16 Dec 2026 already;", "  'protract log --edit 2026-12-16 \\",
            "    --as-planned --pain N'", "  replaces it; the journal was not", "  changed",
        ])
        // An argument wider than what is left of a line stands whole on the next.
        let narrow = LineWrapper(width: 12, longWords: .overflow).wrap(keepingQuoted: "run 'protract log --as-planned' now")
        #expect(narrow == ["run", "'protract \\", "  log \\", "  --as-planned'", "now"])
        // Quoted text that is not a command is placed as running text.
        #expect(LineWrapper(width: 20).wrap(keepingQuoted: "the name 'a long quoted title of a plan' is taken")
            == ["the name", "'a long quoted title", "of a plan' is taken"])
    }

    @Test("keeps a duration with its unit: a line never ends in the number of '2 s' or '10 min'")
    func durations() {
        let wrapper = LineWrapper(width: 20)
        #expect(wrapper.wrap("hold at the top for 2 s pause") == ["hold at the top for", "2 s pause"])
        #expect(wrapper.wrap("rest between sets 90 s, then go") == ["rest between sets", "90 s, then go"])
        #expect(wrapper.wrap("about the next 10 min or so") == ["about the next", "10 min or so"])
        #expect(wrapper.wrap("do the full set of 2 sets again") == ["do the full set of 2", "sets again"],
                "a word that only starts with s is no unit")
        #expect(wrapper.wrap("Doorway chest stretch 1 x 30 s each side") == ["Doorway chest", "stretch 1 x 30 s", "each side"])
        #expect(LineWrapper(width: 28).wrap("Doorway chest stretch 1 x 30 s") == ["Doorway chest stretch", "1 x 30 s"])
        #expect(LineWrapper(width: 14).wrap("a fever of 38 °C or more") == ["a fever of", "38 °C or more"])
        #expect(wrapper.wrap("at least 48 hours or 48 h.") == ["at least 48 hours or", "48 h."])
    }

    @Test("a comparison keeps its terms and signs on one line: no line ends or starts with a sign", arguments: 8...60)
    func comparisonsStayWhole(width: Int) {
        let text = "rep range LOW-HIGH, 1 <= LOW < HIGH <= 30 (default: 5-8), pain ≤ 3 and reps >= 2 x 10"
        let signs: Set<Substring> = ["<", "<=", "≤", ">="]
        for longWords in [LineWrapper.LongWords.cut, .overflow] {
            let lines = LineWrapper(width: width, longWords: longWords).wrap(text, first: "", rest: "    ")
            let shown = lines.joined(separator: "\n")
            for run in ["1 <= LOW < HIGH <= 30", "pain ≤ 3", "reps >= 2 x 10"] where run.count + 4 <= width {
                #expect(shown.contains(run), "\(width): \(lines)")
            }
            // Where every comparison fits a hanging line, no line ends with a sign; where the
            // longest run does too, none starts with one either.
            if width >= 18 {
                #expect(!lines.contains { $0.split(separator: " ").last.map(signs.contains) == true }, "\(width): \(lines)")
            }
            if width >= 25 {
                #expect(!lines.contains { $0.split(separator: " ").first.map(signs.contains) == true }, "\(width): \(lines)")
            }
            #expect(longWords == .cut || lines.joined(separator: " ").split(separator: " ") == text.split(separator: " "),
                    "no word lost: \(lines)")
            #expect(longWords == .overflow || lines.allSatisfy { $0.count <= width }, "\(lines)")
        }
        // Narrower than the run: whole comparisons still, the line broken before a sign.
        #expect(LineWrapper(width: 10).wrap("1 <= LOW < HIGH") == ["1 <= LOW", "< HIGH"])
        #expect(LineWrapper(width: 14).wrap("so 1 <= LOW < HIGH") == ["so 1 <= LOW", "< HIGH"])
    }

    @Test("a date keeps its day's name, day and month on one line", arguments: 8...40)
    func datesStayWhole(width: Int) {
        let text = "a red flag was logged on Tue 1 Dec, and the next session (Wed 23 Dec) moved to Thu 24 Dec."
        for longWords in [LineWrapper.LongWords.cut, .overflow] {
            let lines = LineWrapper(width: width, longWords: longWords).wrap(text, first: "- ", rest: "  ")
            let shown = lines.joined(separator: "\n")
            for date in ["Tue 1 Dec,", "(Wed 23 Dec)", "Thu 24 Dec."] where date.count + 2 <= width {
                #expect(shown.contains(date), "\(width): \(lines)")
            }
            #expect(longWords == .overflow || lines.allSatisfy { $0.count <= width }, "\(lines)")
        }
        // Not a date: a day's name before a count, a month's longer name.
        let words = LineWrapper(width: 20).wrap("every Mon 3 Decembers")
        #expect(words == ["every Mon 3", "Decembers"], "\(words)")
    }
}
