import Testing
import YAMLKit

@Suite struct ParserTests {
    @Test func blockAndFlowStylesBuildTheSameTree() throws {
        let block = try Harness.root("""
            name: Push
            sets: [3, 4]
            meta:
              level: 1
              tags:
                - a
                - b
            """)
        let flow = try Harness.root("{name: Push, sets: [3, 4], meta: {level: 1, tags: [a, b]}}")
        #expect(Harness.dump(block) == "{name: Push, sets: [3, 4], meta: {level: 1, tags: [a, b]}}")
        #expect(Harness.dump(flow) == Harness.dump(block))
    }

    @Test func blockScalarsKeepOrFoldLineBreaks() throws {
        let root = try Harness.root("""
            literal: |
              line one
                indented
            folded: >
              folded
              text

              next
            strip: |-
              no break
            keep: |+
              kept

            end: x
            """)
        let mapping = try #require(root.mapping)
        #expect(mapping["literal"]?.scalar == Scalar(value: "line one\n  indented\n", style: .literal))
        #expect(mapping["folded"]?.scalar == Scalar(value: "folded text\nnext\n", style: .folded))
        #expect(mapping["strip"]?.scalar == Scalar(value: "no break", style: .literal))
        #expect(mapping["keep"]?.scalar == Scalar(value: "kept\n\n", style: .literal))
    }

    @Test func quotedScalarsApplyEscapes() throws {
        let root = try Harness.root(#"""
            double: "a\tb\u00e9\n"
            single: 'it''s \n raw'
            empty: ""
            """#)
        let mapping = try #require(root.mapping)
        #expect(mapping["double"]?.scalar == Scalar(value: "a\tb\u{e9}\n", style: .doubleQuoted))
        #expect(mapping["single"]?.scalar == Scalar(value: #"it's \n raw"#, style: .singleQuoted))
        #expect(mapping["empty"]?.scalar == Scalar(value: "", style: .doubleQuoted))
        #expect(mapping["empty"]?.isNull == false)
    }

    @Test func commentsAreIgnoredButHashesInsideValuesAreKept() throws {
        let root = try Harness.root("""
            # A programme
            name: Push # trailing comment
            # between keys
            url: a#b
            quoted: "x # y"
            list:
              - 1 # one
              # inside a list
              - 2
            """)
        #expect(Harness.dump(root) == "{name: Push, url: a#b, quoted: x # y, list: [1, 2]}")
    }

    @Test(arguments: ["", "\n\n", "# only a comment\n", "\u{FEFF}"])
    func aFileWithoutADocumentParsesToNil(text: String) throws {
        #expect(try Harness.parse(text) == nil)
    }

    @Test func anEmptyFileDecodesToAnErrorThatSaysSo() {
        #expect(Harness.failure(AnyValue.self, "") == """
            plan.yaml:1:1: error: the file is empty
                1 | 
                  | ^

            """)
        #expect(Harness.failure(AnyValue.self, "# nothing yet\n")?.hasPrefix("plan.yaml:1:1: error: the file is empty\n") == true)
    }

    @Test func aLoneDocumentMarkerIsANullDocument() throws {
        let root = try Harness.root("---\n")
        #expect(root.isNull)
        #expect(try Harness.root("--- \nname: x\n...\n").mapping?["name"]?.scalar?.value == "x")
    }

    @Test func explicitTagsAreResolvedToTheirFullForm() throws {
        let mapping = try #require(try Harness.root("a: !!str 5\nb: 5\n").mapping)
        #expect(mapping["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(mapping["b"]?.tag == nil)
    }

    @Test func nodeRangesAreOneBasedWithExclusiveEnds() throws {
        let root = try Harness.root("""
            name: Push
            sessions:
              - {nombre: "Día", reps: 3}
              - plain
            """)
        #expect(root.range.start == SourceLocation(line: 1, column: 1))
        let mapping = try #require(root.mapping)
        #expect(mapping.entry(forKey: "name")?.keyRange == Harness.range((1, 1), (1, 5)))
        #expect(mapping["name"]?.range == Harness.range((1, 7), (1, 11)))

        let sessions = try #require(mapping["sessions"]?.sequence)
        #expect(mapping["sessions"]?.range.start == SourceLocation(line: 3, column: 3))
        let first = try #require(sessions.first)
        #expect(first.range == Harness.range((3, 5), (3, 29)))
        // "í" is two bytes but one column: everything after it is counted in characters.
        let inner = try #require(first.mapping)
        #expect(inner["nombre"]?.range == Harness.range((3, 14), (3, 19)))
        #expect(inner.entry(forKey: "reps")?.keyRange == Harness.range((3, 21), (3, 25)))
        #expect(inner["reps"]?.range == Harness.range((3, 27), (3, 28)))
        #expect(sessions.last?.range == Harness.range((4, 5), (4, 10)))
    }

    @Test func rangesMatchLibYAMLForEveryKindOfLineBreakAndAByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: b\rc: d\r\ne: f\u{85}g: h\u{2028}i: j".utf8)
        let node = try #require(try YAMLParser().parse(bytes))
        let mapping = try #require(node.mapping)
        #expect(mapping["b"] == nil)
        #expect(mapping["a"]?.range == Harness.range((1, 4), (1, 5)))
        #expect(mapping["c"]?.range == Harness.range((2, 4), (2, 5)))
        #expect(mapping["e"]?.range == Harness.range((3, 4), (3, 5)))
        #expect(mapping["g"]?.range == Harness.range((4, 4), (4, 5)))
        #expect(mapping["i"]?.range == Harness.range((5, 4), (5, 5)))
        let file = SourceFile(name: "x", bytes: bytes)
        #expect(file.lineCount == 5)
        #expect((1...5).map { file.line($0) } == ["a: b", "c: d", "e: f", "g: h", "i: j"])
        #expect(file.line(6) == nil)
    }
}
