/// One RFC 5545 content line (`NAME;PARAM=VALUE:value`), escaped and folded into its bytes.
///
/// The line is kept as a list of *units*, each a run of UTF-8 bytes that a fold must not split:
/// one ASCII character of the name, one grapheme cluster of the value, or one TEXT escape
/// (`\\`, `\;`, `\,`, `\n`) together with the character it stands for. Folding only ever
/// happens between units, so a fold never lands inside a UTF-8 sequence, between a backslash
/// and the character it escapes, or (as long as a cluster fits on a line) inside a grapheme
/// cluster such as an emoji with a skin tone or a letter with combining marks. A cluster longer
/// than a whole line is split between Unicode scalars instead, still never inside one.
struct ContentLine: Sendable, Hashable {
    /// The most octets a physical line may hold, CRLF excluded (RFC 5545 §3.1).
    static let maxOctets = 75

    /// The unfolded line's bytes. Kept flat, with `unitEnds` marking the units, rather than one
    /// array per unit: an array per character made a year's calendar take a quarter of a second.
    private(set) var octets: [UInt8] = []
    /// Where each unbreakable run ends in `octets` (exclusive), in order.
    private(set) var unitEnds: [Int] = []

    private init() {}

    /// A line whose value is written as is: structured values such as dates, durations, `2.0`.
    init(_ name: String, raw value: String) {
        appendName(name)
        for cluster in value { appendUnit(cluster.utf8) }
    }

    /// A line whose value is TEXT (§3.3.11): escaped, with every line break written as `\n`.
    init(_ name: String, text value: String) {
        appendName(name)
        appendEscaped(value)
    }

    /// A line whose value is a comma-separated list of TEXT values (CATEGORIES).
    init(_ name: String, textList values: [String]) {
        appendName(name)
        for (offset, value) in values.enumerated() {
            if offset > 0 { appendUnit(",".utf8) }
            appendEscaped(value)
        }
    }

    /// The folded physical lines, each ending in CRLF, as bytes.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        appendFolded(to: &out)
        return out
    }

    /// Appends the folded physical lines, each ending in CRLF, to `out`.
    ///
    /// Units are copied in runs, one copy per physical line, rather than one slice per unit:
    /// a ten-year calendar has tens of millions of units, and a slice of `octets` per unit cost
    /// a retain and a release each.
    func appendFolded(to out: inout [UInt8]) {
        octets.withUnsafeBufferPointer { octets in
            var lineLength = 0
            // octets[pending..<start] are placed on the current physical line but not yet copied.
            var pending = 0
            func place(_ range: Range<Int>) {
                if lineLength + range.count > Self.maxOctets {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: octets[pending..<range.lowerBound]))
                    out.append(contentsOf: [0x0D, 0x0A, 0x20] as [UInt8])
                    pending = range.lowerBound
                    lineLength = 1
                }
                lineLength += range.count
            }
            var start = 0
            for end in unitEnds {
                if end - start > Self.maxOctets - 1 {
                    // Longer than a continuation line: its scalars, an escape's backslash kept together
                    // with the character after it.
                    var index = start
                    while index < end {
                        var length = Self.scalarLength(leadByte: octets[index])
                        if octets[index] == UInt8(ascii: "\\"), index + 1 < end {
                            length += Self.scalarLength(leadByte: octets[index + 1])
                        }
                        let pieceEnd = min(index + length, end)
                        place(index..<pieceEnd)
                        index = pieceEnd
                    }
                } else {
                    place(start..<end)
                }
                start = end
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: octets[pending..<start]))
        }
        out.append(contentsOf: [0x0D, 0x0A] as [UInt8])
    }

    /// The value with TEXT escaping applied, unfolded: `a\, b\nc`.
    static func escaped(_ text: String) -> String {
        var line = ContentLine()
        line.appendEscaped(text)
        return String(decoding: line.octets, as: UTF8.self)
    }

    // MARK: - Units

    private mutating func appendUnit<Bytes: Sequence<UInt8>>(_ unit: Bytes) {
        octets.append(contentsOf: unit)
        unitEnds.append(octets.count)
    }

    /// Each ASCII character of the name, and the colon, is a unit of its own.
    private mutating func appendName(_ name: String) {
        for byte in (name + ":").utf8 { appendUnit(CollectionOfOne(byte)) }
    }

    /// Escapes each grapheme cluster on its own; a cluster that begins with `\\`, `;`, `,` or a line
    /// break keeps the escape and the rest of the cluster (combining marks) in one unit.
    ///
    /// Line breaks (CRLF, LF or a lone CR) become `\n`; other control characters, which TEXT may
    /// not hold (TSAFE-CHAR excludes CONTROL), become a space; HTAB is kept.
    ///
    /// Most text is ASCII, and an ASCII character followed by another ASCII character always ends
    /// its cluster (but CR LF), so such runs skip grapheme segmentation; only the stretches around
    /// other characters are segmented, each starting and ending on a sure cluster boundary.
    private mutating func appendEscaped(_ text: String) {
        let bytes = Array(text.utf8)
        octets.reserveCapacity(octets.count + bytes.count + bytes.count / 8)
        unitEnds.reserveCapacity(unitEnds.count + bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
            if byte < 0x80, next.map({ $0 < 0x80 }) ?? true {
                // One ASCII cluster: a character, or CR LF (one line break).
                appendEscaped(Unicode.Scalar(byte), after: nil)
                index += byte == 0x0D && next == 0x0A ? 2 : 1
                unitEnds.append(octets.count)
                continue
            }
            var end = index + 1
            while end < bytes.count, !Self.isSureBoundary(bytes[end - 1], bytes[end]) { end += 1 }
            appendEscapedClusters(String(decoding: bytes[index..<end], as: UTF8.self))
            index = end
        }
    }

    /// Two ASCII bytes that are not CR LF always have a cluster boundary between them.
    private static func isSureBoundary(_ before: UInt8, _ after: UInt8) -> Bool {
        before < 0x80 && after < 0x80 && !(before == 0x0D && after == 0x0A)
    }

    private mutating func appendEscapedClusters(_ text: String) {
        for cluster in text {
            var previous: Unicode.Scalar?
            for scalar in cluster.unicodeScalars {
                appendEscaped(scalar, after: previous)
                previous = scalar
            }
            unitEnds.append(octets.count)
        }
    }

    private mutating func appendEscaped(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) {
        switch scalar {
        case "\\", ";", ",": octets += [UInt8(ascii: "\\"), UInt8(truncatingIfNeeded: scalar.value)]
        case "\n" where previous == "\r": return
        case "\r", "\n": octets += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case "\t": octets.append(UInt8(ascii: "\t"))
        case "\u{0}"..<" ", "\u{7F}": octets.append(UInt8(ascii: " "))
        default: UTF8.encode(scalar) { octets.append($0) }
        }
    }

    /// A UTF-8 lead byte's count of leading 1 bits is its sequence's length (none: ASCII, one byte).
    private static func scalarLength(leadByte byte: UInt8) -> Int {
        max(1, (~byte).leadingZeroBitCount)
    }
}
