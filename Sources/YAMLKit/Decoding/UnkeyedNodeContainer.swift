/// Reads the items of a sequence node in order.
///
/// Unlike Foundation's decoders, the index moves past an item even when decoding it fails, so a
/// caller can report a bad item and go on to the next.
struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoderImpl
    /// The list's side of its items' paths, made when the first item is read: a container opened
    /// only for its `count` makes none.
    private var parent: DecoderParent?
    /// Where the list's items start in its tree's links, and how many there are.
    private let start: Int
    private let itemCount: Int
    private(set) var currentIndex = 0

    /// A container over the items of `decoder`'s node, which must be a sequence.
    init(decoder: NodeDecoderImpl) {
        self.decoder = decoder
        (start, itemCount) = decoder.sink.tree.storage.children(decoder.id)
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { itemCount }
    var isAtEnd: Bool { currentIndex >= itemCount }

    /// The node number of the item at `currentIndex`.
    private var current: UInt32 {
        decoder.sink.tree.storage.links[start + currentIndex]
    }

    private mutating func next() throws -> NodeDecoderImpl {
        guard !isAtEnd else {
            throw YAMLError(Diagnostic(
                .error, "\(CodingPathFormatter.subject(codingPath)) has too few items", at: decoder.node.range,
                path: decoder.pathString, help: "add the missing items"))
        }
        let parent = self.parent ?? DecoderParent(owner: decoder.parent, place: decoder.place)
        self.parent = parent
        let child = NodeDecoderImpl(sink: decoder.sink, parent: parent, id: current, place: UInt32(currentIndex))
        currentIndex += 1
        return child
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, decoder.sink.tree.storage.isNull(current) else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next().decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().decode(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try next().decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().decode(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().decode(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().decode(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().decode(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().decode(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next().decode(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().decode(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().decode(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().decode(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().decode(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try next()
    }
}
