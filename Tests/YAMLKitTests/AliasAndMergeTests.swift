import Testing
import YAMLKit

@Suite struct AliasAndMergeTests {
    struct Block: Decodable, Equatable {
        var sets: Int
        var reps: Int
        var rest: Int
    }

    @Test func anAliasRepeatsItsAnchorsNodeAtTheAliasPosition() throws {
        let root = try Harness.root("""
            base: &b {sets: 3, reps: 5}
            copy: *b
            word: &w hello
            again: *w
            """)
        let mapping = try #require(root.mapping)
        #expect(Harness.dump(root) == "{base: {sets: 3, reps: 5}, copy: {sets: 3, reps: 5}, word: hello, again: hello}")
        #expect(mapping["copy"]?.range == Harness.range((2, 7), (2, 9)))
        #expect(mapping["again"]?.range == Harness.range((4, 8), (4, 10)))
    }

    @Test func aRedefinedAnchorAppliesToLaterAliases() throws {
        let root = try Harness.root("a: &x 1\nb: *x\nc: &x 2\nd: *x\n")
        #expect(Harness.dump(root) == "{a: 1, b: 1, c: 2, d: 2}")
    }

    @Test func aMergeKeyTakesTheBaseAndExplicitKeysOverrideIt() throws {
        let text = """
            base: &base {sets: 3, reps: 5, rest: 60}
            squat:
              <<: *base
              reps: 8
            """
        let root = try Harness.root(text)
        #expect(Harness.dump(root) == "{base: {sets: 3, reps: 5, rest: 60}, squat: {reps: 8, sets: 3, rest: 60}}")
        let decoded = try Harness.decode([String: Block].self, text)
        #expect(decoded["squat"] == Block(sets: 3, reps: 8, rest: 60))
    }

    @Test func anExplicitKeyBeforeTheMergeKeyAlsoWinsAndIsNotADuplicate() throws {
        let root = try Harness.root("""
            base: &base {sets: 3, reps: 5}
            squat:
              reps: 8
              <<: *base
            """)
        #expect(Harness.dump(root) == "{base: {sets: 3, reps: 5}, squat: {reps: 8, sets: 3}}")
    }

    @Test func aListOfBasesMergesInOrderAndEarlierBasesWin() throws {
        let root = try Harness.root("""
            a: &a {x: 1, y: 1}
            b: &b {y: 2, z: 2}
            c:
              <<: [*a, *b]
              w: 0
            d: {<<: [*b, *a]}
            """)
        let mapping = try #require(root.mapping)
        #expect(mapping["c"].map(Harness.dump) == "{w: 0, x: 1, y: 1, z: 2}")
        #expect(mapping["d"].map(Harness.dump) == "{y: 2, z: 2, x: 1}")
    }

    @Test func mergedBasesCanThemselvesMerge() throws {
        let root = try Harness.root("""
            a: &a {x: 1}
            b: &b {<<: *a, y: 2}
            c: {<<: *b, z: 3}
            """)
        #expect(try #require(root.mapping)["c"].map(Harness.dump) == "{z: 3, y: 2, x: 1}")
    }

    @Test func aQuotedOrTaggedMergeKeyIsAnOrdinaryKey() throws {
        let root = try Harness.root("a: &a {x: 1}\nb: {\"<<\": *a}\nc: {!!str <<: 1}\n")
        #expect(Harness.dump(root) == "{a: {x: 1}, b: {<<: {x: 1}}, c: {<<: 1}}")
    }

    @Test func aMergeKeyNeedsMappings() {
        #expect(Harness.parseFailure("a: [1]\nb:\n  <<: 5\n") == """
            plan.yaml:3:7: error: a merge key '<<' takes a mapping or a list of mappings
                3 |   <<: 5
                  |       ^
                  = help: merge an anchored mapping, such as '<<: *base' or '<<: [*base, *extra]'

            """)
        #expect(Harness.parseFailure("a: &a [1]\nb: {<<: [*a]}\n")?.hasPrefix(
            "plan.yaml:2:9: error: a merge key '<<' takes a mapping or a list of mappings\n") == true)
    }

    @Test func twoMergeKeysInOneMappingAreDuplicates() {
        #expect(Harness.parseFailure("a: &a {x: 1}\nb:\n  <<: *a\n  <<: *a\n") == """
            plan.yaml:4:3: error: duplicate key '<<' in this mapping
                4 |   <<: *a
                  |   ^~
                  = in: b.<<
                  = help: a key may appear once per mapping; remove one of them or merge their values
            plan.yaml:3:3: note: '<<' is first defined here
                3 |   <<: *a
                  |   ^~

            """)
    }

    @Test func anUndefinedAliasIsAnError() {
        #expect(Harness.parseFailure("base: {sets: 3}\nsquat: *bsae\n") == """
            plan.yaml:2:8: error: alias '*bsae' refers to an anchor that is not defined before it
                2 | squat: *bsae
                  |        ^~~~~
                  = help: define '&bsae' on an earlier node; an anchor must come before its aliases

            """)
    }

    @Test func anAliasUsedBeforeItsAnchorIsUndefined() {
        #expect(Harness.parseFailure("a: *x\nb: &x 1\n")?.hasPrefix(
            "plan.yaml:1:4: error: alias '*x' refers to an anchor that is not defined before it\n") == true)
    }

    @Test func aRecursiveAliasIsAnError() {
        #expect(Harness.parseFailure("a: &a [*a]\n") == """
            plan.yaml:1:8: error: alias '*a' refers to the node that contains it
                1 | a: &a [*a]
                  |        ^~
                  = help: an alias cannot point into itself; copy the values instead

            """)
        #expect(Harness.parseFailure("a: &a\n  b:\n    c: *a\n")?.hasPrefix(
            "plan.yaml:3:8: error: alias '*a' refers to the node that contains it\n") == true)
    }
}
