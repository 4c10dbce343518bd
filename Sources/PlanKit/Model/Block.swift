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
