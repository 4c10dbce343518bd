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
    /// Text without a quote takes the quicker plain path.
    func prose(_ text: String, first: String, rest: String) -> [String] {
        text.utf8.contains(0x27)
            ? wrapper.wrap(keepingQuoted: text, first: first, rest: rest) : wrapper.wrap(text, first: first, rest: rest)
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
