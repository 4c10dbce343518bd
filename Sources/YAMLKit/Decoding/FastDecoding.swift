/// A `Decodable` type that can also be read straight from the node tree, without `Decoder`, when
/// its node is plainly valid.
///
/// `Decoder` costs a boxed container per mapping, an existential box per value handed to a type's
/// `init(from:)`, a child decoder per field and the retains and releases of all of them: ten times
/// what building the values themselves costs. A list of such values (`decodeEach`) first tries
/// `init?(reading:)` on each item and decodes only the items it refuses through `init(from:)`,
/// which reports every problem as usual.
///
/// The contract: `init(reading:)` returns a value only for a node that `init(from:)` would decode
/// to an equal value with no diagnostic; on anything else (a missing or unknown key, a tag, a
/// value of another kind, anything the type's own checks would report) it throws `Unusual`.
public protocol FastNodeDecodable: Decodable {
    /// The value `fields` holds; throws when anything about it needs `init(from:)`.
    init(reading fields: NodeFields) throws(NodeFields.Unusual)
}

/// The entries of a mapping node, read by key for `FastNodeDecodable`. Every accessor throws
/// `Unusual` for anything but the plain case (a tag, a null where a value is needed, a value of
/// another kind), so that the caller gives up and falls back to `init(from:)`.
public struct NodeFields {
    let tree: NodeTree
    let id: UInt32
    let sink: DiagnosticSink

    /// The fields of a mapping node, or nil for any other node.
    init?(tree: NodeTree, id: UInt32, sink: DiagnosticSink) {
        guard tree.storage.kind(id) == .mapping else { return nil }
        self.tree = tree
        self.id = id
        self.sink = sink
    }

    /// Something a fast path does not read: `init(from:)` will.
    public struct Unusual: Error {
        /// Creates the error, for a type's own checks.
        public init() {}
    }

    /// Throws unless every key is one `Key` lists, so that no key is unknown.
    public func requireKnownKeys<Key: CodingKey & CaseIterable>(_ type: Key.Type) throws(Unusual) {
        let known = sink.knownKeys(listing: type)
        let storage = tree.storage
        var next = 0
        for entry in 0..<storage.children(id).count
        where !known.contains(storage.entry(entry, of: id).key, in: storage, next: &next) {
            throw Unusual()
        }
    }

    /// Whether the mapping has the key (with any value, null included).
    public func contains<Key: CodingKey>(_ key: Key) -> Bool {
        valueID(key) != nil
    }

    /// A required string: an untagged scalar that is not null.
    public func string<Key: CodingKey>(_ key: Key) throws(Unusual) -> String {
        try plainString(try required(key))
    }

    /// A required string with where its value stands.
    public func located<Key: CodingKey>(_ key: Key) throws(Unusual) -> Located<String> {
        let value = try required(key)
        return Located(try plainString(value), at: tree.storage.records[Int(value)].range.range)
    }

    /// A required case of a string enum, by its raw value.
    public func namedCase<Key: CodingKey, Value: NamedCases>(_ key: Key, as type: Value.Type) throws(Unusual) -> Value {
        guard let value = Value(rawValue: try string(key)) else { throw Unusual() }
        return value
    }

    /// An optional string: nil when the key is missing or null.
    public func optionalString<Key: CodingKey>(_ key: Key) throws(Unusual) -> String? {
        guard let value = present(key) else { return nil }
        return try plainString(value)
    }

    /// An optional whole number that fits an `Int`: nil when the key is missing or null.
    public func optionalInt<Key: CodingKey>(_ key: Key) throws(Unusual) -> Int? {
        guard let value = present(key) else { return nil }
        guard let number = ScalarConversion.integer(try untaggedScalar(value), as: Int.self).value else {
            throw Unusual()
        }
        return number
    }

    /// An optional `true` or `false`: nil when the key is missing or null.
    public func optionalBool<Key: CodingKey>(_ key: Key) throws(Unusual) -> Bool? {
        guard let value = present(key) else { return nil }
        guard let bool = ScalarConversion.bool(try untaggedScalar(value)) else { throw Unusual() }
        return bool
    }

    /// A required list of strings.
    public func strings<Key: CodingKey>(_ key: Key) throws(Unusual) -> [String] {
        try list(try required(key)) { item throws(Unusual) in try plainString(item) }
    }

    /// An optional list of strings: no items when the key is missing or null.
    public func optionalStrings<Key: CodingKey>(_ key: Key) throws(Unusual) -> [String] {
        guard let value = present(key) else { return [] }
        return try list(value) { item throws(Unusual) in try plainString(item) }
    }

    /// An optional list of strings with where each stands: no items when missing or null.
    public func optionalLocatedStrings<Key: CodingKey>(_ key: Key) throws(Unusual) -> [Located<String>] {
        guard let value = present(key) else { return [] }
        return try list(value) { item throws(Unusual) in
            Located(try plainString(item), at: tree.storage.records[Int(item)].range.range)
        }
    }

    // MARK: Reading

    private func valueID<Key: CodingKey>(_ key: Key) -> UInt32? {
        tree.storage.position(of: key.stringValue, inMapping: id, hidden: nil, from: 0)
            .map { tree.storage.entry($0, of: id).value }
    }

    private func required<Key: CodingKey>(_ key: Key) throws(Unusual) -> UInt32 {
        guard let value = valueID(key) else { throw Unusual() }
        return value
    }

    /// The key's value unless it is missing or null.
    private func present<Key: CodingKey>(_ key: Key) -> UInt32? {
        guard let value = valueID(key), !tree.storage.isNull(value) else { return nil }
        return value
    }

    private func plainString(_ value: UInt32) throws(Unusual) -> String {
        guard let string = ScalarConversion.plainString(value, in: tree.storage) else { throw Unusual() }
        return string
    }

    private func untaggedScalar(_ value: UInt32) throws(Unusual) -> Scalar {
        let storage = tree.storage
        guard storage.records[Int(value)].tag == 0, storage.kind(value).isScalar else { throw Unusual() }
        return Scalar(tree: tree, id: value)
    }

    /// The items of a list node, each read by `read`.
    private func list<Item>(_ value: UInt32, _ read: (UInt32) throws(Unusual) -> Item) throws(Unusual) -> [Item] {
        let storage = tree.storage
        guard storage.kind(value) == .sequence else { throw Unusual() }
        let (start, count) = storage.children(value)
        var items: [Item] = []
        items.reserveCapacity(count)
        for index in start..<start + count {
            items.append(try read(storage.links[index]))
        }
        return items
    }
}

extension KeyedDecodingContainer {
    /// `decodeEach` for a `FastNodeDecodable` type: each item the type reads straight from the
    /// tree is taken as it is, and the rest are decoded (and their problems recorded) as the
    /// general `decodeEach` would, in order.
    public func decodeEach<T: FastNodeDecodable>(_ type: T.Type, forKey key: Key, recorder: DecodingRecorder) -> [T] {
        guard let list = (try? superDecoder(forKey: key)) as? NodeDecoderImpl,
            list.node.tree.storage.kind(list.node.id) == .sequence
        else {
            return decodeEachDecodable(type, forKey: key, recorder: recorder)
        }
        return list.decodeItems(type, recorder: recorder)
    }

    /// `decodeEachIfPresent` for a `FastNodeDecodable` type; see `decodeEach`.
    public func decodeEachIfPresent<T: FastNodeDecodable>(
        _ type: T.Type, forKey key: Key, recorder: DecodingRecorder
    ) -> [T] {
        guard contains(key), (try? decodeNil(forKey: key)) != true else { return [] }
        return decodeEach(type, forKey: key, recorder: recorder)
    }
}

extension NodeDecoderImpl {
    /// The items of this list node, each read by `T(reading:)` or else decoded by `T(from:)` as
    /// `UnkeyedNodeContainer` would, with its errors recorded.
    func decodeItems<T: FastNodeDecodable>(_ type: T.Type, recorder: DecodingRecorder) -> [T] {
        let tree = node.tree
        let (start, count) = tree.storage.children(node.id)
        let list = linked
        var items: [T] = []
        items.reserveCapacity(count)
        for index in 0..<count {
            let item = tree.storage.links[start + index]
            if let fields = NodeFields(tree: tree, id: item, sink: sink), let value = try? T(reading: fields) {
                items.append(value)
                continue
            }
            do {
                items.append(try list.child(Node(tree: tree, id: item), key: IndexCodingKey(index)).decode(T.self))
            } catch {
                recorder.record(error)
            }
        }
        return items
    }
}

extension NodeDecoder {
    /// The value `node` holds when `T` reads it straight from the tree; nil when `T` leaves it to
    /// `init(from:)` (see `FastNodeDecodable`). Lists decode through this path on their own; this
    /// is for checking a type's fast path against its `init(from:)`.
    public func fastRead<T: FastNodeDecodable>(_ type: T.Type, from node: Node) -> T? {
        guard node.hidden == nil,
            let fields = NodeFields(tree: node.tree, id: node.id, sink: DiagnosticSink(root: node))
        else { return nil }
        return try? T(reading: fields)
    }
}
