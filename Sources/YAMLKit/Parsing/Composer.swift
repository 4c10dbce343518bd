internal import CYAML

/// Builds the `Node` tree from libyaml events with an explicit stack (no recursion), resolving
/// aliases and merge keys and enforcing the limits as it goes.
struct Composer {
    private enum Kind {
        case sequence
        case mapping
    }

    /// An open sequence or mapping; its items are in `sequences` or `mappings`, innermost last,
    /// so that attaching a node appends in place instead of copying the collection out and back.
    /// Those two stacks keep their slots (and the slots their storage) after a collection
    /// closes, so that the next collection at that depth fills storage that has already grown;
    /// a closed collection is copied out at its exact size.
    private struct Frame {
        var kind: Kind
        var start: SourceLocation
        var anchor: String?
        var tag: String?
        var weight = 1
        var height = 1
    }

    private struct MappingBuilder {
        var mapping = Mapping()
        var pendingKey: (name: String, range: SourceRange, isMerge: Bool)?
        var merges: [Node] = []
        var mergeKeyRange: SourceRange?

        /// Empties the builder for the next mapping at its depth, keeping the entries' storage.
        mutating func reset() {
            mapping.removeAll(keepingCapacity: true)
            pendingKey = nil
            merges.removeAll()
            mergeKeyRange = nil
        }
    }

    static let mergeTag = "tag:yaml.org,2002:merge"

    let limits: YAMLLimits
    private(set) var root: Node?
    private var documents = 0
    private var stack: [Frame] = []
    private var sequences: [[Node]] = []
    private var openSequences = 0
    private var mappings: [MappingBuilder] = []
    private var openMappings = 0
    private var anchors: [String: Node] = [:]
    private var openAnchors: Set<String> = []
    private var expanded = 0

    init(limits: YAMLLimits) {
        self.limits = limits
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
            let node = Node(content: .scalar(event.scalar), range: event.range, tag: event.tag, weight: 1, height: 1)
            try define(event.anchor, as: node)
            try attach(node)
        case YAML_ALIAS_EVENT:
            try attach(try resolveAlias(event))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            if stack.count + 1 > limits.maxDepth {
                throw YAMLError(
                    "lists and mappings are nested more than \(limits.maxDepth) levels deep",
                    at: event.range, help: "a programme needs only a few levels; check for a runaway '[' or '{'")
            }
            if let anchor = event.anchor { openAnchors.insert(anchor) }
            let kind: Kind
            if event.type == YAML_SEQUENCE_START_EVENT {
                kind = .sequence
                if openSequences < sequences.count {
                    sequences[openSequences].removeAll(keepingCapacity: true)
                } else {
                    sequences.append([])
                }
                openSequences += 1
            } else {
                kind = .mapping
                if openMappings < mappings.count {
                    mappings[openMappings].reset()
                } else {
                    mappings.append(MappingBuilder())
                }
                openMappings += 1
            }
            stack.append(Frame(kind: kind, start: event.range.start, anchor: event.anchor, tag: event.tag))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            let range = SourceRange(start: frame.start, end: event.range.end)
            let content: Node.Content
            switch frame.kind {
            case .sequence:
                if openSequences > 0 {
                    openSequences -= 1
                    content = .sequence(sequences[openSequences].exactCopy())
                    sequences[openSequences].removeAll(keepingCapacity: true)
                } else {
                    content = .sequence([])
                }
            case .mapping:
                if openMappings > 0 {
                    openMappings -= 1
                    Self.applyMerges(&mappings[openMappings])
                    content = .mapping(mappings[openMappings].mapping.exactCopy())
                    mappings[openMappings].reset()
                } else {
                    content = .mapping(Mapping())
                }
            }
            let node = Node(content: content, range: range, tag: frame.tag, weight: frame.weight, height: frame.height)
            if let anchor = frame.anchor { openAnchors.remove(anchor) }
            try define(frame.anchor, as: node)
            try attach(node)
        default:
            break
        }
    }

    private mutating func define(_ anchor: String?, as node: Node) throws(YAMLError) {
        guard let anchor else { return }
        anchors[anchor] = node
    }

    private mutating func resolveAlias(_ event: Event) throws(YAMLError) -> Node {
        let name = event.anchor ?? ""
        guard var node = anchors[name] else {
            if openAnchors.contains(name) {
                throw YAMLError(
                    "alias '*\(name)' refers to the node that contains it", at: event.range,
                    help: "an alias cannot point into itself; copy the values instead")
            }
            throw YAMLError(
                "alias '*\(name)' refers to an anchor that is not defined before it", at: event.range,
                help: "define '&\(name)' on an earlier node; an anchor must come before its aliases")
        }
        expanded += node.weight
        if expanded > limits.maxAliasExpansion {
            throw YAMLError(
                "aliases expand to more than \(limits.maxAliasExpansion) nodes", at: event.range,
                help: "aliases that repeat aliases grow exponentially; reuse blocks without nesting them so deeply")
        }
        // `height` counts the scalar level too; the limit counts only lists and mappings.
        if stack.count + node.height - 1 > limits.maxDepth {
            throw YAMLError(
                "alias '*\(name)' nests lists and mappings more than \(limits.maxDepth) levels deep",
                at: event.range, help: "aliases that contain aliases add up; flatten the structure")
        }
        node.range = event.range
        return node
    }

    private mutating func attach(_ node: Node) throws(YAMLError) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        switch stack[top].kind {
        case .sequence:
            sequences[openSequences - 1].append(node)
        case .mapping:
            try Self.attach(node, to: &mappings[openMappings - 1])
        }
        stack[top].weight += node.weight
        stack[top].height = max(stack[top].height, node.height + 1)
    }

    /// A mapping takes nodes in turns: a key, then its value.
    private static func attach(_ node: Node, to builder: inout MappingBuilder) throws(YAMLError) {
        if let key = builder.pendingKey {
            builder.pendingKey = nil
            if key.isMerge {
                try checkMergeValue(node)
                builder.merges.append(node)
            } else {
                // `key(from:in:)` has already found the key absent when it was read.
                builder.mapping.append(Mapping.Entry(key: key.name, keyRange: key.range, value: node))
            }
        } else {
            builder.pendingKey = try key(from: node, in: builder)
            if builder.pendingKey?.isMerge == true { builder.mergeKeyRange = node.range }
        }
    }

    private static func key(
        from node: Node, in builder: MappingBuilder
    ) throws(YAMLError) -> (name: String, range: SourceRange, isMerge: Bool) {
        guard let scalar = node.scalar else {
            throw YAMLError(
                "a mapping key must be a single value, not a list or a mapping", at: node.range,
                help: "write keys as plain words such as 'sets:'")
        }
        let isMerge = scalar.style == .plain && scalar.value == "<<" && (node.tag == nil || node.tag == mergeTag)
        if isMerge, let first = builder.mergeKeyRange {
            throw duplicate("<<", at: node.range, first: first)
        }
        if !isMerge, let first = builder.mapping.entry(forKey: scalar.value) {
            throw duplicate(scalar.value, at: node.range, first: first.keyRange)
        }
        return (scalar.value, node.range, isMerge)
    }

    private static func duplicate(_ key: String, at range: SourceRange, first: SourceRange) -> YAMLError {
        YAMLError(Diagnostic(
            .error, "duplicate key '\(key)' in this mapping", at: range,
            help: "a key may appear once per mapping; remove one of them or merge their values",
            notes: [Diagnostic(.note, "'\(key)' is first defined here", at: first)]))
    }

    private static func checkMergeValue(_ node: Node) throws(YAMLError) {
        if node.mapping != nil { return }
        if let items = node.sequence, items.allSatisfy({ $0.mapping != nil }) { return }
        throw YAMLError(
            "a merge key '<<' takes a mapping or a list of mappings", at: node.range,
            help: "merge an anchored mapping, such as '<<: *base' or '<<: [*base, *extra]'")
    }

    /// Keys written in the mapping win over merged ones; earlier bases win over later ones.
    private static func applyMerges(_ builder: inout MappingBuilder) {
        for base in builder.merges {
            let mappings = base.mapping.map { [$0] } ?? (base.sequence ?? []).compactMap(\.mapping)
            for mapping in mappings {
                for entry in mapping.entries {
                    builder.mapping.insert(entry)
                }
            }
        }
    }
}
