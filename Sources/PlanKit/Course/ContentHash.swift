/// A short fingerprint of a file's bytes, written `fnv1a64:0123456789abcdef` (FNV-1a, 64 bits).
///
/// A course keeps the hash of its programme file so that a later edit of the programme is noticed
/// and reported. This is change detection, not security: FNV-1a is fast and stable across
/// machines and versions, but anyone can make two files with the same hash on purpose.
public struct ContentHash: Sendable, Hashable, CustomStringConvertible {
    /// The algorithm's name, as written before the colon.
    public static let algorithm = "fnv1a64"

    /// The 64-bit hash.
    public var value: UInt64

    /// The hash of `bytes`. Inlinable, so that the caller's byte type is known: a programme's
    /// bytes otherwise cost a generic call each.
    @inlinable
    public init<Bytes: Sequence>(of bytes: Bytes) where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        value = hash
    }

    /// Reads `fnv1a64:` and sixteen lowercase hex digits; nil for anything else.
    public init?(parsing text: String) {
        let prefix = Self.algorithm + ":"
        guard text.hasPrefix(prefix) else { return nil }
        let digits = text.dropFirst(prefix.count)
        guard digits.utf8.count == 16,
            digits.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }),
            let value = UInt64(digits, radix: 16)
        else { return nil }
        self.value = value
    }

    /// `fnv1a64:0123456789abcdef`.
    public var description: String {
        let digits = String(value, radix: 16)
        return Self.algorithm + ":" + String(repeating: "0", count: 16 - digits.count) + digits
    }
}
