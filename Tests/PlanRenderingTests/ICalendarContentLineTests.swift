@testable import PlanRendering
import Testing
import ProtractTestSupport

@Suite("iCalendar content lines")
struct ICalendarContentLineTests {
    /// Pieces random text is made of: ASCII, the characters TEXT escapes, line breaks, accents,
    /// combining marks, CJK, emoji with modifiers and ZWJ sequences, flags, controls.
    static let pieces: [String] = [
        "a", "Z", "7", " ", ":", "\"", "\\", ";", ",", "\n", "\r\n", "\r", "\t", "é", "e\u{301}", "\u{301}",
        "a\u{301}\u{302}\u{303}", "ß", "Ω", "中", "文字", "한", "👍", "💪🏽", "👩‍👩‍👧‍👦", "🇬🇧", "\u{1}", "\u{7F}", "\\n", "\\;",
        "€", "\u{200D}", "\u{FE0F}", "𝄞",
    ]

    /// The pieces that do not attach to the character before them (a lone mark after an escaped
    /// line break would join the `n` of `\\n`, so it could not stay a cluster of its own).
    static let standalonePieces = pieces.filter { !["\u{301}", "\u{200D}", "\u{FE0F}"].contains($0) }

    static func randomText(_ generator: inout SeededGenerator, from pieces: [String] = pieces) -> String {
        let count = Int.random(in: 0...120, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
    }

    /// What TEXT escaping keeps: line breaks become LF, other controls but HTAB become spaces.
    static func normalised(_ text: String) -> String {
        var out = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n", previous == "\r" { continue }
            if scalar == "\r" || scalar == "\n" {
                out += "\n"
            } else if scalar != "\t", scalar.value < 0x20 || scalar.value == 0x7F {
                out += " "
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test("escaping: backslash first, never the colon, line breaks as \\n")
    func escaping() {
        #expect(ContentLine.escaped("a\\b;c,d:e\"f") == "a\\\\b\\;c\\,d:e\"f")
        #expect(ContentLine.escaped("one\r\ntwo\nthree\rfour") == "one\\ntwo\\nthree\\nfour")
        #expect(ContentLine.escaped("\\n") == "\\\\n")
        #expect(ContentLine.escaped("tab\there\u{0}") == "tab\there ")
    }

    @Test("short lines are not folded and end in CRLF")
    func short() {
        #expect(ContentLine("SUMMARY", text: "Week 1 · Push-ups").bytes == Array("SUMMARY:Week 1 · Push-ups\r\n".utf8))
        #expect(ContentLine("CATEGORIES", textList: ["A,B", "C"]).bytes == Array("CATEGORIES:A\\,B,C\r\n".utf8))
        let exact = String(repeating: "x", count: 75 - "SUMMARY:".count)
        #expect(ContentLine("SUMMARY", text: exact).bytes == Array("SUMMARY:\(exact)\r\n".utf8))
        #expect(ContentLine("SUMMARY", text: exact + "y").bytes == Array("SUMMARY:\(exact)\r\n y\r\n".utf8))
    }

    @Test("a fold never separates a backslash from the character it escapes")
    func foldAtEscape() {
        for padding in 60...80 {
            let bytes = ContentLine("DESCRIPTION", text: String(repeating: "x", count: padding) + ";;\\\\,,\n\n").bytes
            let checker = ICalendarChecker(bytes: Array("BEGIN:VCALENDAR\r\n".utf8) + bytes + Array("END:VCALENDAR\r\n".utf8))
            #expect(!checker.problems.contains { $0.contains("fold") }, "padding \(padding): \(checker.problems)")
        }
    }

    @Test("random Unicode text: lines within 75 octets, folds between characters, round-trips", arguments: 0..<8)
    func randomText(seedBlock: Int) throws {
        var generator = SeededGenerator(state: UInt64(seedBlock) &* 1_000_003 &+ 17)
        for round in 0..<250 {
            let text = Self.randomText(&generator)
            let name = round % 2 == 0 ? "DESCRIPTION" : "X-WR-CALNAME"
            let bytes = ContentLine(name, text: text).bytes
            let context = "seed block \(seedBlock), round \(round): \(text.debugDescription)"
            #expect(bytes.suffix(2) == [0x0D, 0x0A], "\(context)")
            let physical = Array(bytes.dropLast(2)).split(separator: 0x0A, omittingEmptySubsequences: false)
            for line in physical {
                let body = line.last == 0x0D ? line.dropLast() : line
                #expect(body.count <= 75, "\(context)")
                #expect(!body.contains(0x0D) && !body.contains(0x0A), "\(context)")
                // Each physical line is whole characters: it decodes on its own.
                #expect(Array(String(decoding: body, as: UTF8.self).utf8) == Array(body), "\(context)")
            }
            let unfolded = ICalendarText.unfold(bytes)
            let line = String(decoding: unfolded.dropLast(2), as: UTF8.self)
            let property = try #require(ICalendarProperty(line), "\(context)")
            #expect(property.name == name)
            #expect(ICalendarText.unescape(property.value) == Self.normalised(text), "\(context)")
            let wrapped = Array("BEGIN:VCALENDAR\r\n".utf8) + bytes + Array("END:VCALENDAR\r\n".utf8)
            #expect(!ICalendarChecker(bytes: wrapped).problems.contains { $0.contains("fold") || $0.contains("octets") },
                "\(context)")
        }
    }

    @Test("folds fall between grapheme clusters when each cluster fits on a line", arguments: 0..<4)
    func graphemeBoundaries(seed: Int) {
        var generator = SeededGenerator(state: UInt64(seed) &+ 99)
        for _ in 0..<200 {
            let text = Self.randomText(&generator, from: Self.standalonePieces)
            let bytes = ContentLine("DESCRIPTION", text: text).bytes
            let segments = ICalendarText.unfoldSegments(bytes)
            // Rejoined text equals the unfolded text, and every segment boundary is a Character boundary.
            var boundaries: Set<Int> = [0]
            var offset = 0
            let whole = String(decoding: segments.joined(), as: UTF8.self)
            for character in whole {
                offset += character.utf8.count
                boundaries.insert(offset)
            }
            var position = 0
            for segment in segments.dropLast() {
                position += segment.count
                #expect(boundaries.contains(position), "\(text.debugDescription)")
            }
        }
    }

    @Test("a cluster longer than a line is split between scalars, never inside one or an escape",
        arguments: ["a", ";", "\\", ",", "x\n"])
    func hugeCluster(base: String) {
        // The marks join the base (`;` included) in one grapheme cluster of over 200 octets.
        let marks = String(repeating: "\u{301}\u{302}\u{303}", count: 40)
        for prefix in 0..<80 {
            let text = String(repeating: "p", count: prefix) + base + marks + ";x" + base + marks
            let bytes = ContentLine("SUMMARY", text: text).bytes
            let wrapped = Array("BEGIN:VCALENDAR\r\n".utf8) + bytes + Array("END:VCALENDAR\r\n".utf8)
            #expect(ICalendarChecker(bytes: wrapped).problems.filter { $0.contains("fold") || $0.contains("octets") } == [],
                "\(base.debugDescription) after \(prefix)")
            let line = String(decoding: ICalendarText.unfold(bytes).dropLast(2), as: UTF8.self)
            #expect(ICalendarProperty(line).flatMap { ICalendarText.unescape($0.value) } == Self.normalised(text))
        }
    }
}

extension ICalendarText {
    /// The pieces between folds of one folded content line (CRLF at the end dropped).
    static func unfoldSegments(_ bytes: [UInt8]) -> [[UInt8]] {
        let lines = Array(bytes.dropLast(2)).split(separator: 0x0A, omittingEmptySubsequences: false)
        return lines.enumerated().map { index, line in
            let body = line.last == 0x0D ? Array(line.dropLast()) : Array(line)
            return index == 0 ? body : Array(body.dropFirst())
        }
    }
}
