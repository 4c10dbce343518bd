/// ANSI styling for the text plan; every function returns its input unchanged when colour is off.
struct TextStyle: Sendable {
    /// Whether to emit escape codes.
    var colour: Bool

    private static let escape = "\u{1B}["

    /// Bold, for headings.
    func bold(_ text: String) -> String { wrap(text, "1") }

    /// Dim, for cues.
    func dim(_ text: String) -> String { wrap(text, "2") }

    /// `line` with every `phrase` in it coloured yellow; safe inside a bold line (only the
    /// foreground colour is reset afterwards).
    func highlightingDeload(_ phrase: String, in line: String) -> String {
        guard colour, !phrase.isEmpty, line.contains(phrase) else { return line }
        return line.replacing(phrase, with: Self.escape + "33m" + phrase + Self.escape + "39m")
    }

    private func wrap(_ text: String, _ code: String) -> String {
        guard colour, !text.isEmpty else { return text }
        return Self.escape + code + "m" + text + Self.escape + "0m"
    }
}
