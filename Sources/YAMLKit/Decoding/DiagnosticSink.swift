/// Marks an error that has already been recorded as a diagnostic.
struct AlreadyReported: Error {}

/// Collects the diagnostics of one decoding run.
final class DiagnosticSink {
    let root: Node
    /// The tree of `root`, which every decoder of the run reads.
    let tree: NodeTree
    /// The coding path of `root` within its document.
    let basePath: [any CodingKey]
    private(set) var diagnostics: [Diagnostic] = []
    private var seen: Set<Diagnostic> = []
    /// Whether every problem recorded is an unknown key: a key the type does not read, which
    /// leaves the value it decoded whole (see `NodeDecoder.decodeSkippingUnknownKeys`).
    private(set) var onlyUnknownKeys = true
    /// The paths of keys that an unknown key is probably a misspelling of (`sessions[1].blocks`
    /// for `blockz`): their "missing key" errors are left out, as the unknown key's error says
    /// it already ("did you mean 'blocks'?"), so one slip gives one error.
    var misspelledKeyPaths: Set<String> = []
    /// Per-type facts the decoder needs for every value, found once per run: a cast to an
    /// existential with associated types (`any CaseIterable & …`) makes the runtime demangle the
    /// type on every call, which cost more than the rest of decoding together.
    /// Kept as short lists searched in order rather than dictionaries: a run meets a few dozen
    /// types, and comparing identifiers costs less than hashing one for every value decoded.
    private var keysByType: [(type: ObjectIdentifier, known: KnownKeys?)] = []
    /// Where the last type asked about stands in `keysByType`: a list's items ask for the same
    /// type one after another, so it is compared first.
    private var lastKeysIndex = 0

    /// The key names of a `CaseIterable` coding-key type, in declaration order.
    struct KnownKeys {
        var names: [String]

        /// Whether `key` is one of `names`, comparing from `next` on and wrapping round: keys are
        /// mostly written in the order they are declared, so the scan usually ends at its first
        /// comparison, where a set hashed every key of every mapping. `next` moves past the match.
        /// (String equality is a set's, so the answer is the same.)
        func lists(_ key: String, from next: inout Int) -> Bool {
            let count = names.count
            var index = next
            for _ in 0..<count {
                if index >= count { index = 0 }
                if names[index] == key {
                    next = index + 1
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// The help of a problem a type reported without one of its own.
    let genericHelp: String

    init(root: Node, basePath: [any CodingKey] = [], genericHelp: String = NodeDecoder.programmeHelp) {
        self.root = root
        tree = root.tree
        self.basePath = basePath
        self.genericHelp = genericHelp
    }

    /// Node `id` of the run's tree; the root as given (a view of a mapping may leave entries out).
    func node(_ id: UInt32) -> Node {
        id == root.id ? root : Node(tree: tree, id: id)
    }

    /// The keys of a `CaseIterable` coding-key type, or nil when `type` is not one.
    func knownKeys<Key: CodingKey>(of type: Key.Type) -> KnownKeys? {
        cachedKeys(of: type) { (type as? any (CodingKey & CaseIterable).Type).map { Self.keyNames(of: $0) } }
    }

    /// The keys of a coding-key type known statically to list its cases: no runtime cast.
    func knownKeys<Key: CodingKey & CaseIterable>(listing type: Key.Type) -> KnownKeys? {
        cachedKeys(of: type) { Self.keyNames(of: type) }
    }

    /// A closure rather than the key path `\.stringValue`: in this generic function the key path
    /// was instantiated anew for each key type (0.5 M instructions for a course plan's 25 types).
    private static func keyNames<K: CodingKey & CaseIterable>(of type: K.Type) -> [String] {
        type.allCases.map { $0.stringValue }
    }

    /// The key names `find` gives for `type`, found once per run.
    private func cachedKeys(of type: any CodingKey.Type, _ find: () -> [String]?) -> KnownKeys? {
        let id = ObjectIdentifier(type)
        if lastKeysIndex < keysByType.count, keysByType[lastKeysIndex].type == id {
            return keysByType[lastKeysIndex].known
        }
        if let index = keysByType.firstIndex(where: { $0.type == id }) {
            lastKeysIndex = index
            return keysByType[index].known
        }
        let known = find().map { KnownKeys(names: $0) }
        lastKeysIndex = keysByType.count
        keysByType.append((id, known))
        return known
    }

    func record(_ diagnostic: Diagnostic) {
        onlyUnknownKeys = false
        recordUnknownKey(diagnostic)
    }

    /// Records the problem of a key the type being decoded does not read.
    func recordUnknownKey(_ diagnostic: Diagnostic) {
        if seen.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }

    /// The run's diagnostics in source order, without a "missing key" whose key is written
    /// misspelt (see `misspelledKeyPaths`).
    func finished() -> [Diagnostic] {
        diagnostics.filter { !($0.message.hasPrefix("missing key '") && misspelledKeyPaths.contains($0.path)) }
            .inSourceOrder()
    }

    /// Records any error thrown while decoding the value at `codingPath`.
    func record(_ error: any Error, codingPath: [any CodingKey], node: Node) {
        switch error {
        case is AlreadyReported:
            return
        case let error as YAMLError:
            error.diagnostics.forEach(record)
        case let error as DecodingError:
            record(diagnostic(for: error, fallback: node))
        default:
            record(Diagnostic(
                .error, String(describing: error), at: node.range, path: CodingPathFormatter.string(codingPath),
                help: genericHelp))
        }
    }

    /// Maps a `DecodingError` thrown by a type's own `init(from:)` back to the node it is about.
    private func diagnostic(for error: DecodingError, fallback: Node) -> Diagnostic {
        let context: DecodingError.Context
        var message: String
        switch error {
        case .keyNotFound(let key, let ctx):
            context = ctx
            message = "missing key '\(key.stringValue)'"
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx), .dataCorrupted(let ctx):
            context = ctx
            message = ctx.debugDescription
        @unknown default:
            return Diagnostic(.error, String(describing: error), at: fallback.range, help: genericHelp)
        }
        if message.isEmpty { message = "invalid value" }
        message = Self.houseStyle(message)
        let node = self.node(at: context.codingPath)
        let help: String
        if case .keyNotFound(let key, _) = error { help = "add '\(key.stringValue): …'" } else { help = genericHelp }
        return Diagnostic(
            .error, message, at: node.range, path: CodingPathFormatter.string(context.codingPath), help: help)
    }

    /// Standard-library messages ("Expected Int key but found String key instead.") in the house
    /// style of the others: lowercase start, no trailing period.
    static func houseStyle(_ message: String) -> String {
        var message = Substring(message)
        if message.hasSuffix("."), !message.hasSuffix("..") { message = message.dropLast() }
        let start = message.prefix(2)
        if let first = start.first, first.isUppercase, start.dropFirst().allSatisfy(\.isLowercase) {
            return first.lowercased() + message.dropFirst()
        }
        return String(message)
    }

    /// The node a coding path leads to from the root, or the deepest one it reaches.
    func node(at path: [any CodingKey]) -> Node {
        var current = root
        for key in path.dropFirst(min(basePath.count, path.count)) {
            if let index = key.intValue, current.tree.storage.kind(current.id) == .sequence {
                // The item is read from the links: a long list is not made into an array per step.
                let (start, count) = current.tree.storage.children(current.id)
                guard (0..<count).contains(index) else { return current }
                current = Node(tree: current.tree, id: current.tree.storage.links[start + index])
            } else if let mapping = current.mapping, let child = mapping[key.stringValue] {
                current = child
            } else {
                return current
            }
        }
        return current
    }
}
