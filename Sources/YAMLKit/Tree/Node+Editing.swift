extension Node {
    /// A copy of this mapping node without the entry for `key`; any other node is returned unchanged.
    ///
    /// Used to hand a plugin its block's options without the `plugin` key that chose it.
    public func removingKey(_ key: String) -> Node {
        guard let mapping else { return self }
        var copy = Mapping()
        for entry in mapping.entries where entry.key != key {
            copy.insert(entry)
        }
        var node = self
        node.content = .mapping(copy)
        return node
    }
}
