import Testing
import YAMLKit

/// With `recoverDuplicateKeys`, a duplicate key no longer stops the read: it is kept in the
/// document's problems (the first value kept), so the rest of the file is still decoded and
/// checked, and `decode` reports it with the others (issue 14). Without it, it is thrown as before.
@Suite struct DuplicateKeyRecoveryTests {
    struct Pair: Decodable { var a: Int; var b: Int }

    static let text = "a: 1\nb: x\na: 2\nc: {d: 1, d: 2}\n"

    @Test func theFirstValueIsKeptAndTheDuplicateIsAProblem() throws {
        let document = try YAMLDocument.load(SourceFile(name: "plan.yaml", text: Self.text), recoverDuplicateKeys: true)
        #expect(document.root?.mapping?.keys == ["a", "b", "c"])
        #expect(document.root?.mapping?["a"]?.scalar?.value == "1")
        #expect(document.root?.mapping?["c"]?.mapping?.keys == ["d"])
        #expect(document.problems.map(\.message) == [
            "duplicate key 'a' in this mapping", "duplicate key 'd' in this mapping",
        ])
    }

    @Test func decodeReportsTheDuplicatesWithTheOtherProblemsInSourceOrder() throws {
        let document = try YAMLDocument.load(SourceFile(name: "plan.yaml", text: Self.text), recoverDuplicateKeys: true)
        let error = #expect(throws: YAMLError.self) { try document.decode(Pair.self) }
        #expect(error?.diagnostics.map { "\($0.range?.start.line ?? 0) \($0.message)" } == [
            "2 expected a whole number for 'b', found \"x\"",
            "3 duplicate key 'a' in this mapping",
            "4 duplicate key 'd' in this mapping",
        ])
        // A document that decodes still throws its duplicates.
        let good = try YAMLDocument.load(SourceFile(name: "plan.yaml", text: "a: 1\nb: 2\na: 3\n"), recoverDuplicateKeys: true)
        let duplicate = #expect(throws: YAMLError.self) { try good.decode(Pair.self) }
        #expect(duplicate?.diagnostics.map(\.message) == ["duplicate key 'a' in this mapping"])
    }

    @Test func withoutRecoveryTheDuplicateStillStopsTheRead() {
        let error = #expect(throws: YAMLError.self) { try YAMLDocument.load(SourceFile(name: "plan.yaml", text: Self.text)) }
        #expect(error?.diagnostics.map(\.message) == ["duplicate key 'a' in this mapping"])
    }
}
