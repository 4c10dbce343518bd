/// YAML 1.2 core-schema readings of scalars. Only plain (unquoted) scalars are numbers, booleans
/// or null; the Swift type being decoded decides which reading applies.
enum ScalarConversion {
    /// `true` or `false` (in any of the core schema's three spellings), nil otherwise.
    static func bool(_ scalar: Scalar) -> Bool? {
        guard scalar.style == .plain else { return nil }
        switch scalar.value {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// YAML 1.1 spellings that YAML 1.2 reads as strings; named in errors as a hint.
    static func isLegacyBoolean(_ text: String) -> Bool {
        ["yes", "no", "on", "off", "y", "n"].contains(text.lowercased())
    }

    enum IntegerReading<T> {
        case value(T)
        case outOfRange
        case notAnInteger
    }

    /// Decimal (`-12`, `+3`), octal (`0o17`) and hexadecimal (`0x1F`) integers.
    static func integer<T: FixedWidthInteger>(_ scalar: Scalar, as type: T.Type) -> IntegerReading<T> {
        guard scalar.style == .plain else { return .notAnInteger }
        // Read as bytes: a prefix and a sign are ASCII, and anything else in a number must be an
        // ASCII digit, so no character needs to be formed.
        let value = Substring(scalar.value).utf8
        // The prefix is found from two bytes: `starts(with:)` went through generic sequence code,
        // a fifth of the cost of reading a number.
        var radix = 10
        if value.first == UInt8(ascii: "0"), let second = value.dropFirst().first {
            radix = second == UInt8(ascii: "x") ? 16 : second == UInt8(ascii: "o") ? 8 : 10
        }
        let text = radix == 10 ? value : value.dropFirst(2)
        let sign = text.first == UInt8(ascii: "-") || text.first == UInt8(ascii: "+")
        let digits = radix == 10 && sign ? text.dropFirst() : text
        guard !digits.isEmpty, digits.allSatisfy({ isDigit($0, radix: radix) }) else { return .notAnInteger }
        // The digits are valid, so the only way to fail is to leave the type's range. Accumulated
        // here rather than by `T(_:radix:)`, which read the text again through generic code; a
        // negative number is built downwards, so `T.min` is reached without overflowing.
        let negative = radix == 10 && text.first == UInt8(ascii: "-")
        let base = T(radix)
        var result: T = 0
        for byte in digits {
            let digit = T(digitValue(byte))
            let (shifted, overflowed) = result.multipliedReportingOverflow(by: base)
            let (next, carried) = negative
                ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            if overflowed || carried { return .outOfRange }
            result = next
        }
        return .value(result)
    }

    /// Core-schema floats, plus the integers (which are numbers too).
    static func float(_ scalar: Scalar) -> Double? {
        guard scalar.style == .plain else { return nil }
        let text = scalar.value
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        if case .value(let integer) = integer(scalar, as: Int64.self) { return Double(integer) }
        // Over these characters, Swift's reading of a whole decimal number agrees with the core
        // schema's `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`; the others let it read hex
        // floats, `inf` and `nan`, which the schema spells differently or not at all.
        guard text.utf8.allSatisfy({ isDigit($0, radix: 10) || "+-.eE".utf8.contains($0) }) else { return nil }
        return Double(text)
    }

    /// Whether a byte is an ASCII digit of `radix` (up to 16; letters in either case).
    private static func isDigit(_ byte: UInt8, radix: Int) -> Bool {
        Int(digitValue(byte)) < radix
    }

    /// The value of an ASCII digit up to base 16 (letters in either case); 255 for any other byte.
    private static func digitValue(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return .max
        }
    }

    /// How an error names what it found: `"three"`, `the quoted string "5"`, `a list`, `nothing`.
    static func describe(_ node: Node) -> String {
        switch node.content {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar(let scalar):
            if node.isNull { return scalar.value.isEmpty ? "nothing" : "null ('\(scalar.value)')" }
            let shown = scalar.value.count > 40 ? String(scalar.value.prefix(40)) + "…" : scalar.value
            var quoted = "\"" + shown.replacing("\n", with: "\\n") + "\""
            // A tag is why a value that looks right is refused (`weeks: !!float 8`): say it.
            if let tag = node.tag { quoted += " tagged '\(NodeDecoderImpl.shortTag(tag))'" }
            switch scalar.style {
            case .plain: return quoted
            case .singleQuoted, .doubleQuoted: return "the quoted string \(quoted)"
            case .literal, .folded: return "the text block \(quoted)"
            }
        }
    }
}
