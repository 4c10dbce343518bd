/// A YAML node with its place in the source: a scalar, a sequence or a mapping.
///
/// Aliases are resolved while the tree is built (an alias is a node that shares its anchor's
/// contents) and merge keys (`<<`) are applied, so a consumer never sees either.
///
/// A node is a small reference into its document's storage (`NodeTree`): copying one costs a
/// retain, and its text, items and entries are made into values only when asked for.
public struct Node: Sendable {
    /// What the node holds.
    public enum Content: Sendable {
        /// A scalar: its text and how it was written.
        case scalar(Scalar)
        /// A sequence of nodes.
        case sequence([Node])
        /// A mapping with its entries in source order.
        case mapping(Mapping)
    }

    let tree: NodeTree
    let id: UInt32
    /// The positions of the entries this view of a mapping leaves out (see `removingKey`); empty
    /// for nearly every node.
    let hidden: [Int]

    init(tree: NodeTree, id: UInt32, hidden: [Int] = []) {
        self.tree = tree
        self.id = id
        self.hidden = hidden
    }

    var record: NodeRecord { tree.storage.records[Int(id)] }

    /// What the node holds.
    public var content: Content {
        if let scalar { return .scalar(scalar) }
        if let mapping { return .mapping(mapping) }
        let (start, count) = tree.storage.children(id)
        return .sequence(tree.storage.links[start..<start + count].map { Node(tree: tree, id: $0) })
    }

    /// Where the node stands in the source (for an alias, where the alias stands).
    public var range: SourceRange { record.range }

    /// The node's explicit tag, resolved to its full form (`tag:yaml.org,2002:str`), if it has one.
    public var tag: String? { tree.storage.tag(id) }

    /// The scalar this node holds, if it is one.
    public var scalar: Scalar? {
        tree.storage.kind(id).scalarStyle.map { Scalar(value: tree.storage.string(id), style: $0) }
    }

    /// The items of this node, if it is a sequence.
    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The mapping this node holds, if it is one.
    public var mapping: Mapping? {
        tree.storage.kind(id) == .mapping ? Mapping(node: self) : nil
    }

    /// Whether the node has no explicit tag, or the core schema's tag for one of `names`.
    func hasNoTag(or names: String...) -> Bool {
        tree.storage.hasNoTag(id, or: names)
    }

    /// Whether the node is a YAML 1.2 core-schema null: `~`, `null` or nothing, unquoted.
    public var isNull: Bool { tree.storage.isNull(id) }
}

/// A scalar's text and the style it was written in.
public struct Scalar: Sendable, Hashable {
    /// How a scalar was written; only plain scalars can be numbers, booleans or null.
    public enum Style: Sendable, Hashable {
        /// Unquoted.
        case plain
        /// In single quotes.
        case singleQuoted
        /// In double quotes, with escapes.
        case doubleQuoted
        /// A literal block (`|`).
        case literal
        /// A folded block (`>`).
        case folded
    }

    /// The scalar's text after quotes, escapes and block folding are applied.
    public var value: String
    /// How the scalar was written.
    public var style: Style

    /// Creates a scalar.
    public init(value: String, style: Style) {
        self.value = value
        self.style = style
    }
}

/// A mapping's entries in source order, with lookup by key.
///
/// Keys are scalars; the YAML layer refuses complex (sequence or mapping) keys. A mapping is a
/// view of its node: entries are made when asked for.
public struct Mapping: Sendable {
    /// One key and its value.
    public struct Entry: Sendable {
        let tree: NodeTree
        let keyID: UInt32
        let valueID: UInt32
        /// The entry's place among all of its mapping node's entries, hidden ones included.
        let position: Int

        /// The key's text.
        public var key: String { tree.storage.string(keyID) }
        /// Where the key stands.
        public var keyRange: SourceRange { tree.storage.records[Int(keyID)].range }
        /// The value.
        public var value: Node { Node(tree: tree, id: valueID) }
    }

    let node: Node

    /// The number of entries.
    public var count: Int {
        node.tree.storage.children(node.id).count - node.hidden.count
    }

    /// The entries in source order; entries taken in through merge keys come after the mapping's own.
    public var entries: [Entry] {
        let storage = node.tree.storage
        let all = (0..<storage.children(node.id).count).map { position in
            let (key, value) = storage.entry(position, of: node.id)
            return Entry(tree: node.tree, keyID: key, valueID: value, position: position)
        }
        return node.hidden.isEmpty ? all : all.filter { !node.hidden.contains($0.position) }
    }

    /// Calls `body` with each entry, in the order of `entries`, without making the array; stops
    /// at the first entry for which `body` returns false.
    public func forEachEntry(_ body: (Entry) -> Bool) {
        let storage = node.tree.storage
        for position in 0..<storage.children(node.id).count where node.hidden.isEmpty || !node.hidden.contains(position) {
            let (key, value) = storage.entry(position, of: node.id)
            if !body(Entry(tree: node.tree, keyID: key, valueID: value, position: position)) { return }
        }
    }

    /// The entry for a key, if the mapping has it. Keys compare as Swift strings do: canonically
    /// equivalent keys are the same key.
    public func entry(forKey key: String) -> Entry? {
        var found: Entry?
        forEachEntry { entry in
            if entry.key == key { found = entry }
            return found == nil
        }
        return found
    }

    /// The value for a key, if the mapping has it.
    public subscript(key: String) -> Node? {
        entry(forKey: key)?.value
    }

    /// The keys in source order.
    public var keys: [String] { entries.map(\.key) }
}
