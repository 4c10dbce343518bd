/// The error YAMLKit throws: one or more diagnostics, in source order.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems found; never empty.
    public var diagnostics: [Diagnostic]

    /// Creates an error from its diagnostics.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Creates an error from one diagnostic.
    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    /// Creates an error with one diagnostic.
    public init(_ message: String, at range: SourceRange?, path: String = "", help: String? = nil) {
        self.diagnostics = [Diagnostic(.error, message, at: range, path: path, help: help)]
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
