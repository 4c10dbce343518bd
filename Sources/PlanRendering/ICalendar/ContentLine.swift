/// One RFC 5545 content line (`NAME;PARAM=VALUE:value`), escaped and folded into its bytes.
///
/// The line is kept as a list of *units*, each a run of UTF-8 bytes that a fold must not split:
/// one ASCII character of the name, one grapheme cluster of the value, or one TEXT escape
/// (`\\`, `\;`, `\,`, `\n`) together with the character it stands for. Folding only ever
/// happens between units, so a fold never lands inside a UTF-8 sequence, between a backslash
/// and the character it escapes, or (as long as a cluster fits on a line) inside a grapheme
/// cluster such as an emoji with a skin tone or a letter with combining marks. A cluster longer
/// than a whole line is split between Unicode scalars instead, still never inside one.
struct ContentLine: Sendable, Hashable {
    /// The most octets a physical line may hold, CRLF excluded (RFC 5545 §3.1).
    static let maxOctets = 75

    /// The unbreakable runs of bytes, in order.
    private(set) var units: [[UInt8]]

    /// A line whose value is written as is: structured values such as dates, durations, `2.0`.
    init(_ name: String, raw value: String) {
        units = Self.nameUnits(name) + Self.clusters(of: value).map { Array($0.utf8) }
    }

    /// A line whose value is TEXT (§3.3.11): escaped, with every line break written as `\n`.
    init(_ name: String, text value: String) {
        units = Self.nameUnits(name) + Self.escapedUnits(value)
    }

    /// A line whose value is a comma-separated list of TEXT values (CATEGORIES).
    init(_ name: String, textList values: [String]) {
        var units = Self.nameUnits(name)
        for (offset, value) in values.enumerated() {
            if offset > 0 { units.append(Array(",".utf8)) }
            units += Self.escapedUnits(value)
        }
        self.units = units
    }

    /// The folded physical lines, each ending in CRLF, as bytes.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        var lineLength = 0
        for unit in units.flatMap(Self.fitting) {
            if lineLength + unit.count > Self.maxOctets {
                out += [0x0D, 0x0A, 0x20]
                lineLength = 1
            }
            out += unit
            lineLength += unit.count
        }
        out += [0x0D, 0x0A]
        return out
    }

    /// The value with TEXT escaping applied, unfolded: `a\, b\nc`.
    static func escaped(_ text: String) -> String {
        String(decoding: escapedUnits(text).joined(), as: UTF8.self)
    }

    // MARK: - Units

    private static func nameUnits(_ name: String) -> [[UInt8]] {
        (name + ":").utf8.map { [$0] }
    }

    private static func clusters(of text: String) -> [String] {
        text.map(String.init)
    }

    /// Escapes each grapheme cluster on its own; a cluster that begins with `\`, `;`, `,` or a line
    /// break keeps the escape and the rest of the cluster (combining marks) in one unit.
    ///
    /// Line breaks (CRLF, LF or a lone CR) become `\n`; other control characters, which TEXT may
    /// not hold (TSAFE-CHAR excludes CONTROL), become a space; HTAB is kept.
    private static func escapedUnits(_ text: String) -> [[UInt8]] {
        var units: [[UInt8]] = []
        for cluster in text {
            var unit = ""
            var scalars = cluster.unicodeScalars.makeIterator()
            var previous: Unicode.Scalar?
            while let scalar = scalars.next() {
                defer { previous = scalar }
                switch scalar {
                case "\\": unit += "\\\\"
                case ";": unit += "\\;"
                case ",": unit += "\\,"
                case "\n" where previous == "\r": continue
                case "\r", "\n": unit += "\\n"
                case "\t": unit += "\t"
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F {
                        unit += " "
                    } else {
                        unit.unicodeScalars.append(scalar)
                    }
                }
            }
            units.append(Array(unit.utf8))
        }
        return units
    }

    /// The unit itself when it fits on a continuation line; otherwise its scalars, with an escape's
    /// backslash kept together with the character after it.
    private static func fitting(_ unit: [UInt8]) -> [[UInt8]] {
        guard unit.count > maxOctets - 1 else { return [unit] }
        var pieces: [[UInt8]] = []
        var index = 0
        while index < unit.count {
            var length = scalarLength(leadByte: unit[index])
            if unit[index] == UInt8(ascii: "\\"), index + 1 < unit.count {
                length += scalarLength(leadByte: unit[index + 1])
            }
            let end = min(index + length, unit.count)
            pieces.append(Array(unit[index..<end]))
            index = end
        }
        return pieces
    }

    private static func scalarLength(leadByte byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}
