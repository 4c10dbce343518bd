extension Sequence where Element == Diagnostic {
    /// The diagnostics sorted by line and column, keeping the given order for equal places;
    /// unlocated ones first. Every error YAMLKit, PlanKit and the plugins throw is in this order.
    public func inSourceOrder() -> [Diagnostic] {
        let origin = SourceLocation(line: 0, column: 0)
        return enumerated().sorted { lhs, rhs in
            let left = lhs.element.range?.start ?? origin
            let right = rhs.element.range?.start ?? origin
            return left == right ? lhs.offset < rhs.offset : left < right
        }.map(\.element)
    }
}
