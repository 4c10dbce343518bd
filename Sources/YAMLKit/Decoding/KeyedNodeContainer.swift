/// What a `KeyedNodeContainer` reads from, in one object: the standard library's container box
/// copies the container for every value it decodes, and a copy of one reference costs one retain
/// where the decoder and the mapping were seven.
private final class KeyedNodeState {
    let decoder: NodeDecoderImpl
    let mapping: Mapping
    /// Where the next key lookup starts: at the last key found, since `decodeIfPresent` and the
    /// like ask for one key more than once, and otherwise the next key written comes right after.
    private var cursor = 0

    init(decoder: NodeDecoderImpl, mapping: Mapping) {
        self.decoder = decoder
        self.mapping = mapping
    }

    /// The value for a key, if the mapping has it: the same answer as `mapping[key]`.
    func value(forKey key: String) -> Node? {
        valueID(forKey: key).map { Node(tree: mapping.tree, id: $0) }
    }

    /// The node number of a key's value, if the mapping has the key.
    func valueID(forKey key: String) -> UInt32? {
        guard let position = mapping.position(of: key, from: cursor) else { return nil }
        cursor = position
        return mapping.tree.storage.entry(position, of: mapping.node.id).value
    }

    var storage: NodeStorage { mapping.tree.storage }
}

/// Reads the entries of a mapping node by key.
struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    private let state: KeyedNodeState

    init(decoder: NodeDecoderImpl, mapping: Mapping) {
        state = KeyedNodeState(decoder: decoder, mapping: mapping)
    }

    var decoder: NodeDecoderImpl { state.decoder }
    var mapping: Mapping { state.mapping }

    var codingPath: [any CodingKey] { decoder.codingPath }

    var allKeys: [Key] { mapping.keys.compactMap { Key(stringValue: $0) } }

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

    // Strings, booleans and whole numbers are most of what a file holds. When the value is one
    // that decodes without a problem, it is read straight from the tree; anything else (a
    // mismatch, a tag, a number out of range) takes the general path through a child decoder,
    // which gives the same value or the located error.

    /// A key's value as a string, when it is an untagged, non-null scalar.
    private func plainString(_ key: Key) -> String? {
        guard let id = state.valueID(forKey: key.stringValue) else { return nil }
        return ScalarConversion.plainString(id, in: state.storage)
    }

    /// A key's value when it is an untagged scalar that `convert` accepts.
    private func plainScalar<T>(_ key: Key, _ convert: (Scalar) -> T?) -> T? {
        guard let id = state.valueID(forKey: key.stringValue), state.storage.records[Int(id)].tag == 0,
            state.storage.kind(id).isScalar
        else { return nil }
        return convert(Scalar(tree: state.mapping.tree, id: id))
    }

    /// Whether a key is missing or its value is null.
    private func isAbsent(_ key: Key) -> Bool {
        guard let id = state.valueID(forKey: key.stringValue) else { return true }
        return state.storage.isNull(id)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        if let value = plainScalar(key, ScalarConversion.bool) { return value }
        return try child(key).decode(type)
    }
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        if let value = plainString(key) { return value }
        return try child(key).decode(type)
    }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try child(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        if let value = plainScalar(key, { ScalarConversion.integer($0, as: Int.self).value }) { return value }
        return try child(key).decode(type)
    }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key).decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key).decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key).decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key).decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key).decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key).decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key).decode(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        if T.self == String.self, let value = plainString(key) { return Self.same(value, as: type) }
        return try child(key).decode(type)
    }

    /// A `String` as `T`, which the caller has checked is `String`.
    private static func same<T>(_ value: String, as type: T.Type) -> T {
        withUnsafePointer(to: value) { UnsafeRawPointer($0).load(as: T.self) }
    }

    // `decodeIfPresent` by default asks `contains`, then `decodeNil`, then `decode`: three
    // lookups of the same key. These look it up once, with the same answers.

    /// The decoder for a key's value, or nil when the key is missing or its value is null.
    private func presentChild(_ key: Key) -> NodeDecoderImpl? {
        guard let value = state.value(forKey: key.stringValue), !value.isNull else { return nil }
        return state.decoder.child(value, key: key)
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        if isAbsent(key) { return nil }
        if let value = plainScalar(key, ScalarConversion.bool) { return value }
        return try presentChild(key)?.decode(type)
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        if isAbsent(key) { return nil }
        if let value = plainString(key) { return value }
        return try presentChild(key)?.decode(type)
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try presentChild(key)?.decode(type) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try presentChild(key)?.decode(type) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        if isAbsent(key) { return nil }
        if let value = plainScalar(key, { ScalarConversion.integer($0, as: Int.self).value }) { return value }
        return try presentChild(key)?.decode(type)
    }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try presentChild(key)?.decode(type) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try presentChild(key)?.decode(type) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try presentChild(key)?.decode(type) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try presentChild(key)?.decode(type) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try presentChild(key)?.decode(type) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try presentChild(key)?.decode(type) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try presentChild(key)?.decode(type) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try presentChild(key)?.decode(type) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try presentChild(key)?.decode(type) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        if isAbsent(key) { return nil }
        if T.self == String.self, let value = plainString(key) { return Self.same(value, as: type) }
        return try presentChild(key)?.decode(type)
    }

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
