/// Which characters may reach a terminal, and how the others are shown.
///
/// A terminal acts on some characters instead of showing them: C0 controls (`ESC` starts the
/// sequences that hide text, set the window title or clear the screen; `CR` and `LF` start new
/// lines), `DEL`, the C1 controls U+0080 to U+009F, and the bidirectional overrides and isolates
/// (U+202A to U+202E, U+2066 to U+2069) that reorder what follows them, together with the Unicode
/// line and paragraph separators U+2028 and U+2029. Files may not hold them in text fields
/// (`protract validate` refuses them), and every renderer that writes text for a terminal shows any
/// that still reach it as a visible escape (`\u{1B}`), so nothing a file holds can drive the terminal.
public enum TerminalText {
    /// Whether `scalar` is one a terminal acts on. Tab and line feed count only when
    /// `allowingLineBreaks` is false: multi-line text may hold them.
    public static func isUnsafe(_ scalar: Unicode.Scalar, allowingLineBreaks: Bool = false) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return !allowingLineBreaks
        case 0x00..<0x20, 0x7F...0x9F, 0x2028...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// An ECMA-262 pattern (for JSON Schema) that matches text with no unsafe scalar: the same
    /// ranges as `isUnsafe`.
    public static func pattern(allowingLineBreaks: Bool = false) -> String {
        let controls = allowingLineBreaks ? "\\u0000-\\u0008\\u000B-\\u001F" : "\\u0000-\\u001F"
        return "^[^" + controls + "\\u007F-\\u009F\\u2028-\\u202E\\u2066-\\u2069]*$"
    }

    /// The first unsafe scalar of `text` and its 0-based offset in Unicode scalars, or nil.
    /// A quick byte scan first: almost all text has none.
    public static func firstUnsafe(in text: String, allowingLineBreaks: Bool = false) -> (scalar: Unicode.Scalar, offset: Int)? {
        guard mayHoldUnsafe(text, allowingLineBreaks: allowingLineBreaks) else { return nil }
        for (offset, scalar) in text.unicodeScalars.enumerated() where isUnsafe(scalar, allowingLineBreaks: allowingLineBreaks) {
            return (scalar, offset)
        }
        return nil
    }

    /// Whether any bytes of `text` could begin an unsafe scalar: a C0 control, DEL, the first two
    /// bytes of a C1 control (0xC2 0x80 to 0xC2 0x9F) or of U+2000 to U+207F (0xE2 0x80, 0xE2 0x81,
    /// which hold U+2028 to U+2069). False means there is none; `·`, `°` and `█` need no second look.
    public static func mayHoldUnsafe(_ text: String, allowingLineBreaks: Bool = false) -> Bool {
        func scan(_ bytes: some Sequence<UInt8>) -> Bool {
            var previous: UInt8 = 0
            for byte in bytes {
                // Most bytes are printable ASCII: one comparison each.
                if byte >= 0x20, byte < 0x7F {
                    previous = byte
                    continue
                }
                switch byte {
                case 0x09, 0x0A: if !allowingLineBreaks { return true }
                case 0x00..<0x20, 0x7F: return true
                case 0x80...0x81 where previous == 0xE2: return true
                case 0x80...0x9F where previous == 0xC2: return true
                default: break
                }
                previous = byte
            }
            return false
        }
        // Native strings are contiguous UTF-8: scanned as a buffer, with no per-byte view overhead.
        return text.utf8.withContiguousStorageIfAvailable { scan($0) } ?? scan(text.utf8)
    }

    /// `text` with every unsafe scalar written as a visible escape (`\u{1B}`); line feeds and tabs
    /// are kept when `keepingLineBreaks` is true. Text without any comes back as it is.
    public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard mayHoldUnsafe(text, allowingLineBreaks: keepingLineBreaks) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar, allowingLineBreaks: keepingLineBreaks) {
                out += escape(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The visible form of one scalar: `\u{1B}`.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// The scalar's code point and, for a control character, its usual name: `U+001B (ESC)`.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let code = codePoint(scalar.value)
        return names[scalar.value].map { "\(code) (\($0))" } ?? code
    }

    /// A code point as Unicode writes it: `U+001B`.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static let names: [UInt32: String] = [
        0x00: "NUL", 0x07: "BEL", 0x08: "backspace", 0x09: "tab", 0x0A: "line feed", 0x0B: "vertical tab",
        0x0C: "form feed", 0x0D: "carriage return", 0x1B: "ESC", 0x7F: "DEL", 0x85: "next line",
        0x9B: "CSI", 0x9D: "OSC", 0x2028: "line separator", 0x2029: "paragraph separator",
        0x202A: "left-to-right embedding", 0x202B: "right-to-left embedding", 0x202C: "pop directional formatting",
        0x202D: "left-to-right override", 0x202E: "right-to-left override", 0x2066: "left-to-right isolate",
        0x2067: "right-to-left isolate", 0x2068: "first strong isolate", 0x2069: "pop directional isolate",
    ]
}
