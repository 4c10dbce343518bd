import Foundation
import PlanKit
import ProtractTestSupport
import Testing
import YAMLKit

/// `Exercise(reading:)`, the fast path lists of exercises take, against `Exercise(from:)`: it may
/// refuse any node, but a node it reads must be one `init(from:)` decodes to the same exercise,
/// in the same places, with no diagnostic.
@Suite struct ExerciseFastReadingTests {
    /// Checks the contract on one exercise node; returns whether the fast path read it.
    @discardableResult
    static func checkAgreement(_ node: Node, _ label: String) -> Bool {
        let fast = NodeDecoder().fastRead(Exercise.self, from: node)
        let slow = try? NodeDecoder().decode(Exercise.self, from: node)
        guard let fast else { return false }
        #expect(slow != nil, "the fast path read what init(from:) refuses: \(label)")
        guard let slow else { return true }
        #expect(fast == slow, "\(label)")
        #expect(fast.idRange == slow.idRange, "\(label)")
        #expect(fast.tempo == slow.tempo && fast.holdSeconds == slow.holdSeconds, "\(label)")
        #expect(fast.easier.map(\.range) == slow.easier.map(\.range), "\(label)")
        #expect(fast.harder.map(\.range) == slow.harder.map(\.range), "\(label)")
        return true
    }

    static func exerciseNodes(_ text: String) throws -> [Node] {
        let root = try #require(try YAMLParser().parse(text))
        return root.mapping?["exercises"]?.sequence ?? []
    }

    @Test func everyBuiltInExerciseIsReadFastAndTheSame() throws {
        for name in ["exercises.yaml", "upper-back-rehab.yaml", "more-push-ups.yaml", "desk-mobility.yaml"] {
            let file = try Fixture.programsFile(name)
            let nodes = try Self.exerciseNodes(String(decoding: file.bytes, as: UTF8.self))
            for (index, node) in nodes.enumerated() {
                #expect(Self.checkAgreement(node, "\(name) exercises[\(index)]"), "\(name) exercises[\(index)] was not read fast")
            }
        }
    }

    /// One valid exercise, then that exercise with one line changed in each way a file can go
    /// wrong or be unusual: the fast path must refuse or agree, every time.
    static let base = """
        exercises:
          - id: band-row
            name: Band row
            category: stabilizer
            kind: reps
            per-side: false
            tempo: 2-1-2
            hold-seconds: 2
            positions: [Y, T, W]
            muscles: [rhomboids, middle trapezius]
            equipment: [band]
            summary: Rows for the shoulder blades.
            cues:
              - squeeze the shoulder blades together
            short-cue: squeeze and hold
            easier: [wall-slide]
            harder: [prone-y-t-w]
            source: "NSCA, 2016"

        """

    static let replacements = [
        "~", "", "[]", "[a, b]", "{a: 1}", "!!str 5", "!!int 3", "'quoted'", "\"2-1-2\"", "yes", "true", "no",
        "0", "1", "120", "121", "-3", "0x10", "1.5", "99999999999999999999", "Band Row!", "hold", "reps",
        "push-up", "mobility", "2-1", "11-0-0", "0-0-0", "[~]", "[!!str x]", "[[a]]", "null", "Null",
        "&a x", "*undefined", "{}", "[Y, T, W, Y, T, W, Y, T, W]", "[Y, T, W, Y, T, W, Y, T]",
        // Text rules: control characters, line breaks, text-direction overrides, lengths.
        #""a\e[8mb""#, #""a\nb""#, #""a\u202Eb""#, #"["\x9b"]"#, #"[ok, "\r"]"#, "\"\tx\"",
        String(repeating: "x", count: 61), String(repeating: "x", count: 101), String(repeating: "x", count: 301),
    ]

    @Test func oneChangedLineIsRefusedOrReadTheSame() throws {
        let lines = Self.base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var read = 0
        var refused = 0
        for (index, line) in lines.enumerated() where line.hasPrefix("    ") && line.contains(": ") {
            let key = line.prefix { $0 != ":" }
            for replacement in Self.replacements {
                var changed = lines
                changed[index] = "\(key): \(replacement)"
                for node in (try? Self.exerciseNodes(changed.joined(separator: "\n"))) ?? [] {
                    if Self.checkAgreement(node, "\(key): \(replacement)") { read += 1 } else { refused += 1 }
                }
            }
            // The line left out, and an unknown key in its place.
            for variant in [nil, "    \(key)s: 1", "    \(key.uppercased()): 1"] {
                var changed = lines
                if let variant { changed[index] = variant } else { changed.remove(at: index) }
                for node in (try? Self.exerciseNodes(changed.joined(separator: "\n"))) ?? [] {
                    if Self.checkAgreement(node, "\(variant ?? "without \(key)")") { read += 1 } else { refused += 1 }
                }
            }
        }
        // Both outcomes occur, so the check cannot pass by refusing everything.
        #expect(read > 30 && refused > 300, "read \(read), refused \(refused)")
    }

    @Test("a text field with a control character or over its length is left to init(from:), which refuses it",
          arguments: ["name", "summary", "cues", "short-cue", "source", "positions", "muscles", "equipment"])
    func textRulesAreLeftToInitFrom(_ key: String) throws {
        let lines = Self.base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("    \(key):") })
        let isList = ["cues", "positions", "muscles", "equipment"].contains(key)
        for value in ["\"x\\e[2Jy\"", "\"x\\u202Ey\"", "\"x\\ny\"", String(repeating: "x", count: 301)] {
            var changed = lines
            changed[index] = "    \(key): " + (isList ? "[\(value)]" : value)
            if changed[index + 1].hasPrefix("      - ") { changed.remove(at: index + 1) }  // the block list of cues
            let node = try #require(try Self.exerciseNodes(changed.joined(separator: "\n")).first)
            #expect(NodeDecoder().fastRead(Exercise.self, from: node) == nil, "\(key): \(value)")
            #expect((try? NodeDecoder().decode(Exercise.self, from: node)) == nil, "\(key): \(value)")
        }
    }

    @Test func aHoldWithATempoAndOtherChecksAreLeftToInitFrom() throws {
        let hold = Self.base.replacingOccurrences(of: "kind: reps", with: "kind: hold")
        let node = try #require(try Self.exerciseNodes(hold).first)
        #expect(NodeDecoder().fastRead(Exercise.self, from: node) == nil)
        #expect((try? NodeDecoder().decode(Exercise.self, from: node)) == nil)
    }

    /// Seeded random edits of several lines at once.
    @Test func randomEditsAreRefusedOrReadTheSame() throws {
        var generator = SeededGenerator(seed: 0xFA57)
        let lines = Self.base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let editable = lines.indices.filter { lines[$0].hasPrefix("    ") && lines[$0].contains(": ") }
        for _ in 0..<1_500 {
            var changed = lines
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let index = editable[Int.random(in: 0..<editable.count, using: &generator)]
                let key = lines[index].prefix { $0 != ":" }
                let value = Self.replacements[Int.random(in: 0..<Self.replacements.count, using: &generator)]
                changed[index] = "\(key): \(value)"
            }
            for node in (try? Self.exerciseNodes(changed.joined(separator: "\n"))) ?? [] {
                Self.checkAgreement(node, changed.joined(separator: " | "))
            }
        }
    }

    /// A list whose items take both paths keeps its order, and the items `init(from:)` refuses
    /// are reported as before.
    @Test func aListMixesBothPathsInOrder() throws {
        func item(_ id: String, name: String = "Band row", kind: String = "reps") -> String {
            Self.base.replacingOccurrences(of: "exercises:\n", with: "")
                .replacingOccurrences(of: "id: band-row", with: "id: \(id)")
                .replacingOccurrences(of: "name: Band row", with: "name: \(name)")
                .replacingOccurrences(of: "kind: reps", with: "kind: \(kind)")
        }
        let catalog = "catalog: Mixed\nexercises:\n" + item("band-row") + item("band-row-2", name: "!!str Band row 2")
            + item("band-row-3")
        let file = try YAMLDocument.load(SourceFile(name: "mixed.yaml", text: catalog)).decode(CatalogFile.self)
        #expect(file.exercises.map(\.id) == ["band-row", "band-row-2", "band-row-3"])
        #expect(file.exercises.map(\.name) == ["Band row", "Band row 2", "Band row"])
        #expect(file.exercises.map { $0.idRange?.start.line } == [3, 20, 37])

        let broken = SourceFile(
            name: "mixed.yaml",
            text: "catalog: Mixed\nexercises:\n" + item("band-row") + item("Band-Row-2") + item("band-row-3", kind: "rep"))
        do {
            _ = try YAMLDocument.load(broken).decode(CatalogFile.self)
            Issue.record("the broken catalog decoded")
        } catch {
            let rendered = DiagnosticRenderer(colour: false).render(error.diagnostics, in: broken)
            #expect(rendered.contains("mixed.yaml:20:9: error: exercise id 'Band-Row-2' is not kebab-case"), "\(rendered)")
            #expect(rendered.contains("mixed.yaml:40:11: error: expected one of 'reps', 'hold' for 'kind', found \"rep\"\n   40 |     kind: rep"), "\(rendered)")
            #expect(error.diagnostics.count == 2, "\(rendered)")
        }
    }
}
