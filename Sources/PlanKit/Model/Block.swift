public import YAMLKit

/// One block of a session template: the plugin that fills it and that plugin's own options.
///
/// The options stay a YAML node here; the plugin decodes them, so its errors point at the right
/// line of the programme file.
public struct Block: Sendable {
    /// The plugin id (`push-up-progression`) and where it was written.
    public var plugin: Located<String>
    /// The whole block mapping, `plugin` key included.
    public var node: Node

    /// Creates a block from a plugin id and its node.
    public init(plugin: Located<String>, node: Node) {
        self.plugin = plugin
        self.node = node
    }

    /// The option keys written in the block, without `plugin`.
    public var optionKeys: [String] {
        (node.mapping?.keys ?? []).filter { $0 != "plugin" }
    }
}

extension Block: Decodable {
    public init(from decoder: any Decoder) throws {
        // Keys other than `plugin` belong to the plugin, which checks them itself.
        let keys = try decoder.container(keyedBy: AnyCodingKey.self)
        plugin = try keys.decode(Located<String>.self, forKey: AnyCodingKey(stringValue: "plugin"))
        guard let nodeDecoder = decoder as? any NodeDecoding else {
            throw YAMLError("blocks can only be read from YAML", at: nil)
        }
        node = nodeDecoder.node
    }
}

/// A session template: a title and its blocks; templates are assigned in turn to training days.
public struct SessionTemplate: Sendable, Decodable {
    /// The session's title (`Stability and push-ups`).
    public var title: String
    /// The blocks, in the order they are done.
    public var blocks: [Block]
    /// Where the template was written, for diagnostics; nil when made in code.
    public var range: SourceRange?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, blocks
    }

    /// The rule of each free-text key, declared once for `validate` and the schema.
    static func textRule(for key: CodingKeys) -> TextRule? {
        switch key {
        case .title: .title
        case .blocks: nil
        }
    }

    /// Creates a template.
    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        range = decoder.sourceRange
        title = recorder.attempt("") { try keys.decode(String.self, forKey: .title) }
        blocks = keys.decodeEach(Block.self, forKey: .blocks, recorder: recorder)
        keys.checkText(title, forKey: .title, rule: Self.textRule(for: .title), recorder: recorder, path: decoder.codingPath)
        keys.checkCount(forKey: .blocks, limit: Limits.blocksPerSession, noun: "blocks", owner: "a session",
                        recorder: recorder, path: decoder.codingPath,
                        help: "a session has a warm-up and a few blocks of work; split it into two sessions")
        if keys.isWrittenAsEmptyList(forKey: .blocks) {
            recorder.report(
                "a session needs at least one block", at: keys.sourceRange(forKey: .blocks),
                path: decoder.codingPath + [CodingKeys.blocks], help: "add a block such as '- plugin: mobility-warmup'")
        }
        try recorder.check()
    }
}

/// What stops a session and what sends the person to a clinician; shown in every output.
public struct Safety: Sendable, Hashable, Codable {
    /// Signs to stop the session at once.
    public var stopIf: [String]
    /// Reasons to see a clinician before going on (the red flags).
    public var seeAClinician: [String]
    /// The pain-monitoring rules that guide effort.
    public var painMonitoring: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case stopIf = "stop-if"
        case seeAClinician = "see-a-clinician"
        case painMonitoring = "pain-monitoring"
    }

    /// The rule of each item of each list, declared once for `validate` and the schema.
    static func textRule(for key: CodingKeys) -> TextRule? {
        switch key {
        case .stopIf, .seeAClinician, .painMonitoring: .sentence
        }
    }

    /// Creates safety text.
    public init(stopIf: [String], seeAClinician: [String], painMonitoring: [String] = []) {
        self.stopIf = stopIf
        self.seeAClinician = seeAClinician
        self.painMonitoring = painMonitoring
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        stopIf = keys.decodeEach(String.self, forKey: .stopIf, recorder: recorder)
        seeAClinician = keys.decodeEach(String.self, forKey: .seeAClinician, recorder: recorder)
        painMonitoring = keys.decodeEachIfPresent(String.self, forKey: .painMonitoring, recorder: recorder)
        for (key, texts) in [(CodingKeys.stopIf, stopIf), (.seeAClinician, seeAClinician), (.painMonitoring, painMonitoring)] {
            keys.checkTexts(texts, forKey: key, rule: Self.textRule(for: key), recorder: recorder, path: decoder.codingPath)
        }
        for key in CodingKeys.allCases {
            keys.checkCount(forKey: key, limit: Limits.safetyItems, noun: "items", owner: "the safety text",
                            recorder: recorder, path: decoder.codingPath, help: "keep the list short enough to read")
        }
        for key in [CodingKeys.stopIf, .seeAClinician] where keys.isWrittenAsEmptyList(forKey: key) {
            recorder.report(
                "'\(key.stringValue)' must list at least one item", at: keys.sourceRange(forKey: key),
                path: decoder.codingPath + [key], help: "every programme states when to stop and when to get help")
        }
        try recorder.check()
    }
}
