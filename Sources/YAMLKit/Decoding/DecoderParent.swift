/// A list's or mapping's side of its children's coding paths: its own path, and each child's key,
/// made only when a child's path is asked for (which is mostly for a diagnostic).
///
/// A decoder keeps its parent and its place in it, not a key of its own, so that it stays three
/// words long (see `NodeDecoderImpl`).
class DecoderParent {
    /// The place of a decoder that has no key of its own: the root of a run.
    static let noPlace = UInt32.max

    /// The coding path of the list or mapping itself.
    let path: CodingPathChain

    init(path: CodingPathChain) {
        self.path = path
    }

    /// The key of the child at `place`: for a list, the item's position.
    func key(at place: UInt32) -> any CodingKey {
        AnyCodingKey(Int(place))
    }
}
