/// The text of one input file, kept so that diagnostics can quote the lines they point at.
public struct SourceFile: Sendable {
    /// The name shown in diagnostics: the path as the user gave it.
    public var name: String
    /// The file's bytes, exactly as read.
    public var bytes: [UInt8]

    /// Creates a source file from its name and bytes.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// Creates a source file from a name and text.
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// The text of a 1-based line without its line break, or nil past the end of the file.
    ///
    /// Bytes that are not valid UTF-8 are shown as U+FFFD.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = 0
        if number > 1 {
            var found = false
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
                current += 1
                if current == number {
                    start = offset + 1
                    found = true
                    break
                }
            }
            guard found else { return nil }
        }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    public func location(ofByteOffset offset: Int) -> SourceLocation {
        let offset = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
        var column = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        return SourceLocation(line: line, column: column)
    }
}
