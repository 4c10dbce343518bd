import Testing
import YAMLKit

@Suite struct LimitsTests {
    /// The classic nine-level "billion laughs": under 1 KB of text, 10^9 nodes when expanded.
    static let billionLaughs: String = {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func billionLaughsIsRefusedByTheExpansionBudget() {
        #expect(Self.billionLaughs.utf8.count < 1024)
        #expect(Harness.parseFailure(Self.billionLaughs) == """
            plan.yaml:6:8: error: aliases expand to more than 100000 nodes
                6 | f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                  |        ^~
                  = help: aliases that repeat aliases grow exponentially; reuse blocks without nesting them so deeply

            """)
    }

    @Test func aSmallerBudgetStopsEarlier() {
        let limits = YAMLLimits(maxInputBytes: 1 << 20, maxDepth: 64, maxAliasExpansion: 100)
        #expect(Harness.parseFailure(Self.billionLaughs, limits: limits)?.hasPrefix(
            "plan.yaml:3:8: error: aliases expand to more than 100 nodes\n") == true)
        #expect(Harness.parseFailure("a: &a [1, 2]\nb: [*a, *a]\n", limits: limits) == nil)
    }

    static func nested(_ depth: Int, open: String = "[", close: String = "]", inner: String = "") -> String {
        String(repeating: open, count: depth) + inner + String(repeating: close, count: depth)
    }

    @Test func aHundredThousandLevelsAreRefusedWithoutOverflowingTheStack() {
        let expected = """
            plan.yaml:1:65: error: lists and mappings are nested more than 64 levels deep
                1 | …\(String(repeating: "[", count: 100))…
                  |                                                    ^
                  = help: a programme needs only a few levels; check for a runaway '[' or '{'

            """
        #expect(Harness.parseFailure(Self.nested(100_000)) == expected)
        #expect(Harness.parseFailure(String(repeating: "[", count: 100_000)) == expected)
        #expect(Harness.parseFailure(Self.nested(100_000, open: "{a: ", close: "}"))?.hasPrefix(
            "plan.yaml:1:257: error: lists and mappings are nested more than 64 levels deep\n") == true)
        #expect(Harness.parseFailure(String(repeating: "- ", count: 100_000) + "x\n")?.hasPrefix(
            "plan.yaml:1:129: error: lists and mappings are nested more than 64 levels deep\n") == true)
    }

    @Test func nestingUpToTheLimitIsAcceptedAndOneMoreIsNot() throws {
        let deepest = try #require(try Harness.parse(Self.nested(64, inner: "x")))
        var node = deepest
        var levels = 0
        while let first = node.sequence?.first {
            node = first
            levels += 1
        }
        #expect(levels == 64)
        #expect(node.scalar?.value == "x")
        #expect(Harness.parseFailure(Self.nested(65, inner: "x"))?.hasPrefix(
            "plan.yaml:1:65: error: lists and mappings are nested more than 64 levels deep\n") == true)
    }

    /// `a: &a [x]`, `b: &b [*a]`, … : each line is one level deeper than the last once expanded.
    static func aliasChain(_ length: Int) -> String {
        var lines = ["l1: &l1 [x]"]
        for index in 1..<length {
            lines.append("l\(index + 1): &l\(index + 1) [*l\(index)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aliasChainsCountTowardsTheDepthLimitAsTheyExpand() {
        // Line 63 holds 63 levels inside the root mapping: 64 in all, like the literal nesting below.
        #expect(Harness.parseFailure(Self.aliasChain(63)) == nil)
        #expect(Harness.parseFailure("k: " + Self.nested(63, inner: "x")) == nil)
        #expect(Harness.parseFailure(Self.aliasChain(64)) == """
            plan.yaml:64:12: error: alias '*l63' nests lists and mappings more than 64 levels deep
               64 | l64: &l64 [*l63]
                  |            ^~~~
                  = help: aliases that contain aliases add up; flatten the structure

            """)
        #expect(Harness.parseFailure("k: " + Self.nested(64, inner: "x"))?.hasPrefix(
            "plan.yaml:1:67: error: lists and mappings are nested more than 64 levels deep\n") == true)
    }

    @Test func aScalarAliasAtTheDeepestLevelIsAccepted() {
        #expect(Harness.parseFailure("a: &s x\nb: " + Self.nested(63, inner: "*s")) == nil)
    }

    @Test func inputOverTheSizeLimitIsRefusedBeforeParsing() {
        let limits = YAMLLimits(maxInputBytes: 16, maxDepth: 64, maxAliasExpansion: 100)
        #expect(Harness.parseFailure("name: exactly 16", limits: limits) == nil)
        #expect(Harness.parseFailure("name: seventeen!!", limits: limits) == """
            plan.yaml:1:1: error: the file is 17 bytes, over the limit of 16 bytes
                1 | name: seventeen!!
                  | ^
                  = help: a programme file is a few kilobytes; split the data or check that this is the right file

            """)
        let huge = [UInt8](repeating: UInt8(ascii: "#"), count: YAMLLimits.default.maxInputBytes + 1)
        #expect(throws: YAMLError.self) { try YAMLParser().parse(huge) }
        do {
            _ = try YAMLParser().parse(huge)
        } catch {
            #expect(error.diagnostics.map(\.message) == ["the file is 8388609 bytes, over the limit of 8388608 bytes"])
        }
    }
}
