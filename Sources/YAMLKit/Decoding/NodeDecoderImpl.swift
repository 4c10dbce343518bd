/// The `Decoder` over one node; it is also its own single-value container.
struct NodeDecoderImpl: NodeDecoding, SingleValueDecodingContainer {
    let node: Node
    /// The parent's coding path, kept as links so that a child does not copy its parent's array.
    private let parentPath: CodingPathChain
    /// This node's own key, not yet linked onto `parentPath`: most children are read as a single
    /// value and never need their path (except for a diagnostic), so the link is made only when
    /// the node opens a container of its own or something asks for the path.
    private let key: (any CodingKey)?
    let sink: DiagnosticSink

    init(node: Node, codingPath: [any CodingKey], sink: DiagnosticSink) {
        self.init(node: node, parentPath: CodingPathChain(codingPath), key: nil, sink: sink)
    }

    private init(node: Node, parentPath: CodingPathChain, key: (any CodingKey)?, sink: DiagnosticSink) {
        self.node = node
        self.parentPath = parentPath
        self.key = key
        self.sink = sink
    }

    /// The coding path as links.
    var path: CodingPathChain {
        guard let key else { return parentPath }
        return parentPath.appending(key)
    }

    /// Whether this decoder's key is linked onto its path already (or it has none).
    var isLinked: Bool { key == nil }

    /// This decoder with its key linked onto the path, for a container that makes many children.
    var linked: NodeDecoderImpl {
        guard key != nil else { return self }
        return NodeDecoderImpl(node: node, parentPath: path, key: nil, sink: sink)
    }

    var codingPath: [any CodingKey] { path.keys }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var pathString: String { CodingPathFormatter.string(codingPath) }

    func child(_ node: Node, key: any CodingKey) -> NodeDecoderImpl {
        NodeDecoderImpl(node: node, parentPath: path, key: key, sink: sink)
    }

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
        let container = KeyedNodeContainer<Key>(decoder: linked, mapping: mapping)
        if let known { container.reportUnknownKeys(known: known) }
        return KeyedDecodingContainer(container)
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard node.tree.storage.kind(node.id) == .sequence else {
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
        let found = node.tree.storage.kind(node.id)
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
        node.isNull
    }

    func decode(_ type: Bool.Type) throws -> Bool {
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
        guard let scalar = node.scalar, !node.isNull || node.tag == "tag:yaml.org,2002:str" else {
            let help = node.isNull ? "write the text after the colon" : nil
            throw mismatch(expected: "a string", help: help)
        }
        return scalar.value
    }

    func decode(_ type: Double.Type) throws -> Double {
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
        guard let scalar = node.scalar, scalar.style != .plain,
            ScalarConversion.float(Scalar(value: scalar.value, style: .plain)) != nil
        else { return nil }
        return "quoted values are text; remove the quotes to write a number"
    }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
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
