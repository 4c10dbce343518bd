/// The `Decoder` over one node; it is also its own single-value container.
///
/// Three words: the run's sink (which holds the tree), the parent container (which holds the
/// parent's coding path and names its children's keys) and the node's number with its place in
/// the parent. So the decoder fits an existential's inline buffer: handing it to `init(from:)`
/// as `any Decoder`, or returning it as its own single-value container, copies two references
/// instead of boxing eleven words on the heap. Its own key joins the path only when something
/// asks for the path (a container of its own, or a diagnostic).
struct NodeDecoderImpl: NodeDecoding, SingleValueDecodingContainer {
    let sink: DiagnosticSink
    /// The container this node is an item or a value of (for the root, the base path's holder).
    let parent: DecoderParent
    /// The node's number in the tree.
    let id: UInt32
    /// The node's place in `parent` (an item's position or an entry's), or `DecoderParent.noPlace`
    /// for the root, whose path is the parent's.
    let place: UInt32

    init(node: Node, codingPath: [any CodingKey], sink: DiagnosticSink) {
        self.init(
            sink: sink, parent: DecoderParent(path: CodingPathChain(codingPath)), id: node.id,
            place: DecoderParent.noPlace)
    }

    init(sink: DiagnosticSink, parent: DecoderParent, id: UInt32, place: UInt32) {
        self.sink = sink
        self.parent = parent
        self.id = id
        self.place = place
    }

    /// The node being decoded.
    var node: Node { sink.node(id) }

    /// The coding path as links.
    var path: CodingPathChain {
        place == DecoderParent.noPlace ? parent.path : parent.path.appending(parent.key(at: place))
    }

    var codingPath: [any CodingKey] { path.keys }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var pathString: String { CodingPathFormatter.string(codingPath) }

    // MARK: Containers

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try container(keyedBy: type, known: sink.knownKeys(of: type))
    }

    /// A keyed container that reports the keys `known` does not list (no check when it is nil).
    func container<Key: CodingKey>(
        keyedBy type: Key.Type, known: DiagnosticSink.KnownKeys?
    ) throws -> KeyedDecodingContainer<Key> {
        guard let mapping = node.mapping else {
            throw mismatch(expected: "a mapping of keys and values")
        }
        let container = KeyedNodeContainer<Key>(decoder: self, mapping: mapping)
        if let known { container.reportUnknownKeys(known: known) }
        return KeyedDecodingContainer(container)
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard sink.tree.storage.kind(id) == .sequence else {
            throw mismatch(expected: "a list")
        }
        return UnkeyedNodeContainer(decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        self
    }

    // MARK: Errors

    func mismatch(expected: String, help: String? = nil) -> YAMLError {
        YAMLError(Diagnostic(
            .error,
            "expected \(expected) for \(CodingPathFormatter.subject(codingPath)), found \(ScalarConversion.describe(node))",
            at: node.range, path: pathString, help: help ?? shapeHelp(expected: expected)))
    }

    /// What to write instead, when a value has the wrong shape: a list or a mapping where one value
    /// belongs, or the other way round.
    private func shapeHelp(expected: String) -> String {
        let found = sink.tree.storage.kind(id)
        switch expected {
        case "a list":
            return found == .mapping
                ? "write a list, [a, b] or one '- item' per line, not 'key: value' entries"
                : "write a list, [a, b] or one '- item' per line, even for one item"
        case "a mapping of keys and values" where codingPath.isEmpty:
            return "write the file as 'key: value' lines, each key at the start of its line"
        case "a mapping of keys and values":
            return found == .sequence
                ? "write 'key: value' lines indented under it, or {key: value}, not '- item' lines"
                : "write 'key: value' lines indented under it, or {key: value}"
        default:
            switch found {
            case .sequence: return "write \(expected) here, not a list"
            case .mapping: return "write \(expected) here, not a mapping: this key takes no 'key: value' or {…} below it"
            default: return "write \(expected) here"
            }
        }
    }

    // MARK: Single values

    func decodeNil() -> Bool {
        sink.tree.storage.isNull(id)
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        let node = self.node
        if let scalar = node.scalar, node.hasNoTag(or: "bool"),
            let value = ScalarConversion.bool(scalar)
        {
            return value
        }
        var help = "write true or false"
        if let scalar = node.scalar, ScalarConversion.isLegacyBoolean(scalar.value) {
            help = "YAML 1.2 reads '\(scalar.value)' as text, not a yes/no answer; write true or false"
        }
        throw mismatch(expected: "true or false", help: help)
    }

    func decode(_ type: String.Type) throws -> String {
        let node = self.node
        guard let scalar = node.scalar, !node.isNull || node.tag == "tag:yaml.org,2002:str" else {
            let help = node.isNull ? "write the text after the colon" : nil
            throw mismatch(expected: "a string", help: help)
        }
        // Text is text: a tag that asks for something else (`!!binary`, `!!python/object:…`,
        // `!!int`) is refused rather than read as the characters after it.
        if let tag = node.tag, tag != "tag:yaml.org,2002:str", tag != "!" {
            throw YAMLError(Diagnostic(
                .error, "\(CodingPathFormatter.subject(codingPath)) is tagged '\(Self.shortTag(tag))'; it must be plain text",
                at: node.range, path: pathString, help: "remove the tag: Protract reads no YAML tags but !!str"))
        }
        return scalar.value
    }

    /// A tag as it is usually written: `!!binary` for `tag:yaml.org,2002:binary`.
    static func shortTag(_ tag: String) -> String {
        let core = "tag:yaml.org,2002:"
        return tag.hasPrefix(core) ? "!!" + tag.dropFirst(core.count) : tag
    }

    func decode(_ type: Double.Type) throws -> Double {
        let node = self.node
        guard let scalar = node.scalar, node.hasNoTag(or: "float", "int"), let value = ScalarConversion.float(scalar)
        else {
            throw mismatch(expected: "a number", help: quotedNumberHelp ?? "write a number, such as 2.5")
        }
        return value
    }

    func decode(_ type: Float.Type) throws -> Float {
        Float(try decode(Double.self))
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: self)
    }

    private var quotedNumberHelp: String? {
        let node = self.node
        guard let scalar = node.scalar, scalar.style != .plain,
            ScalarConversion.float(Scalar(value: scalar.value, style: .plain)) != nil
        else { return nil }
        return "quoted values are text; remove the quotes to write a number"
    }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let node = self.node
        guard let scalar = node.scalar, node.hasNoTag(or: "int") else {
            throw mismatch(expected: "a whole number", help: "write a whole number, such as 3")
        }
        switch ScalarConversion.integer(scalar, as: type) {
        case .value(let value):
            return value
        case .outOfRange:
            throw YAMLError(Diagnostic(
                .error,
                "\(scalar.value) is out of range for \(CodingPathFormatter.subject(codingPath)): "
                    + "it must be between \(T.min) and \(T.max)",
                at: node.range, path: pathString, help: "write a smaller number"))
        case .notAnInteger:
            throw mismatch(expected: "a whole number", help: quotedNumberHelp ?? "write a whole number, such as 3")
        }
    }
}
