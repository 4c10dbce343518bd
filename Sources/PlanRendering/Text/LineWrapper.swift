import YAMLKit

/// Word-wraps text to a width, with one prefix for the first line and a hanging prefix for the rest:
/// the one word wrapper of the text plan and of the command line's listings.
///
/// Text is laid out in *units*: groups of words that stay on one line when they fit (a dose such as
/// `3 x 8 each side`, one segment of a `·`-separated heading). A unit that cannot fit even on a
/// fresh line falls back to word-by-word wrapping. A word wider than a line is cut, so no line is
/// ever longer than the width, unless ``LongWords/overflow`` asks for it to stand alone on its line
/// (whole, from the margin rather than after the hanging indent: a path is never split inside).
///
/// Widths count characters (grapheme clusters, as `String.count` does; `TextWidth` measures them). The
/// width of the line being built is a running sum of its pieces' widths, not counted again per word.
///
/// Nothing a file holds reaches the terminal raw: every word and prefix is shown with
/// `TerminalText.visible` (an `ESC` becomes `\u{1B}`) before it is measured, so the widths hold.
public struct LineWrapper: Sendable {
    /// What happens to a word wider than the free space of a fresh line.
    public enum LongWords: Sendable {
        /// Cut it over as many lines as it needs: no line is wider than the width.
        case cut
        /// Leave it whole on a line of its own, from the margin on a line after the first (where
        /// the hanging indent would be: it may then fit), wider than the width when it must be.
        case overflow
    }

    /// The widest a line may be, in characters: at least 1.
    public let width: Int
    /// What happens to a word wider than a line.
    public let longWords: LongWords

    /// Creates a wrapper for lines of at most `width` characters (1 when `width` is less).
    public init(width: Int, longWords: LongWords = .cut) {
        self.width = max(width, 1)
        self.longWords = longWords
    }

    /// `text` wrapped at spaces, tabs and line breaks, the first line after `first` and every
    /// other line after `rest` (dropped when it leaves no room). Lines have no trailing spaces;
    /// empty text gives one line, the first prefix. A count such as `2 x 10` stays on one line
    /// when it fits: no line ends in `2` or `2 x`.
    public func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
        var builder = LineBuilder(wrapper: self, first: first, rest: rest)
        builder.place(words: Self.unit(text))
        return builder.finish()
    }

    /// `text` wrapped at spaces as ``wrap(_:first:rest:)`` does, except that a span in single
    /// quotes (a command such as `'protract log --as-planned'`, or `('protract plan'` in
    /// parentheses) is kept whole: it starts a new line rather than break. A command (a span that
    /// starts `'protract `, read as the shell reads it, so that `'protract plan 'My Plans/x.yaml''`
    /// is one) wider than a fresh line stands on lines of its own as ``wrap(command:indent:)``
    /// lays it out, after the hanging prefix. A quoted argument of a command that is not quoted
    /// itself (`protract screen 'My Plans/x.yaml'`, `--journal 'a b.yaml'`) is placed as one
    /// long word; any other span that wide is placed as running text.
    public func wrap(keepingQuoted text: String, first: String = "", rest: String = "") -> [String] {
        var builder = LineBuilder(wrapper: self, first: first, rest: rest)
        var shown = TerminalText.visible(text, keepingLineBreaks: true)
        shown.makeContiguousUTF8()  // its words are read from its bytes: a native string already is
        var plain = shown.startIndex  // where the running text not yet placed starts
        var before: (earlier: Substring?, last: Substring?)  // the last two words of running text before this one
        var start = plain
        for range in ShellWords.wordRanges(in: shown) where range.lowerBound >= start {
            let (wordStart, word) = (range.lowerBound, shown[range])  // `start` moves past a span only
            let opens = word.utf8.first == 0x27 || word.utf8.first == 0x28  // only such a word is read as characters
            let quote = opens && word.hasPrefix("('") ? word.dropFirst() : word
            let span = opens && quote.first == "'" ? ShellWords.word(at: shown[quote.startIndex...]) : quote
            let command = opens && span.hasPrefix("'protract ") ? ShellWords.quotedCommand(shown[quote.startIndex...]) : nil
            guard command != nil || span.endIndex > word.endIndex else {
                before = (before.last, word)
                continue
            }
            builder.place(words: Self.unit(String(shown[plain..<wordStart])))
            if var arguments = command, let last = arguments.last {
                arguments[0] = shown[wordStart..<arguments[0].endIndex]
                start = last.endIndex
                if !builder.addWhole(arguments.joined(separator: " ")) { builder.place(command: arguments) }
            } else {
                let whole = Self.unit(String(shown[wordStart..<span.endIndex]))
                start = span.endIndex
                // An argument: after a flag, or after `protract` and its subcommand.
                let isArgument = before.last?.hasPrefix("--") == true || ["protract", "(protract"].contains(before.earlier ?? before.last)
                if builder.addWhole(whole) {
                    // Whole, on this line or the next.
                } else if span.hasPrefix("'protract ") {
                    builder.place(command: whole.split(separator: " "))
                } else if isArgument {
                    builder.place(Substring(whole), isArgument: true)
                } else {
                    builder.place(words: whole)
                }
            }
            plain = start
            before = (nil, nil)
        }
        builder.place(words: Self.unit(String(shown[plain...])))
        return builder.finish()
    }

    /// A command to copy, on lines of its own: on one line after `indent` when it fits, else
    /// broken only between its arguments (read as the shell reads them: a quoted argument is never
    /// cut), each line but the last ending in ` \` and the others two spaces further in, so that
    /// the lines pasted into a shell are still the one command. A terminal that wraps a long line
    /// itself breaks it anywhere, in the middle of a flag (`--as-` / `planned`).
    public func wrap(command: String, indent: String = "") -> [String] {
        var builder = LineBuilder(wrapper: self, first: indent, rest: indent)
        let arguments = ShellWords.arguments(of: Substring(TerminalText.visible(command)))
        if !builder.addWhole(arguments.joined(separator: " ")) { builder.place(command: arguments) }
        return builder.finish()
    }

    /// Wraps segments joined by ` · `, keeping each segment whole when it fits and the `·` at the
    /// end of the line it follows.
    public func wrap(segments: [String], first: String = "", rest: String = "") -> [String] {
        wrap(units: Self.joined(segments.map(Self.unit), trailer: " ·"), first: first, rest: rest)
    }

    /// Wraps units (see the type's documentation), each its words shown and joined by single
    /// spaces, as ``unit(_:)`` makes them.
    func wrap(units: [String], first: String, rest: String) -> [String] {
        var builder = LineBuilder(wrapper: self, first: first, rest: rest)
        for unit in units where !unit.isEmpty {
            if !builder.addWhole(unit) { builder.place(words: unit) }
        }
        return builder.finish()
    }

    /// The lines being built and the running width of the current one.
    private struct LineBuilder {
        let wrapper: LineWrapper
        let restPrefix: String
        let restWidth: Int
        /// The width of the first line's prefix.
        let firstWidth: Int
        var lines: [String] = []
        var current: String
        var currentWidth: Int
        var hasWord = false

        init(wrapper: LineWrapper, first: String, rest: String) {
            self.wrapper = wrapper
            let rest = TerminalText.visible(rest), width = TextWidth.of(rest)
            restPrefix = width < wrapper.width ? rest : ""
            restWidth = width < wrapper.width ? width : 0
            current = TerminalText.visible(first)
            currentWidth = TextWidth.of(current)
            firstWidth = currentWidth
        }

        /// Ends the current line: kept without its trailing spaces.
        private mutating func endLine() {
            while current.utf8.last == 0x20, current.last == " " { current.removeLast() }
            lines.append(current)
        }

        mutating func flush() {
            endLine()
            current = restPrefix
            currentWidth = restWidth
            hasWord = false
        }

        /// Appends a piece after a space when the line has a word (`+=` took the generic append).
        mutating func append(_ piece: Substring, width: Int) {
            if hasWord { current += " " }
            current.append(contentsOf: piece)
            currentWidth += (hasWord ? 1 : 0) + width
            hasWord = true
        }

        /// Whether a piece `width` wide fits on the current line, after a space when it has a word.
        func fits(_ width: Int) -> Bool { currentWidth + (hasWord ? 1 : 0) + width <= wrapper.width }

        /// Adds a unit on this line or, after a break, on the next; false (and nothing added
        /// beyond the break) when it does not fit even there.
        mutating func addWhole(_ text: String) -> Bool {
            let width = TextWidth.of(text)
            if !fits(width), hasWord { flush() }
            guard fits(width) else { return false }
            if hasWord { current += " " }
            current += text  // a `String` appended as one: as a `Substring` it cost twice as much
            currentWidth += (hasWord ? 1 : 0) + width
            hasWord = true
            return true
        }

        /// The width of a fresh line: on the first line, the narrower of the first and the hanging one.
        var freshRoom: Int { wrapper.width - (lines.isEmpty ? max(firstWidth, restWidth) : restWidth) }

        /// The bytes of a unit, read in place: indexing `String.UTF8View` cost most of the placing.
        typealias Bytes = UnsafeBufferPointer<UInt8>

        /// Places the words of a unit (see ``LineWrapper/unit(_:)``) one by one. The words that
        /// fit on a line are taken from the unit as one run, their single spaces included, rather
        /// than appended word by word; the words are found by their bytes (the space is ASCII).
        mutating func place(words unit: String) {
            var unit = unit
            unit.makeContiguousUTF8()  // a native string is already: nothing is copied
            _ = unit.utf8.withContiguousStorageIfAvailable { bytes in
                func text(_ range: Range<Int>) -> Substring {  // the scalars of the bytes `range`
                    let start = unit.utf8.index(unit.utf8.startIndex, offsetBy: range.lowerBound)
                    return Substring(unit.unicodeScalars[start..<unit.utf8.index(start, offsetBy: range.count)])
                }
                var run: Range<Int>?  // the words of this line not yet appended
                var start = 0
                while start < bytes.count {
                    var end = start + 1
                    while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                    end = KeptRun.end(of: start..<end, in: bytes, room: freshRoom)
                    let width = TextWidth.of(Bytes(rebasing: bytes[start..<end])) ?? text(start..<end).count
                    if fits(width) {
                        if let started = run {
                            run = started.lowerBound..<end
                        } else {
                            if hasWord { current += " " }
                            run = start..<end
                        }
                        currentWidth += (hasWord ? 1 : 0) + width
                        hasWord = true
                    } else {
                        if let started = run { current.append(contentsOf: text(started)) }
                        run = nil
                        place(text(start..<end))
                    }
                    start = end < bytes.count ? end + 1 : end
                }
                if let started = run { current.append(contentsOf: text(started)) }
            }
        }

        /// Places a command's arguments on lines of their own: broken only between arguments,
        /// each line but the last ending in ` \`, the lines after the first two spaces further in
        /// than the hanging prefix. A flag stays on the line of the value after it (`--days
        /// mon,wed,fri`, `-o plan.ics`, `> journal.csv`), and `protract` on the line of its
        /// subcommand, when the pair fits a line: a line ending `--days \` pastes, but reads as a
        /// flag without its value. What follows the command starts a new line. An argument wider
        /// than a line is placed as any long word.
        mutating func place(command arguments: [Substring]) {
            if hasWord { flush() }
            let inner = restPrefix + "  "
            let continuation = inner.count < wrapper.width ? inner : restPrefix
            func breakLine() {
                current += " \\"
                endLine()
                current = continuation
                currentWidth = continuation.count
                hasWord = false
            }
            let groups = Self.groups(of: arguments)
            for (index, group) in groups.enumerated() {
                let isLast = index == groups.count - 1
                let width = group.reduce(group.count - 1) { $0 + $1.count }
                // Room for the group and, unless it is the last, the ` \` another would need.
                let needed = width + (isLast ? 0 : 2)
                if group.count > 1, fits(needed) || continuation.count + needed <= wrapper.width {
                    if hasWord, !fits(needed) { breakLine() }
                    for argument in group { append(argument, width: argument.count) }
                    continue
                }
                // One argument, or a pair wider than a line: argument by argument.
                for (position, argument) in group.enumerated() {
                    let width = argument.count
                    let needed = width + (isLast && position == group.count - 1 ? 0 : 2)
                    if hasWord, !fits(needed) { breakLine() }
                    // One that fits after the hanging prefix but not two spaces further in, with
                    // its ` \`, starts there: no line is wider than the width for want of two spaces.
                    if !hasWord, !fits(needed), current == continuation, restPrefix.count + needed <= wrapper.width {
                        current = restPrefix
                        currentWidth = restPrefix.count
                    }
                    if hasWord || fits(width) || wrapper.longWords == .overflow {
                        append(argument, width: width)
                    } else {
                        place(argument, isArgument: true)
                    }
                }
            }
            if hasWord { flush() }
        }

        /// A command's arguments in the groups kept on one line: a flag (`-o`, `--days`) or a
        /// redirection (`>`, `>>`, `<`) with the value after it, `protract` with its subcommand,
        /// any other argument alone.
        static func groups(of arguments: [Substring]) -> [[Substring]] {
            var groups: [[Substring]] = []
            var index = 0
            while index < arguments.count {
                let argument = arguments[index]
                let next = index + 1 < arguments.count ? arguments[index + 1] : nil
                let takesNext = argument.hasPrefix("-") || [">", ">>", "<", "2>"].contains(argument)
                    || index == 0 && (argument == "protract" || argument == "'protract")
                if let next, takesNext, !next.hasPrefix("-") {
                    groups.append([argument, next])
                    index += 2
                } else {
                    groups.append([argument])
                    index += 1
                }
            }
            return groups
        }

        /// Places a word that may be longer than a line, cutting it where it must. A command's
        /// argument goes to the margin (see below) whenever that makes it fit, so that it is cut
        /// only when it is wider than the width.
        mutating func place(_ word: Substring, isArgument: Bool = false) {
            var word = word
            var width = TextWidth.of(word)
            while !word.isEmpty {
                if fits(width) {
                    append(word, width: width)
                    return
                }
                if hasWord || currentWidth >= wrapper.width {
                    flush()
                    continue
                }
                // A fresh line and the word is still too long: cut it, or leave it whole, from the
                // margin when the line so far is the hanging indent (a path or a long name then
                // fits when only the indent was in the way, and a copy of its line is the word
                // alone). The first line's prefix is kept: it places the text (a list's item).
                if wrapper.longWords == .overflow || isArgument && width <= wrapper.width, !lines.isEmpty, currentWidth > 0,
                    current.utf8.allSatisfy({ $0 == 0x20 })
                {
                    current = ""
                    currentWidth = 0
                }
                let room = wrapper.longWords == .cut ? wrapper.width - currentWidth : width
                append(word.prefix(room), width: room)
                word = word.dropFirst(room)
                width -= room
            }
        }

        mutating func finish() -> [String] {
            if hasWord || lines.isEmpty { endLine() }
            return lines
        }
    }

    /// The words of `text`, split at spaces, tabs and line feeds, each shown with
    /// `TerminalText.visible`.
    static func words(_ text: String) -> [Substring] {
        words(shown: TerminalText.visible(text, keepingLineBreaks: true))
    }

    /// The words of text already shown (its line feeds and tabs kept), split at spaces, tabs and
    /// line feeds.
    ///
    /// Split by Unicode scalars, not characters (a tenth of the cost): a combining mark right after
    /// a space starts the next word, and on its line it joins that space again, so a line is at
    /// most as wide as counted.
    private static func words(shown text: String) -> [Substring] {
        text.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(Substring.init)
    }

    /// A unit of `text`: its words shown and joined by single spaces (text that is so already
    /// comes back as it is).
    static func unit(_ text: String) -> String {
        let shown = TerminalText.visible(text, keepingLineBreaks: true)
        // Native strings are contiguous UTF-8: scanned as a buffer, as TerminalText does.
        let singleSpaced = shown.utf8.withContiguousStorageIfAvailable(isSingleSpaced) ?? isSingleSpaced(shown.utf8)
        return singleSpaced ? shown : words(shown: shown).joined(separator: " ")
    }

    /// Whether no separator but a single space between words is in `bytes`.
    private static func isSingleSpaced(_ bytes: some Sequence<UInt8>) -> Bool {
        var previous: UInt8 = 0x20
        var isEmpty = true
        for byte in bytes {
            if ShellWords.isSeparator(byte), byte != 0x20 || previous == 0x20 { return false }
            previous = byte
            isEmpty = false
        }
        return previous != 0x20 || isEmpty
    }

    /// Units with `trailer` appended to every unit but the last, empty units left out.
    static func joined(_ units: [String], trailer: String) -> [String] {
        var kept = units.filter { !$0.isEmpty }
        for index in kept.indices.dropLast() { kept[index] += trailer }
        return kept
    }
}
