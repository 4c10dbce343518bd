import YAMLKit

extension KeyedDecodingContainer {
    /// Reports `key` written as a list with no items (`cues: []`), at the list, with `message`
    /// ("'KEY' must list at least one item" when nil) and `help`.
    ///
    /// A list whose items all failed to decode is not empty as written: its items already have
    /// their own diagnostics, and "must list at least one item" would only add noise.
    func checkNotEmpty(_ key: Key, recorder: DecodingRecorder, message: String? = nil, help: String? = nil) {
        guard contains(key), (try? nestedUnkeyedContainer(forKey: key))?.count == 0 else { return }
        recorder.report(
            message ?? "'\(key.stringValue)' must list at least one item", at: sourceRange(forKey: key),
            path: codingPath + [key], help: help ?? "list at least one item, [a, b] or one '- item' per line")
    }
}
