/// Word-wraps text to a width, with one prefix for the first line and a hanging prefix for the rest.
///
/// Text is laid out in *units*: groups of words that stay on one line when they fit (a dose such as
/// `3 x 8 each side`, one segment of a `·`-separated heading). A unit that cannot fit even on a
/// fresh line falls back to word-by-word wrapping, and a word longer than the free space is cut, so
/// no line is ever longer than the width. Widths count characters (grapheme clusters).
struct LineWrapper: Sendable {
    /// The widest a line may be.
    var width: Int

    /// Wraps plain text, breaking at spaces.
    func wrap(_ text: String, first: String, rest: String) -> [String] {
        wrap(units: Self.words(text).map { [$0] }, first: first, rest: rest)
    }

    /// Wraps `·`-separated segments, keeping each segment whole when it fits and the `·` at the end
    /// of the line it follows.
    func wrap(segments: [String], first: String, rest: String) -> [String] {
        wrap(units: Self.joined(segments.map(Self.words), trailer: " ·"), first: first, rest: rest)
    }

    /// Wraps units of words (see the type's documentation).
    func wrap(units: [[String]], first: String, rest: String) -> [String] {
        var lines: [String] = []
        var current = first
        var hasWord = false
        let restPrefix = rest.count < width ? rest : ""

        func flush() {
            lines.append(Self.trimmingTrailingSpaces(current))
            current = restPrefix
            hasWord = false
        }
        func place(_ word: String) {
            var word = word
            while !word.isEmpty {
                let separator = hasWord ? " " : ""
                if current.count + separator.count + word.count <= width {
                    current += separator + word
                    hasWord = true
                    return
                }
                if hasWord || current.count >= width {
                    flush()
                    continue
                }
                // A fresh line and the word is still too long: cut it.
                let room = width - current.count
                current += String(word.prefix(room))
                word = String(word.dropFirst(room))
                hasWord = true
            }
        }

        for unit in units where !unit.isEmpty {
            let text = unit.joined(separator: " ")
            let separator = hasWord ? " " : ""
            if current.count + separator.count + text.count <= width {
                current += separator + text
                hasWord = true
                continue
            }
            if hasWord {
                flush()
                if current.count + text.count <= width {
                    current += text
                    hasWord = true
                    continue
                }
            }
            unit.forEach(place)
        }
        if hasWord || lines.isEmpty { lines.append(Self.trimmingTrailingSpaces(current)) }
        return lines
    }

    /// The words of `text`, split at spaces and line breaks.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
    }

    /// Units with `trailer` appended to the last word of every unit but the last.
    static func joined(_ units: [[String]], trailer: String) -> [[String]] {
        let kept = units.filter { !$0.isEmpty }
        return kept.enumerated().map { offset, unit in
            guard offset < kept.count - 1, let last = unit.last else { return unit }
            return unit.dropLast() + [last + trailer]
        }
    }

    static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line.removeLast() }
        return String(line)
    }
}
