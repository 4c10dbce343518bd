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
    /// Wraps the message and the help to a terminal's width: given the text, the first line's
    /// lead and the other lines' lead (spaces), it returns the lines, leads included. Nil keeps
    /// each on one line (a file, a pipe, an editor reading the output).
    public var wrap: (@Sendable (_ text: String, _ first: String, _ rest: String) -> [String])?

    /// Creates a renderer.
    public init(
        colour: Bool = false, maxExcerptWidth: Int = 100,
        wrap: (@Sendable (_ text: String, _ first: String, _ rest: String) -> [String])? = nil
    ) {
        self.colour = colour
        self.maxExcerptWidth = maxExcerptWidth
        self.wrap = wrap
    }

    /// `text` after `lead` (already painted), wrapped by `wrap` when there is one: the other
    /// lines start with `indent` spaces; each line's text painted with `style`.
    private func wrapped(_ text: String, after lead: String, leadWidth: Int, indent: Int, _ style: Style?) -> String {
        let paintLine = { (line: String) in style.map { paint(line, $0) } ?? line }
        guard let wrap else { return lead + paintLine(text) + "\n" }
        let lines = wrap(text, String(repeating: " ", count: leadWidth), String(repeating: " ", count: indent))
        return lines.enumerated().map { index, line in
            index == 0
                ? lead + paintLine(String(line.dropFirst(leadWidth)))
                : String(line.prefix { $0 == " " }) + paintLine(String(line.drop { $0 == " " }))
        }.joined(separator: "\n") + "\n"
    }

    /// Renders one diagnostic and its notes; the result ends with a newline.
    public func render(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        var out = ""
        let place = diagnostic.range.map { "\(file.name):\($0.start.line):\($0.start.column):" } ?? "\(file.name):"
        let message = Self.visible(diagnostic.message)
        // The gutter widens for line numbers of more than five digits; every row follows it.
        let pad = String(repeating: " ", count: gutterWidth(for: diagnostic))
        let shownPlace = Self.visible(place)
        out += wrapped(
            message, after: paint(shownPlace, .bold) + " " + severityLabel(diagnostic.severity) + " ",
            leadWidth: shownPlace.count + diagnostic.severity.rawValue.count + 3, indent: pad.count + 3, .bold)
        if let range = diagnostic.range, let excerpt = excerpt(of: range, in: file) {
            out += excerpt
        }
        if !diagnostic.path.isEmpty, diagnostic.severity != .note {
            out += "\(pad) = in: \(Self.visible(diagnostic.path))\n"
        }
        if let help = diagnostic.help {
            out += wrapped(
                Self.visible(help), after: "\(pad) = " + paint("help:", .green) + " ", leadWidth: pad.count + 9,
                indent: pad.count + 9, nil)
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
