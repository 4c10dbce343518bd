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

    /// Parses a file that holds at most one document.
    public static func load(_ file: SourceFile, limits: YAMLLimits = .default) throws(YAMLError) -> YAMLDocument {
        YAMLDocument(file: file, root: try YAMLParser(limits: limits).parse(file))
    }

    /// Decodes the document's root as `T`; an empty document is an error that says so.
    public func decode<T: Decodable>(_ type: T.Type, emptyHelp: String? = nil) throws(YAMLError) -> T {
        guard let root else {
            throw YAMLError(
                "the file is empty", at: SourceRange(at: SourceLocation(line: 1, column: 1)), help: emptyHelp)
        }
        return try NodeDecoder().decode(type, from: root)
    }
}
