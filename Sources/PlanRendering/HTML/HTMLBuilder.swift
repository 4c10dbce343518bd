import YAMLKit

/// The one way the HTML renderers write markup: elements and attributes by name, text escaped.
///
/// Tag and attribute names are `StaticString`s, so they can only be literals in the code; every
/// text and attribute value goes through ``escape(_:attribute:)``: `&`, `<`, `>`, `"` and `'`
/// become character references (a no-break space too: `&nbsp;`), and a control character (C0 but tab and line feed, DEL, C1), a
/// bidirectional override or a Unicode noncharacter becomes a visible escape (`\u{1B}`), as in
/// the text plan. Nothing a programme, catalog, profile or journal holds can open or close an
/// element, end an attribute, or end the `<style>` block. The only unescaped input is
/// ``trusted(_:)``, for the page's own CSS and the figures' SVG, which Protract makes itself.
///
/// The bytes are UTF-8 and kept in one growing buffer: a ten-year plan is written in one pass.
struct HTMLBuilder {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// The page so far as a string.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// `<tag a="v">`; a nil value leaves the attribute out, an empty one writes it bare (`hidden`).
    mutating func open(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:]) {
        bytes.append(UInt8(ascii: "<"))
        append(tag)
        for (name, value) in attributes {
            guard let value else { continue }
            bytes.append(UInt8(ascii: " "))
            append(name)
            if value.isEmpty { continue }
            bytes.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
            escape(value, attribute: true)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: ">"))
    }

    /// `</tag>`.
    mutating func close(_ tag: StaticString) {
        bytes.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "/")])
        append(tag)
        bytes.append(UInt8(ascii: ">"))
    }

    /// `<tag …>text</tag>`, the text escaped. A `<title>` (the page's, or an SVG's), an SVG
    /// `<desc>` or `<text>` holds text alone and never wraps: its numbers get no span.
    mutating func element(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:], _ text: String) {
        open(tag, attributes)
        if Self.holdsTextAlone(tag) {
            escape(NonBreakingDoses.applied(to: text), attribute: false)
        } else {
            self.text(text)
        }
        close(tag)
    }

    /// Whether an element of this name holds text but no markup, or is not laid out in lines.
    private static func holdsTextAlone(_ tag: StaticString) -> Bool {
        tag.withUTF8Buffer { name in
            ["title", "desc", "text"].contains { $0.utf8.elementsEqual(name) }
        }
    }

    /// `<tag>text</tag>`, the text escaped.
    mutating func element(_ tag: StaticString, _ text: String) {
        element(tag, [:], text)
    }

    /// `<tag>`, the body written by `body`, then `</tag>`.
    mutating func element(_ tag: StaticString, body: (inout HTMLBuilder) -> Void) {
        element(tag, [:], body: body)
    }

    /// `<tag …>`, the body written by `body`, then `</tag>`.
    mutating func element(
        _ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:], body: (inout HTMLBuilder) -> Void
    ) {
        open(tag, attributes)
        body(&self)
        close(tag)
    }

    /// Text, escaped, each dose in it kept on one line (``NonBreakingDoses``: `2&nbsp;x&nbsp;10`),
    /// and numbers and words joined by hyphens too, each in a span that does not wrap
    /// (`<span class="whole">2-1-2</span>`, `<span class="whole">Y-T-W</span>`): their text
    /// stays as the plan writes it.
    mutating func text(_ text: String) {
        let text = NonBreakingDoses.applied(to: text)
        var rest = text.startIndex
        for run in NonBreakingDoses.unbreakableRuns(in: text) {
            escape(String(text[rest..<run.lowerBound]), attribute: false)
            trusted("<span class=\"whole\">")
            escape(String(text[run]), attribute: false)
            trusted("</span>")
            rest = run.upperBound
        }
        escape(rest == text.startIndex ? text : String(text[rest...]), attribute: false)
    }

    /// A line break in the source, for people reading it.
    mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Markup Protract made itself (the stylesheet, a figure's SVG, a pre-built fragment), as is.
    mutating func trusted(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Another builder's bytes, as is (a fragment built once and reused).
    mutating func append(_ other: HTMLBuilder) {
        bytes.append(contentsOf: other.bytes)
    }

    /// A name from the code.
    private mutating func append(_ name: StaticString) {
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `text` escaped for an element's content or a quoted attribute value (where line feeds and
    /// tabs also become references, so a value stays on one line).
    private mutating func escape(_ text: String, attribute: Bool) {
        var text = text
        text.withUTF8 { buffer in
            // Most text needs nothing: one scan, then one copy.
            if !buffer.contains(where: Self.mayNeedEscaping) {
                bytes.append(contentsOf: buffer)
                return
            }
            escapeSlowly(String(decoding: buffer, as: UTF8.self), attribute: attribute)
        }
    }

    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0x00..<0x20, 0x7F: true
        // Lead bytes of C1 controls (0xC2), of U+2028 to U+2069 (0xE2), of U+FDD0 to U+FFFF
        // (0xEF) and of the planes' last two code points (0xF0 to 0xF4).
        case 0xC2, 0xE2, 0xEF, 0xF0...0xF4: true
        default: false
        }
    }

    private mutating func escapeSlowly(_ text: String, attribute: Bool) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": append(ascii: "&amp;")
            case "<": append(ascii: "&lt;")
            case ">": append(ascii: "&gt;")
            case "\"": append(ascii: "&quot;")
            case "'": append(ascii: "&#39;")
            case "\n": attribute ? append(ascii: "&#10;") : bytes.append(0x0A)
            case "\t": attribute ? append(ascii: "&#9;") : bytes.append(0x09)
            // Written as a reference, so that it shows in the source (a dose's, or the input's own).
            case "\u{A0}": append(ascii: "&nbsp;")
            default:
                if Self.mustShowAsEscape(scalar) {
                    append(ascii: TerminalText.escape(scalar))
                } else {
                    UTF8.encode(scalar) { bytes.append($0) }
                }
            }
        }
    }

    /// What the text plan shows as an escape (``TerminalText/isUnsafe(_:allowingLineBreaks:)``:
    /// controls but tab and line feed, line and paragraph separators, bidirectional overrides and
    /// isolates), and noncharacters, which are HTML parse errors.
    static func mustShowAsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if TerminalText.isUnsafe(scalar, allowingLineBreaks: true) { return true }
        return (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }

    private mutating func append(ascii: String) {
        bytes.append(contentsOf: ascii.utf8)
    }
}
