/// A `SourceRange` packed into four 32-bit numbers, half the size of the public type.
///
/// Every node and mapping key keeps one, so the packing roughly halves what positions cost in a
/// document's tree. Inputs are limited to a few MiB, far below 4G lines or columns; a position
/// beyond that is clamped to `UInt32.max` rather than trapping.
struct PackedRange: Sendable, Hashable {
    private var startLine: UInt32
    private var startColumn: UInt32
    private var endLine: UInt32
    private var endColumn: UInt32

    /// Packs a range, clamping each number into `0...UInt32.max`.
    init(_ range: SourceRange) {
        startLine = UInt32(clamping: range.start.line)
        startColumn = UInt32(clamping: range.start.column)
        endLine = UInt32(clamping: range.end.line)
        endColumn = UInt32(clamping: range.end.column)
    }

    /// The range as the public type.
    var range: SourceRange {
        SourceRange(
            start: SourceLocation(line: Int(startLine), column: Int(startColumn)),
            end: SourceLocation(line: Int(endLine), column: Int(endColumn)))
    }
}
