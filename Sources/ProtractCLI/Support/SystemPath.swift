#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file name as the operating system sees it: bytes, not necessarily UTF-8.
///
/// Command-line arguments that are not valid UTF-8 reach the commands as strings in which each
/// byte that could not be decoded stands as one scalar of a private-use range (see
/// `CommandLineArguments`). `SystemPath` maps those scalars back, so the file opened or created
/// is the one the person named, byte for byte. Every open, create and stat of a user-named file
/// goes through here.
struct SystemPath: Sendable, Equatable {
    /// The first scalar of the range that carries raw bytes 0x80...0xFF (U+10FF80...U+10FFFF).
    static let rawByteBase: UInt32 = 0x10_FF00

    /// The path's bytes, without a terminating NUL.
    let bytes: [UInt8]

    /// The path an argument string names.
    init(_ argument: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(argument.utf8.count)
        for scalar in argument.unicodeScalars {
            if let raw = Self.rawByte(scalar) {
                bytes.append(raw)
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        self.bytes = bytes
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The byte a private-use scalar stands for, or nil for an ordinary scalar.
    static func rawByte(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        guard value >= rawByteBase + 0x80, value <= rawByteBase + 0xFF else { return nil }
        return UInt8(value - rawByteBase)
    }

    /// The argument string for raw bytes: valid UTF-8 as is, every other byte (and any scalar of
    /// the reserved range itself, byte by byte) as a private-use scalar, so `init(_:)` gives the
    /// same bytes back.
    static func argument(fromBytes bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            if let (scalar, length) = decodeOne(bytes, at: index), rawByte(scalar) == nil {
                scalars.append(scalar)
                index += length
            } else {
                scalars.append(Unicode.Scalar(rawByteBase + UInt32(bytes[index])) ?? "\u{FFFD}")
                index += 1
            }
        }
        return String(scalars)
    }

    /// One UTF-8 scalar at `index`, or nil when the bytes there are not valid UTF-8.
    private static func decodeOne(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return (Unicode.Scalar(lead), 1)
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        var decoder = UTF8()
        var iterator = bytes[index..<(index + length)].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator),
              String(scalar).utf8.count == length else { return nil }
        return (scalar, length)
    }

    /// An argument used as text rather than as a file name (`--name`): each byte that was not
    /// UTF-8 becomes U+FFFD, as `CommandLine.arguments` would have given it.
    static func text(_ argument: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in argument.unicodeScalars {
            scalars.append(rawByte(scalar) == nil ? scalar : "\u{FFFD}")
        }
        return String(scalars)
    }

    /// The name to print: UTF-8 as is, other bytes as `\xFF`.
    var display: String {
        Self.display(bytes)
    }

    /// The printable form of a name that may carry raw-byte scalars.
    static func display(_ argument: String) -> String {
        SystemPath(argument).display
    }

    private static func display(_ bytes: [UInt8]) -> String {
        var text = ""
        var index = 0
        while index < bytes.count {
            if let (scalar, length) = decodeOne(bytes, at: index) {
                text.unicodeScalars.append(scalar)
                index += length
            } else {
                let hex = String(bytes[index], radix: 16, uppercase: true)
                text += "\\x" + (hex.count == 1 ? "0" + hex : hex)
                index += 1
            }
        }
        return text
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        let terminated = bytes.map { CChar(bitPattern: $0) } + [0]
        return try body(terminated)
    }

    /// The folder part: everything before the last `/` (`.` when there is none).
    var directory: SystemPath {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return SystemPath(bytes: Array(".".utf8)) }
        if slash == 0 { return SystemPath(bytes: Array("/".utf8)) }
        return SystemPath(bytes: Array(bytes[..<slash]))
    }

    /// The last component: everything after the last `/`.
    var lastComponent: [UInt8] {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return bytes }
        return Array(bytes[(slash + 1)...])
    }

    /// A sibling in the same folder.
    func sibling(named name: [UInt8]) -> SystemPath {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return SystemPath(bytes: name) }
        return SystemPath(bytes: Array(bytes[...slash]) + name)
    }

    /// `lstat(2)`: the entry itself, not what a link points to; nil with `errno` set on failure.
    func linkStatus() -> stat? {
        var info = stat()
        return withCString { lstat($0, &info) } == 0 ? info : nil
    }

    /// `stat(2)`: what the path names, following links; nil with `errno` set on failure.
    func status() -> stat? {
        var info = stat()
        return withCString { stat($0, &info) } == 0 ? info : nil
    }

    /// The text of a symbolic link, or nil.
    func linkTarget() -> SystemPath? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = withCString { path in readlink(path, &buffer, buffer.count) }
        guard count >= 0 else { return nil }
        return SystemPath(bytes: buffer[..<count].map { UInt8(bitPattern: $0) })
    }

    /// `open(2)` with `flags` and `mode` (see `openFile`); the descriptor, or -1 with `errno` set.
    func open(_ flags: Int32, mode: mode_t = 0) -> Int32 {
        withCString { openFile($0, flags, mode) }
    }
}
