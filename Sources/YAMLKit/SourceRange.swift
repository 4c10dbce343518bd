/// The span of source text a node or diagnostic covers; `end` is exclusive.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    /// Where the span starts.
    public var start: SourceLocation
    /// Where the span ends (the position just after its last character).
    public var end: SourceLocation

    /// Creates a range from its two ends.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A range that covers a single position.
    public init(at location: SourceLocation) {
        self.init(start: location, end: SourceLocation(line: location.line, column: location.column + 1))
    }

    public var description: String { "\(start)-\(end)" }
}
