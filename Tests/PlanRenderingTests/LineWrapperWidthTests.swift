import ProtractTestSupport
@testable import PlanRendering
import Testing
import YAMLKit

/// The wrapper counts scalars instead of characters when every scalar is a character of its own
/// (below U+0300, no carriage return); this checks that premise for every such scalar.
@Suite("Line wrapper widths")
struct LineWrapperWidthTests {
    @Test("every scalar below U+0300 but CR is a character of its own, beside any other")
    func scalarsBelowCombiningMarks() {
        let scalars = (0..<0x300).compactMap(Unicode.Scalar.init).filter { $0 != "\r" }
        var broken: [UInt32] = []
        for scalar in scalars {
            for neighbour in [" ", "a", "\n", "\t", "·", "é", "\u{1}"] as [Unicode.Scalar] {
                var pair = String.UnicodeScalarView()
                pair.append(scalar)
                pair.append(neighbour)
                var reversed = String.UnicodeScalarView()
                reversed.append(neighbour)
                reversed.append(scalar)
                if String(pair).count != 2 || String(reversed).count != 2 { broken.append(scalar.value) }
            }
        }
        #expect(broken.isEmpty)
    }

    @Test("width and words agree with the character-level reading")
    func fastPathAgrees() {
        for text in ["3 x 8, rest 90 s", "shoulder blades forward · one straight line", "90° · 38 °C", "a\r\nb c", "e\u{301} x", "███ ok", ""] {
            #expect(LineWrapper.width(of: text) == text.count)
            // Words are shown with visible escapes: a carriage return never reaches the terminal raw.
            #expect(LineWrapper.words(text) == text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
                .map { TerminalText.visible(String($0)) })
        }
    }

    @Test("words, width and trimming agree with the character-level reading on random text")
    func fastPathsAgreeOnRandomText() {
        var generator = SeededGenerator(seed: 0x3A7)
        let pieces = [
            "a", "Z", "9", " ", "  ", "\t", "\n", "\r", "\r\n", "·", "°", "é", "e\u{301}", " \u{301}", "\u{600} ",
            "\u{1F600}", "🇬🇧", "x", "-", ",",
        ]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator))
                .map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" }
            #expect(LineWrapper.width(of: text) == text.count, "\(text.debugDescription)")
            #expect(
                LineWrapper.words(text) == text.split(whereSeparator: isSpace).map { TerminalText.visible(String($0)) },
                "\(text.debugDescription)")
            let start = text.firstIndex { !isSpace($0) }
            let end = text.lastIndex { !isSpace($0) }
            let trimmed = start.flatMap { start in end.map { String(text[start...$0]) } } ?? ""
            #expect(text.trimmed == trimmed, "\(text.debugDescription)")
        }
    }

    @Test("wrapping plain text gives what wrapping its words as units gives")
    func plainTextMatchesUnits() {
        var generator = SeededGenerator(seed: 0x7E47)
        let pieces = ["push", "up", " ", "  ", "\n", "\t", "abcdefghijklmnopqrstuvwxyz", "·", "é", "e\u{301}", "\r\n", "3", ","]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...16, using: &generator))
                .map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            let wrapper = LineWrapper(width: Int.random(in: 4...40, using: &generator))
            let first = String(repeating: " ", count: Int.random(in: 0...6, using: &generator))
            let rest = String(repeating: " ", count: Int.random(in: 0...8, using: &generator))
            let lines = wrapper.wrap(text, first: first, rest: rest)
            #expect(lines == wrapper.wrap(units: LineWrapper.words(text).map { [$0] }, first: first, rest: rest), "\(text.debugDescription)")
            #expect(lines.allSatisfy { $0.count <= wrapper.width }, "\(text.debugDescription)")
        }
    }
}

