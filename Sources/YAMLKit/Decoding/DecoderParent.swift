/// A list's or mapping's side of its children's coding paths: its own path, and each child's key,
/// made only when a child's path is asked for (which is mostly for a diagnostic).
///
/// A decoder keeps its parent and its place in it, not a key of its own, so that it stays three
/// words long (see `NodeDecoderImpl`). A list or mapping keeps its decoder's parent and place in
/// the same way, and links its own path only when it is first asked for: opening a container
/// made a link (an allocation) whose path almost no value ever reads.
class DecoderParent {
    /// The place of a decoder that has no key of its own: the root of a run.
    static let noPlace = UInt32.max

    /// The container that the list or mapping is a child of, and its place there; nil for the
    /// holder of a run's base path.
    private let owner: DecoderParent?
    private let ownerPlace: UInt32
    /// The path, once made (from the start for the holder of a base path).
    private var cachedPath: CodingPathChain?

    /// The holder of a run's base path: the parent of the root's decoder.
    init(path: CodingPathChain) {
        owner = nil
        ownerPlace = Self.noPlace
        cachedPath = path
    }

    /// The side of the list or mapping of the node whose decoder has `parent` and `place`.
    init(owner parent: DecoderParent, place: UInt32) {
        owner = parent
        ownerPlace = place
    }

    /// The coding path of the list or mapping itself: its owner's, with its own key when it has one.
    final var path: CodingPathChain {
        if let cachedPath { return cachedPath }
        guard let owner else { return CodingPathChain([]) }  // not reached: a holder has its path
        let path = ownerPlace == Self.noPlace ? owner.path : owner.path.appending(owner.key(at: ownerPlace))
        cachedPath = path
        return path
    }

    /// The key of the child at `place`: for a list, the item's position.
    func key(at place: UInt32) -> any CodingKey {
        AnyCodingKey(Int(place))
    }
}
