/// A small tree of YAML values to write with `YAMLWriter`: scalars with the style they should be
/// written in, block or flow sequences, and block or flow mappings with their keys in order.
///
/// ```swift
/// let value = YAMLValue.mapping([
///     .init("time", .string("07:30")),          // written "07:30": a plain 07:30 is a number to YAML 1.1
///     .init("sets", .sequence([.integer(6), .integer(5)], flow: true)),
/// ])
/// let text = try YAMLWriter().write(value)   // "time: \"07:30\"\nsets: [6, 5]\n"
/// ```
///
/// Not `indirect`: the lists and mappings already hold their items in arrays, so a scalar is
/// stored inline instead of in a box of its own (a journal's tree was one allocation per value,
/// and freeing it cost more than libyaml's emitter).
public enum YAMLValue: Sendable, Hashable {
    /// How a scalar is written.
    public enum Style: Sendable, Hashable {
        /// Text that must read back as this string: plain when no YAML reader could take it for
        /// anything else (a number, a boolean, null, a date or time, `yes`), else double-quoted
        /// with escapes. The right choice for any text a person typed.
        case text
        /// Plain (unquoted), for numbers, booleans and dates the caller formats itself; libyaml
        /// still quotes the text when plain YAML cannot hold it.
        case plain
        /// Always double-quoted, with escapes for line breaks and control characters.
        case doubleQuoted
    }

    /// One key and its value in a mapping.
    public struct Entry: Sendable, Hashable {
        /// The key, always written as text.
        public var key: String
        /// The value.
        public var value: YAMLValue

        /// Creates an entry.
        public init(_ key: String, _ value: YAMLValue) {
            self.key = key
            self.value = value
        }
    }

    /// A scalar's text and how to write it.
    case scalar(String, Style)
    /// A sequence; `flow` writes it on one line (`[6, 6, 5]`).
    case sequence([YAMLValue], flow: Bool)
    /// A mapping with its entries in order; `flow` writes it on one line (`{push-ups: 6}`).
    case mapping([Entry], flow: Bool)

    /// Text a person wrote: reads back as exactly this string.
    public static func string(_ text: String) -> YAMLValue { .scalar(text, .text) }

    /// A whole number, written plain.
    public static func integer(_ value: Int) -> YAMLValue { .scalar(String(value), .plain) }

    /// `true` or `false`, written plain.
    public static func boolean(_ value: Bool) -> YAMLValue { .scalar(value ? "true" : "false", .plain) }

    /// A block mapping.
    public static func mapping(_ entries: [Entry]) -> YAMLValue { .mapping(entries, flow: false) }

    /// A block sequence.
    public static func sequence(_ items: [YAMLValue]) -> YAMLValue { .sequence(items, flow: false) }
}
