/// A YAML node with its place in the source: a scalar, a sequence or a mapping.
///
/// Aliases are resolved while the tree is built (an alias shares its anchor's node, which is cheap
/// because the tree is made of copy-on-write values) and merge keys (`<<`) are applied, so a
/// consumer never sees either.
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

    // The stored fields are ordered so that the small ones fill the gaps the larger ones leave
    // for alignment: a node takes 48 bytes rather than the 88 of a full `SourceRange`, two `Int`s
    // and an inline optional `String`.

    /// What the node holds.
    public var content: Content
    /// The depth of this subtree, stored in 16 bits; see `height`.
    private var packedHeight: UInt16
    /// Where the node stands, packed; see `range`.
    private var packedRange: PackedRange
    /// The subtree's node count, stored in 32 bits; see `weight`.
    private var packedWeight: UInt32
    /// The explicit tag, boxed; see `tag`.
    private var tagBox: TagBox?

    /// Where the node stands in the source (for an alias, where the alias stands).
    public var range: SourceRange {
        get { packedRange.range }
        set { packedRange = PackedRange(newValue) }
    }

    /// The node's explicit tag, resolved to its full form (`tag:yaml.org,2002:str`), if it has one.
    public var tag: String? {
        get { tagBox?.tag }
        set { tagBox = TagBox.make(newValue) }
    }

    /// The depth of this subtree: 1 for a scalar. At most `YAMLLimits.maxDepth` + 1 (65 with the
    /// default limit); stored clamped to 16 bits.
    var height: Int {
        get { Int(packedHeight) }
        set { packedHeight = UInt16(clamping: newValue) }
    }

    /// The number of nodes in this subtree, counting what aliases expand to. At most the
    /// document's events plus `YAMLLimits.maxAliasExpansion` (100,000 by default); stored clamped
    /// to 32 bits, so only a limit set above 4 G could see a count held at 4 G.
    var weight: Int {
        get { Int(packedWeight) }
        set { packedWeight = UInt32(clamping: newValue) }
    }

    init(content: Content, range: SourceRange, tag: String?, weight: Int, height: Int) {
        self.content = content
        self.packedRange = PackedRange(range)
        self.tagBox = TagBox.make(tag)
        self.packedWeight = UInt32(clamping: weight)
        self.packedHeight = UInt16(clamping: height)
    }

    /// The scalar this node holds, if it is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items of this node, if it is a sequence.
    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The mapping this node holds, if it is one.
    public var mapping: Mapping? {
        if case .mapping(let mapping) = content { return mapping }
        return nil
    }

    /// Whether the node is a YAML 1.2 core-schema null: `~`, `null` or nothing, unquoted.
    public var isNull: Bool {
        guard let scalar, tag == nil || tag == "tag:yaml.org,2002:null" else { return false }
        return scalar.isNullLiteral
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
/// Keys are scalars; the YAML layer refuses complex (sequence or mapping) keys.
public struct Mapping: Sendable {
    /// One key and its value.
    public struct Entry: Sendable {
        /// The key's text.
        public var key: String
        /// Where the key stands, packed; see `keyRange`.
        private var packedKeyRange: PackedRange
        /// The value.
        public var value: Node

        /// Where the key stands.
        public var keyRange: SourceRange {
            get { packedKeyRange.range }
            set { packedKeyRange = PackedRange(newValue) }
        }

        init(key: String, keyRange: SourceRange, value: Node) {
            self.key = key
            self.packedKeyRange = PackedRange(keyRange)
            self.value = value
        }
    }

    /// The entries in source order; entries taken in through merge keys come after the mapping's own.
    public private(set) var entries: [Entry] = []
    /// Positions by key, built only for mappings with more than `indexThreshold` entries: most
    /// mappings have a handful of keys, which a scan finds faster than a hash, and a table per
    /// mapping was a large part of a document's memory.
    private var index: [String: Int]?
    private static let indexThreshold = 16

    /// Creates an empty mapping.
    public init() {}

    /// The entry for a key, if the mapping has it.
    public func entry(forKey key: String) -> Entry? {
        position(of: key).map { entries[$0] }
    }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return entries.firstIndex { $0.key == key }
    }

    /// The position of a key, scanning from `hint` to the end and then from the start: a decoder
    /// mostly asks for keys in the order they are written, so starting at the last one found
    /// usually finds the next at once. Keys are unique, so the answer is that of `position(of:)`.
    func position(of key: String, from hint: Int) -> Int? {
        if let index { return index[key] }
        let start = min(max(hint, 0), entries.count)
        var position = start
        while position < entries.count {
            if entries[position].key == key { return position }
            position += 1
        }
        position = 0
        while position < start {
            if entries[position].key == key { return position }
            position += 1
        }
        return nil
    }

    /// The value for a key, if the mapping has it.
    public subscript(key: String) -> Node? {
        entry(forKey: key)?.value
    }

    /// The keys in source order.
    public var keys: [String] { entries.map(\.key) }

    /// Adds an entry whose key is not yet in the mapping; returns the existing entry instead when it is.
    @discardableResult
    mutating func insert(_ entry: Entry) -> Entry? {
        if let existing = position(of: entry.key) { return entries[existing] }
        append(entry)
        return nil
    }

    /// Adds an entry the caller has already checked is not in the mapping (the composer looks
    /// each key up once, to report duplicates, and need not look again).
    mutating func append(_ entry: Entry) {
        entries.append(entry)
        if index != nil {
            index?[entry.key] = entries.count - 1
        } else if entries.count > Self.indexThreshold {
            var built: [String: Int] = [:]
            built.reserveCapacity(entries.count * 2)
            for (position, entry) in entries.enumerated() { built[entry.key] = position }
            index = built
        }
    }

    /// A copy whose entries' storage is exactly their count: the composer builds mappings in
    /// storage that grows (and is reused), and the slack was a large part of a tree's memory.
    func exactCopy() -> Mapping {
        var copy = self
        copy.entries = entries.exactCopy()
        return copy
    }

    /// Removes every entry, keeping the storage for the next mapping built in it.
    mutating func removeAll(keepingCapacity: Bool) {
        entries.removeAll(keepingCapacity: keepingCapacity)
        index = nil
    }
}
