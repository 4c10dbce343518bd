/// How wide text is on a terminal, in characters (grapheme clusters), as `String.count` says, but
/// counted from the bytes when that gives the same answer.
///
/// `String.count` applies the grapheme rules character by character, and the text plan measures
/// every word, prefix and unit it places: that was the largest single cost of wrapping a long
/// course. Most text is made only of scalars that are each a character of their own whatever
/// stands next to them, and then its width is its number of scalars.
enum TextWidth {
    /// The number of characters in `text`.
    static func of(_ text: some StringProtocol) -> Int {
        (text.utf8.withContiguousStorageIfAvailable { of($0) } ?? nil) ?? text.count
    }

    /// The number of scalars in `bytes` (valid UTF-8) when every one is a character of its own:
    /// ASCII but the carriage return (a CR LF pair is one character), U+0080 to U+00FF (`·`, `°`),
    /// and U+2580 to U+25BF (block elements and the first geometric shapes: the progress bars'
    /// `█` and `░`). None of these joins the scalar before or after it unless a joiner or a
    /// combining mark follows, and those are not among them. Nil when `bytes` holds any other scalar.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0x0D: return nil
            case ..<0x80: index += 1
            case 0xC2, 0xC3: index += 2
            case 0xE2 where index + 1 < bytes.count && bytes[index + 1] == 0x96: index += 3
            default: return nil
            }
            count += 1
        }
        return count
    }
}
