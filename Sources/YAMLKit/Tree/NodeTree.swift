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

    func hasTag(_ id: UInt32) -> Bool { records[Int(id)].tag != 0 }

    /// The link index and count of a list's items or a mapping's entries (counted in entries).
    func children(_ id: UInt32) -> (start: Int, count: Int) {
        let record = records[Int(id)]
        return (Int(record.start), Int(record.count))
    }

    /// The node number of a list's item.
    func item(_ index: Int, of id: UInt32) -> UInt32 {
        links[Int(records[Int(id)].start) + index]
    }

    /// The key node and value node of a mapping's entry.
    func entry(_ index: Int, of id: UInt32) -> (key: UInt32, value: UInt32) {
        let base = Int(records[Int(id)].start) + 2 * index
        return (links[base], links[base + 1])
    }

    // MARK: Scalar text

    /// A scalar's text as a string.
    func string(_ id: UInt32) -> String {
        let record = records[Int(id)]
        guard record.count > 0 else { return "" }
        return text.withUnsafeBufferPointer { buffer in
            String(
                decoding: UnsafeBufferPointer(rebasing: buffer[Int(record.start)..<Int(record.start + record.count)]),
                as: UTF8.self)
        }
    }

    /// Calls `body` with a scalar's text as bytes.
    func withBytes<R>(_ id: UInt32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let record = records[Int(id)]
        return text.withUnsafeBufferPointer { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[Int(record.start)..<Int(record.start + record.count)]))
        }
    }

    /// Whether a scalar is a YAML 1.2 core-schema null: `~`, `null`, `Null`, `NULL` or nothing,
    /// unquoted, with no tag or the null tag. Only identical bytes are canonically equivalent to
    /// those ASCII words (no character decomposes to '~', 'n', 'u' or 'l'), so bytes are compared.
    func isNull(_ id: UInt32) -> Bool {
        let record = records[Int(id)]
        guard record.kind == .plain else { return false }
        if record.tag != 0, tags[Int(record.tag - 1)] != Self.nullTag { return false }
        switch record.count {
        case 0: return true
        case 1: return text[Int(record.start)] == UInt8(ascii: "~")
        case 4:
            return withBytes(id) { bytes in
                Self.nullWords.contains { $0.elementsEqual(bytes) }
            }
        default: return false
        }
    }

    static let nullTag = "tag:yaml.org,2002:null"
    private static let nullWords: [[UInt8]] = [Array("null".utf8), Array("Null".utf8), Array("NULL".utf8)]

    /// Whether a key node's text equals `key` as Swift compares strings (canonical equivalence).
    func keyEquals(_ id: UInt32, _ key: String) -> Bool {
        KeyText.with(key) { key in
            text.withUnsafeBufferPointer { text in self.key(id, equals: key, text: text) }
        }
    }

    /// Whether a key node's text equals `key`, with the storage's text already at hand.
    ///
    /// Equal bytes are equal strings, and two ASCII strings are equal only when their bytes are;
    /// only text with other characters is compared as strings.
    func key(_ id: UInt32, equals key: KeyText, text: UnsafeBufferPointer<UInt8>) -> Bool {
        let record = records[Int(id)]
        if Int(record.count) == key.bytes.count {
            if record.count == 0 { return true }
            if let base = text.baseAddress, let keyBase = key.bytes.baseAddress,
                memoryEquals(base + Int(record.start), keyBase, count: Int(record.count))
            {
                return true
            }
        }
        if record.isASCIIKey, key.isASCII { return false }
        return string(id) == key.string
    }

    /// The position of the entry whose key equals `key` in mapping `id`, skipping `hidden`
    /// entries, scanning from `hint` to the end and then from the start. Keys are unique, so the
    /// answer does not depend on `hint`.
    func position(of key: String, inMapping id: UInt32, hidden: HiddenEntries?, from hint: Int) -> Int? {
        let (start, count) = children(id)
        let first = min(max(hint, 0), count)
        return KeyText.with(key) { key in
            text.withUnsafeBufferPointer { text in
                for step in 0..<count {
                    let position = first + step < count ? first + step : first + step - count
                    if self.key(links[start + 2 * position], equals: key, text: text),
                        hidden?.contains(position) != true
                    {
                        return position
                    }
                }
                return nil
            }
        }
    }

    /// Whether two key nodes' texts are equal strings; see `key(_:equals:text:)`.
    func keysEqual(_ left: UInt32, _ right: UInt32) -> Bool {
        let leftRecord = records[Int(left)]
        let rightRecord = records[Int(right)]
        let bothASCII = leftRecord.isASCIIKey && rightRecord.isASCIIKey
        if leftRecord.count != rightRecord.count, bothASCII { return false }
        let same = text.withUnsafeBufferPointer { text in
            guard leftRecord.count == rightRecord.count else { return false }
            guard leftRecord.count > 0, let base = text.baseAddress else { return true }
            return memoryEquals(base + Int(leftRecord.start), base + Int(rightRecord.start), count: Int(leftRecord.count))
        }
        if same { return true }
        if bothASCII { return false }
        return string(left) == string(right)
    }

    /// Whether every byte is ASCII, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        while offset + 8 <= count {
            if raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            offset += 8
        }
        while offset < count {
            if base[offset] >= 0x80 { return false }
            offset += 1
        }
        return true
    }
}

/// Compares `count` bytes at two addresses, eight at a time.
private func memoryEquals(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, count: Int) -> Bool {
    var offset = 0
    let leftRaw = UnsafeRawPointer(left)
    let rightRaw = UnsafeRawPointer(right)
    while offset + 8 <= count {
        if leftRaw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            != rightRaw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        {
            return false
        }
        offset += 8
    }
    while offset < count {
        if left[offset] != right[offset] { return false }
        offset += 1
    }
    return true
}

/// A key to look for, as a string and as its UTF-8 bytes, with whether they are all ASCII.
struct KeyText {
    let string: String
    let bytes: UnsafeBufferPointer<UInt8>
    let isASCII: Bool

    /// Calls `body` with `key`'s bytes, which are valid only inside it.
    static func with<R>(_ key: String, _ body: (KeyText) -> R) -> R {
        var contiguous = key
        return contiguous.withUTF8 { bytes in
            body(KeyText(string: key, bytes: bytes, isASCII: NodeStorage.isASCII(bytes)))
        }
    }
}

/// One node of a `NodeTree`: 36 bytes.
struct NodeRecord: Sendable {
    /// What a node is; scalars by the style they were written in.
    enum Kind: UInt8, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded, sequence, mapping
    }

    /// Where the node stands (for an alias, where the alias stands).
    var range: PackedRange
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
    /// Set on a node used as a mapping key whose text is all ASCII, so that key comparisons can
    /// settle unequal bytes without making strings.
    var isASCIIKey: Bool
}
