internal import CYAML

/// Builds a document's `NodeStorage` from libyaml events with an explicit stack (no recursion),
/// resolving aliases and merge keys and enforcing the limits as it goes.
///
/// The children of every open list and mapping wait on one shared stack (`pending`), innermost
/// last, and the keys of every open mapping, as strings, on another (`pendingKeys`); when a
/// collection closes, its children move to the storage's links in one copy and its record is
/// written. Nothing is allocated per node, except the string of a key longer than 15 bytes.
struct Composer {
    /// An open list or mapping.
    private struct Frame {
        var isMapping: Bool
        var start: SourceLocation
        var anchor: String?
        var tag: UInt32
        /// Where this collection's children start in `pending`, and a mapping's keys in `pendingKeys`.
        var base: Int
        var keyBase: Int
        var weight = 1
        var height = 1
        /// A mapping's key that waits for its value, and its text.
        var pendingKey: UInt32?
        var pendingKeyText = ""
        var pendingKeyIsMerge = false
        /// Whether the waiting key repeats one of the mapping's (with `recoverDuplicateKeys`): its
        /// value is left out.
        var pendingKeyIsDuplicate = false
        /// The values of this mapping's merge key (`<<`), applied when it closes.
        var merges: [UInt32] = []
        var mergeKeyRange: SourceRange?
        /// Entry positions by key, built once a mapping has more than `indexThreshold` entries: a
        /// scan finds a key among a few faster than a hash, but a long mapping needs the table to
        /// check each new key for a duplicate.
        var index: [String: Int]?
    }

    private static let indexThreshold = 16

    let limits: YAMLLimits
    /// Whether a duplicate key is recorded in `recovered` (its value left out, the first kept)
    /// rather than thrown, so that the rest of the file is still read and checked.
    var recoverDuplicateKeys = false
    /// The duplicate keys found with `recoverDuplicateKeys`.
    private(set) var recovered: [Diagnostic] = []
    private(set) var storage = NodeStorage()
    private(set) var root: UInt32?
    private var documents = 0
    private var stack: [Frame] = []
    private var pending: [UInt32] = []
    /// The text of each entry's key in the open mappings, made once for the duplicate check.
    private var pendingKeys: [String] = []
    private var anchors: [String: UInt32] = [:]
    private var openAnchors: Set<String> = []
    private var tagNumbers: [String: UInt32] = [:]
    private var expanded = 0

    /// - Parameter inputBytes: the size of the input, to size the storage up front.
    init(limits: YAMLLimits, inputBytes: Int = 0) {
        self.limits = limits
        // A scalar's text is never longer than its source, so the text fits the input's size.
        // Capacity that is never written is never touched, so large reservations cost address
        // space, not memory.
        // A node takes at least two bytes of source, and a journal's `pain: 1` lines come close: a
        // sixteenth of the input was grown twice for one, each time copying every record.
        storage.text.reserveCapacity(inputBytes)
        storage.records.reserveCapacity(inputBytes / 3)
        storage.links.reserveCapacity(inputBytes / 3)
    }

    mutating func handle(_ event: Event) throws(YAMLError) {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw YAMLError(
                    "a second YAML document starts here, but a file holds only one",
                    at: event.range,
                    help: "remove the '---' line and what follows it, or move that document to a file of its own")
            }
        case YAML_SCALAR_EVENT:
            let bytes = event.scalarBytes
            let start = try number(storage.text.count + bytes.count, at: event) - UInt32(bytes.count)
            storage.text.append(contentsOf: bytes)
            let id = try add(NodeRecord(
                range: event.range, start: start, count: UInt32(bytes.count), weight: 1,
                tag: tagNumber(event.tag), height: 1, kind: event.scalarKind), at: event)
            if let anchor = event.anchor { anchors[anchor] = id }
            try attach(id)
        case YAML_ALIAS_EVENT:
            try attach(try resolveAlias(event))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            if stack.count + 1 > limits.maxDepth {
                throw YAMLError(
                    "lists and mappings are nested more than \(limits.maxDepth) levels deep",
                    at: event.range, help: "a programme needs only a few levels; check for a runaway '[' or '{'")
            }
            if let anchor = event.anchor { openAnchors.insert(anchor) }
            stack.append(Frame(
                isMapping: event.type == YAML_MAPPING_START_EVENT, start: event.range.start, anchor: event.anchor,
                tag: tagNumber(event.tag), base: pending.count, keyBase: pendingKeys.count))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let top = stack.indices.last else { return }
            if stack[top].isMapping, !stack[top].merges.isEmpty { applyMerges(frame: top) }
            let frame = stack.removeLast()
            let width = frame.isMapping ? 2 : 1
            let first = try number(storage.links.count + pending.count - frame.base, at: event)
                - UInt32(pending.count - frame.base)
            storage.links.append(contentsOf: pending[frame.base...])
            let count = (pending.count - frame.base) / width
            pending.removeSubrange(frame.base...)
            pendingKeys.removeSubrange(frame.keyBase...)
            let id = try add(NodeRecord(
                range: SourceRange(start: frame.start, end: event.range.end), start: first,
                count: UInt32(count), weight: UInt32(clamping: frame.weight), tag: frame.tag,
                height: UInt16(clamping: frame.height), kind: frame.isMapping ? .mapping : .sequence), at: event)
            if let anchor = frame.anchor {
                openAnchors.remove(anchor)
                anchors[anchor] = id
            }
            try attach(id)
        default:
            break
        }
    }

    // MARK: Storage

    private mutating func add(_ record: NodeRecord, at event: Event) throws(YAMLError) -> UInt32 {
        let id = try number(storage.records.count, at: event)
        storage.records.append(record)
        return id
    }

    /// A count or offset as stored: 32 bits, which inputs within the size limits never exceed.
    private func number(_ value: Int, at event: Event) throws(YAMLError) -> UInt32 {
        guard let number = UInt32(exactly: value) else {
            throw YAMLError(
                "the document has more nodes or text than YAMLKit can hold", at: event.range,
                help: "split the file; a programme is a few kilobytes")
        }
        return number
    }

    private mutating func tagNumber(_ tag: String?) -> UInt32 {
        guard let tag else { return 0 }
        if let number = tagNumbers[tag] { return number }
        storage.tags.append(tag)
        let number = UInt32(clamping: storage.tags.count)
        tagNumbers[tag] = number
        return number
    }

    // MARK: Anchors and aliases

    /// An alias is a record of its own that shares its anchor's contents and stands where the
    /// alias is written.
    private mutating func resolveAlias(_ event: Event) throws(YAMLError) -> UInt32 {
        let name = event.anchor ?? ""
        guard let target = anchors[name] else {
            if openAnchors.contains(name) {
                throw YAMLError(
                    "alias '*\(name)' refers to the node that contains it", at: event.range,
                    help: "an alias cannot point into itself; copy the values instead")
            }
            throw YAMLError(
                "alias '*\(name)' refers to an anchor that is not defined before it", at: event.range,
                help: "define '&\(name)' on an earlier node; an anchor must come before its aliases")
        }
        var record = storage.records[Int(target)]
        expanded += Int(record.weight)
        if expanded > limits.maxAliasExpansion {
            throw YAMLError(
                "aliases expand to more than \(limits.maxAliasExpansion) nodes", at: event.range,
                help: "aliases that repeat aliases grow exponentially; reuse blocks without nesting them so deeply")
        }
        // `height` counts the scalar level too; the limit counts only lists and mappings.
        if stack.count + Int(record.height) - 1 > limits.maxDepth {
            throw YAMLError(
                "alias '*\(name)' nests lists and mappings more than \(limits.maxDepth) levels deep",
                at: event.range, help: "aliases that contain aliases add up; flatten the structure")
        }
        record.range = event.range
        return try add(record, at: event)
    }

    // MARK: Attaching

    private mutating func attach(_ id: UInt32) throws(YAMLError) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = id
            return
        }
        if stack[top].isMapping {
            try attachToMapping(id, frame: top)
        } else {
            pending.append(id)
        }
        let record = storage.records[Int(id)]
        stack[top].weight += Int(record.weight)
        stack[top].height = max(stack[top].height, Int(record.height) + 1)
    }

    /// A mapping takes nodes in turns: a key, then its value.
    private mutating func attachToMapping(_ id: UInt32, frame top: Int) throws(YAMLError) {
        if let key = stack[top].pendingKey {
            stack[top].pendingKey = nil
            if stack[top].pendingKeyIsDuplicate {
                stack[top].pendingKeyIsDuplicate = false
                return
            }
            if stack[top].pendingKeyIsMerge {
                try checkMergeValue(id)
                stack[top].merges.append(id)
            } else {
                // The key was found absent when it was read.
                appendEntry(key: key, text: stack[top].pendingKeyText, value: id, frame: top)
            }
            return
        }
        let record = storage.records[Int(id)]
        guard record.kind.scalarStyle != nil else {
            throw YAMLError(
                "a mapping key must be a single value, not a list or a mapping", at: record.range,
                help: "write keys as plain words such as 'sets:'")
        }
        let text = storage.string(id)
        let isMerge = record.kind == .scalar(.plain) && text == "<<" && storage.hasNoTag(id, or: ["merge"])
        if isMerge, let first = stack[top].mergeKeyRange {
            throw duplicate("<<", at: record.range, first: first)
        }
        if !isMerge, let first = existingKey(text, frame: top) {
            let error = duplicate(text, at: record.range, first: storage.records[Int(first)].range)
            guard recoverDuplicateKeys else { throw error }
            recovered += error.diagnostics
            stack[top].pendingKey = id
            stack[top].pendingKeyText = text
            stack[top].pendingKeyIsMerge = false
            stack[top].pendingKeyIsDuplicate = true
            return
        }
        if isMerge { stack[top].mergeKeyRange = record.range }
        stack[top].pendingKey = id
        stack[top].pendingKeyText = text
        stack[top].pendingKeyIsMerge = isMerge
    }

    /// Appends an entry to an open mapping, keeping its table of keys (if it has one, or now
    /// needs one).
    private mutating func appendEntry(key: UInt32, text: String, value: UInt32, frame top: Int) {
        pending.append(key)
        pending.append(value)
        pendingKeys.append(text)
        let keyBase = stack[top].keyBase
        let entries = pendingKeys.count - keyBase
        if stack[top].index != nil {
            stack[top].index?[text] = entries - 1
        } else if entries > Self.indexThreshold {
            var built: [String: Int] = [:]
            built.reserveCapacity(entries * 2)
            for position in 0..<entries { built[pendingKeys[keyBase + position]] = position }
            stack[top].index = built
        }
    }

    /// The key node already in an open mapping whose text equals `key`, if there is one.
    private func existingKey(_ key: String, frame top: Int) -> UInt32? {
        let frame = stack[top]
        let position: Int?
        if let index = frame.index {
            position = index[key]
        } else {
            position = pendingKeys[frame.keyBase...].firstIndex(of: key).map { $0 - frame.keyBase }
        }
        return position.map { pending[frame.base + 2 * $0] }
    }

    private func duplicate(_ key: String, at range: SourceRange, first: SourceRange) -> YAMLError {
        YAMLError(Diagnostic(
            .error, "duplicate key '\(key)' in this mapping", at: range,
            path: CodingPathFormatter.string(openPath() + [AnyCodingKey(stringValue: key)]),
            help: "a key may appear once per mapping; remove one of them or merge their values",
            notes: [Diagnostic(.note, "'\(key)' is first defined here", at: first)]))
    }

    /// The path to the innermost open collection (`sessions[0].blocks[1]`), as the decoder's
    /// diagnostics give it: each open mapping's key that waits for its value, and each open list's
    /// count of items so far.
    private func openPath() -> [AnyCodingKey] {
        var path: [AnyCodingKey] = []
        for (depth, frame) in stack.enumerated().dropLast() {
            if frame.isMapping {
                // A collection written as a key (refused once it closes) has no path of its own.
                guard frame.pendingKey != nil else { break }
                path.append(AnyCodingKey(stringValue: frame.pendingKeyText))
            } else {
                path.append(AnyCodingKey(intValue: stack[depth + 1].base - frame.base))
            }
        }
        return path
    }

    private func checkMergeValue(_ id: UInt32) throws(YAMLError) {
        switch storage.kind(id) {
        case .mapping:
            return
        case .sequence:
            let (start, count) = storage.children(id)
            if storage.links[start..<start + count].allSatisfy({ storage.kind($0) == .mapping }) { return }
        default:
            break
        }
        throw YAMLError(
            "a merge key '<<' takes a mapping or a list of mappings", at: storage.records[Int(id)].range,
            help: "merge an anchored mapping, such as '<<: *base' or '<<: [*base, *extra]'")
    }

    /// Keys written in the mapping win over merged ones; earlier bases win over later ones.
    private mutating func applyMerges(frame top: Int) {
        for base in stack[top].merges {
            var bases: [UInt32] = []
            if storage.kind(base) == .mapping {
                bases = [base]
            } else {
                let (start, count) = storage.children(base)
                bases = storage.links[start..<start + count].filter { storage.kind($0) == .mapping }
            }
            for mapping in bases {
                let (start, count) = storage.children(mapping)
                for position in 0..<count {
                    let key = storage.links[start + 2 * position]
                    let text = storage.string(key)
                    if existingKey(text, frame: top) == nil {
                        appendEntry(key: key, text: text, value: storage.links[start + 2 * position + 1], frame: top)
                    }
                }
            }
        }
    }
}
