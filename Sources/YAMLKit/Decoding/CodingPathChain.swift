/// A decoder's coding path as a chain of links to its parent's, so that a child decoder adds one
/// key instead of copying the whole path: the array is built only when something asks for it,
/// which is mostly when a diagnostic is written.
struct CodingPathChain {
    /// One key added to a parent path.
    private final class Link {
        let parent: CodingPathChain
        let key: any CodingKey

        init(parent: CodingPathChain, key: any CodingKey) {
            self.parent = parent
            self.key = key
        }
    }

    /// The path the decoding run started at (empty unless a caller decodes a subtree).
    private let base: [any CodingKey]
    /// The keys added since, innermost last; nil at the start.
    private let last: Link?
    /// How many keys `last` and its ancestors add to `base`.
    private let added: Int

    /// A path that starts at `base`.
    init(_ base: [any CodingKey]) {
        self.base = base
        self.last = nil
        self.added = 0
    }

    private init(base: [any CodingKey], last: Link, added: Int) {
        self.base = base
        self.last = last
        self.added = added
    }

    /// This path with `key` appended.
    func appending(_ key: any CodingKey) -> CodingPathChain {
        CodingPathChain(base: base, last: Link(parent: self, key: key), added: added + 1)
    }

    /// The path as the array `Decoder.codingPath` returns.
    var keys: [any CodingKey] {
        guard added > 0 else { return base }
        var tail: [any CodingKey] = []
        tail.reserveCapacity(added)
        var link = last
        while let current = link {
            tail.append(current.key)
            link = current.parent.last
        }
        var keys = base
        keys.reserveCapacity(base.count + added)
        keys.append(contentsOf: tail.reversed())
        return keys
    }
}
