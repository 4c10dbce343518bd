/// What every section needs: the width, the wrapper and the style.
struct TextLayout: Sendable {
    var width: Int
    var wrapper: LineWrapper
    var style: TextStyle

    /// Runs of spaces from none to the width (at most 160), made once: indents are asked for on
    /// every line. Longer runs, for a very wide terminal, are made when asked for.
    private let spaceRuns: [String]

    init(width: Int, colour: Bool) {
        self.width = width
        wrapper = LineWrapper(width: width)
        style = TextStyle(colour: colour)
        spaceRuns = (0...min(max(width, 0), 160)).map { String(repeating: " ", count: $0) }
    }

    /// `text` wrapped with `indent` spaces before the first line and `hanging` before the rest.
    func wrap(_ text: String, indent: Int, hanging: Int) -> [String] {
        wrapper.wrap(text, first: spaces(indent), rest: spaces(hanging))
    }

    /// `text` after a label (`Note: `, `- `), continuation lines aligned after the label.
    func labelled(_ label: String, _ text: String, indent: Int) -> [String] {
        wrapper.wrap(text, first: spaces(indent) + label, rest: spaces(indent + label.count))
    }

    func spaces(_ count: Int) -> String {
        count < spaceRuns.count ? spaceRuns[max(0, count)] : String(repeating: " ", count: count)
    }
}
