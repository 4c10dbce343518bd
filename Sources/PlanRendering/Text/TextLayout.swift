import PlanKit

/// What every section needs: the width, the wrapper and the style.
struct TextLayout: Sendable {
    var width: Int
    var wrapper: LineWrapper
    var style: TextStyle
    /// Runs of 0 to `width` spaces, made once: indents and padding ask for the same few.
    private let blanks: [String]

    init(width: Int, colour: Bool) {
        self.width = width
        wrapper = LineWrapper(width: width)
        style = TextStyle(colour: colour)
        var blanks = [""]
        for _ in 0..<max(0, width) { blanks.append(blanks[blanks.count - 1] + " ") }
        self.blanks = blanks
    }

    /// `text` wrapped with `indent` spaces before the first line and `hanging` before the rest.
    func wrap(_ text: String, indent: Int, hanging: Int) -> [String] {
        prose(text, first: spaces(indent), rest: spaces(hanging))
    }

    /// `text` after a label (`Note: `, `- `), continuation lines aligned after the label.
    func labelled(_ label: String, _ text: String, indent: Int) -> [String] {
        prose(text, first: spaces(indent) + label, rest: spaces(indent + label.count))
    }

    /// Prose wrapped at spaces; a quoted command in it (`'protract log --retest N'`) is kept whole
    /// on a line, or broken only between its arguments with ` \` when wider than one
    /// (``LineWrapper/wrap(keepingQuoted:first:rest:)``), so that it can be copied: a phone user's
    /// trial found `'protract plan` / `upper-back-rehab --baseline` / `push-ups=N'` with no ` \`.
    /// Text without a quote that opens a word takes the quicker plain path: an apostrophe inside
    /// one (`the person's`, `don't`) quotes nothing, and the quote-aware path cost the flagship's
    /// text a fifth more.
    func prose(_ text: String, first: String, rest: String) -> [String] {
        Self.opensAQuote(text)
            ? wrapper.wrap(keepingQuoted: text, first: first, rest: rest) : wrapper.wrap(text, first: first, rest: rest)
    }

    /// Whether `text` has a `'` at the start of a word (after a space, a line break or `(`, or
    /// first), where ``LineWrapper/wrap(keepingQuoted:first:rest:)`` looks for a quoted span.
    static func opensAQuote(_ text: String) -> Bool {
        func scan(_ bytes: some Sequence<UInt8>) -> Bool {
            var previous: UInt8 = 0x20
            for byte in bytes {
                if byte == 0x27, [0x20, 0x0A, 0x09, 0x0D, 0x28].contains(previous) { return true }
                previous = byte
            }
            return false
        }
        // Native strings are contiguous UTF-8: scanned as a buffer, as TerminalText does.
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? scan(text.utf8)
    }

    /// Each of `items` that has any text, after `label`.
    func labelled(_ label: String, each items: [String], indent: Int) -> [String] {
        items.filter { !$0.isBlank }.flatMap { labelled(label, $0, indent: indent) }
    }

    /// `count` spaces (none for a negative count): indents, and padding to a column.
    func spaces(_ count: Int) -> String {
        count < blanks.count ? blanks[max(0, count)] : String(repeating: " ", count: count)
    }
}
