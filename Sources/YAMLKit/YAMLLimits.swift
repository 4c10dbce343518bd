/// Resource limits applied while reading YAML, so that no input can exhaust memory, time or the stack.
public struct YAMLLimits: Sendable, Hashable {
    /// The largest input accepted, in bytes.
    public var maxInputBytes: Int
    /// The deepest nesting of sequences and mappings, counted after alias expansion.
    ///
    /// Parsing never recurses, but freeing a `Node` tree and decoding it do, one level per level of
    /// nesting; this limit is what keeps their stack use small. Keep it in the hundreds at most.
    public var maxDepth: Int
    /// The most nodes that aliases may add to the document when expanded (a "billion laughs" guard).
    public var maxAliasExpansion: Int

    /// Creates limits.
    public init(maxInputBytes: Int, maxDepth: Int, maxAliasExpansion: Int) {
        self.maxInputBytes = maxInputBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    /// Limits that are generous for any hand-written programme (8 MiB, 64 levels, 100,000 alias nodes).
    public static let `default` = YAMLLimits(maxInputBytes: 8 << 20, maxDepth: 64, maxAliasExpansion: 100_000)
}
