import Foundation
import Testing
import YAMLKit

enum Fixtures {
    /// The bytes of a file in `Fixtures/`.
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return Array(try Data(contentsOf: url))
    }
}

@Suite struct FixtureTests {
    @Test func theSampleProgrammeDecodes() throws {
        let file = SourceFile(name: "programme.yaml", bytes: try Fixtures.bytes("programme.yaml"))
        let programme = try YAMLDocument.load(file).decode(Model.Programme.self)
        #expect(programme == Model.Programme(title: "Strength \u{2014} Phase 1", sessions: [
            Model.Session(name: "Día A", blocks: [
                Model.Block(exercise: "back-squat", sets: 5, reps: 5),
                Model.Block(exercise: "front-squat", sets: 5, reps: 3),
                Model.Block(exercise: "bench", sets: 3, reps: 8),
            ]),
            Model.Session(name: "Day B, folded", blocks: [
                Model.Block(exercise: "back-squat", sets: 5, reps: 5),
                Model.Block(exercise: "row 'heavy'", sets: 4, reps: nil),
                Model.Block(exercise: "pull-up", sets: 3, reps: nil),
            ]),
        ]))
    }
}
