public import YAMLKit

/// A session template: a title and its blocks; templates are assigned in turn to training days.
public struct SessionTemplate: Sendable, Decodable {
    /// The session's title (`Stability and push-ups`).
    public var title: String
    /// The blocks, in the order they are done.
    public var blocks: [Block]
    /// Notes shown with every session made from the template (`bring a bench`).
    public var notes: [String] = []
    /// The weekdays the template is pinned to (`days: [mon]`); empty when it takes its turn.
    ///
    /// In one list of templates (the programme's or a phase's), a session on a pinned day uses the
    /// template pinned to it; sessions on other days take the unpinned templates in turn (all the
    /// list's templates in turn when every one is pinned, for a person who trains on other days).
    public var days: [Weekday] = []
    /// Where each of `days` was written, for diagnostics.
    public var dayRanges: [SourceRange?] = []
    /// Where the template was written, for diagnostics; nil when made in code.
    public var range: SourceRange?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, days, notes, blocks
    }

    /// Creates a template in code.
    public init(title: String, blocks: [Block], notes: [String] = [], days: [Weekday] = []) {
        self.title = title
        self.blocks = blocks
        self.notes = notes
        self.days = days
        dayRanges = days.map { _ in nil }
    }

    /// The rule of each free-text key, declared once for `validate` and the schema.
    static let textRules: KeyValuePairs<CodingKeys, TextRule> = [.title: .title, .notes: .sentence]

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        range = decoder.sourceRange
        title = recorder.attempt("") { try keys.decode(String.self, forKey: .title) }
        notes = keys.decodeEachIfPresent(String.self, forKey: .notes, recorder: recorder)
        days = keys.decodeEachIfPresent(Weekday.self, forKey: .days, recorder: recorder)
        let dayNodes = (try? keys.superDecoder(forKey: .days))?.yamlNode?.sequence ?? []
        dayRanges = days.indices.map { dayNodes.indices.contains($0) ? dayNodes[$0].range : nil }
        keys.checkNotEmpty(.days, recorder: recorder, message: "'days' must name at least one weekday",
                           help: "pin the template to days such as [mon], or remove 'days' to let it take its turn")
        if Set(days).count != days.count {
            recorder.report("'days' names a day more than once", at: keys.keyRange(forKey: .days),
                            path: decoder.codingPath + [CodingKeys.days], help: "name each day once, such as [mon, thu]")
        }
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
