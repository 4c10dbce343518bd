/// The first place where a byte stream stops being well-formed UTF-8.
struct UTF8Problem: Equatable, CustomStringConvertible {
    /// The offset of the byte where the bad character starts.
    var offset: Int
    /// The bytes of the bad character, up to and including the first one that is wrong.
    var bytes: [UInt8]
    /// Whether the stream ends in the middle of the character.
    var truncated: Bool

    var description: String {
        let shown = bytes.map(Self.hex).joined(separator: " ")
        if truncated { return "it ends in the middle of a character (bytes \(shown))" }
        if bytes.count == 1 { return "byte \(shown) cannot start a character" }
        return "bytes \(shown) do not form a character"
    }

    /// The first ill-formed sequence in `bytes` (overlong forms and surrogates included), if any.
    static func first(in bytes: [UInt8]) -> UTF8Problem? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lowerSecond: UInt8 = 0x80
            var upperSecond: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowerSecond = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upperSecond = 0x9F
            case 0xF0: length = 4; lowerSecond = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upperSecond = 0x8F
            default: return UTF8Problem(offset: index, bytes: [lead], truncated: false)
            }
            for position in 1..<length {
                guard index + position < count else {
                    return UTF8Problem(offset: index, bytes: Array(bytes[index..<count]), truncated: true)
                }
                let byte = bytes[index + position]
                let valid = position == 1 ? (lowerSecond...upperSecond).contains(byte) : byte & 0xC0 == 0x80
                if !valid {
                    return UTF8Problem(offset: index, bytes: Array(bytes[index...(index + position)]), truncated: false)
                }
            }
            index += length
        }
        return nil
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
    }
}
