/// TEXT unescaping (RFC 5545 §3.3.11), strict.
enum ICalendarText {
    /// The text a TEXT value stands for; nil when it holds an unknown escape, a lone trailing
    /// backslash, or an unescaped `;` or `,`.
    static func unescape(_ value: String) -> String? {
        var out = ""
        var scalars = value.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\\":
                switch scalars.next() {
                case "\\": out += "\\"
                case ";": out += ";"
                case ",": out += ","
                case "n", "N": out += "\n"
                default: return nil
                }
            case ";", ",": return nil
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Unfolds a folded file (`CRLF` followed by a space or tab joins two lines), as bytes.
    static func unfold(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if index + 2 < bytes.count, bytes[index] == 0x0D, bytes[index + 1] == 0x0A,
                bytes[index + 2] == 0x20 || bytes[index + 2] == 0x09
            {
                index += 3
                continue
            }
            out.append(bytes[index])
            index += 1
        }
        return out
    }
}
