public import YAMLKit

/// An exercise's id and the exercises it names (`easier`, `harder`, `needs-step`), with where each
/// is written and the exercise's place in its list: read from a decoded exercise, or from the node
/// of one that did not decode, so that the ids of every exercise of a programme's own are checked
/// in one run.
public struct ExerciseLinks: Sendable {
    /// The exercise's index in its file's `exercises` list.
    public var position: Int
    /// The exercise's id.
    public var id: Located<String>
    /// The easier variants it names.
    public var easier: [Located<String>]
    /// The harder variants it names.
    public var harder: [Located<String>]
    /// The push-up step it needs, if it names one.
    public var needsStep: Located<String>?

    /// The links of a decoded exercise, the `position`-th of its list.
    public init(_ exercise: Exercise, position: Int) {
        self.position = position
        id = Located(exercise.id, at: exercise.idRange)
        easier = exercise.easier
        harder = exercise.harder
        needsStep = exercise.needsStep
    }

    /// The links written in an exercise's node, the `position`-th of its list, as far as they
    /// read: the ids that are plain text (a list's other items, and keys of the wrong shape, are
    /// the decoder's to report). Nil when the node has no id.
    public init?(node: Node, position: Int) {
        guard let mapping = node.mapping, let idNode = mapping["id"], let text = Self.text(of: idNode) else { return nil }
        self.position = position
        id = Located(text, at: idNode.range)
        func ids(_ key: String) -> [Located<String>] {
            (mapping[key]?.sequence ?? []).compactMap { item in Self.text(of: item).map { Located($0, at: item.range) } }
        }
        easier = ids("easier")
        harder = ids("harder")
        needsStep = mapping["needs-step"].flatMap { node in Self.text(of: node).map { Located($0, at: node.range) } }
    }

    /// A scalar's text, nil for a null or anything but a scalar.
    private static func text(of node: Node) -> String? {
        guard let scalar = node.scalar, !node.isNull else { return nil }
        return scalar.value
    }
}
