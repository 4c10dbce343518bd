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
        // Checked in place: a `String` made to validate the bytes was a copy of the whole file.
        do {
            _ = try UTF8Span(validating: bytes.span)
            return nil
        } catch {}
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var result = parser.parseScalar(from: &iterator)
        while case .valid(let encoded) = result {
            offset += encoded.count
            result = parser.parseScalar(from: &iterator)
        }
        guard case .error(let length) = result else { return nil }
        // `length` covers the longest start of a character (Unicode's maximal subpart); the problem
        // shows the byte that breaks it too, unless the first byte can start no character at all.
        guard (0xC2...0xF4).contains(bytes[offset]) else {
            return UTF8Problem(offset: offset, bytes: [bytes[offset]], truncated: false)
        }
        let end = offset + length
        return end < bytes.count
            ? UTF8Problem(offset: offset, bytes: Array(bytes[offset...end]), truncated: false)
            : UTF8Problem(offset: offset, bytes: Array(bytes[offset...]), truncated: true)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
    }
}
