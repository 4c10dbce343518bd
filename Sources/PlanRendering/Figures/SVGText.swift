import YAMLKit

/// Escaping for text and attribute values inside an inline SVG element (XML and HTML alike).
enum SVGText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, tab and line feed as spaces, and every character
    /// the page's own text shows as a visible escape (``HTMLBuilder/mustShowAsEscape(_:)``: controls,
    /// which XML 1.0 forbids, bidirectional overrides, noncharacters) shown the same way, `\u{1B}`.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out += " "
            default:
                if HTMLBuilder.mustShowAsEscape(scalar) {
                    out += TerminalText.escape(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A coordinate with at most one decimal, the same bytes on every platform: `12`, `-3.5`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        if tenths == 0 { return "0" }
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        let whole = magnitude / 10, fraction = magnitude % 10
        return sign + String(whole) + (fraction == 0 ? "" : "." + String(fraction))
    }
}
