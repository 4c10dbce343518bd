#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import YAMLKit

/// A file name as the operating system sees it: bytes, not necessarily UTF-8.
///
/// Command-line arguments that are not valid UTF-8 reach the commands as strings in which each
/// byte that could not be decoded stands as one scalar of a private-use range (see
/// `commandLineArguments()`). `SystemPath` maps those scalars back, so the file opened or created
/// is the one the person named, byte for byte. Every open, create and stat of a user-named file
/// goes through here.
struct SystemPath: Sendable, Equatable {
    /// The first scalar of the range that carries raw bytes 0x80...0xFF (U+10FF80...U+10FFFF).
    static let rawByteBase: UInt32 = 0x10_FF00

    /// The path's bytes, without a terminating NUL.
    let bytes: [UInt8]

    /// The path an argument string names.
    init(_ argument: String) {
        bytes = argument.unicodeScalars.flatMap { Self.rawByte($0).map { [$0] } ?? Array(String($0).utf8) }
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

    /// The command-line arguments after the program name, read from the raw `argv` bytes:
    /// `CommandLine.arguments` replaces bytes that are not UTF-8 with U+FFFD, so a file named with
    /// byte 0xFF could never be opened.
    static func commandLineArguments() -> [String] {
        (1..<max(1, Int(CommandLine.argc))).map { index in
            guard let argument = CommandLine.unsafeArgv[index] else { return "" }
            return Self.argument(fromBytes: Array(UnsafeRawBufferPointer(start: argument, count: strlen(argument))))
        }
    }

    /// The argument string for raw bytes: valid UTF-8 as is, every other byte (and any scalar of
    /// the reserved range itself, byte by byte) as a private-use scalar, so `init(_:)` gives the
    /// same bytes back.
    static func argument(fromBytes bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        func raw(_ byte: UInt8) { scalars.append(Unicode.Scalar(rawByteBase + UInt32(byte)) ?? "\u{FFFD}") }
        decode(bytes, valid: { rawByte($0) == nil ? scalars.append($0) : String($0).utf8.forEach(raw) }, invalid: raw)
        return String(scalars)
    }

    /// Reads `bytes` as UTF-8, handing each valid scalar to `valid` and each byte that is not part
    /// of one to `invalid`.
    private static func decode(_ bytes: [UInt8], valid: (Unicode.Scalar) -> Void, invalid: (UInt8) -> Void) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var index = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                valid(Unicode.UTF8.decode(encoded))
                index += encoded.count
            case .error(let length):
                bytes[index..<(index + length)].forEach(invalid)
                index += length
            case .emptyInput:
                return
            }
        }
    }

    /// An argument used as text rather than as a file name (`--name`): each byte that was not
    /// UTF-8 becomes U+FFFD, as `CommandLine.arguments` would have given it.
    static func text(_ argument: String) -> String {
        String(String.UnicodeScalarView(argument.unicodeScalars.map { rawByte($0) == nil ? $0 : "\u{FFFD}" }))
    }

    /// The name to print: UTF-8 as is, other bytes as `\xFF`, and anything that would drive a
    /// terminal (an escape, a line break) shown as `TerminalText` shows it, so that no file name
    /// prints raw, in an error or in a message of success.
    var display: String {
        var text = ""
        Self.decode(bytes, valid: { text.unicodeScalars.append($0) }) { byte in
            text += "\\x" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
        }
        return TerminalText.visible(text)
    }

    /// Refuses an empty file name given to `what` (a flag, or an argument's name): the shell's
    /// `""`, or a variable that was not set, would otherwise be a file named nothing.
    static func checkNamed(_ value: String?, _ what: String, standardStream: Bool = false) throws {
        guard value == "" else { return }
        throw ValidationError("\(what) is empty: give a file name" + (standardStream ? " ('-' for standard output)" : ""))
    }

    /// The name as one word of a command to copy into a shell: as it is when it holds only
    /// letters, digits and `@%+=:,./-_`; in single quotes otherwise (so `my plan;rm x.yaml` is
    /// `'my plan;rm x.yaml'`, never a second command); in `$'…'` with escapes when it holds a
    /// character a terminal acts on or a byte that is not UTF-8 (`$'x\ty.yaml'`); and after `./`
    /// when it starts with `-`, so that it is never read as a flag.
    var shellWord: String {
        var scalars: [Unicode.Scalar] = []
        var escaped = ""  // the `$'…'` body
        var needsEscapes = false
        Self.decode(bytes, valid: { scalar in
            scalars.append(scalar)
            if TerminalText.isUnsafe(scalar) {
                needsEscapes = true
                escaped += scalar.value < 0x80
                    ? "\\x" + Self.hex(Int(scalar.value), digits: 2) : "\\u" + Self.hex(Int(scalar.value), digits: 4)
            } else if scalar == "'" || scalar == "\\" {
                escaped += "\\" + String(scalar)
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }) { byte in
            needsEscapes = true
            escaped += "\\x" + Self.hex(Int(byte), digits: 2)
        }
        let lead = scalars.first == "-" ? "./" : ""
        if needsEscapes { return "$'" + lead + escaped + "'" }
        let text = String(String.UnicodeScalarView(scalars))
        return Self.shellQuoted(lead + text)
    }

    /// `text` as one shell word: as it is when it holds only letters, digits and `@%+=:,./-_`;
    /// in double quotes when it holds a single quote and nothing double quotes act on (`$`, a
    /// backquote, `\`, `"` or bash's `!`): `"Sam's programmes/back.yaml"`, `--note "it's fine"`,
    /// which a person reads and copies, inside a command quoted in prose too, where
    /// `'Sam'\''s programmes/back.yaml'` read as three quoted pieces; else in single quotes.
    /// For text a terminal cannot act on (no control characters); a name uses ``shellWord``,
    /// which escapes those and keeps a leading `-` from reading as a flag.
    static func shellQuoted(_ text: String) -> String {
        let plain = !text.isEmpty && text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "@%+=:,./-_".unicodeScalars.contains($0)
        }
        if plain { return text }
        if text.contains("'"), !text.unicodeScalars.contains(where: { "$`\\\"!".unicodeScalars.contains($0) }) {
            return "\"" + text + "\""
        }
        return "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    private static func hex(_ value: Int, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
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
        Array(bytes[(bytes.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0)...])
    }

    /// The path with its last component (everything after the last `/`) replaced by `rename(last)`.
    func renamingLast(_ rename: ([UInt8]) -> [UInt8]) -> SystemPath {
        SystemPath(bytes: Array(bytes.dropLast(lastComponent.count)) + rename(lastComponent))
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

    /// The path with every symbolic link and `.`/`..` resolved (`realpath(3)`), or nil with
    /// `errno` set when a part of it does not exist.
    func resolved() -> SystemPath? {
        guard let resolved = withCString({ realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return SystemPath(bytes: Array(UnsafeRawBufferPointer(start: resolved, count: strlen(resolved))))
    }

    /// `open(2)` with `flags` and `mode` (see `openFile`); the descriptor, or -1 with `errno` set.
    func open(_ flags: Int32, mode: mode_t = 0) -> Int32 {
        withCString { openFile($0, flags, mode) }
    }
}
