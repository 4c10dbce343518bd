/// A decoder's coding path as a chain of links to its parent's, so that a child decoder adds one
/// key instead of copying the whole path: the array is built only when something asks for it,
/// which is mostly when a diagnostic is written.
struct CodingPathChain {
    /// One key added to a parent path.
    private final class Link {
        let parent: Link?
        let key: any CodingKey

        init(parent: Link?, key: any CodingKey) {
            self.parent = parent
            self.key = key
        }
    }

    /// The innermost key; nil for the empty path.
    private let last: Link?

    private init(last: Link?) {
        self.last = last
    }

    /// A path that starts at `base`.
    init(_ base: [any CodingKey]) {
        self = base.reduce(CodingPathChain(last: nil)) { $0.appending($1) }
    }

    /// This path with `key` appended.
    func appending(_ key: any CodingKey) -> CodingPathChain {
        CodingPathChain(last: Link(parent: last, key: key))
    }

    /// The path as the array `Decoder.codingPath` returns.
    var keys: [any CodingKey] {
        var keys: [any CodingKey] = []
        var link = last
        while let current = link {
            keys.append(current.key)
            link = current.parent
        }
        return keys.reversed()
    }
}
