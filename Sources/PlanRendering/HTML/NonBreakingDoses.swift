/// The handout's rule for doses, as the text plan's wrapper keeps them (``LineWrapper``): a dose
/// never breaks across lines. The spaces inside one become no-break spaces (U+00A0), so that a
/// phone's narrow column shows `2 x 10`, `2 x 10 s` or `rest 45 s`'s `45 s` whole rather than
/// `2 x` / `10`, and `each side` whole.
///
/// A dose is a word ending in a digit, then ` x ` and a word starting with one (`3 x 10`), or a
/// unit (`10 s`, `5 min`, `48 h`, `38 °C`, `10 reps`, `+1 rep`, any `,.;:)` after it kept), or
/// both (`2 x 10 s`); after either, `each side` is kept whole, on the dose's line or the next. Only
/// single spaces between such words change; nothing else in the text does.
enum NonBreakingDoses {
    /// The units a number keeps on its line: those of the text plan, and reps.
    private static let units: Set<Substring> = ["s", "min", "h", "°C", "reps", "rep"]

    /// `text` with the spaces inside each dose made no-break spaces.
    static func applied(to text: String) -> String {
        guard mayHoldADose(text) else { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 else { return text }
        var glued = [Bool](repeating: false, count: words.count - 1)
        var index = 0
        while index < words.count {
            guard endsInDigit(words[index]) else {
                index += 1
                continue
            }
            var end = index
            if end + 2 < words.count, words[end + 1] == "x", startsWithDigit(words[end + 2]) {
                glued[end] = true
                glued[end + 1] = true
                end += 2
            }
            if endsInDigit(words[end]), end + 1 < words.count, units.contains(trimmingPunctuation(words[end + 1])) {
                glued[end] = true
                end += 1
            }
            // `each side` stays whole but may go to the next line: a dose and `each side` together
            // are wider than a phone's dose column, which then broke them inside a word (`sid` / `e`).
            if end > index, end + 2 < words.count, words[end + 1] == "each", words[end + 2].hasPrefix("side") {
                glued[end + 1] = true
                end += 2
            }
            index = end + 1
        }
        guard glued.contains(true) else { return text }
        var out = String(words[0])
        out.reserveCapacity(text.utf8.count + 8)
        for (offset, word) in words.dropFirst().enumerated() {
            out.append(glued[offset] ? "\u{A0}" : " ")
            out += word
        }
        return out
    }

    /// Whether a digit is followed by a space anywhere in `text`: what every dose has.
    private static func mayHoldADose(_ text: String) -> Bool {
        var previousIsDigit = false
        for byte in text.utf8 {
            if byte == 0x20, previousIsDigit { return true }
            previousIsDigit = byte >= 0x30 && byte <= 0x39
        }
        return false
    }

    private static func endsInDigit(_ word: Substring) -> Bool {
        guard let last = word.utf8.last else { return false }
        return last >= 0x30 && last <= 0x39
    }

    private static func startsWithDigit(_ word: Substring) -> Bool {
        guard let first = word.utf8.first else { return false }
        return first >= 0x30 && first <= 0x39
    }

    /// `s,` as `s`: a unit with the punctuation after it.
    private static func trimmingPunctuation(_ word: Substring) -> Substring {
        var word = word
        while let last = word.last, ",.;:)".contains(last) { word = word.dropLast() }
        return word
    }
}
