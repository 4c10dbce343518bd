/// The text of one input file, kept so that diagnostics can quote the lines they point at.
///
/// Lines and columns are counted the way libyaml counts them, so that every location YAMLKit
/// reports finds its line here: a line ends at `\n`, `\r\n`, a lone `\r`, or one of the YAML 1.1
/// breaks U+0085, U+2028 and U+2029; columns count Unicode scalars; a leading byte-order mark is
/// not part of line 1.
public struct SourceFile: Sendable {
    /// The name shown in diagnostics: the path as the user gave it.
    public var name: String
    /// The file's bytes, exactly as read.
    public let bytes: [UInt8]
    /// The byte offset where each line starts, so a line is found without rescanning the file.
    private let lineStarts: [Int]

    /// Creates a source file from its name and bytes.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        var starts: [Int] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        starts.append(index)
        // Every line break starts with one of four bytes; the others are passed over one by one.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2, let width = Self.breakWidth(in: bytes, at: index) {
                index += width
                starts.append(index)
            } else {
                index += 1
            }
        }
        lineStarts = starts
    }

    /// Creates a source file from a name and text.
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// The number of lines, counting the (possibly empty) line after the last line break.
    public var lineCount: Int {
        lineStarts.count
    }

    /// The text of a 1-based line without its line break, or nil past the end of the file.
    ///
    /// Bytes that are not valid UTF-8 are shown as U+FFFD.
    public func line(_ number: Int) -> String? {
        guard let bounds = byteRange(ofLine: number) else { return nil }
        return String(decoding: bytes[bounds], as: UTF8.self)
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    public func location(ofByteOffset offset: Int) -> SourceLocation {
        let offset = min(max(offset, 0), bytes.count)
        // The last line that starts at or before the offset (a break is counted only once the
        // offset is past all of it, so an offset inside "\r\n" stays on the line it ends).
        var low = 0
        var high = lineStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle }
        }
        let line = low + 1
        let lineStart = min(lineStarts[low], offset)
        // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
        var column = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        return SourceLocation(line: line, column: column)
    }

    /// The Unicode scalar at a location, or nil when the location is past the end of its line.
    public func scalar(at location: SourceLocation) -> Unicode.Scalar? {
        guard let text = line(location.line), location.column >= 1 else { return nil }
        let scalars = text.unicodeScalars
        guard let index = scalars.index(scalars.startIndex, offsetBy: location.column - 1, limitedBy: scalars.endIndex),
            index < scalars.endIndex
        else { return nil }
        return scalars[index]
    }

    /// Where the text of a 1-based line starts and ends (before its line break), in bytes.
    private func byteRange(ofLine number: Int) -> Range<Int>? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = start
        while end < bytes.count, Self.breakWidth(in: bytes, at: end) == nil { end += 1 }
        return start..<end
    }

    /// The length in bytes of the line break at `index`, or nil when there is none.
    private static func breakWidth(in bytes: [UInt8], at index: Int) -> Int? {
        switch bytes[index] {
        case UInt8(ascii: "\n"):
            return 1
        case UInt8(ascii: "\r"):
            return index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
        case 0xC2:
            return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : nil
        case 0xE2:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
            else { return nil }
            return 3
        default:
            return nil
        }
    }
}
