import Testing
import YAMLKit
import ProtractTestSupport


/// Random inputs never crash the parser or the decoder, and every failure is located in the file.
@Suite struct FuzzPropertyTests {
    /// Bytes that matter to YAML, to make mutations likelier to reach interesting states.
    static let alphabet: [[UInt8]] = [
        ":", "-", "[", "]", "{", "}", ",", "&a", "*a", "*b", "<<", "!", "!!str", "|", ">", "\"", "'", "\\", "#",
        "?", "%", "@", "`", "\t", "\n", "\r", " ", "  ", "---", "...", "~", "0x", "1e9", "\u{e9}", "\u{2028}",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0x00], [0x07], [0xEF, 0xBB, 0xBF]]

    /// Problems found, described; empty when the property holds.
    static func violations(of bytes: [UInt8]) -> [String] {
        let file = SourceFile(name: "fuzz.yaml", bytes: bytes)
        let lines = file.lineCount
        var problems: [String] = []
        func check(_ range: SourceRange?, _ what: String) {
            guard let range else { return problems.append("\(what): no range") }
            if !(1...lines).contains(range.start.line) || range.start.column < 1 {
                problems.append("\(what): range \(range) outside \(lines) lines")
            }
        }
        func checkAll(_ error: YAMLError) {
            if error.diagnostics.isEmpty { problems.append("an error without diagnostics") }
            for diagnostic in error.diagnostics {
                check(diagnostic.range, diagnostic.description)
                diagnostic.notes.forEach { check($0.range, $0.description) }
            }
            _ = DiagnosticRenderer(colour: true).render(error.diagnostics, in: file)
        }
        do {
            guard let root = try YAMLParser().parse(bytes) else { return problems }
            var pending = [root]
            while let node = pending.popLast() {
                check(node.range, "node")
                switch node.content {
                case .scalar: break
                case .sequence(let items): pending += items
                case .mapping(let mapping): pending += mapping.entries.map(\.value)
                }
            }
            func decode<T: Decodable>(_ type: T.Type) {
                do {
                    _ = try NodeDecoder().decode(type, from: root)
                } catch {
                    checkAll(error)
                }
            }
            decode(Model.Programme.self)
            decode(Recorded.Programme.self)
            decode([String: [Int?]].self)
        } catch {
            checkAll(error)
        }
        return problems
    }

    @Test func randomBytesParseOrFailWithALocatedError() {
        var random = SeededGenerator(state: 0x5EED_0001)
        var failures: [String] = []
        for index in 0..<1500 {
            let count = Int.random(in: 0...200, using: &random)
            var bytes: [UInt8] = []
            for _ in 0..<count {
                // Mostly printable ASCII, so that some inputs get past the UTF-8 check.
                if Int.random(in: 0..<10, using: &random) < 8 {
                    bytes.append(UInt8.random(in: 0x20...0x7E, using: &random))
                } else {
                    bytes += Self.alphabet.randomElement(using: &random) ?? []
                }
            }
            failures += Self.violations(of: bytes).map { "case \(index): \($0)" }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test func mutationsOfAValidFileParseOrFailWithALocatedError() throws {
        let original = try Fixtures.bytes("programme.yaml")
        #expect(Self.violations(of: original).isEmpty)
        var random = SeededGenerator(state: 0x5EED_0002)
        var failures: [String] = []
        var parsed = 0
        for index in 0..<3000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                Self.mutate(&bytes, using: &random)
            }
            let found = Self.violations(of: bytes)
            if found.isEmpty, (try? YAMLParser().parse(bytes)) != nil { parsed += 1 }
            failures += found.map { "case \(index): \($0)" }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        // The mutations are small enough that many files still parse, so the decoder is exercised too.
        #expect(parsed > 300)
    }

    static func mutate(_ bytes: inout [UInt8], using random: inout SeededGenerator) {
        let position = Int.random(in: 0...bytes.count, using: &random)
        switch Int.random(in: 0..<5, using: &random) {
        case 0 where position < bytes.count:
            let end = min(bytes.count, position + Int.random(in: 1...8, using: &random))
            bytes.removeSubrange(position..<end)
        case 1:
            bytes.insert(contentsOf: alphabet.randomElement(using: &random) ?? [], at: position)
        case 2 where position < bytes.count:
            bytes[position] = UInt8.random(in: 0...255, using: &random)
        case 3:
            // Repeat a stretch of the file, which makes duplicate keys, aliases and odd indentation.
            let start = Int.random(in: 0..<max(bytes.count, 1), using: &random)
            let end = min(bytes.count, start + Int.random(in: 1...40, using: &random))
            if start < end { bytes.insert(contentsOf: bytes[start..<end], at: position) }
        default:
            bytes.insert(contentsOf: Array(repeating: UInt8(ascii: " "), count: Int.random(in: 1...3, using: &random)),
                at: position)
        }
    }
}
