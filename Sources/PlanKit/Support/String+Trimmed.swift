extension StringProtocol {
    /// Whether the text is only spaces, tabs and line breaks (or nothing): `trimmed` would be empty.
    /// Inlinable, so that a caller's `String` is read as one (a long course asks it thousands of times).
    @inlinable public var isBlank: Bool {
        utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
    }

    /// The text without leading or trailing spaces, tabs and line breaks (`" 60 "` -> `"60"`).
    public var trimmed: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[start...end])
    }
}
