import YAMLKit

/// Word-wraps text to a width, with one prefix for the first line and a hanging prefix for the rest.
///
/// Text is laid out in *units*: groups of words that stay on one line when they fit (a dose such as
/// `3 x 8 each side`, one segment of a `·`-separated heading). A unit that cannot fit even on a
/// fresh line falls back to word-by-word wrapping, and a word longer than the free space is cut, so
/// no line is ever longer than the width. Widths count characters (grapheme clusters).
///
/// Nothing a file holds reaches the terminal raw: every word and prefix is shown with
/// `TerminalText.visible` (an `ESC` becomes `\u{1B}`) before it is measured, so the widths hold.
struct LineWrapper: Sendable {
    /// The widest a line may be.
    var width: Int

    /// Wraps plain text, breaking at spaces.
    func wrap(_ text: String, first: String, rest: String) -> [String] {
        var builder = LineBuilder(width: width, first: first, rest: rest)
        if Self.isASCIIWithoutCR(text), !TerminalText.mayHoldUnsafe(text) {
            // One byte, one character: words are found, measured and copied as bytes.
            var text = text
            text.withUTF8 { bytes in Self.forEachWord(in: bytes) { builder.add(asciiWord: $0) } }
        } else {
            for word in Self.words(text) { builder.add(word: Substring(word)) }
        }
        return builder.finish()
    }

    /// Wraps `·`-separated segments, keeping each segment whole when it fits and the `·` at the end
    /// of the line it follows.
    func wrap(segments: [String], first: String, rest: String) -> [String] {
        wrap(units: Self.joined(segments.map(Self.words), trailer: " ·"), first: first, rest: rest)
    }

    /// Wraps units of words (see the type's documentation).
    func wrap(units: [[String]], first: String, rest: String) -> [String] {
        var builder = LineBuilder(width: width, first: first, rest: rest)
        for unit in units where !unit.isEmpty {
            let text = unit.count == 1 ? unit[0] : unit.joined(separator: " ")
            if !builder.addWhole(text.utf8, width: Self.width(of: text)) {
                unit.forEach { builder.place(Substring($0)) }
            }
        }
        return builder.finish()
    }

    /// The lines being built, as bytes until each is done. The width of the line being built is
    /// kept as a running sum of its pieces' widths rather than counted again for every word
    /// (counting characters walks the whole line).
    private struct LineBuilder {
        let width: Int
        let restPrefix: [UInt8]
        let restPrefixWidth: Int
        var lines: [String] = []
        var current: [UInt8]
        var currentWidth: Int
        var hasWord = false

        init(width: Int, first: String, rest: String) {
            self.width = width
            let first = TerminalText.visible(first)
            let rest = TerminalText.visible(rest)
            current = Array(first.utf8)
            current.reserveCapacity(2 * width)
            currentWidth = LineWrapper.width(of: first)
            let restWidth = LineWrapper.width(of: rest)
            restPrefix = restWidth < width ? Array(rest.utf8) : []
            restPrefixWidth = restWidth < width ? restWidth : 0
        }

        mutating func flush() {
            lines.append(LineWrapper.trimmingTrailingSpaces(String(decoding: current, as: UTF8.self)))
            current.removeAll(keepingCapacity: true)
            current.append(contentsOf: restPrefix)
            currentWidth = restPrefixWidth
            hasWord = false
        }

        mutating func append<Bytes: Collection<UInt8>>(_ piece: Bytes, width pieceWidth: Int) {
            if hasWord {
                current.append(UInt8(ascii: " "))
                currentWidth += 1
            }
            current.append(contentsOf: piece)
            currentWidth += pieceWidth
            hasWord = true
        }

        /// Adds a unit on this line or, after a break, on the next; false (and nothing added
        /// beyond the break) when it does not fit even there.
        mutating func addWhole<Bytes: Collection<UInt8>>(_ text: Bytes, width textWidth: Int) -> Bool {
            if currentWidth + (hasWord ? 1 : 0) + textWidth <= width {
                append(text, width: textWidth)
                return true
            }
            if hasWord {
                flush()
                if currentWidth + textWidth <= width {
                    append(text, width: textWidth)
                    return true
                }
            }
            return false
        }

        /// Adds a single word: whole when it fits, cut otherwise.
        mutating func add(word: Substring) {
            if !addWhole(word.utf8, width: LineWrapper.width(of: word)) { place(word) }
        }

        /// Adds a single word of ASCII bytes, without a space or line break in it.
        mutating func add(asciiWord: UnsafeBufferPointer<UInt8>) {
            if !addWhole(asciiWord, width: asciiWord.count) {
                place(Substring(String(decoding: asciiWord, as: UTF8.self)))
            }
        }

        /// Places a word that may be longer than a line, cutting it where it must.
        mutating func place(_ word: Substring) {
            var word = word
            var wordWidth = LineWrapper.width(of: word)
            while !word.isEmpty {
                if currentWidth + (hasWord ? 1 : 0) + wordWidth <= width {
                    append(word.utf8, width: wordWidth)
                    return
                }
                if hasWord || currentWidth >= width {
                    flush()
                    continue
                }
                // A fresh line and the word is still too long: cut it.
                let room = width - currentWidth
                current.append(contentsOf: word.prefix(room).utf8)
                currentWidth += room
                word = word.dropFirst(room)
                wordWidth -= room
                hasWord = true
            }
        }

        mutating func finish() -> [String] {
            if hasWord || lines.isEmpty {
                lines.append(LineWrapper.trimmingTrailingSpaces(String(decoding: current, as: UTF8.self)))
            }
            return lines
        }
    }

    /// The words of `text`, split at spaces and line breaks, each shown with `TerminalText.visible`.
    static func words(_ text: String) -> [String] {
        if TerminalText.mayHoldUnsafe(text) {
            return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
                .map { TerminalText.visible(String($0)) }
        }
        if isOneScalarPerCharacter(text) {
            // Every character is one scalar, so splitting at the separators' bytes splits exactly
            // where splitting characters would, without walking grapheme clusters.
            var words: [String] = []
            var text = text
            text.withUTF8 { bytes in Self.forEachWord(in: bytes) { words.append(String(decoding: $0, as: UTF8.self)) } }
            return words
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
    }

    /// Calls `body` with each run of bytes between spaces, tabs and line breaks. The separators
    /// are ASCII, so each run is whole UTF-8 (but may split a grapheme cluster that starts with
    /// a separator: callers use it only for text that has none).
    private static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = -1
        for offset in 0...bytes.count {
            let isSeparator =
                offset == bytes.count || bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\n")
                || bytes[offset] == UInt8(ascii: "\t")
            if isSeparator {
                if start >= 0 { body(UnsafeBufferPointer(rebasing: bytes[start..<offset])) }
                start = -1
            } else if start < 0 {
                start = offset
            }
        }
    }

    /// The width of `text` in characters (grapheme clusters).
    static func width(of text: String) -> Int {
        width(of: Substring(text))
    }

    /// The width of `text` in characters (grapheme clusters).
    static func width(of text: Substring) -> Int {
        if isASCIIWithoutCR(text) { return text.utf8.count }
        return isOneScalarPerCharacter(String(text)) ? text.unicodeScalars.count : text.count
    }

    /// Whether every Unicode scalar of `text` is a character of its own: true for text below
    /// U+0300 (where combining marks start) without a carriage return ("\r\n" is one character).
    /// Cues with `·`, `°` or accented Latin letters stay on this fast path.
    static func isOneScalarPerCharacter(_ text: String) -> Bool {
        isASCIIWithoutCR(text) || text.unicodeScalars.allSatisfy { $0.value < 0x300 && $0 != "\r" }
    }

    /// Whether `text` is ASCII without a carriage return: one byte, one scalar, one character.
    private static func isASCIIWithoutCR(_ text: String) -> Bool {
        isASCIIWithoutCR(Substring(text))
    }

    private static func isASCIIWithoutCR(_ text: Substring) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
            return true
        }
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
