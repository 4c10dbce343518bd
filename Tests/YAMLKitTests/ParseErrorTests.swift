import Testing
import YAMLKit

@Suite struct ParseErrorTests {
    @Test func aSecondDocumentIsRefused() {
        #expect(Harness.parseFailure("name: A\n---\nname: B\n") == """
            plan.yaml:2:1: error: a second YAML document starts here, but a file holds only one
                2 | ---
                  | ^~~
                  = help: remove the '---' line and what follows it, or move that document to a file of its own

            """)
        #expect(Harness.parseFailure("--- a\n...\n--- b\n")?.hasPrefix(
            "plan.yaml:3:1: error: a second YAML document starts here, but a file holds only one\n") == true)
        #expect(Harness.parseFailure("--- a\n...\n") == nil)
    }

    /// "name: A" and "c: é", then the bad bytes on line 2 after the "é".
    static func withBadBytes(_ bad: [UInt8]) -> [UInt8] {
        Array("name: A\nc: \u{e9}".utf8) + bad + Array(" tail\n".utf8)
    }

    @Test func anInvalidLeadByteIsReportedWhereItStands() {
        #expect(Harness.parseFailure(Self.withBadBytes([0xFF])) == """
            plan.yaml:2:5: error: the file is not valid UTF-8: byte 0xFF cannot start a character
                2 | c: é\u{FFFD} tail
                  |     ^
                  = help: save the file as UTF-8 in your editor

            """)
    }

    @Test(arguments: [
        ([0xC0, 0x80], "byte 0xC0 cannot start a character"),
        ([0xED, 0xA0, 0x80], "bytes 0xED 0xA0 do not form a character"),
        ([0xE2, 0x82, 0x41], "bytes 0xE2 0x82 0x41 do not form a character"),
        ([0xF4, 0x90, 0x80, 0x80], "bytes 0xF4 0x90 do not form a character"),
        ([0x80], "byte 0x80 cannot start a character"),
    ] as [([UInt8], String)])
    func malformedSequencesAreReportedAtTheirFirstByte(bytes: [UInt8], problem: String) {
        #expect(Harness.parseFailure(Self.withBadBytes(bytes))?.hasPrefix(
            "plan.yaml:2:5: error: the file is not valid UTF-8: \(problem)\n") == true)
    }

    @Test func aSequenceCutShortByTheEndOfTheFileIsReported() {
        #expect(Harness.parseFailure(Array("a: b\nc: ".utf8) + [0xE2, 0x82])?.hasPrefix(
            "plan.yaml:2:4: error: the file is not valid UTF-8: it ends in the middle of a character (bytes 0xE2 0x82)\n")
            == true)
    }

    @Test func aControlCharacterIsReportedWhereItStands() {
        #expect(Harness.parseFailure(Array("a: b\nc: \u{e9}".utf8) + [0x01]) == """
            plan.yaml:2:5: error: the file holds the control character U+0001, which YAML does not allow
                2 | c: é\\u{1}
                  |     ^
                  = help: delete it; such characters are often invisible in an editor

            """)
    }

    @Test func aDuplicateKeyIsReportedAtTheSecondOccurrenceWithANoteAtTheFirst() {
        #expect(Harness.parseFailure("""
            name: A
            sessions:
              - sets: 3
                reps: 5
                sets: 4
            """) == """
            plan.yaml:5:5: error: duplicate key 'sets' in this mapping
                5 |     sets: 4
                  |     ^~~~
                  = in: sessions[0].sets
                  = help: a key may appear once per mapping; remove one of them or merge their values
            plan.yaml:3:5: note: 'sets' is first defined here
                3 |   - sets: 3
                  |     ^~~~

            """)
        #expect(Harness.parseFailure("{a: 1, \"a\": 2}")?.hasPrefix(
            "plan.yaml:1:8: error: duplicate key 'a' in this mapping\n") == true)
    }

    /// A duplicate key names its path like every other error (a physiotherapist's trial: it alone
    /// had no `= in:` line): through lists, mappings and flow collections, at the top level too.
    @Test func aDuplicateKeyNamesItsPath() throws {
        func path(_ text: String) throws -> String? {
            let failure = try #require(Harness.parseFailure(text))
            return failure.split(separator: "\n").first { $0.contains("= in: ") }
                .map { String($0.drop { $0 == " " }.dropFirst("= in: ".count)) }
        }
        #expect(try path("pain-rules: {a: 1}\nweeks: 3\npain-rules: {a: 2}\n") == "pain-rules")
        #expect(try path("""
            sessions:
              - title: A
              - title: B
                blocks:
                  - {plugin: x}
                  - plugin: y
                    reps: {start: 1, target: 2, start: 3}

            """) == "sessions[1].blocks[1].reps.start")
        #expect(try path("[[a, {b: 1, b: 2}]]\n") == "[0][1].b")
    }

    @Test func aKeyMergedFromABaseAndWrittenOutIsNotADuplicate() {
        #expect(Harness.parseFailure("base: &b {sets: 3}\nx:\n  <<: *b\n  sets: 4\n") == nil)
    }

    @Test func tabsUsedForIndentationAreNamedAsSuch() {
        #expect(Harness.parseFailure("session:\n\tsets: 3\n") == """
            plan.yaml:2:1: error: a tab character is used for indentation, which YAML does not allow
                2 | \tsets: 3
                  | ^
                  = help: indent with spaces instead of tabs

            """)
        #expect(Harness.parseFailure("s\u{e9}ssion:\n  a: 1\n  \tb: 2\n")?.hasPrefix(
            "plan.yaml:3:3: error: a tab character is used for indentation, which YAML does not allow\n") == true)
    }

    @Test func aSyntaxErrorAfterAMultiByteCharacterIsNotMistakenForATab() {
        // libyaml's marks count characters; "é" is two bytes, so byte 5 (the tab) is not the culprit.
        #expect(Harness.parseFailure("\u{e9}: x\t: y\n") == """
            plan.yaml:1:6: error: mapping values are not allowed in this context
                1 | é: x\t: y
                  |     \t^
                  = help: a value that contains ': ' must be quoted, or the line is indented wrongly

            """)
    }

    @Test func badIndentationSaysWhichLineIsOutOfLineAndByHowMuch() {
        #expect(Harness.parseFailure("session:\n  sets: 3\n reps: 5\n") == """
            plan.yaml:3:2: error: line 3 is indented 1 space, which lines up with nothing above it
                3 |  reps: 5
                  |  ^
                  = help: move line 3 to 2 spaces (1 more) to line it up with 'sets: 3' on line 2, or to 0 spaces (1 fewer) to line it up with 'session:' on line 1
            plan.yaml:2:3: note: this key is indented 2 spaces
                2 |   sets: 3
                  |   ^
            plan.yaml:1:1: note: this key is not indented
                1 | session:
                  | ^

            """)
        #expect(Harness.parseFailure("name: A\n  sets: 3\n")?.hasPrefix(
            "plan.yaml:2:3: error: line 2 is indented 2 spaces, which lines up with nothing above it\n") == true)
    }

    @Test func aListItemOutOfLineNamesTheListAndTheKeyAroundIt() throws {
        let text = """
            sessions:
              - title: A
                blocks:
                  - plugin: mobility-warmup
                    minutes: 6

                 - plugin: stabilizer-strength   # one space short
            """
        let failure = try #require(Harness.parseFailure(text + "\n"))
        #expect(failure.hasPrefix("plan.yaml:7:6: error: line 7 is indented 5 spaces, which lines up with nothing above it\n"))
        // A list item at 4 spaces would not read below 'blocks:', whose list is at 6.
        #expect(failure.contains("= help: move line 7 to 6 spaces (1 more) to line it up with "
            + "'- plugin: mobility-warmup' on line 4\n"), "\(failure)")
        #expect(failure.contains("plan.yaml:4:7: note: this list item is indented 6 spaces"))
    }

    /// A key below `- name: Build` lines up with `name`, not with the dash: the move to the dash's
    /// column would not read ("did not find expected '-' indicator"), so it is not offered (a
    /// physiotherapist's trial followed it).
    @Test func onlyMovesThatReadAreOffered() throws {
        let phases = """
            phases:
              - name: Activate
                weeks: 3
              - name: Build
                weeks: 6
               focus: small steps
              - name: Integrate
                weeks: 3
            deload: {every: 4, volume: 60%}
            """
        let failure = try #require(Harness.parseFailure(phases + "\n"))
        #expect(failure.hasPrefix("plan.yaml:6:4: error: line 6 is indented 3 spaces, which lines up with nothing above it\n"))
        #expect(failure.contains("      = help: move line 6 to 4 spaces (1 more) to line it up with 'weeks: 6' on line 5\n"),
                "\(failure)")
        #expect(!failure.contains("2 spaces") && !failure.contains("0 spaces"), "\(failure)")
        // The move offered reads; the one no longer offered does not.
        let lines = phases.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func moved(to spaces: Int) -> String {
            var moved = lines
            moved[5] = String(repeating: " ", count: spaces) + "focus: small steps"
            return moved.joined(separator: "\n") + "\n"
        }
        #expect(Harness.parseFailure(moved(to: 4)) == nil)
        #expect(Harness.parseFailure(moved(to: 2))?.contains("did not find expected '-' indicator") == true)
        // Below a nested key, one space short, the dash of the item is skipped for the key.
        let short = try #require(Harness.parseFailure(
            "phases:\n  - name: Build\n    weeks: 6\n focus: x\n  - name: Integrate\n"))
        #expect(short.contains("= help: move line 4 to 4 spaces (3 more) to line it up with 'weeks: 6' on line 3\n"),
                "\(short)")
    }

    /// When no move of the line alone reads, no move is offered.
    @Test func noMoveIsOfferedWhenNoneReads() throws {
        let failure = try #require(Harness.parseFailure(
            "phases:\n  - name: Build\n    weeks: 6\nfocus: x\n  - name: Integrate\n    weeks: 3\n"))
        #expect(failure.hasPrefix("plan.yaml:5:3: error: line 5 is indented 2 spaces, which lines up with nothing above it\n"),
                "\(failure)")
        #expect(failure.contains("= help: indent line 5 as the lines it belongs with; moving it alone does not make the "
            + "file read, so check the lines around it too\n"), "\(failure)")
        #expect(!failure.contains("note:"), "\(failure)")
    }

    @Test func theTextOfABlockScalarIsNotALevel() throws {
        let failure = try #require(Harness.parseFailure("a:\n  b: |\n    text\n      more\n   c: 1\n"))
        #expect(failure.contains("= help: move line 5 to 2 spaces (1 fewer) to line it up with 'b: |' on line 2\n"))
        #expect(!failure.contains("line 3") && !failure.contains("line 4"))
    }

    @Test func aLineThatLinesUpKeepsLibYAMLsWords() throws {
        // Aligned, but a value holds ': ': the indentation is fine and the advice is about quoting.
        let failure = try #require(Harness.parseFailure("a: 1\nb: Note: this\n"))
        #expect(failure.hasPrefix("plan.yaml:2:8: error: mapping values are not allowed in this context\n"))
        #expect(failure.contains("must be quoted"))
    }

    @Test func anUnclosedQuoteSaysWhereItOpened() {
        #expect(Harness.parseFailure("name: 'Push\nsets: 3\n") == """
            plan.yaml:3:1: error: found unexpected end of stream
                3 | 
                  | ^
                  = help: add the closing quote
            plan.yaml:1:7: note: the quoted scalar starts here
                1 | name: 'Push
                  |       ^

            """)
    }

    @Test func anErrorAtTheEndOfAFileWithoutAFinalLineBreakStaysOnTheLastLine() {
        // libyaml moves the end of the stream to a line of its own; the error stays in the file.
        #expect(Harness.parseFailure("name: [a, b") == """
            plan.yaml:1:12: error: did not find expected ',' or ']'
                1 | name: [a, b
                  |            ^
                  = help: check the YAML here: the indentation, and that every quote and bracket is closed
            plan.yaml:1:7: note: the flow sequence starts here
                1 | name: [a, b
                  |       ^

            """)
        #expect(Harness.parseFailure("name: [a, b\n")?.hasPrefix("plan.yaml:2:1: error: did not find expected ',' or ']'\n")
            == true)
    }

    @Test func nodeRangesAtTheEndOfTheStreamStayInTheFile() throws {
        let root = try Harness.root("a:\n  b: 1")
        #expect(root.range == Harness.range((1, 1), (2, 7)))
        #expect(root.mapping?["a"]?.range == Harness.range((2, 3), (2, 7)))
    }

    @Test func aCollectionAsAKeyIsRefused() {
        #expect(Harness.parseFailure("? [a, b]\n: 1\n")?.hasPrefix(
            "plan.yaml:1:3: error: a mapping key must be a single value, not a list or a mapping\n") == true)
    }
}
