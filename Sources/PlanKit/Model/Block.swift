public import YAMLKit

/// One block of a session template: the plugin that fills it and that plugin's own options.
///
/// The options stay a YAML node here; the plugin decodes them, so its errors point at the right
/// line of the programme file.
public struct Block: Sendable {
    /// The plugin id (`push-up-progression`) and where it was written.
    public var plugin: Located<String>
    /// The whole block mapping, `plugin` and `title` keys included.
    public var node: Node
    /// The heading the block is shown under instead of its plugin's (`Neck`), when written.
    public var title: String?

    /// The keys every block may have, whatever its plugin: they are not the plugin's options.
    public static let commonKeys: Set<String> = ["plugin", "title"]

    /// The option keys written in the block, without `plugin` and `title`.
    public var optionKeys: [String] {
        (node.mapping?.keys ?? []).filter { !Self.commonKeys.contains($0) }
    }

    /// The block's mapping without `plugin` and `title`: what its plugin decodes.
    public var options: Node {
        Self.commonKeys.reduce(node) { $0.removingKey($1) }
    }
}

extension Block: Decodable {
    public init(from decoder: any Decoder) throws {
        // Keys other than `plugin` and `title` belong to the plugin, which checks them itself.
        let keys = try decoder.container(keyedBy: AnyCodingKey.self)
        plugin = try keys.decode(Located<String>.self, forKey: AnyCodingKey(stringValue: "plugin"))
        let recorder = decoder.recorder()
        title = recorder.attempt(nil) { try keys.decodeIfPresent(String.self, forKey: AnyCodingKey(stringValue: "title")) }
        keys.checkTexts([AnyCodingKey("title"): .title], recorder: recorder)
        try recorder.check()
        guard let node = decoder.yamlNode else {
            throw YAMLError("blocks can only be read from YAML", at: nil)
        }
        self.node = node
    }
}
