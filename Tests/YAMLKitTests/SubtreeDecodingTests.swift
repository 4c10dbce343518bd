import Testing
import YAMLKit

/// Decoding part of a document later (a plugin's options), with paths that still name the whole file.
@Suite struct SubtreeDecodingTests {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue }
        init(intValue: Int) {
            stringValue = String(intValue)
            self.intValue = intValue
        }
    }

    static let text = """
        sessions:
          - name: A
            blocks:
              - plugin: timer
                seconds: soon
                rounds: 3
        """

    func block() throws -> Node {
        let root = try Harness.root(Self.text)
        return try #require(root.mapping?["sessions"]?.sequence?.first?.mapping?["blocks"]?.sequence?.first)
    }

    @Test func aSubtreeDecodesWithTheFullPathInItsDiagnostics() throws {
        struct Options: Decodable {
            enum CodingKeys: String, CodingKey, CaseIterable { case seconds, rounds }
            var seconds: Int
            var rounds: Int
            var roundsKey: SourceRange?
            init(from decoder: any Decoder) throws {
                let keys = try decoder.container(keyedBy: CodingKeys.self)
                let recorder = decoder.recorder()
                seconds = recorder.attempt(0) { try keys.decode(Int.self, forKey: .seconds) }
                rounds = recorder.attempt(0) { try keys.decode(Int.self, forKey: .rounds) }
                roundsKey = keys.keyRange(forKey: .rounds)
                try recorder.check()
            }
        }
        let options = try block().removingKey("plugin")
        #expect(options.mapping?.keys == ["seconds", "rounds"])
        let path: [any CodingKey] = [Key(stringValue: "sessions"), Key(intValue: 0), Key(stringValue: "blocks"), Key(intValue: 0)]
        do {
            _ = try NodeDecoder().decode(Options.self, from: options, codingPath: path)
            Issue.record("expected an error")
        } catch {
            #expect(DiagnosticRenderer().render(error.diagnostics, in: SourceFile(name: "plan.yaml", text: Self.text)) == """
                plan.yaml:5:18: error: expected a whole number for 'seconds', found "soon"
                    5 |         seconds: soon
                      |                  ^~~~
                      = in: sessions[0].blocks[0].seconds
                      = help: write a whole number, such as 3

                """)
        }
        let fixed = try Harness.root("rounds: 3\nseconds: 30\n")
        let decoded = try NodeDecoder().decode(Options.self, from: fixed, codingPath: path)
        #expect(decoded.seconds == 30)
        #expect(decoded.roundsKey == Harness.range((1, 1), (1, 7)))
    }

    @Test func removingAKeyLeavesOtherNodesAlone() throws {
        let node = try block()
        #expect(Harness.dump(node.removingKey("rounds")) == "{plugin: timer, seconds: soon}")
        #expect(Harness.dump(node.removingKey("absent")) == Harness.dump(node))
        let scalar = try Harness.root("just text")
        #expect(Harness.dump(scalar.removingKey("x")) == "just text")
    }
}
