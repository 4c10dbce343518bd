import Testing
import YAMLKit

@Suite struct DiagnosticsRenderingTests {
    let file = SourceFile(name: "plan.yaml", text: "sessions:\n  - name: A\n    sets: three\n")

    var threeSets: Diagnostic {
        Diagnostic(
            .error, "expected a whole number for 'sets', found \"three\"", at: Harness.range((3, 11), (3, 16)),
            path: "sessions[0].sets", help: "write a whole number, such as 3")
    }

    @Test func aDiagnosticRendersCompilerStyle() {
        #expect(DiagnosticRenderer(colour: false).render([threeSets], in: file) == """
            plan.yaml:3:11: error: expected a whole number for 'sets', found "three"
                3 |     sets: three
                  |           ^~~~~
                  = in: sessions[0].sets
                  = help: write a whole number, such as 3

            """)
        #expect(threeSets.description == "3:11: error: expected a whole number for 'sets', found \"three\"")
    }

    @Test func notesFollowTheirDiagnosticWithoutAPath() {
        let note = Diagnostic(.note, "first defined here", at: Harness.range((2, 5), (2, 9)), path: "ignored")
        var diagnostic = threeSets
        diagnostic.help = nil
        diagnostic.notes = [note]
        #expect(DiagnosticRenderer().render(diagnostic, in: file) == """
            plan.yaml:3:11: error: expected a whole number for 'sets', found "three"
                3 |     sets: three
                  |           ^~~~~
                  = in: sessions[0].sets
            plan.yaml:2:5: note: first defined here
                2 |   - name: A
                  |     ^~~~

            """)
    }

    @Test func aDiagnosticWithoutARangeOrOutsideTheFileHasNoExcerpt() {
        let unplaced = Diagnostic(.warning, "something odd", at: nil)
        let pastTheEnd = Diagnostic(.error, "past the end", at: Harness.range((9, 1), (9, 2)))
        #expect(DiagnosticRenderer().render([unplaced, pastTheEnd], in: file) == """
            plan.yaml: warning: something odd
            plan.yaml:9:1: error: past the end

            """)
    }

    @Test func aRangeOverSeveralLinesIsMarkedAtItsStart() {
        let diagnostic = Diagnostic(.error, "bad session", at: Harness.range((2, 5), (4, 1)))
        #expect(DiagnosticRenderer().render(diagnostic, in: file).hasSuffix("""
                2 |   - name: A
                  |     ^

            """))
    }

    @Test func theCaretCountsCharactersAndKeepsTabs() {
        let text = SourceFile(name: "plan.yaml", text: "\tnom: \"Día\", reps: x\n")
        let diagnostic = Diagnostic(.error, "bad", at: Harness.range((1, 20), (1, 21)))
        #expect(DiagnosticRenderer().render(diagnostic, in: text) == """
            plan.yaml:1:20: error: bad
                1 | \tnom: "Día", reps: x
                  | \t                  ^

            """)
    }

    @Test func longLinesAreCutToAWindowAroundTheColumn() {
        let line = (0..<300).map { String($0 % 10) }.joined()
        let text = SourceFile(name: "plan.yaml", text: "k: \(line)\n")
        let renderer = DiagnosticRenderer(colour: false, maxExcerptWidth: 20)
        func excerpt(_ column: Int, _ width: Int) -> String {
            let rendered = renderer.render(Diagnostic(.error, "x", at: Harness.range((1, column), (1, column + width))), in: text)
            return rendered.split(separator: "\n").dropFirst().joined(separator: "\n")
        }
        let gutter = "    1 | "
        let blank = "      | "
        #expect(excerpt(2, 1) == gutter + "k: 01234567890123456…\n" + blank + " ^")
        #expect(excerpt(150, 3) == gutter + "…67890123456789012345…\n" + blank + String(repeating: " ", count: 11) + "^~~")
        // An underline that would run past the window stops at its edge.
        #expect(excerpt(150, 50) == gutter + "…67890123456789012345…\n" + blank + String(repeating: " ", count: 11)
            + "^" + String(repeating: "~", count: 9))
        #expect(excerpt(303, 1) == gutter + "…" + String(line.suffix(20)) + "\n" + blank + String(repeating: " ", count: 20)
            + "^")
    }

    @Test func colourAddsANSIEscapesOnlyWhenAskedFor() {
        let plain = DiagnosticRenderer(colour: false).render(threeSets, in: file)
        let coloured = DiagnosticRenderer(colour: true).render(threeSets, in: file)
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;32m^~~~~\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;32mhelp:\u{1B}[0m write a whole number, such as 3"))
        #expect(Self.strippingEscapes(coloured) == plain)
    }

    /// The text without its `ESC [ … m` sequences.
    static func strippingEscapes(_ text: String) -> String {
        var out = ""
        var inEscape = false
        for character in text {
            if character == "\u{1B}" {
                inEscape = true
            } else if inEscape {
                if character == "m" { inEscape = false }
            } else {
                out.append(character)
            }
        }
        return out
    }

    @Test func largeLineNumbersWidenTheGutterForEveryRow() {
        let text = SourceFile(name: "p", text: String(repeating: "\n", count: 123_456) + "sets: x\n")
        let diagnostic = Diagnostic(
            .error, "bad", at: Harness.range((123_457, 7), (123_457, 8)), path: "sets", help: "fix it")
        #expect(DiagnosticRenderer().render(diagnostic, in: text) == """
            p:123457:7: error: bad
            123457 | sets: x
                   |       ^
                   = in: sets
                   = help: fix it

            """)
    }
}
