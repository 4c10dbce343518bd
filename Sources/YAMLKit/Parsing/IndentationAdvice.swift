/// Says which line is out of line, and by how much, when libyaml stops at a line whose
/// indentation lines up with nothing above it ("did not find expected key" and the like).
///
/// libyaml names the token it could not place and the collection it was reading, which is often
/// the first block of the file. An author wants to hear "line 12 is indented 5 spaces; the list
/// above is at 6 and the key 'blocks' at 4". The levels a line can line up with are the open
/// ones above it: walking up from the line, each line indented less than every line seen since
/// opens a level (a list item `- key: value` opens two, the dash and the key after it).
struct IndentationAdvice {
    /// A column an indented line can line up with, and the line that opened it.
    struct Level: Equatable {
        /// The number of spaces before the level's first character.
        var spaces: Int
        /// The 1-based line that opened it.
        var line: Int
        /// True for a list item's dash, false for a key.
        var isListItem: Bool
        /// A short quote of what opens the level: `'- plugin: mobility-warmup'` or `'blocks:'`.
        var quote: String
    }

    /// The libyaml complaints that a misaligned line produces.
    static let problems: Set<String> = [
        "did not find expected key", "did not find expected '-' indicator",
        "mapping values are not allowed in this context", "block sequence entries are not allowed in this context",
    ]

    /// The diagnostic for a misaligned line at `location`, or nil when the line lines up with an
    /// open level (then the problem is something else, and libyaml's words stand).
    static func diagnostic(file: SourceFile, at location: SourceLocation, problem: String) -> Diagnostic? {
        guard problems.contains(problem), let text = file.line(location.line) else { return nil }
        // The indentation of the line where libyaml stopped; a line that is only a comment or
        // blank says nothing.
        let spaces = leadingSpaces(text)
        guard spaces < text.utf8.count, !isComment(text, after: spaces) else { return nil }
        let levels = openLevels(above: location.line, in: file)
        guard !levels.contains(where: { $0.spaces == spaces }), !levels.isEmpty else { return nil }
        // Only a move that makes the file read is offered. Deeper, the nearest level that does (a
        // key below `- name: Build` lines up with `name`, never with the dash); shallower, only
        // the nearest level: a move past it would close more than the one structure above.
        var tries = maxTries
        let reads = { (level: Level) -> Bool in
            guard tries > 0 else { return false }
            tries -= 1
            return readsWhenMoved(line: location.line, to: level.spaces, in: file)
        }
        let deeper = levels.filter { $0.spaces > spaces }.sorted { $0.spaces < $1.spaces }.first(where: reads)
        let shallower = levels.filter { $0.spaces < spaces }.max { $0.spaces < $1.spaces }.flatMap { reads($0) ? $0 : nil }
        let choices = [deeper, shallower].compactMap { $0 }
        let options = choices.map { level -> String in
            let change = abs(level.spaces - spaces)
            let direction = level.spaces > spaces ? "more" : "fewer"
            return "to \(count(level.spaces)) (\(change) \(direction)) to line it up with \(level.quote) on line \(level.line)"
        }
        let help = options.isEmpty
            ? "indent line \(location.line) as the lines it belongs with; moving it alone does not make the file "
                + "read, so check the lines around it too"
            : "move line \(location.line) " + options.joined(separator: ", or ")
        let notes = choices.map { level in
            Diagnostic(.note, "\(level.isListItem ? "this list item" : "this key") " + (level.spaces == 0 ? "is not indented" : "is indented \(count(level.spaces))"),
                       at: SourceRange(at: SourceLocation(line: level.line, column: level.spaces + 1)))
        }
        return Diagnostic(
            .error, "line \(location.line) is indented \(count(spaces)), which lines up with nothing above it",
            at: SourceRange(at: SourceLocation(line: location.line, column: spaces + 1)), help: help, notes: notes)
    }

    /// The most re-reads one diagnostic makes to check its moves (a deeply nested file has many
    /// levels; the nearest ones are the likely fixes).
    static let maxTries = 8

    /// Whether the file reads with `line` indented `spaces`: the file up to the next line at the
    /// left margin after it (a new top-level entry, which the move cannot affect), so that a
    /// mistake further down does not reject every move.
    static func readsWhenMoved(line: Int, to spaces: Int, in file: SourceFile) -> Bool {
        var bytes: [UInt8] = []
        var number = 1
        while let text = file.line(number) {
            defer { number += 1 }
            let indent = leadingSpaces(text)
            let content = indent < text.utf8.count && !isComment(text, after: indent)
            if number > line, content, indent == 0 { break }
            if number == line {
                bytes += Array(repeating: UInt8(ascii: " "), count: spaces) + text.utf8.dropFirst(indent)
            } else {
                bytes += text.utf8
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return LibYAMLHandle.reads(bytes)
    }

    /// The open levels above `line`, deepest first.
    static func openLevels(above line: Int, in file: SourceFile) -> [Level] {
        var levels: [Level] = []
        var limit = Int.max
        var number = line - 1
        while number >= 1, limit > 0 {
            defer { number -= 1 }
            guard let text = file.line(number) else { continue }
            let spaces = leadingSpaces(text)
            guard spaces < text.utf8.count, !isComment(text, after: spaces), spaces < limit else { continue }
            let content = text.utf8.dropFirst(spaces)
            if content.first == UInt8(ascii: "-"), content.count == 1 || content.dropFirst().first == UInt8(ascii: " ") {
                // `- key: value`: the key after the dash is a level too, when it is on this line.
                let afterDash = content.dropFirst()
                let gap = afterDash.prefix { $0 == UInt8(ascii: " ") }.count
                let keyColumn = spaces + 1 + gap
                if gap > 0, gap < afterDash.count, keyColumn < limit, afterDash.dropFirst(gap).first != UInt8(ascii: "#") {
                    levels.append(Level(spaces: keyColumn, line: number, isListItem: false, quote: quote(text)))
                }
                levels.append(Level(spaces: spaces, line: number, isListItem: true, quote: quote(text)))
            } else {
                levels.append(Level(spaces: spaces, line: number, isListItem: false, quote: quote(text)))
            }
            // The lines below a `key: |` or `key: >` were the text of a block scalar, not levels.
            if opensBlockScalar(text) { levels.removeAll { $0.line > number } }
            limit = spaces
        }
        return levels
    }

    /// `'blocks:'`, `'- plugin: mobility-warmup'`: the line without its indentation, cut short.
    private static func quote(_ text: String) -> String {
        let trimmed = String(text.drop { $0 == " " })
        let visible = TerminalText.visible(trimmed)
        let short = visible.count > 40 ? String(visible.prefix(39)) + "…" : visible
        return "'" + short + "'"
    }

    /// Whether a line ends with a block scalar's indicator (`|`, `>-`, `|+2`), before any comment.
    private static func opensBlockScalar(_ text: String) -> Bool {
        let code = text.split(separator: " #", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let last = code.split(separator: " ").last ?? ""
        guard let first = last.first, first == "|" || first == ">" else { return false }
        return last.dropFirst().allSatisfy { "+-123456789".contains($0) }
    }

    private static func leadingSpaces(_ text: String) -> Int {
        text.utf8.prefix { $0 == UInt8(ascii: " ") }.count
    }

    private static func isComment(_ text: String, after spaces: Int) -> Bool {
        text.utf8.dropFirst(spaces).first == UInt8(ascii: "#")
    }

    private static func count(_ spaces: Int) -> String {
        spaces == 1 ? "1 space" : "\(spaces) spaces"
    }
}
