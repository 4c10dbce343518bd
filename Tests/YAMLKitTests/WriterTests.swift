import Testing
import YAMLKit
import ProtractTestSupport

/// `YAMLWriter`: what it writes reads back through `YAMLParser` as the same values, whatever the text holds.
@Suite struct WriterTests {
    /// The value a parsed node holds, in the writer's terms (styles and flow left out).
    static func readBack(_ node: Node) -> YAMLValue {
        switch node.content {
        case .scalar(let scalar): return .scalar(scalar.value, .text)
        case .sequence(let items): return .sequence(items.map(readBack), flow: false)
        case .mapping(let mapping):
            return .mapping(mapping.entries.map { YAMLValue.Entry($0.key, readBack($0.value)) }, flow: false)
        }
    }

    /// `value` with every style and flow choice forgotten, to compare with `readBack`.
    static func normalised(_ value: YAMLValue) -> YAMLValue {
        switch value {
        case .scalar(let text, _): return .scalar(text, .text)
        case .sequence(let items, _): return .sequence(items.map(normalised), flow: false)
        case .mapping(let entries, _):
            return .mapping(entries.map { YAMLValue.Entry($0.key, normalised($0.value)) }, flow: false)
        }
    }

    /// Writes `value`, parses the text back and checks it holds the same values.
    @discardableResult
    static func roundTrip(_ value: YAMLValue, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (String, Node) {
        let text = try YAMLWriter().write(value)
        let node = try #require(try YAMLParser().parse(text), sourceLocation: sourceLocation)
        #expect(readBack(node) == normalised(value), "written as:\n\(text)", sourceLocation: sourceLocation)
        return (text, node)
    }

    /// Text that a careless writer gets wrong: words and numbers other readers take for other
    /// types, YAML's indicators, quotes, line breaks, control and invisible characters, non-ASCII.
    static let hostile: [String] = [
        "", " ", "  leading", "trailing  ", "07:30", "12:30:45", "yes", "No", "ON", "off", "y", "N", "true", "False",
        "null", "Null", "~", "1e3", "0x1F", "0o17", "+1", "-1", "-", "--", "---", "...", ".5", ".inf", "-.INF", ".nan",
        "2026-12-07", "1_000", "0", "007", "key: value", "a:b", "ends with colon:", "# not a comment", "a #b",
        "'single'", "\"double\"", "it's", "say \"hi\"", "back\\slash", "\\n literal", "[flow]", "{map}", "a, b",
        "&anchor", "*alias", "!tag", "!!str", "|", ">", "%YAML", "@at", "`tick`", "? key", "<<", "=",
        "line one\nline two", "trailing newline\n", "\n", "\r\n", "cr\rlf", "tab\there", "\t", "nul\u{0}byte",
        "bell\u{7}", "escape\u{1B}[31m", "del\u{7F}", "c1\u{85}next", "line\u{2028}sep", "para\u{2029}sep",
        "bom\u{FEFF}", "bidi\u{202E}override", "zero\u{200B}width", "é accent", "日本語のメモ", "emoji 🙂👍🏽",
        "combining e\u{301}", "\u{10FFFF}", "a very long note " + String(repeating: "with many words ", count: 40),
    ]

    @Test(arguments: hostile)
    func hostileTextReadsBackAsTheSameString(_ text: String) throws {
        let value = YAMLValue.mapping([.init("note", .string(text)), .init(text + "!", .string("as a key"))])
        let (written, node) = try Self.roundTrip(value)
        let scalar = try #require(node.mapping?["note"]?.scalar)
        // Plain only when no reader could take it for a number, boolean, null, date or time.
        if scalar.style == .plain {
            #expect(YAMLWriter.isSafePlain(text), "\(written)")
        }
        // And the decoder agrees: the same String.
        struct Note: Decodable { var note: String }
        let single = try YAMLWriter().write(YAMLValue.mapping([.init("note", .string(text))]))
        let note = try YAMLDocument.load(SourceFile(name: "x.yaml", text: single)).decode(Note.self).note
        #expect(note == text)
    }

    @Test func wordsOtherReadersTakeForOtherTypesAreQuoted() throws {
        for text in ["yes", "no", "on", "off", "true", "null", "~", "07:30", "1e3", "2026-12-07", "0x1F", ".inf", "", " x"] {
            let text2 = try YAMLWriter().write(YAMLValue.mapping([.init("k", .string(text))]))
            let node = try #require(try YAMLParser().parse(text2))
            #expect(node.mapping?["k"]?.scalar?.style != Scalar.Style.plain, "\(text) was written plain: \(text2)")
        }
    }

    @Test func controlCharactersAreEscapedNotWrittenRaw() throws {
        let value = YAMLValue.mapping([.init("note", .string("a\u{0}b\u{7}c\u{1B}d\ne\tf\u{85}g\u{2028}"))])
        let text = try YAMLWriter().write(value)
        // Every character a terminal acts on is an escape in the file, which stays one line.
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F || $0.value == 0x85 || $0.value == 0x2028 })
        #expect(text.split(separator: "\n").count == 1, "\(text)")
        try Self.roundTrip(value)
    }

    @Test func theShapeIsReadable() throws {
        let value = YAMLValue.mapping([
            .init("protract-journal", .integer(1)),
            .init("person", .mapping([
                .init("name", .string("Sam")), .init("start", .scalar("2026-12-07", .plain)), .init("time", .string("07:30")),
                .init("days", .sequence([.string("mon"), .string("wed")], flow: true)),
                .init("baseline", .mapping([.init("push-ups", .integer(6))], flow: true)),
            ])),
            .init("sessions", .sequence([
                .mapping([
                    .init("date", .scalar("2026-12-09", .plain)), .init("as-planned", .boolean(false)),
                    .init("done", .mapping([.init("knee-push-up", .sequence([.integer(6), .integer(6), .integer(5)], flow: true))])),
                    .init("note", .string("felt it: a bit")),
                ]),
            ])),
            .init("empty", .sequence([], flow: true)),
        ])
        let (text, _) = try Self.roundTrip(value)
        #expect(text == """
            protract-journal: 1
            person:
              name: Sam
              start: 2026-12-07
              time: "07:30"
              days: [mon, wed]
              baseline: {push-ups: 6}
            sessions:
            - date: 2026-12-09
              as-planned: false
              done:
                knee-push-up: [6, 6, 5]
              note: "felt it: a bit"
            empty: []

            """)
    }

    @Test func deepNestingIsWrittenWithoutRecursion() throws {
        var value = YAMLValue.string("bottom")
        for _ in 0..<60 { value = .sequence([value], flow: false) }
        try Self.roundTrip(value)
        var deeper = YAMLValue.string("bottom")
        for _ in 0..<10_000 { deeper = .sequence([deeper], flow: true) }
        // Far past the parser's depth limit: written all the same, without overflowing the stack.
        let text = try YAMLWriter().write(deeper)
        #expect(text.hasPrefix(String(repeating: "[", count: 10_000)))
    }

    @Test func seededRandomTreesRoundTrip() throws {
        var generator = SeededGenerator(seed: 12)
        let alphabet = Array("ab:# -'\"\\\n\t\u{0}\u{1B}é日🙂.0y~[]{},&*!|>%@`?")
        for _ in 0..<300 {
            func text() -> String {
                String((0..<Int(generator.next() % 8)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            }
            func tree(_ depth: Int) -> YAMLValue {
                let flow = generator.next() % 2 == 0
                switch depth > 3 ? 0 : generator.next() % 4 {
                case 0, 1: return .string(text())
                case 2: return .sequence((0..<Int(generator.next() % 4)).map { _ in tree(depth + 1) }, flow: flow)
                default:
                    var keys: [String] = []
                    var entries: [YAMLValue.Entry] = []
                    for _ in 0..<Int(generator.next() % 4) {
                        let key = text()
                        if keys.contains(key) { continue }
                        keys.append(key)
                        entries.append(.init(key, tree(depth + 1)))
                    }
                    return .mapping(entries, flow: flow)
                }
            }
            try Self.roundTrip(tree(0))
        }
    }
}

