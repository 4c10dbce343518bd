extension KeyedDecodingContainer {
    /// Whether `key` is written as a list with no items (`cues: []`).
    ///
    /// A list whose items all failed to decode is not empty as written: its items already have
    /// their own diagnostics, and "must list at least one item" would only add noise.
    func isWrittenAsEmptyList(forKey key: Key) -> Bool {
        guard contains(key), let list = try? nestedUnkeyedContainer(forKey: key) else { return false }
        return list.count == 0
    }
}
