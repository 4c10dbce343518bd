import YAMLKit

/// Word wrapping for the plain-text listings of `exercises`.
enum TextWrap {
    /// `text` broken at spaces into lines of at most `width` characters (a longer word stands alone),
    /// with anything a terminal would act on shown as a visible escape (`TerminalText`).
    static func lines(_ text: String, width: Int) -> [String] {
        let text = TerminalText.visible(text)
        let limit = max(width, 10)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// `text` wrapped to `width` with every line after `indent`.
    static func indented(_ text: String, indent: String, width: Int) -> String {
        lines(text, width: width - indent.count).map { indent + $0 + "\n" }.joined()
    }
}
