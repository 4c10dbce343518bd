/// Renders diagnostics compiler-style, the form editors and CI understand:
///
/// ```
/// plan.yaml:12:13: error: expected an integer for 'sets', found "three"
///    12 |       sets: three
///       |             ^~~~~
///       = in: sessions[0].blocks[2].sets
///       = help: write a whole number, such as 'sets: 3'
/// ```
public struct DiagnosticRenderer: Sendable {
    /// Whether to colour the output with ANSI escapes (only for a terminal, never with `NO_COLOR`).
    public var colour: Bool
    /// The widest source excerpt shown, in characters; longer lines are cut around the column.
    public var maxExcerptWidth: Int

    /// Creates a renderer.
    public init(colour: Bool = false, maxExcerptWidth: Int = 100) {
        self.colour = colour
        self.maxExcerptWidth = maxExcerptWidth
    }

    /// Renders one diagnostic and its notes; the result ends with a newline.
    public func render(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        var out = ""
        let place = diagnostic.range.map { "\(file.name):\($0.start.line):\($0.start.column):" } ?? "\(file.name):"
        let message = Self.visible(diagnostic.message)
        out += paint(Self.visible(place), .bold) + " " + severityLabel(diagnostic.severity) + " " + paint(message, .bold)
        out += "\n"
        if let range = diagnostic.range, let excerpt = excerpt(of: range, in: file) {
            out += excerpt
        }
        // The gutter widens for line numbers of more than five digits; every row follows it.
        let pad = String(repeating: " ", count: gutterWidth(for: diagnostic))
        if !diagnostic.path.isEmpty, diagnostic.severity != .note {
            out += "\(pad) = in: \(Self.visible(diagnostic.path))\n"
        }
        if let help = diagnostic.help {
            out += "\(pad) = " + paint("help:", .green) + " \(Self.visible(help))\n"
        }
        for note in diagnostic.notes {
            out += render(note, in: file)
        }
        return out
    }

    /// Text with every character a terminal acts on (other than tab) shown as a visible escape
    /// (`\u{1B}`, see `TerminalText`), so nothing a file holds can drive the terminal that shows
    /// the diagnostic.
    static func visible(_ text: String) -> String {
        // A tab is always a character of its own, so splitting at tabs splits no character.
        text.split(separator: "\t", omittingEmptySubsequences: false).map { TerminalText.visible(String($0)) }
            .joined(separator: "\t")
    }

    /// Renders several diagnostics in order.
    public func render(_ diagnostics: [Diagnostic], in file: SourceFile) -> String {
        diagnostics.map { render($0, in: file) }.joined()
    }

    /// The narrowest gutter: room for line numbers up to 99,999.
    private let minimumGutterWidth = 5

    private func gutterWidth(for diagnostic: Diagnostic) -> Int {
        max(minimumGutterWidth, String(diagnostic.range?.start.line ?? 0).count)
    }

    private func excerpt(of range: SourceRange, in file: SourceFile) -> String? {
        guard let text = file.line(range.start.line) else { return nil }
        let scalars = Array(text.unicodeScalars)
        let column = max(range.start.column - 1, 0)
        guard column <= scalars.count else { return nil }
        var underline = 1
        if range.end.line == range.start.line, range.end.column - range.start.column > 1 {
            underline = min(range.end.column - range.start.column, max(scalars.count - column, 1))
        }

        // Cut very long lines to a window around the column.
        var lower = 0
        var upper = scalars.count
        var prefix = ""
        var suffix = ""
        if scalars.count > maxExcerptWidth {
            let half = maxExcerptWidth / 2
            lower = max(0, min(column - half, scalars.count - maxExcerptWidth))
            upper = min(scalars.count, lower + maxExcerptWidth)
            if lower > 0 { prefix = "…" }
            if upper < scalars.count { suffix = "…" }
            underline = min(underline, max(upper - column, 1))
        }
        let shown = Self.visible(String(String.UnicodeScalarView(scalars[lower..<upper])))
        // Keep tabs under tabs, and one space per character of an escape, so the caret lines up.
        let lead = scalars[lower..<min(column, upper)].map { scalar in
            scalar == "\t" ? "\t" : TerminalText.isUnsafe(scalar)
                ? String(repeating: " ", count: TerminalText.escape(scalar).count) : " "
        }.joined()
        let number = String(range.start.line)
        let width = max(minimumGutterWidth, number.count)
        let gutter = String(repeating: " ", count: width - number.count) + number
        let blank = String(repeating: " ", count: width)
        let marker = "^" + String(repeating: "~", count: max(underline - 1, 0))
        return "\(gutter) | \(prefix)\(shown)\(suffix)\n\(blank) | \(prefix.isEmpty ? "" : " ")\(lead)"
            + paint(marker, .green) + "\n"
    }

    private enum Style: String {
        case bold = "1"
        case red = "1;31"
        case yellow = "1;33"
        case cyan = "1;36"
        case green = "1;32"
    }

    private func severityLabel(_ severity: Diagnostic.Severity) -> String {
        let style: Style
        switch severity {
        case .error: style = .red
        case .warning: style = .yellow
        case .note: style = .cyan
        }
        return paint(severity.rawValue + ":", style)
    }

    private func paint(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
