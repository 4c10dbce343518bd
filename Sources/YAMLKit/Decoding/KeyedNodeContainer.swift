/// Reads the entries of a mapping node by key.
///
/// A class: the standard library's container box copies the container for every value it
/// decodes, and a copy of one reference costs one retain where the decoder and the entries were
/// seven.
final class KeyedNodeContainer<Key: CodingKey>: DecoderParent, KeyedDecodingContainerProtocol {
    let decoder: NodeDecoderImpl
    /// The mapping's entries, each key made into a string once for every lookup the type makes,
    /// with its key and value node numbers (the tree is the decoder's node's).
    private let entries: [MappingEntry]
    /// Where the next key lookup starts: at the last key found, since `decodeIfPresent` and the
    /// like ask for one key more than once, and otherwise the next key written comes right after.
    private var cursor = 0

    init(decoder: NodeDecoderImpl, mapping: Mapping) {
        self.decoder = decoder
        var entries: [MappingEntry] = []
        entries.reserveCapacity(mapping.count)
        mapping.forEachEntry { entry in
            entries.append(MappingEntry(key: entry.key, keyID: entry.keyID, valueID: entry.valueID))
            return true
        }
        self.entries = entries
        super.init(owner: decoder.parent, place: decoder.place)
    }

    /// The key of the entry at `place`, as the type names it.
    override func key(at place: UInt32) -> any CodingKey {
        let name = entries[Int(place)].key
        return Key(stringValue: name) ?? AnyCodingKey(stringValue: name)
    }

    var codingPath: [any CodingKey] { path.keys }

    /// Where this mapping stands, as the errors about its keys say it.
    private var place: String {
        codingPath.isEmpty ? "at the top level" : "in \(CodingPathFormatter.subject(codingPath))"
    }

    /// Reports each key that `known` does not list, with a suggestion of the nearest known key,
    /// and each key written with a tag other than `!!str` (a key is plain text, as a value is).
    func reportUnknownKeys(known: DiagnosticSink.KnownKeys) {
        // The tree, not a copy of its storage (four arrays retained and released per mapping).
        let tree = decoder.sink.tree
        for entry in entries {
            let (key, keyID) = (entry.key, entry.keyID)
            guard let tag = tree.storage.tag(keyID), tag != "tag:yaml.org,2002:str", tag != "!" else { continue }
            decoder.sink.record(Diagnostic(
                .error, "the key '\(key)' \(place) is tagged '\(NodeDecoderImpl.shortTag(tag))'; a key is plain text",
                at: tree.storage.records[Int(keyID)].range,
                path: CodingPathFormatter.string(codingPath + [AnyCodingKey(stringValue: key)]),
                help: "remove the tag: Protract reads no YAML tags but !!str"))
        }
        // A key written in the mapping is never suggested: following it would give a duplicate key.
        // One taken in by a merge key (`<<: *base`) is: written here, it overrides the base's, so
        // `reps-stepp` beside `<<: *base` still gets 'reps-step'. A merged key stands outside the
        // mapping's own text (its base is written before it). (The set is made only for a mapping
        // with an unknown key.)
        var present: Set<String>?
        var next = 0
        for (index, entry) in entries.enumerated() where !known.lists(entry.key, from: &next) {
            let (key, keyID) = (entry.key, entry.keyID)
            if present == nil {
                let own = tree.storage.records[Int(decoder.id)].range
                present = Set(entries.filter { entry in
                    let start = tree.storage.records[Int(entry.keyID)].range.start
                    return own.start <= start && start < own.end
                }.map(\.key))
            }
            let path = CodingPathFormatter.string(codingPath + [AnyCodingKey(stringValue: key)])
            let help: String
            if let split = Self.textSplitAtAComma(entries, at: index, storage: tree.storage) {
                // `{note: seated, arms forward}`: the comma ended the note's text in {…}.
                help = "in {…} a comma ends a value: put text that holds a comma in quotes, such as "
                    + "\(split.key): \"\(split.text), \(key)\""
            } else if let suggestion = Suggestion.nearest(to: key, in: known.names, excluding: present ?? []) {
                help = "did you mean '\(suggestion)'?"
                decoder.sink.misspelledKeyPaths.insert(
                    CodingPathFormatter.string(codingPath + [AnyCodingKey(stringValue: suggestion)]))
            } else {
                help = "the keys allowed here are " + known.names.map { "'\($0)'" }.joined(separator: ", ")
            }
            decoder.sink.recordUnknownKey(Diagnostic(
                .error, "unknown key '\(key)' \(place)", at: decoder.sink.tree.storage.records[Int(keyID)].range,
                path: path, help: help))
        }
    }

    /// The entry before `index` with its text, when the key at `index` looks like the rest of that
    /// text cut at a comma: words with spaces, no value, after a plain scalar.
    private static func textSplitAtAComma(
        _ entries: [MappingEntry], at index: Int, storage: NodeStorage
    ) -> (key: String, text: String)? {
        let entry = entries[index]
        guard index > 0, entry.key.contains(" "), storage.isNull(entry.valueID) else { return nil }
        let previous = entries[index - 1]
        guard storage.kind(previous.valueID) == .scalar(.plain), !storage.isNull(previous.valueID) else { return nil }
        return (previous.key, storage.string(previous.valueID))
    }

    var allKeys: [Key] { entries.compactMap { Key(stringValue: $0.key) } }

    /// The position of a key's entry in `entries`, if the mapping has it: the entry `mapping[key]` finds (keys
    /// are unique, so where the scan starts does not change it).
    private func position(forKey key: Key) -> Int? {
        let (name, count) = (key.stringValue, entries.count)
        for step in 0..<count {
            let index = (cursor + step) % count
            if entries[index].key == name {
                cursor = index
                return index
            }
        }
        return nil
    }

    func contains(_ key: Key) -> Bool {
        position(forKey: key) != nil
    }

    /// The decoder of the entry at `position`.
    private func child(at position: Int) -> NodeDecoderImpl {
        NodeDecoderImpl(sink: decoder.sink, parent: self, id: entries[position].valueID, place: UInt32(position))
    }

    private func child(_ key: Key) throws -> NodeDecoderImpl {
        guard let position = position(forKey: key) else {
            throw YAMLError(Diagnostic(
                .error, "missing key '\(key.stringValue)' \(place)",
                at: SourceRange(at: decoder.node.range.start),
                path: CodingPathFormatter.string(codingPath + [key]),
                help: "add '\(key.stringValue): …'"))
        }
        return child(at: position)
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

    // `decodeIfPresent` by default asks `contains`, then `decodeNil`, then `decode`: three lookups
    // of the same key. The types every file has most of look it up once (measured: the catalog's
    // load and decode goes from 3.1x to within 3x of libyaml's scan with these).

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try presentChild(key)?.decode(type) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try presentChild(key)?.decode(type) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try presentChild(key)?.decode(type) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try presentChild(key)?.decode(type) }

    /// The decoder for a key's value, or nil when the key is missing or its value is null.
    private func presentChild(_ key: Key) -> NodeDecoderImpl? {
        guard let position = position(forKey: key), !decoder.sink.tree.storage.isNull(entries[position].valueID)
        else { return nil }
        return child(at: position)
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

/// One entry of a mapping as `KeyedNodeContainer` reads it. A struct rather than a tuple, since
/// an array of tuples is destroyed through the runtime's generic tuple code element by element;
/// and outside the generic container, whose nested types are generic too and have their metadata
/// looked up at every use.
private struct MappingEntry {
    let key: String
    let keyID: UInt32
    let valueID: UInt32
}
