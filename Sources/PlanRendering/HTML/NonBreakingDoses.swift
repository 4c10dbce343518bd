/// The handout's rule for doses, as the text plan's wrapper keeps them (``LineWrapper``): a dose
/// never breaks across lines. The spaces inside one become no-break spaces (U+00A0), so that a
/// phone's narrow column shows `2 x 10`, `2 x 10 s` or `rest 45 s`'s `45 s` whole rather than
/// `2 x` / `10`, and `each side` whole.
///
/// A dose is a word ending in a digit, then ` x ` and a word starting with one (`3 x 10`), or a
/// unit (`10 s`, `5 min`, `48 h`, `38 °C`, `10 reps`, `+1 rep`, any `,.;:)` after it kept), or
/// both (`2 x 10 s`); after either, `each side` is kept whole, on the dose's line or the next. Only
/// single spaces between such words change; nothing else in the text does.
///
/// Numbers joined by hyphens (a tempo `2-1-2`, a range `5-8`, `0-10`, a date) are kept whole too,
/// but not by changing a character: Chromium breaks after a hyphen that follows a digit
/// (`tempo 2-1-` / `2` at 390 px), and a no-break hyphen (U+2011) would copy and be searched for as
/// another character than the `-` the plan writes everywhere else (find-in-page for `2-1-2` does
/// not match it). ``hyphenatedNumbers(in:)`` finds them; the builder puts each in a
/// `white-space:nowrap` span, whose text is the plan's own.
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

    /// Where `text` has words or numbers joined by hyphens (``hyphenatedNumbers(in:)`` and
    /// ``hyphenatedWords(in:)``), each kept on one line in a `white-space:nowrap` span: in order,
    /// overlapping runs merged.
    static func unbreakableRuns(in text: String) -> [Range<String.Index>] {
        let runs = (hyphenatedNumbers(in: text) + hyphenatedWords(in: text)).sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<String.Index>] = []
        for run in runs {
            if let last = merged.last, run.lowerBound < last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, run.upperBound)
            } else {
                merged.append(run)
            }
        }
        return merged
    }

    /// Where `text` has letters or digits joined by hyphens: an exercise's name such as `Y-T-W`
    /// or `push-up`, an id such as `wall-slide`, each run from its first letter or digit to its
    /// last (not `-5` or a dash between spaces), in order. A phone's narrow column broke `Y-T-` /
    /// `W raise` at the hyphen; a no-break hyphen (U+2011) would copy, and be searched for, as
    /// another character than the `-` the plan writes, so the builder puts each in a
    /// `white-space:nowrap` span whose text is the plan's own.
    static func hyphenatedWords(in text: String) -> [Range<String.Index>] {
        guard text.utf8.contains(0x2D) else { return [] }
        let scalars = text.unicodeScalars
        func isPart(_ scalar: Unicode.Scalar) -> Bool {
            // A combining mark belongs to the letter before it.
            scalar.properties.isAlphabetic || scalar.properties.isGraphemeExtend || ("0"..."9").contains(scalar)
        }
        var runs: [Range<String.Index>] = []
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard isPart(scalars[index]) else {
                index = scalars.index(after: index)
                continue
            }
            let start = index
            var end = scalars.index(after: index)  // after the last letter or digit of the run
            var joined = false
            index = end
            while index < scalars.endIndex {
                if isPart(scalars[index]) {
                    index = scalars.index(after: index)
                    end = index
                } else if scalars[index] == "-", scalars.index(after: index) < scalars.endIndex,
                    isPart(scalars[scalars.index(after: index)])
                {
                    joined = true
                    index = scalars.index(after: index)
                } else {
                    break
                }
            }
            if joined { runs.append(start..<end) }
        }
        return runs
    }

    /// Where `text` has numbers joined by hyphens: each run of digits, `.`, `:` and `-` from its
    /// first digit to its last that holds a hyphen between two digits (`2-1-2`, `5-8`, `0.5-1`,
    /// `07:30-08:12`; not `Y-T-W` or `-5`), in order.
    static func hyphenatedNumbers(in text: String) -> [Range<String.Index>] {
        let utf8 = text.utf8
        guard mayHoldHyphenatedNumber(utf8) else { return [] }
        var runs: [Range<String.Index>] = []
        var index = utf8.startIndex
        while index < utf8.endIndex {
            guard isDigit(utf8[index]) else {
                index = utf8.index(after: index)
                continue
            }
            let start = index
            var lastDigit = index
            var joined = false
            var previous: (UInt8, UInt8) = (0, 0)  // the two bytes before, the nearer one first
            while index < utf8.endIndex, isDigit(utf8[index]) || isJoiner(utf8[index]) {
                let byte = utf8[index]
                if isDigit(byte) {
                    if previous.0 == 0x2D, isDigit(previous.1) { joined = true }
                    lastDigit = index
                }
                previous = (byte, previous.0)
                index = utf8.index(after: index)
            }
            if joined { runs.append(start..<utf8.index(after: lastDigit)) }
        }
        return runs
    }

    /// Whether a hyphen has a digit on each side anywhere in `text`.
    private static func mayHoldHyphenatedNumber(_ utf8: String.UTF8View) -> Bool {
        var before: UInt8 = 0
        var previous: UInt8 = 0
        for byte in utf8 {
            if previous == 0x2D, isDigit(before), isDigit(byte) { return true }
            before = previous
            previous = byte
        }
        return false
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// `-`, `.` or `:`: what may stand between the digits of one run.
    private static func isJoiner(_ byte: UInt8) -> Bool { byte == 0x2D || byte == 0x2E || byte == 0x3A }

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
