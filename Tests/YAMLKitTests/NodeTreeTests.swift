import Foundation
import ProtractTestSupport
import Testing
import YAMLKit

/// The flat node tree: keys compared with Swift's string equality, long mappings, views that hide
/// keys, and aliases as records of their own.
@Suite struct NodeTreeTests {
    struct Pair: Decodable, Equatable {
        var name: String
        var count: Int?
    }

    // MARK: Keys

    @Test func keysThatAreCanonicallyEquivalentAreTheSameKey() throws {
        // U+212A KELVIN SIGN decomposes to ASCII 'K'; "é" composed and decomposed are equivalent.
        let kelvin = try #require(try Harness.root("\u{212A}: 1\n").mapping)
        #expect(kelvin["K"]?.scalar?.value == "1")
        let accent = try #require(try Harness.root("caf\u{E9}: 1\n").mapping)
        #expect(accent["cafe\u{301}"]?.scalar?.value == "1")
        #expect(accent["cafe"] == nil)

        let duplicate = try #require(Harness.parseFailure("K: 1\n\u{212A}: 2\n"))
        #expect(duplicate.contains("error: duplicate key"))
        #expect(try #require(Harness.parseFailure("cafe\u{301}: 1\ncaf\u{E9}: 2\n")).contains("error: duplicate key"))
        // Keys of one length that differ in a byte are different keys.
        #expect(try Harness.root("abc: 1\nabd: 2\n").mapping?.keys == ["abc", "abd"])
    }

    @Test func aDecodedFieldFindsACanonicallyEquivalentKey() throws {
        let pair = try Harness.decode(Pair.self, "n\u{61}\u{6D}e: Kelvin\n")
        #expect(pair == Pair(name: "Kelvin", count: nil))
    }

    @Test func aLongMappingFindsEveryKeyAndEveryDuplicate() throws {
        let keys = (0..<40).map { "key-\($0)" }
        let text = keys.enumerated().map { "\($1): \($0)" }.joined(separator: "\n") + "\n"
        let mapping = try #require(try Harness.root(text).mapping)
        #expect(mapping.keys == keys)
        for (value, key) in keys.enumerated() {
            #expect(mapping[key]?.scalar?.value == String(value))
        }
        #expect(mapping["key-40"] == nil)

        // A duplicate past the point where the composer switches to a table, and one before it.
        for position in [3, 30] {
            let failure = try #require(Harness.parseFailure(text + "key-\(position): again\n"))
            #expect(failure.hasPrefix("plan.yaml:41:1: error: duplicate key 'key-\(position)' in this mapping"))
            #expect(failure.contains("plan.yaml:\(position + 1):1: note: 'key-\(position)' is first defined here"))
        }
    }

    @Test func nestedMappingsCheckOnlyTheirOwnKeysForDuplicates() throws {
        // The composer keeps the key texts of every open mapping on one stack.
        let root = try #require(try Harness.root("a: 1\nb:\n  a: 2\n  b: {a: 3, b: 4}\n  c: 5\nc: 6\n").mapping)
        #expect(root.keys == ["a", "b", "c"])
        #expect(root["b"]?.mapping?.keys == ["a", "b", "c"])
        #expect(root["b"]?.mapping?["b"]?.mapping?.keys == ["a", "b"])
        let failure = try #require(Harness.parseFailure("a: 1\nb:\n  a: 2\n  c: {a: 3}\n  a: 4\nc: 5\n"))
        #expect(failure.hasPrefix("plan.yaml:5:3: error: duplicate key 'a' in this mapping"), "\(failure)")
        #expect(failure.contains("plan.yaml:3:3: note: 'a' is first defined here"))
    }

    @Test func mergingIntoALongMappingKeepsTheMappingsOwnValues() throws {
        let own = (0..<20).map { "own-\($0): \($0)" }.joined(separator: "\n  ")
        let text = """
            base: &base {own-3: merged, extra: merged}
            long:
              <<: *base
              \(own)

            """
        let long = try #require(try Harness.root(text).mapping?["long"]?.mapping)
        #expect(long.count == 21)
        #expect(long["own-3"]?.scalar?.value == "3")
        #expect(long["extra"]?.scalar?.value == "merged")
        #expect(long.keys.last == "extra")
    }

    // MARK: Views and aliases

    @Test func removingKeysHidesEachAndLeavesTheOriginal() throws {
        let node = try Harness.root("plugin: timer\nseconds: 30\nrounds: 3\n")
        let fewer = node.removingKey("plugin").removingKey("rounds")
        #expect(Harness.dump(fewer) == "{seconds: 30}")
        #expect(fewer.mapping?.count == 1)
        #expect(fewer.mapping?["plugin"] == nil)
        #expect(fewer.mapping?.entry(forKey: "seconds")?.keyRange.start == SourceLocation(line: 2, column: 1))
        #expect(Harness.dump(fewer.removingKey("absent")) == "{seconds: 30}")
        #expect(Harness.dump(node) == "{plugin: timer, seconds: 30, rounds: 3}")
        #expect(node.mapping?.count == 3)
    }

    @Test func anAliasStandsWhereItIsWrittenAndHoldsItsAnchorsContents() throws {
        let root = try #require(try Harness.root("a: &x [1, {b: 2}]\nc: *x\n").mapping)
        let anchor = try #require(root["a"])
        let alias = try #require(root["c"])
        #expect(Harness.dump(alias) == Harness.dump(anchor))
        #expect(alias.range == SourceRange(start: SourceLocation(line: 2, column: 4), end: SourceLocation(line: 2, column: 6)))
        #expect(anchor.range.start == SourceLocation(line: 1, column: 4))
    }

    @Test func tagsAndStylesSurviveTheFlatStorage() throws {
        let root = try #require(try Harness.root("a: !!str 5\nb: 'q'\nc: !!str 6\nd: |\n  x\n").mapping)
        #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["c"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["b"]?.tag == nil)
        #expect(root["b"]?.scalar == Scalar(value: "q", style: .singleQuoted))
        #expect(root["d"]?.scalar == Scalar(value: "x\n", style: .literal))
    }

    /// Random small mappings: every key a mapping holds is found, and no other.
    @Test func randomMappingsFindExactlyTheirKeys() throws {
        var generator = SeededGenerator(seed: 0x5EED_7EE5)
        let alphabet = ["a", "b", "K", "\u{212A}", "\u{E9}", "e\u{301}", "-", "1"]
        for _ in 0..<300 {
            var keys: [String] = []
            for _ in 0..<Int.random(in: 1...24, using: &generator) {
                let key = (0..<Int.random(in: 1...3, using: &generator))
                    .map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }.joined()
                if !keys.contains(key) { keys.append(key) }
            }
            let text = keys.enumerated().map { "\"\($1)\": \($0)" }.joined(separator: "\n") + "\n"
            let mapping = try #require(try Harness.root(text).mapping)
            for (value, key) in keys.enumerated() {
                #expect(mapping[key]?.scalar?.value == String(value), "\(keys)")
            }
            let probe = (0..<2).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }.joined()
            #expect((mapping[probe] != nil) == keys.contains(probe), "\(keys) \(probe)")
        }
    }
}

/// `NamedCases` and `container(listing:)`: declared rather than discovered at run time, with the
/// same answers as the runtime's discovery, and usable with any decoder.
@Suite struct DeclaredConformanceTests {
    enum Unit: String, NamedCases { case kg, lb }
    enum Keys: String, CodingKey, CaseIterable { case unit, count }

    struct Listed: Decodable {
        var unit: Unit
        init(from decoder: any Decoder) throws {
            unit = try decoder.container(listing: Keys.self).decode(Unit.self, forKey: .unit)
        }
    }

    struct Discovered: Decodable {
        var unit: Unit
        init(from decoder: any Decoder) throws {
            unit = try decoder.container(keyedBy: Keys.self).decode(Unit.self, forKey: .unit)
        }
    }

    @Test(arguments: ["unit: kg\n", "unit: KG\n", "unit: lb\nconut: 3\n", "unit: [kg]\n", "unit: ~\n", "unit: !!str lb\n"])
    func listedKeysReportWhatDiscoveredKeysReport(text: String) throws {
        #expect(Harness.failure(Listed.self, text) == Harness.failure(Discovered.self, text))
        if let failure = Harness.failure(Listed.self, text), text.contains("conut") {
            #expect(failure.contains("error: unknown key 'conut' at the top level"))
            #expect(failure.contains("help: did you mean 'count'?"))
        }
    }

    @Test func anUnknownCaseIsNamedWithTheCasesAndTheNearest() {
        #expect(Harness.failure(Listed.self, "unit: KG\n")?.hasPrefix("""
            plan.yaml:1:7: error: expected one of 'kg', 'lb' for 'unit', found "KG"
            """) == true)
    }

    @Test func bothWorkWithAnotherDecoder() throws {
        #expect(try JSONDecoder().decode(Listed.self, from: Data(#"{"unit": "lb"}"#.utf8)).unit == .lb)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Listed.self, from: Data(#"{"unit": "KG"}"#.utf8))
        }
    }
}
