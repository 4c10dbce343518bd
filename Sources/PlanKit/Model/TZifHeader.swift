/// A TZif header: the magic, the version and the six counts (RFC 8536 §3.1).
struct TZifHeader {
    static let size = 44

    /// 1 for version 1 (a zero byte), else the version's digit.
    var version: Int
    var utLocalCount: Int
    var standardWallCount: Int
    var leapCount: Int
    var timeCount: Int
    var typeCount: Int
    var charCount: Int

    /// Reads the header at `offset`; nil when the bytes are not there or do not start `TZif`.
    init?(_ bytes: [UInt8], at offset: Int) {
        guard offset >= 0, offset <= bytes.count - Self.size,
            bytes[offset..<(offset + 4)].elementsEqual("TZif".utf8)
        else { return nil }
        switch bytes[offset + 4] {
        case 0: version = 1
        case UInt8(ascii: "2")...UInt8(ascii: "9"): version = Int(bytes[offset + 4] - UInt8(ascii: "0"))
        default: return nil
        }
        let counts = (0..<6).map { Int(ZoneRules.bigEndian(bytes, at: offset + 20 + $0 * 4, size: 4)) }
        utLocalCount = counts[0]
        standardWallCount = counts[1]
        leapCount = counts[2]
        timeCount = counts[3]
        typeCount = counts[4]
        charCount = counts[5]
    }

    /// RFC 8536's rules on the counts: at least one type and one abbreviation byte, at most 256
    /// types (an index is one byte), and the indicator counts zero or the type count.
    var isValid: Bool {
        (1...256).contains(typeCount) && charCount >= 1
            && (utLocalCount == 0 || utLocalCount == typeCount)
            && (standardWallCount == 0 || standardWallCount == typeCount)
    }

    /// The data block's length for transition times of `timeSize` bytes. Each count is below
    /// 2^32, so the sum cannot overflow.
    func blockSize(timeSize: Int) -> Int {
        timeCount * (timeSize + 1) + typeCount * 6 + charCount + leapCount * (timeSize + 4)
            + standardWallCount + utLocalCount
    }
}
