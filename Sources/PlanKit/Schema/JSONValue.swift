/// A JSON value whose objects keep their keys in the order they were written, so the text it
/// renders is the same on every run: in that order for people (`$schema` first), or sorted as
/// `JSONEncoder` writes them (the plan's JSON); see ``Layout``.
public enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number.
    case int(Int)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, as key-value pairs in order; a later pair with a key already present is ignored
    /// when rendering.
    case object([(key: String, value: JSONValue)])

    /// The value for `key`, if this is an object that has it.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    /// The object's keys in order; empty for anything else.
    public var keys: [String] {
        guard case .object(let pairs) = self else { return [] }
        return pairs.map(\.key)
    }

    /// This object with `key` set to `value`: replaced in place when present, appended otherwise.
    /// Values that are not objects are returned unchanged.
    public func setting(_ key: String, to value: JSONValue) -> JSONValue {
        guard case .object(var pairs) = self else { return self }
        if let index = pairs.firstIndex(where: { $0.key == key }) {
            pairs[index].value = value
        } else {
            pairs.append((key, value))
        }
        return .object(pairs)
    }

    /// How ``rendered(_:)`` lays the text out; both indent by two spaces and end in a line break.
    public enum Layout: Sendable {
        /// For people: keys in the order written, `"key": value`, lists of up to 12 scalars on one
        /// line, `[]` and `{}` when empty, `\u0008` and `\u000c` for backspace and form feed.
        case readable
        /// What Foundation's `JSONEncoder` writes with `.prettyPrinted`, `.sortedKeys` and
        /// `.withoutEscapingSlashes`, byte for byte: keys sorted, `"key" : value`, every item on
        /// a line of its own, an empty list or object as an empty line, `\b` and `\f`.
        case sortedKeys
    }

    /// The ``Layout/readable`` text.
    public var rendered: String { rendered(.readable) }

    /// Pretty-printed JSON in `layout`, with a newline at the end.
    public func rendered(_ layout: Layout) -> String {
        var out: [UInt8] = []
        write(to: &out, indent: 0, layout)
        out.append(Self.newline)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(to out: inout [UInt8], indent: Int, _ layout: Layout) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): out.append(contentsOf: String(value).utf8)
        case .string(let text): Self.write(text, to: &out, layout)
        case .array(let items):
            if layout == .readable, items.count <= 12, items.allSatisfy(\.isScalar) {
                out.append(UInt8(ascii: "["))
                for (index, item) in items.enumerated() {
                    if index > 0 { out.append(contentsOf: ", ".utf8) }
                    item.write(to: &out, indent: indent, layout)
                }
                out.append(UInt8(ascii: "]"))
                return
            }
            Self.writeContainer(open: "[", close: "]", count: items.count, to: &out, indent: indent, layout) { index, out in
                items[index].write(to: &out, indent: indent + 2, layout)
            }
        case .object(let pairs):
            // The first pair with a key wins (sorting is stable).
            var seen: Set<String> = []
            let entries = (layout == .sortedKeys ? pairs.sorted { $0.key < $1.key } : pairs)
                .filter { seen.insert($0.key).inserted }
            let separator = layout == .sortedKeys ? " : " : ": "
            Self.writeContainer(open: "{", close: "}", count: entries.count, to: &out, indent: indent, layout) { index, out in
                Self.write(entries[index].key, to: &out, layout)
                out.append(contentsOf: separator.utf8)
                entries[index].value.write(to: &out, indent: indent + 2, layout)
            }
        }
    }

    /// The opening bracket, a line per item indented two more spaces, the closing bracket on its own
    /// line; empty, `[]` (readable) or the brackets around an empty line (sorted keys).
    private static func writeContainer(
        open: Unicode.Scalar, close: Unicode.Scalar, count: Int, to out: inout [UInt8], indent: Int, _ layout: Layout,
        item: (Int, inout [UInt8]) -> Void
    ) {
        let open = UInt8(ascii: open), close = UInt8(ascii: close)
        out.append(open)
        if count == 0, layout == .readable {
            out.append(close)
            return
        }
        out.append(newline)
        if count == 0 { out.append(newline) }
        for index in 0..<count {
            if index > 0 {
                out.append(UInt8(ascii: ","))
                out.append(newline)
            }
            out.append(contentsOf: repeatElement(space, count: indent + 2))
            item(index, &out)
        }
        if count > 0 { out.append(newline) }
        out.append(contentsOf: repeatElement(space, count: indent))
        out.append(close)
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// `text` as a JSON string literal: `"` and `\` escaped, control characters as `\n \r \t`,
    /// `\b \f` in the sorted-keys layout, and `\u00xx` otherwise.
    private static func write(_ text: String, to out: inout [UInt8], _ layout: Layout) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x08 where layout == .sortedKeys: out.append(contentsOf: "\\b".utf8)
            case 0x0C where layout == .sortedKeys: out.append(contentsOf: "\\f".utf8)
            case 0..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
    private static let hexDigits = Array("0123456789abcdef".utf8)

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered == rhs.rendered
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rendered)
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }
    /// An object with the pairs in the order written.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(elements.map { (key: $0.0, value: $0.1) })
    }
}
