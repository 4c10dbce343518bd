/// A piece of JSON Schema (draft 2020-12), built in code: what a programme key, an exercise key or
/// a plugin option accepts. `ProgrammeSchema` puts the pieces together for `protract schema`.
///
/// ```swift
/// let sets = JSONSchema.integer(1...6).described("Working sets.")
/// ```
public struct JSONSchema: Sendable, Hashable {
    /// The schema as a JSON value (an object, or `true`).
    public var value: JSONValue

    /// Wraps a JSON value as a schema.
    public init(_ value: JSONValue) {
        self.value = value
    }

    /// Accepts anything: `{}`.
    public static let anything = JSONSchema([:])

    /// `true` or `false`.
    public static let boolean = JSONSchema(["type": "boolean"])

    /// A whole number within `range`.
    public static func integer(_ range: ClosedRange<Int>) -> JSONSchema {
        JSONSchema(["type": "integer", "minimum": .int(range.lowerBound), "maximum": .int(range.upperBound)])
    }

    /// A string, optionally matching an ECMA-262 `pattern`.
    public static func string(pattern: String? = nil) -> JSONSchema {
        let schema = JSONSchema(["type": "string"])
        return pattern.map { schema.with("pattern", .string($0)) } ?? schema
    }

    /// One of a fixed set of strings.
    public static func oneOf(_ values: [String]) -> JSONSchema {
        JSONSchema(["enum": .array(values.map(JSONValue.string))])
    }

    /// A list of `items`, with at least `minItems` and at most `maxItems` of them, optionally all different.
    public static func array(
        of items: JSONSchema, minItems: Int? = nil, maxItems: Int? = nil, uniqueItems: Bool = false
    ) -> JSONSchema {
        var schema = JSONSchema(["type": "array", "items": items.value])
        if let minItems { schema = schema.with("minItems", .int(minItems)) }
        if let maxItems { schema = schema.with("maxItems", .int(maxItems)) }
        if uniqueItems { schema = schema.with("uniqueItems", true) }
        return schema
    }

    /// A mapping with these keys, in this order; keys not listed are refused unless `open`.
    public static func object(
        _ properties: [(String, JSONSchema)], required: [String] = [], open: Bool = false
    ) -> JSONSchema {
        var schema = JSONSchema([
            "type": "object",
            "properties": .object(properties.map { (key: $0.0, value: $0.1.value) }),
        ])
        if !required.isEmpty { schema = schema.with("required", .array(required.map(JSONValue.string))) }
        if !open { schema = schema.with("additionalProperties", false) }
        return schema
    }

    /// Any of the alternatives (`anyOf`).
    public static func anyOf(_ alternatives: [JSONSchema]) -> JSONSchema {
        JSONSchema(["anyOf": .array(alternatives.map(\.value))])
    }

    /// A reference to a definition in the document's `$defs`.
    public static func reference(_ name: String) -> JSONSchema {
        JSONSchema(["$ref": .string("#/$defs/" + name)])
    }

    /// This schema with a `description`, which editors show on hover.
    public func described(_ text: String) -> JSONSchema {
        with("description", .string(text))
    }

    /// This schema with a `default`, which editors offer when completing.
    public func withDefault(_ value: JSONValue) -> JSONSchema {
        with("default", value)
    }

    /// This schema with `key` set to `value` (replacing an earlier value).
    public func with(_ key: String, _ value: JSONValue) -> JSONSchema {
        JSONSchema(self.value.setting(key, to: value))
    }

    /// The schema of property `key`, when this is an object schema that lists it.
    public func property(_ key: String) -> JSONSchema? {
        value["properties"]?[key].map(JSONSchema.init)
    }

    /// The property names this object schema lists, in order.
    public var propertyNames: [String] {
        value["properties"]?.keys ?? []
    }

    /// This object schema with one more property, placed first.
    public func addingFirstProperty(_ key: String, _ schema: JSONSchema) -> JSONSchema {
        guard case .object(let pairs)? = value["properties"] else { return self }
        return with("properties", .object([(key, schema.value)] + pairs.filter { $0.key != key }))
    }
}
