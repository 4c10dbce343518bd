public import YAMLKit

/// One option a plugin's block may set, declared once: its key, the type and summary that
/// `protract plugins ID` prints, its JSON Schema, and its default, typed for decoding and as YAML
/// text for the descriptor and the schema.
///
/// A plugin lists its options as `PluginOption` constants, gives the descriptor their
/// `declaration`s, opens its block with `container(listing:)` over their keys and reads each value
/// with `decode(_:recorder:)`.
public struct PluginOption<Value: Sendable>: Sendable {
    /// The option as the descriptor lists it: key, type, default as YAML text, summary, schema.
    public let declaration: PluginDescriptor.Option
    /// The value used when the key is absent or null.
    public let defaultValue: Value
    /// The help given with a value out of range (bounded whole numbers only).
    public let help: String?
    /// Reads the value when the key is present (nil when it is absent or null).
    let read: @Sendable (KeyedDecodingContainer<AnyCodingKey>, AnyCodingKey) throws -> Value?

    /// The key for a keyed container.
    public var codingKey: AnyCodingKey { AnyCodingKey(declaration.key) }

    /// An option whose default is written as `written` (nil when it has no fixed default).
    public init(
        _ key: String, type: String, default value: Value, written: String?, schema: JSONSchema, summary: String
    ) where Value: Decodable {
        declaration = .init(key: key, type: type, defaultValue: written, summary: summary, schema: schema)
        defaultValue = value
        help = nil
        read = { keys, key in try keys.decodeIfPresent(Value.self, forKey: key) }
    }

    /// A whole number within `range`, optional when `Value` is `Int?`; a value outside the range is
    /// the located error "'KEY' must be from A to B[ UNIT], found N" with `help`.
    init(
        _ key: String, type: String, default value: Value, written: String?, in range: ClosedRange<Int>,
        unit: String?, help: String?, summary: String, wrap: @escaping @Sendable (Int?) -> Value?
    ) {
        declaration = .init(key: key, type: type, defaultValue: written, summary: summary, schema: .integer(range))
        defaultValue = value
        self.help = help
        read = { keys, key in wrap(try keys.decodeIfPresent(Int.self, forKey: key, in: range, unit: unit, help: help)) }
    }
}

extension PluginOption where Value: Decodable & YAMLWritable {
    /// An option whose default is written as the value's YAML text.
    public init(_ key: String, type: String, default value: Value, schema: JSONSchema, summary: String) {
        self.init(key, type: type, default: value, written: value.yamlText, schema: schema, summary: summary)
    }
}

extension PluginOption where Value == Int {
    /// A whole number within `range`; the type reads "whole number, A to B" unless given.
    public init(
        _ key: String, type: String? = nil, default value: Int, in range: ClosedRange<Int>, unit: String? = nil,
        help: String? = nil, summary: String
    ) {
        self.init(
            key, type: type ?? "whole number, \(range.lowerBound) to \(range.upperBound)", default: value,
            written: String(value), in: range, unit: unit, help: help, summary: summary, wrap: { $0 })
    }
}

extension PluginOption where Value == Int? {
    /// An optional whole number within `range`, with no default.
    public init(
        _ key: String, type: String, in range: ClosedRange<Int>, unit: String? = nil, help: String? = nil,
        summary: String
    ) {
        self.init(
            key, type: type, default: nil, written: nil, in: range, unit: unit, help: help, summary: summary,
            wrap: { .some($0) })
    }
}

extension KeyedDecodingContainer where Key == AnyCodingKey {
    /// The option's value, or its default when the key is absent or null; a value that cannot be
    /// read is recorded and gives the default, so the rest of the block is still checked.
    public func decode<Value>(_ option: PluginOption<Value>, recorder: DecodingRecorder) -> Value {
        recorder.attempt(option.defaultValue) { try option.read(self, option.codingKey) ?? option.defaultValue }
    }
}

/// A value with a YAML spelling, for an option's default in `protract plugins ID` and the schema.
public protocol YAMLWritable {
    /// The value as YAML text (`false`, `[cat-cow, open-book]`, `{start: 2, target: 3}`).
    var yamlText: String { get }
}

extension Bool: YAMLWritable {
    public var yamlText: String { String(self) }
}

extension Array: YAMLWritable where Element == String {
    /// A flow list: `[a, b, c]`.
    public var yamlText: String { "[" + joined(separator: ", ") + "]" }
}
