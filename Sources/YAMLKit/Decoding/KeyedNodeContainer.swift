/// What a `KeyedNodeContainer` reads from, in one object: the standard library's container box
/// copies the container for every value it decodes, and a copy of one reference costs one retain
/// where the decoder and the mapping were seven.
private final class KeyedNodeState {
    let decoder: NodeDecoderImpl
    /// The mapping's entries, each key made into a string once for every lookup the type makes.
    let entries: [(key: String, entry: Mapping.Entry)]
    /// Where the next key lookup starts: at the last key found, since `decodeIfPresent` and the
    /// like ask for one key more than once, and otherwise the next key written comes right after.
    private var cursor = 0

    init(decoder: NodeDecoderImpl, mapping: Mapping) {
        self.decoder = decoder
        entries = mapping.entries.map { ($0.key, $0) }
    }

    /// The value for a key, if the mapping has it: the same answer as `mapping[key]` (keys are
    /// unique, so where the scan starts does not change it).
    func value(forKey key: String) -> Node? {
        let count = entries.count
        for step in 0..<count {
            let index = (cursor + step) % count
            if entries[index].key == key {
                cursor = index
                return entries[index].entry.value
            }
        }
        return nil
    }
}

/// Reads the entries of a mapping node by key.
struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    private let state: KeyedNodeState

    init(decoder: NodeDecoderImpl, mapping: Mapping) {
        state = KeyedNodeState(decoder: decoder, mapping: mapping)
    }

    var decoder: NodeDecoderImpl { state.decoder }

    var codingPath: [any CodingKey] { decoder.codingPath }

    /// Reports each key that `known` does not list, with a suggestion of the nearest known key.
    func reportUnknownKeys(known: DiagnosticSink.KnownKeys) {
        for (key, entry) in state.entries where !known.set.contains(key) {
            let path = CodingPathFormatter.string(codingPath + [AnyCodingKey(stringValue: key)])
            let help: String
            if let suggestion = Suggestion.nearest(to: key, in: known.names) {
                help = "did you mean '\(suggestion)'?"
            } else {
                help = "the keys allowed here are " + known.names.map { "'\($0)'" }.joined(separator: ", ")
            }
            let place = codingPath.isEmpty ? "at the top level" : "in \(CodingPathFormatter.subject(codingPath))"
            decoder.sink.record(Diagnostic(
                .error, "unknown key '\(key)' \(place)", at: entry.keyRange, path: path,
                help: help))
        }
    }

    var allKeys: [Key] { state.entries.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool {
        state.value(forKey: key.stringValue) != nil
    }

    private func child(_ key: Key) throws -> NodeDecoderImpl {
        guard let value = state.value(forKey: key.stringValue) else {
            let place = codingPath.isEmpty ? "at the top level" : "in \(CodingPathFormatter.subject(codingPath))"
            throw YAMLError(Diagnostic(
                .error, "missing key '\(key.stringValue)' \(place)",
                at: SourceRange(at: decoder.node.range.start),
                path: CodingPathFormatter.string(codingPath + [key]),
                help: "add '\(key.stringValue): …'"))
        }
        return state.decoder.child(value, key: key)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try child(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key).decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key).decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key).decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key).decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key).decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key).decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key).decode(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decode(type) }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        try child(Key(stringValue: "super") ?? { throw YAMLError("no 'super' key", at: decoder.node.range) }())
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try child(key)
    }
}
