import Testing
import YAMLKit

/// A model that decodes with `DecodingRecorder`, so one run reports every problem.
enum Recorded {
    struct Block: Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable { case exercise, sets, reps }
        var exercise: String
        var sets: Int
        var reps: Int?

        init(from decoder: any Decoder) throws {
            let keys = try decoder.container(keyedBy: CodingKeys.self)
            let recorder = decoder.recorder()
            exercise = recorder.attempt("") { try keys.decode(String.self, forKey: .exercise) }
            sets = recorder.attempt(0) { try keys.decode(Int.self, forKey: .sets) }
            reps = recorder.attempt(nil) { try keys.decodeIfPresent(Int.self, forKey: .reps) }
            if sets > 20 {
                recorder.report(
                    "\(sets) sets is more than anyone should do", at: keys.sourceRange(forKey: .sets),
                    help: "split the work over several blocks")
            }
            try recorder.check()
        }
    }

    struct Session: Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable { case name, blocks, notes }
        var name: String
        var blocks: [Block]
        var notes: [String]
        var nameKey: SourceRange?

        init(from decoder: any Decoder) throws {
            let keys = try decoder.container(keyedBy: CodingKeys.self)
            let recorder = decoder.recorder()
            name = recorder.attempt("") { try keys.decode(String.self, forKey: .name) }
            nameKey = keys.keyRange(forKey: .name)
            blocks = keys.decodeEach(Block.self, forKey: .blocks, recorder: recorder)
            notes = keys.decodeEachIfPresent(String.self, forKey: .notes, recorder: recorder)
            try recorder.check()
        }
    }

    struct Programme: Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable { case title, sessions }
        var title: String
        var sessions: [Session]

        init(from decoder: any Decoder) throws {
            let keys = try decoder.container(keyedBy: CodingKeys.self)
            let recorder = decoder.recorder()
            title = recorder.attempt("") { try keys.decode(String.self, forKey: .title) }
            sessions = keys.decodeEach(Session.self, forKey: .sessions, recorder: recorder)
            try recorder.check()
        }
    }
}

@Suite struct MultipleErrorsTests {
    @Test func everyIndependentProblemIsReportedInSourceOrder() {
        #expect(Harness.failure(Recorded.Programme.self, """
            title: Strength
            sessions:
              - name: A
                blocks:
                  - {exercise: squat, sets: three}
                  - {exercise: bench, sets: 3}
              - name: B
                blcoks: []
              - name: [C]
                blocks:
                  - {exercise: row, sets: 3, reps: many}
            """) == """
            plan.yaml:5:33: error: expected a whole number for 'sets', found "three"
                5 |       - {exercise: squat, sets: three}
                  |                                 ^~~~~
                  = in: sessions[0].blocks[0].sets
                  = help: write a whole number, such as 3
            plan.yaml:8:5: error: unknown key 'blcoks' in item 2 of 'sessions'
                8 |     blcoks: []
                  |     ^~~~~~
                  = in: sessions[1].blcoks
                  = help: did you mean 'blocks'?
            plan.yaml:9:11: error: expected a string for 'name', found a list
                9 |   - name: [C]
                  |           ^~~
                  = in: sessions[2].name
                  = help: write a string here, not a list
            plan.yaml:11:40: error: expected a whole number for 'reps', found "many"
               11 |       - {exercise: row, sets: 3, reps: many}
                  |                                        ^~~~
                  = in: sessions[2].blocks[0].reps
                  = help: write a whole number, such as 3

            """)
    }

    @Test func aProblemTheTypeFindsItselfIsReportedWithTheOthers() {
        #expect(Harness.failure(Recorded.Programme.self, """
            title: [T]
            sessions:
              - name: A
                blocks:
                  - {exercise: squat, sets: 50}
            """) == """
            plan.yaml:1:8: error: expected a string for 'title', found a list
                1 | title: [T]
                  |        ^~~
                  = in: title
                  = help: write a string here, not a list
            plan.yaml:5:33: error: 50 sets is more than anyone should do
                5 |       - {exercise: squat, sets: 50}
                  |                                 ^~
                  = in: sessions[0].blocks[0]
                  = help: split the work over several blocks

            """)
    }

    @Test func synthesizedTypesReportUnknownKeysAlongsideTheFirstError() {
        #expect(Harness.failure(Model.Block.self, "exercise: squat\nsets: x\nrepz: 3\n") == """
            plan.yaml:2:7: error: expected a whole number for 'sets', found "x"
                2 | sets: x
                  |       ^
                  = in: sets
                  = help: write a whole number, such as 3
            plan.yaml:3:1: error: unknown key 'repz' at the top level
                3 | repz: 3
                  | ^~~~
                  = in: repz
                  = help: did you mean 'reps'?

            """)
    }

    /// A value whose only problems are unknown keys comes back whole, with them; any other
    /// problem, even beside an unknown key, leaves no value.
    @Test func decodingSkippingUnknownKeysKeepsAValueWholeBarItsUnknownKeys() throws {
        let decoder = NodeDecoder()
        let misspelt = decoder.decodeSkippingUnknownKeys(
            Recorded.Block.self, from: try Harness.root("{exercise: squat, sets: 3, rpes: 5, rest: 60}"))
        #expect(misspelt.value?.exercise == "squat")
        #expect(misspelt.value?.sets == 3)
        #expect(misspelt.diagnostics.map(\.description) == [
            "1:28: error: unknown key 'rpes' at the top level", "1:37: error: unknown key 'rest' at the top level",
        ])
        let broken = decoder.decodeSkippingUnknownKeys(
            Recorded.Session.self, from: try Harness.root("{name: A, blocks: [{exercise: squat, sets: x}], notez: []}"))
        #expect(broken.value == nil)
        #expect(broken.diagnostics.map(\.description) == [
            "1:44: error: expected a whole number for 'sets', found \"x\"",
            "1:49: error: unknown key 'notez' at the top level",
        ])
        let sound = decoder.decodeSkippingUnknownKeys(Recorded.Block.self, from: try Harness.root("{exercise: squat, sets: 3}"))
        #expect(sound.value?.sets == 3)
        #expect(sound.diagnostics.isEmpty)
    }

    @Test func aValidFileDecodesThroughTheRecorderPaths() throws {
        let programme = try Harness.decode(Recorded.Programme.self, """
            title: Strength
            sessions:
              - name: A
                notes: [warm up]
                blocks: [{exercise: squat, sets: 5, reps: 5}]
              - name: B
                notes: ~
                blocks: []
            """)
        #expect(programme.sessions.map(\.name) == ["A", "B"])
        #expect(programme.sessions.map(\.notes) == [["warm up"], []])
        #expect(programme.sessions[0].blocks.map(\.reps) == [5])
        #expect(programme.sessions[0].nameKey == Harness.range((3, 5), (3, 9)))
        #expect(programme.sessions[1].nameKey == Harness.range((6, 5), (6, 9)))
    }

    @Test func outsideNodeDecoderTheRecorderRethrowsTheFirstError() {
        struct Failing: Error {}
        struct Plain: Decoder {
            var codingPath: [any CodingKey] { [] }
            var userInfo: [CodingUserInfoKey: Any] { [:] }
            func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
                throw Failing()
            }
            func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw Failing() }
            func singleValueContainer() throws -> any SingleValueDecodingContainer { throw Failing() }
        }
        let recorder = Plain().recorder()
        #expect(recorder.attempt(1) { throw Failing() } == 1)
        #expect(recorder.failed)
        #expect(throws: Failing.self) { try recorder.check() }
        #expect(Plain().sourceRange == nil)
    }
}
