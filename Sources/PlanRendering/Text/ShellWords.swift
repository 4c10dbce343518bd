/// Reads a command to copy as `/bin/sh` splits it into arguments (single quotes, double quotes,
/// `$'…'` quotes, backslash escapes), each argument kept as written, quotes and all, so that a command can be
/// broken between its arguments and never inside one (`'/home/sam/My Programmes/back.yaml'`).
enum ShellWords {
    /// The arguments of `command`, split at spaces, tabs and line feeds outside quotes:
    /// `--note 'it'\''s fine'` is two, `$'a b\'c'` one, `--note "last set was hard"` two.
    static func arguments(of command: Substring) -> [Substring] { read(command).arguments }

    /// The first argument of `text` (from its first character, not a separator): up to the
    /// first separator outside quotes, or to the end.
    static func word(at text: Substring) -> Substring { read(text, limit: 1).arguments.first ?? text }

    /// The arguments of a command quoted in prose, `text` starting at its opening quote:
    /// `'protract plan '/My Programmes/back.yaml'' and then` gives `'protract`, `plan`,
    /// `'/My Programmes/back.yaml''`. The quote that closes it is one outside the shell's quotes,
    /// in an argument and at its end (before a separator or `),.;:!?`); the last argument runs
    /// on to the next separator. Nil when no quote closes it.
    static func quotedCommand(_ text: Substring) -> [Substring]? {
        guard text.first == "'" else { return nil }
        var (arguments, closed) = read(text.dropFirst(), closingQuote: true)
        guard closed, let first = arguments.first else { return nil }
        arguments[0] = text[text.startIndex..<first.endIndex]
        return arguments
    }

    /// Whether a character separates arguments outside quotes.
    static func isSeparator(_ character: Character) -> Bool { character == " " || character == "\t" || character == "\n" }

    /// Whether a byte is a space, tab or line feed: what separates words.
    static func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 }

    /// The words of `text` (shown, so no carriage return, and contiguous UTF-8), as splitting its characters at
    /// ``isSeparator(_:)`` gives them, found from its bytes without the grapheme rules: stepping
    /// through the characters cost most of wrapping a text with commands in it. A separator byte
    /// ends a word when it is a character of its own (see ``separates(at:in:)``).
    static func wordRanges(in text: String) -> [Range<String.Index>] {
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        return utf8.withContiguousStorageIfAvailable { bytes in
            var ranges: [Range<String.Index>] = []
            var start: Int?  // of the word being read
            for offset in bytes.indices {
                let byte = bytes[offset]
                // A space next to a byte that is not ASCII may belong to a character with it.
                let mayJoin = byte == 0x20
                    && (offset > 0 && bytes[offset - 1] >= 0x80 || offset + 1 < bytes.count && bytes[offset + 1] >= 0x80)
                let ends = isSeparator(byte) && (!mayJoin || separates(at: index(offset), in: text))
                if ends, let started = start {
                    ranges.append(index(started)..<index(offset))
                    start = nil
                } else if !ends, start == nil {
                    start = offset
                }
            }
            if let started = start { ranges.append(index(started)..<utf8.endIndex) }
            return ranges
        } ?? []  // never: the caller makes `text` contiguous
    }

    /// Whether the separator at `index` in `text` is a character of its own: a tab or line feed
    /// always is (text shown has no carriage return to pair with it), a space unless the scalar
    /// before it is a prepended mark or the one after a combining mark or a joiner, which a
    /// `Character` takes with it. The rules that join them to a space need no wider context.
    private static func separates(at index: String.Index, in text: String) -> Bool {
        guard text.utf8[index] == 0x20 else { return true }
        let scalars = text.unicodeScalars
        let low = index > scalars.startIndex ? scalars.index(before: index) : index
        let after = scalars.index(after: index)
        let high = after < scalars.endIndex ? scalars.index(after: after) : after
        let around = scalars[low..<high]
        return Substring(around).count == around.count
    }

    /// The arguments of `text`, at most `limit` of them, and whether a closing quote in prose
    /// (with `closingQuote`) ended them.
    private static func read(
        _ text: Substring, closingQuote: Bool = false, limit: Int = .max
    ) -> (arguments: [Substring], closed: Bool) {
        enum Quote { case none, single, ansi, double }
        var arguments: [Substring] = []
        var start: Substring.Index?  // of the argument being read
        var quote = Quote.none
        var escaped = false
        var afterDollar = false  // an unescaped `$` just before, outside quotes: `$'` is an ANSI-C quote
        var index = text.startIndex
        while index < text.endIndex, arguments.count < limit {
            let character = text[index]
            let next = text.index(after: index)
            var dollar = false
            if escaped {
                escaped = false
            } else if quote == .single {
                if character == "'" { quote = .none }
            } else if quote == .ansi {
                if character == "\\" { escaped = true } else if character == "'" { quote = .none }
            } else if quote == .double {
                // A quote in double quotes (`"Sam's plan.yaml"`) is a character of the argument.
                if character == "\\" { escaped = true } else if character == "\"" { quote = .none }
            } else if isSeparator(character) {
                if let started = start { arguments.append(text[started..<index]) }
                start = nil
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                quote = .double
            } else if character == "'" {
                if closingQuote, let started = start, !afterDollar,
                    next == text.endIndex || isSeparator(text[next]) || "),.;:!?".contains(text[next])
                {
                    let end = text[next...].firstIndex(where: isSeparator) ?? text.endIndex
                    return (arguments + [text[started..<end]], true)
                }
                quote = afterDollar ? .ansi : .single
            } else {
                dollar = character == "$"
            }
            afterDollar = dollar
            if start == nil, !isSeparator(character) { start = index }  // a word starts outside quotes
            index = next
        }
        if let started = start, arguments.count < limit { arguments.append(text[started...]) }
        return (arguments, false)
    }
}
