/// A JSON value, written the way Foundation's `JSONEncoder` writes with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes`, byte for byte, without Codable's cost (which made
/// the JSON of a ten-year plan take over a second).
///
/// `JSONRenderer` builds one from the `…Document` types; their `Encodable` conformances are the
/// reference that the tests and the fuzz target compare this writer with.
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    /// Entries in any order; they are written sorted by key.
    case object([(key: String, value: JSONValue)])

    /// A string, or null for nil.
    static func string(_ text: String?) -> JSONValue {
        text.map { .string($0) } ?? .null
    }

    /// An integer, or null for nil.
    static func int(_ number: Int?) -> JSONValue {
        number.map { .int($0) } ?? .null
    }

    /// A list of strings.
    static func strings(_ texts: [String]) -> JSONValue {
        .array(texts.map { .string($0) })
    }

    /// The value as pretty-printed UTF-8 text, with no line break at the end.
    func prettyPrinted() -> String {
        var out: [UInt8] = []
        write(to: &out, indent: 0)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): out.append(contentsOf: String(value).utf8)
        case .string(let text): Self.write(text, to: &out)
        case .array(let items):
            Self.writeContainer(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: items.count, to: &out, indent: indent) { index, out in
                items[index].write(to: &out, indent: indent + 2)
            }
        case .object(let entries):
            let sorted = entries.sorted { $0.key < $1.key }
            Self.writeContainer(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: sorted.count, to: &out, indent: indent) { index, out in
                Self.write(sorted[index].key, to: &out)
                out.append(contentsOf: " : ".utf8)
                sorted[index].value.write(to: &out, indent: indent + 2)
            }
        }
    }

    /// `[`, a line per item indented two more spaces, `]` on its own line; an empty one has an empty line.
    private static func writeContainer(
        open: UInt8, close: UInt8, count: Int, to out: inout [UInt8], indent: Int,
        item: (Int, inout [UInt8]) -> Void
    ) {
        out.append(open)
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

    /// A quoted string: `"` and `\` escaped, control characters as `\b \f \n \r \t` or `\u00xx`.
    private static func write(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
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
}
