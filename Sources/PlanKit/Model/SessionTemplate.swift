public import YAMLKit

/// A session template: a title and its blocks; templates are assigned in turn to training days.
public struct SessionTemplate: Sendable, Decodable {
    /// The session's title (`Stability and push-ups`).
    public var title: String
    /// The blocks, in the order they are done.
    public var blocks: [Block]
    /// Notes shown with every session made from the template (`bring a bench`).
    public var notes: [String] = []
    /// Where the template was written, for diagnostics; nil when made in code.
    public var range: SourceRange?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, notes, blocks
    }

    /// The rule of each free-text key, declared once for `validate` and the schema.
    static let textRules: [CodingKeys: TextRule] = [.title: .title, .notes: .sentence]

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        range = decoder.sourceRange
        title = recorder.attempt("") { try keys.decode(String.self, forKey: .title) }
        notes = keys.decodeEachIfPresent(String.self, forKey: .notes, recorder: recorder)
        keys.checkCount(forKey: .notes, limit: Limits.notesPerSession, noun: "notes", owner: "a session",
                        recorder: recorder, help: "keep a session's notes to a few lines; the rest belongs in the description")
        blocks = keys.decodeEach(Block.self, forKey: .blocks, recorder: recorder)
        keys.checkTexts(Self.textRules, recorder: recorder)
        keys.checkCount(forKey: .blocks, limit: Limits.blocksPerSession, noun: "blocks", owner: "a session",
                        recorder: recorder,
                        help: "a session has a warm-up and a few blocks of work; split it into two sessions")
        keys.checkNotEmpty(.blocks, recorder: recorder, message: "a session needs at least one block",
                           help: "add a block such as '- plugin: mobility-warmup'")
        try recorder.check()
    }
}
