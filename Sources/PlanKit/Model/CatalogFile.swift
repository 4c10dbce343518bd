import YAMLKit

/// A catalog file: a title and a list of exercises (`Programs/exercises.yaml`).
public struct CatalogFile: Sendable, Decodable {
    /// The catalog's title.
    public var title: String
    /// Its exercises.
    public var exercises: [Exercise]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title = "catalog"
        case exercises
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        title = recorder.attempt("") { try keys.decode(String.self, forKey: .title) }
        exercises = keys.decodeEach(Exercise.self, forKey: .exercises, recorder: recorder)
        keys.checkTexts([.title: .title], recorder: recorder)
        keys.checkCount(forKey: .exercises, limit: Limits.catalogExercises, noun: "exercises", owner: "a catalog",
                        recorder: recorder, help: "split the catalog into several files")
        Programme.checkUniqueIDs(exercises, recorder: recorder, path: decoder.codingPath + [CodingKeys.exercises])
        try recorder.check()
    }
}
