extension Node {
    /// This mapping node without the entry for `key`; any other node, or a mapping without that
    /// key, is returned unchanged.
    ///
    /// Used to hand a plugin its block's options without the `plugin` key that chose it. The
    /// result is a view of the same storage that leaves the entry out; the nodes inside it, and
    /// any other view of the mapping, still have every entry.
    public func removingKey(_ key: String) -> Node {
        guard let entry = mapping?.entry(forKey: key) else { return self }
        return Node(tree: tree, id: id, hidden: hidden + [entry.position])
    }
}
