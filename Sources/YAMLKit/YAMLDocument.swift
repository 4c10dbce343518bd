/// YAMLKit reads YAML with the system's libyaml into a `Node` tree that keeps every node's source
/// range, and decodes typed values from it with `NodeDecoder`. Problems come out as `Diagnostic`s,
/// rendered compiler-style by `DiagnosticRenderer`.
///
/// The usual path from bytes to a value:
///
/// ```swift
/// let document = try YAMLDocument.load(SourceFile(name: path, bytes: bytes))
/// let programme = try document.decode(Programme.self)
/// ```
public struct YAMLDocument: Sendable {
    /// The file the document was read from.
    public var file: SourceFile
    /// The root node, or nil for a file that holds no document.
    public var root: Node?
    /// Problems found while reading that did not stop it: duplicate keys, when loaded with
    /// `recoverDuplicateKeys` (the second value left out of `root`). `decode` reports them.
    public var problems: [Diagnostic] = []

    /// Parses a file that holds at most one document.
    ///
    /// - Parameter recoverDuplicateKeys: whether a duplicate key is kept in `problems` (the first
    ///   value kept, the second left out) so that the rest of the file is still read and checked,
    ///   rather than thrown.
    public static func load(
        _ file: SourceFile, limits: YAMLLimits = .default, recoverDuplicateKeys: Bool = false
    ) throws(YAMLError) -> YAMLDocument {
        let parsed = try YAMLParser(limits: limits).parse(file, recoverDuplicateKeys: recoverDuplicateKeys)
        return YAMLDocument(file: file, root: parsed.root, problems: parsed.recovered)
    }

    /// Decodes the document's root as `T`; an empty document is an error that says so. The
    /// document's `problems` are thrown with the decoding's, in source order, even when decoding
    /// succeeds.
    public func decode<T: Decodable>(_ type: T.Type, emptyHelp: String? = nil) throws(YAMLError) -> T {
        guard let root else {
            throw YAMLError(
                "the file is empty", at: SourceRange(at: SourceLocation(line: 1, column: 1)), help: emptyHelp)
        }
        let value: T
        do {
            value = try NodeDecoder().decode(type, from: root)
        } catch {
            throw YAMLError((problems + error.diagnostics).inSourceOrder())
        }
        if !problems.isEmpty { throw YAMLError(problems) }
        return value
    }
}
