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
    /// The positions of the entries this view of a mapping leaves out (see `removingKey`); nil
    /// for nearly every node.
    let hidden: HiddenEntries?

    init(tree: NodeTree, id: UInt32, hidden: HiddenEntries? = nil) {
        self.tree = tree
        self.id = id
        self.hidden = hidden
    }

    var record: NodeRecord { tree.storage.records[Int(id)] }

    /// What the node holds.
    public var content: Content {
        switch tree.storage.kind(id) {
        case .sequence:
            let (start, count) = tree.storage.children(id)
            return .sequence(tree.storage.links[start..<start + count].map { Node(tree: tree, id: $0) })
        case .mapping:
            return .mapping(Mapping(node: self))
        default:
            return .scalar(Scalar(tree: tree, id: id))
        }
    }

    /// Where the node stands in the source (for an alias, where the alias stands).
    public var range: SourceRange { record.range.range }

    /// The node's explicit tag, resolved to its full form (`tag:yaml.org,2002:str`), if it has one.
    public var tag: String? { tree.storage.tag(id) }

    /// The depth of this subtree: 1 for a scalar. At most `YAMLLimits.maxDepth` + 1 (65 with the
    /// default limit); stored clamped to 16 bits.
    var height: Int { Int(record.height) }

    /// The number of nodes in this subtree, counting what aliases expand to. At most the
    /// document's events plus `YAMLLimits.maxAliasExpansion` (100,000 by default); stored clamped
    /// to 32 bits, so only a limit set above 4 G could see a count held at 4 G.
    var weight: Int { Int(record.weight) }

    /// Whether the node is a scalar, without making its text.
    var isScalar: Bool { tree.storage.kind(id).isScalar }

    /// The scalar this node holds, if it is one.
    public var scalar: Scalar? {
        isScalar ? Scalar(tree: tree, id: id) : nil
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

    /// Whether the node is a YAML 1.2 core-schema null: `~`, `null` or nothing, unquoted.
    public var isNull: Bool { tree.storage.isNull(id) }
}

extension NodeRecord.Kind {
    var isScalar: Bool { self != .sequence && self != .mapping }

    var scalarStyle: Scalar.Style {
        switch self {
        case .singleQuoted: return .singleQuoted
        case .doubleQuoted: return .doubleQuoted
        case .literal: return .literal
        case .folded: return .folded
        default: return .plain
        }
    }
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

    init(tree: NodeTree, id: UInt32) {
        self.init(value: tree.storage.string(id), style: tree.storage.kind(id).scalarStyle)
    }

    /// Whether the text is a core-schema null when written plain.
    public var isNullLiteral: Bool {
        guard style == .plain else { return false }
        // Only identical bytes are canonically equivalent to these ASCII words (no character
        // decomposes to '~', 'n', 'u' or 'l'), so the length rules most scalars out without
        // a string comparison.
        switch value.utf8.count {
        case 0: return true
        case 1: return value == "~"
        case 4: return value == "null" || value == "Null" || value == "NULL"
        default: return false
        }
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

        /// The key's text.
        public var key: String { tree.storage.string(keyID) }
        /// Where the key stands.
        public var keyRange: SourceRange { tree.storage.records[Int(keyID)].range.range }
        /// The value.
        public var value: Node { Node(tree: tree, id: valueID) }
    }

    let node: Node

    var tree: NodeTree { node.tree }

    /// The positions of the entries this view shows, in the node's storage.
    var positions: [Int] {
        let count = tree.storage.children(node.id).count
        guard let hidden = node.hidden else { return Array(0..<count) }
        return (0..<count).filter { !hidden.contains($0) }
    }

    /// The number of entries.
    public var count: Int {
        tree.storage.children(node.id).count - (node.hidden?.positions.count ?? 0)
    }

    /// The entries in source order; entries taken in through merge keys come after the mapping's own.
    public var entries: [Entry] {
        positions.map(entry(at:))
    }

    /// The keys of the entries this view shows, as strings, with their positions in the node's
    /// storage, in source order.
    var keyTexts: [(text: String, position: Int)] {
        let storage = tree.storage
        let count = storage.children(node.id).count
        var keys: [(text: String, position: Int)] = []
        keys.reserveCapacity(count)
        for position in 0..<count where node.hidden?.contains(position) != true {
            keys.append((storage.string(storage.entry(position, of: node.id).key), position))
        }
        return keys
    }

    func entry(at position: Int) -> Entry {
        let (key, value) = tree.storage.entry(position, of: node.id)
        return Entry(tree: tree, keyID: key, valueID: value)
    }

    /// The entry for a key, if the mapping has it.
    public func entry(forKey key: String) -> Entry? {
        position(of: key, from: 0).map(entry(at:))
    }

    /// The position of a key in the node's storage, scanning from `hint` to the end and then from
    /// the start: a decoder mostly asks for keys in the order they are written, so starting at
    /// the last one found usually finds the next at once. Keys are unique, so the answer does not
    /// depend on `hint`.
    func position(of key: String, from hint: Int) -> Int? {
        tree.storage.position(of: key, inMapping: node.id, hidden: node.hidden, from: hint)
    }

    /// The value for a key, if the mapping has it.
    public subscript(key: String) -> Node? {
        entry(forKey: key)?.value
    }

    /// The keys in source order.
    public var keys: [String] { entries.map(\.key) }
}

/// The entries a view of a mapping leaves out, by position; see `Node.removingKey`.
final class HiddenEntries: Sendable {
    /// Positions in the mapping node's storage, each once.
    let positions: [Int]

    init(_ positions: [Int]) {
        self.positions = positions
    }

    func contains(_ position: Int) -> Bool { positions.contains(position) }
}
