/// The runs of words a wrapped line never breaks inside when they fit a fresh line: a count with
/// its unit (`2 x 30 s`), a date (`Tue 1 Dec`) and a comparison (`1 <= LOW < HIGH <= 30`). Found
/// from the bytes of a unit as ``LineWrapper`` places its words; `room` is the width of a fresh
/// line (on the first line, the narrower of the first and the hanging one).
enum KeptRun {
    /// The bytes of a unit, read in place.
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// Where the word at `word` ends, taken with the count, date or comparison it starts when that
    /// fits `room`: the count (and its unit) first, then a date, then a comparison from there.
    static func end(of word: Range<Int>, in bytes: Bytes, room: Int) -> Int {
        var end = countEnd(of: word, in: bytes, room: room)
        end = dateEnd(of: word.lowerBound..<end, in: bytes, room: room)
        return comparisonEnd(of: word.lowerBound..<end, in: bytes, room: room)
    }

    /// Where the word at `word` ends, taken as a count such as `2 x 10` (a number, ` x `, a
    /// number) when it is the first number of one, or as a duration or measure such as `2 s`,
    /// `10 min`, `48 h` or `38 °C` (a number and its unit, with any punctuation after it), or
    /// both (`2 x 30 s`): a line never ends in `2`, `2 x` or `2 x 30` before its unit. The
    /// longest of these that fits a fresh line is taken; none that does, separate words. On the
    /// first line, a fresh line is the narrower of the first and the hanging one.
    private static func countEnd(of word: Range<Int>, in bytes: Bytes, room: Int) -> Int {
        guard Self.endsInDigit(word.upperBound, in: bytes) else { return word.upperBound }
        // Byte counts are at least the characters' widths, so what fits in bytes fits.
        func fits(_ end: Int) -> Bool { bytes.distance(from: word.lowerBound, to: end) <= room }
        var end = word.upperBound
        if let count = Self.countEnd(after: end, in: bytes) {
            guard fits(count) else { return end }
            end = count
        }
        if Self.endsInDigit(end, in: bytes), let unit = Self.unitEnd(after: end, in: bytes), fits(unit) { end = unit }
        return end
    }

    /// Where the word at `word` ends, taken as a date such as `Tue 1 Dec` (a day's name, its
    /// day of the month and the month's name, with any punctuation after it) when it starts
    /// one that fits a fresh line: a line never ends in `Tue` or `Tue 1` (a phone user's trial
    /// read `Tue` / `1 Dec` as two things).
    private static func dateEnd(of word: Range<Int>, in bytes: Bytes, room: Int) -> Int {
        // `(Tue 1 Dec)` too.
        let name = bytes[word.lowerBound] == 0x28 ? bytes.index(after: word.lowerBound) : word.lowerBound
        guard bytes.distance(from: name, to: word.upperBound) == 3,
            Self.dayNames.contains(where: { bytes[name..<word.upperBound].elementsEqual($0) }),
            word.upperBound < bytes.endIndex, bytes[word.upperBound] == 0x20
        else { return word.upperBound }
        // The day: one or two digits, then a space.
        var index = bytes.index(after: word.upperBound)
        var digits = 0
        while index < bytes.endIndex, bytes[index] >= 0x30, bytes[index] <= 0x39, digits < 3 {
            digits += 1
            index = bytes.index(after: index)
        }
        guard (1...2).contains(digits), index < bytes.endIndex, bytes[index] == 0x20 else { return word.upperBound }
        let monthStart = bytes.index(after: index)
        guard bytes.distance(from: monthStart, to: bytes.endIndex) >= 3 else { return word.upperBound }
        let monthEnd = bytes.index(monthStart, offsetBy: 3)
        guard Self.monthNames.contains(where: { bytes[monthStart..<monthEnd].elementsEqual($0) }) else { return word.upperBound }
        var end = monthEnd
        while end < bytes.endIndex, bytes[end] != 0x20 {
            // `Dec,` or `Dec)` is the month; `December` or `Decimal` is not the month's short name.
            guard [0x2C, 0x2E, 0x3B, 0x3A, 0x29, 0x27].contains(bytes[end]) else { return word.upperBound }
            end = bytes.index(after: end)
        }
        return bytes.distance(from: word.lowerBound, to: end) <= room ? end : word.upperBound
    }

    /// Where the word at `word` ends, taken with the comparison it is in: words joined by
    /// comparison signs (`1 <= LOW < HIGH <= 30`, `pain > 3`) stay on one line when they fit
    /// a fresh line, else the longest start of them that does and ends in a term, not a sign:
    /// a line never ends in `<=` or starts with one, nor splits `1 <= LOW` (a phone's 40
    /// columns read an option's type `… HIGH` / `<= 30`). On the first line, a fresh line is
    /// the narrower of the first and the hanging one.
    private static func comparisonEnd(of word: Range<Int>, in bytes: Bytes, room: Int) -> Int {
        var end = word.upperBound
        // Most words are neither a sign nor followed by one: one look at the next word's first byte.
        var lastIsSign = Self.isComparison(bytes[word])
        guard lastIsSign || end < bytes.endIndex && bytes[end] == 0x20 && bytes.index(after: end) < bytes.endIndex
            && Self.mayStartComparison(bytes[bytes.index(after: end)])
        else { return end }
        var scanned = end
        while scanned < bytes.endIndex, bytes[scanned] == 0x20 {
            let next = bytes.index(after: scanned)
            var nextEnd = next
            while nextEnd < bytes.endIndex, bytes[nextEnd] != 0x20 { nextEnd = bytes.index(after: nextEnd) }
            let isSign = Self.isComparison(bytes[next..<nextEnd])
            // A term that is a count or a measure is taken whole (`reps >= 2 x 10`, `hold >= 10 s`).
            if !isSign, next < nextEnd { nextEnd = countEnd(of: next..<nextEnd, in: bytes, room: room) }
            // Byte counts are at least the characters' widths, so what fits in bytes fits.
            guard next < nextEnd, lastIsSign || isSign, bytes.distance(from: word.lowerBound, to: nextEnd) <= room
            else { break }
            scanned = nextEnd
            lastIsSign = isSign
            if !isSign { end = nextEnd }
        }
        return end
    }

    /// The comparison signs a line neither ends nor starts with: `<`, `<=`, `>`, `>=`, `=`,
    /// `==`, `!=`, `≤`, `≥`, `≠`.
    private static let comparisons: [[UInt8]] = ["<", "<=", ">", ">=", "=", "==", "!=", "≤", "≥", "≠"].map { Array($0.utf8) }

    /// Whether `byte` may start a comparison sign: `<`, `>`, `=`, `!`, or the first byte of `≤`, `≥`, `≠`.
    private static func mayStartComparison(_ byte: UInt8) -> Bool {
        byte == 0x3C || byte == 0x3E || byte == 0x3D || byte == 0x21 || byte == 0xE2
    }

    /// Whether a word is a comparison sign.
    private static func isComparison(_ word: Slice<Bytes>) -> Bool {
        guard let first = word.first, mayStartComparison(first), word.count <= 3 else { return false }
        return comparisons.contains { word.elementsEqual($0) }
    }

    /// The short names of the days and months a date is written with (`CivilDate`'s).
    private static let dayNames: [[UInt8]] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].map { Array($0.utf8) }
    private static let monthNames: [[UInt8]] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        .map { Array($0.utf8) }

    /// Whether the byte before `end` is an ASCII digit.
    private static func endsInDigit(_ end: Int, in bytes: Bytes) -> Bool {
        guard end > bytes.startIndex else { return false }
        let byte = bytes[bytes.index(before: end)]
        return byte >= 0x30 && byte <= 0x39
    }

    /// The end of ` x N` after a number ending at `end` (N a word that starts with a digit), or nil.
    private static func countEnd(after end: Int, in bytes: Bytes) -> Int? {
        guard bytes.distance(from: end, to: bytes.endIndex) >= 4 else { return nil }
        let x = bytes.index(after: end)
        let next = bytes.index(x, offsetBy: 2)
        guard bytes[x] == 0x78, bytes[bytes.index(after: x)] == 0x20, bytes[next] >= 0x30, bytes[next] <= 0x39
        else { return nil }
        var wordEnd = bytes.index(after: next)
        while wordEnd < bytes.endIndex, bytes[wordEnd] != 0x20 { wordEnd = bytes.index(after: wordEnd) }
        return wordEnd
    }

    /// The units a number keeps on its line: `2 s`, `10 min`, `48 h`, `38 °C`.
    private static let units: [[UInt8]] = [Array("s".utf8), Array("min".utf8), Array("h".utf8), Array("°C".utf8)]

    /// The end of ` UNIT` (with any `,.;:)` after it) after a number ending at `end`, or nil.
    private static func unitEnd(after end: Int, in bytes: Bytes) -> Int? {
        guard end < bytes.endIndex, bytes[end] == 0x20 else { return nil }
        let start = bytes.index(after: end)
        var wordEnd = start
        while wordEnd < bytes.endIndex, bytes[wordEnd] != 0x20 { wordEnd = bytes.index(after: wordEnd) }
        var unitEnd = wordEnd
        while unitEnd > start, [0x2C, 0x2E, 0x3B, 0x3A, 0x29].contains(bytes[bytes.index(before: unitEnd)]) {
            unitEnd = bytes.index(before: unitEnd)
        }
        let unit = bytes[start..<unitEnd]
        return units.contains(where: { unit.elementsEqual($0) }) ? wordEnd : nil
    }
}
