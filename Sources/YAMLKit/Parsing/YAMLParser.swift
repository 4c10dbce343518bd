internal import CYAML

/// Reads YAML text into a `Node` tree with libyaml's event API.
///
/// The parser enforces `YAMLLimits` while it reads: it refuses oversized input, invalid UTF-8,
/// nesting past the depth limit (without recursion, so no input can overflow the stack), alias
/// expansion past the budget, undefined aliases, duplicate keys and a second document.
public struct YAMLParser: Sendable {
    /// The limits applied while reading.
    public var limits: YAMLLimits

    /// Creates a parser with the given limits.
    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// Parses a stream that must hold at most one document.
    ///
    /// - Parameter bytes: the file's bytes; UTF-8, with or without a byte-order mark.
    /// - Returns: the document's root node, or nil when the stream holds no document (an empty file).
    /// - Throws: `YAMLError` with located diagnostics.
    public func parse(_ bytes: [UInt8]) throws(YAMLError) -> Node? {
        try parse(SourceFile(name: "", bytes: bytes))
    }

    /// Parses a file already read, reusing its line table.
    func parse(_ file: SourceFile) throws(YAMLError) -> Node? {
        try parse(file, recoverDuplicateKeys: false).root
    }

    /// Parses a file already read; with `recoverDuplicateKeys`, a duplicate key is returned in
    /// `recovered` (the first value kept) instead of thrown.
    func parse(
        _ file: SourceFile, recoverDuplicateKeys: Bool
    ) throws(YAMLError) -> (root: Node?, recovered: [Diagnostic]) {
        let bytes = file.bytes
        guard bytes.count <= limits.maxInputBytes else {
            throw YAMLError(
                "the file is \(bytes.count) bytes, over the limit of \(limits.maxInputBytes) bytes",
                at: SourceRange(at: SourceLocation(line: 1, column: 1)),
                help: "a programme file is a few kilobytes; split the data or check that this is the right file")
        }
        if let problem = UTF8Problem.first(in: bytes) {
            throw YAMLError(
                "the file is not valid UTF-8: \(problem.description)",
                at: SourceRange(at: file.location(ofByteOffset: problem.offset)),
                help: "save the file as UTF-8 in your editor")
        }
        // An empty stream holds no document; libyaml is never handed an empty buffer.
        if bytes.isEmpty { return (nil, []) }
        let handle = LibYAMLHandle(file: file)
        var composer = Composer(limits: limits, inputBytes: bytes.count)
        composer.recoverDuplicateKeys = recoverDuplicateKeys
        return try bytes.withUnsafeBufferPointer { buffer throws(YAMLError) in
            handle.setInput(buffer)
            while try !handle.nextEvent({ event throws(YAMLError) in try composer.handle(event) }) {}
            return (composer.root.map { Node(tree: NodeTree(composer.storage), id: $0) }, composer.recovered)
        }
    }

    /// Parses YAML text (a convenience for tests and small inputs).
    public func parse(_ text: String) throws(YAMLError) -> Node? {
        try parse(Array(text.utf8))
    }
}
