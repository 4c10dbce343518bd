import YAMLKit

extension PluginDescriptor {
    /// The block's options as an object schema: one property per option, in the descriptor's
    /// order, typed by the option's schema, described by its summary, with its default.
    ///
    /// The descriptor decides which keys exist, so the schema cannot offer a key the plugin does
    /// not read.
    public func optionsSchema() -> JSONSchema {
        let properties = options.map { option -> (String, JSONSchema) in
            var schema = option.schema.described(option.summary)
            if let text = option.defaultValue, let value = Self.json(fromYAML: text) {
                schema = schema.withDefault(value)
            }
            return (option.key, schema)
        }
        return .object(properties)
    }

    /// The JSON value of a short YAML text such as `[cat-cow, open-book]` or `{start: 2, target: 3}`.
    static func json(fromYAML text: String) -> JSONValue? {
        guard let document = try? YAMLDocument.load(SourceFile(name: "default", text: text)),
            let root = document.root
        else { return nil }
        return json(root)
    }

    private static func json(_ node: Node) -> JSONValue {
        switch node.content {
        case .sequence(let items):
            return .array(items.map(json))
        case .mapping(let mapping):
            return .object(mapping.entries.map { (key: $0.key, value: json($0.value)) })
        case .scalar(let scalar):
            guard scalar.style == .plain else { return .string(scalar.value) }
            if node.isNull { return .null }
            if let number = Int(scalar.value) { return .int(number) }
            if scalar.value == "true" || scalar.value == "false" { return .bool(scalar.value == "true") }
            return .string(scalar.value)
        }
    }
}
