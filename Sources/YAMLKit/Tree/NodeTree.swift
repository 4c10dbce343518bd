/// A document's nodes, stored flat: one record per node, the children of every list and mapping
/// in one array of node numbers, and the text of every scalar in one byte buffer.
///
/// A `Node` is a reference to this storage and a node number, so building the tree allocates a
/// handful of arrays however many nodes there are, copying a node costs one retain, and text is
/// turned into a `String` only when something reads it. (A tree of values, with an array per
/// list and mapping and a `String` per scalar, spent most of a large document's load time in
/// malloc, free, retain and release, and took four times the input's size in memory.)
///
/// The storage is immutable once built, so it is safe to share between threads.
final class NodeTree: Sendable {
    let storage: NodeStorage

    init(_ storage: NodeStorage) {
        self.storage = storage
    }
}

/// The arrays behind a `NodeTree`; the composer fills one as it reads events.
struct NodeStorage: Sendable {
    /// One record per node, numbered from 0; an alias has a record of its own that shares its
    /// anchor's text or children and differs only in where it stands.
    var records: [NodeRecord] = []
    /// Children, by node number: a list's items in order; a mapping's entries as key, value pairs.
    var links: [UInt32] = []
    /// Every scalar's text (after quotes, escapes and folding), back to back.
    var text: [UInt8] = []
    /// Explicit tags in full form; a record's `tag` is an index into it plus one (0: no tag).
    var tags: [String] = []

    // MARK: Reading records

    func kind(_ id: UInt32) -> NodeRecord.Kind { records[Int(id)].kind }

    func tag(_ id: UInt32) -> String? {
        let tag = records[Int(id)].tag
        return tag == 0 ? nil : tags[Int(tag - 1)]
    }

    /// Whether a node has no explicit tag, or the core schema's tag for one of `names` (`"int"`
    /// for `tag:yaml.org,2002:int`).
    func hasNoTag(_ id: UInt32, or names: [String]) -> Bool {
        guard let tag = tag(id) else { return true }
        return names.contains { tag == "tag:yaml.org,2002:" + $0 }
    }

    /// The link index and count of a list's items or a mapping's entries (counted in entries).
    func children(_ id: UInt32) -> (start: Int, count: Int) {
        let record = records[Int(id)]
        return (Int(record.start), Int(record.count))
    }

    /// The key node and value node of a mapping's entry.
    func entry(_ index: Int, of id: UInt32) -> (key: UInt32, value: UInt32) {
        let base = Int(records[Int(id)].start) + 2 * index
        return (links[base], links[base + 1])
    }

    // MARK: Scalar text

    /// A scalar's text as a string: the one place a scalar's bytes become a `String`.
    func string(_ id: UInt32) -> String {
        let record = records[Int(id)]
        return String(decoding: text[Int(record.start)..<Int(record.start + record.count)], as: UTF8.self)
    }

    /// Whether a scalar is a YAML 1.2 core-schema null: `~`, `null`, `Null`, `NULL` or nothing,
    /// unquoted, with no tag or the null tag.
    func isNull(_ id: UInt32) -> Bool {
        let record = records[Int(id)]
        // Only identical bytes are canonically equivalent to these ASCII words (no character
        // decomposes to '~', 'n', 'u' or 'l'), so the length rules most scalars out, before the
        // tag is looked at.
        guard record.kind == .scalar(.plain), record.count == 0 || record.count == 1 || record.count == 4,
            hasNoTag(id, or: ["null"])
        else { return false }
        switch record.count {
        case 0: return true
        case 1: return string(id) == "~"
        case 4:
            let word = string(id)
            return word == "null" || word == "Null" || word == "NULL"
        default: return false
        }
    }
}

/// One node of a `NodeTree`.
struct NodeRecord: Sendable {
    /// What a node is; scalars with the style they were written in.
    enum Kind: Equatable, Sendable {
        case scalar(Scalar.Style), sequence, mapping

        /// A scalar's style; nil for a list or a mapping.
        var scalarStyle: Scalar.Style? {
            if case .scalar(let style) = self { return style }
            return nil
        }
    }

    /// Where the node stands (for an alias, where the alias stands).
    var range: SourceRange
    /// A scalar's first byte in `text`; a list's or mapping's first link in `links`.
    var start: UInt32
    /// A scalar's length in bytes; a list's items; a mapping's entries.
    var count: UInt32
    /// The number of nodes in the subtree, counting what aliases expand to (clamped to 32 bits).
    var weight: UInt32
    /// The explicit tag's index in `tags` plus one; 0 for none.
    var tag: UInt32
    /// The depth of the subtree: 1 for a scalar (clamped to 16 bits).
    var height: UInt16
    var kind: Kind
}
