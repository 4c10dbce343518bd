public import YAMLKit

/// The exercises a plan may use, by id: the built-in catalog plus a programme's own additions.
public struct ExerciseCatalog: Sendable {
    /// The exercises in the order they were added.
    public private(set) var exercises: [Exercise] = []
    /// Each id's place in `exercises`. Visible to inlined code, so that a plugin reading one field
    /// of an exercise (`catalog.exercise(id)?.needsStep`) reads it in place rather than copying the
    /// whole exercise out of the catalog.
    @usableFromInline private(set) var index: [String: Int] = [:]
    /// The ids of a programme's own exercises that did not read (each reported where it is
    /// written), in file order: the catalog does not have them, but an id a typo away from one is
    /// still answered with it ("did you mean"), rather than with a built-in id or nothing.
    public var unreadIDs: [String] = []

    /// Creates a catalog; a later exercise with an id already present is ignored.
    public init(_ exercises: [Exercise] = []) {
        for exercise in exercises where index[exercise.id] == nil {
            index[exercise.id] = self.exercises.count
            self.exercises.append(exercise)
        }
    }

    /// The exercise with this id, if there is one.
    @inlinable public func exercise(_ id: String) -> Exercise? {
        index[id].map { exercises[$0] }
    }

    /// Where the exercise with this id stands in `exercises`, if the catalog has it: a field read as
    /// `catalog.exercises[place].shortCue` is read in place, where `exercise(_:)` copies the whole
    /// exercise out first.
    @inlinable public func place(of id: String) -> Int? {
        index[id]
    }

    /// Whether the catalog has an exercise with this id.
    @inlinable public func contains(_ id: String) -> Bool {
        index[id] != nil
    }

    /// The exercise's name for the middle of a sentence, its first letter lowercase (`Knee push-up` as
    /// `knee push-up`); the id itself when the catalog does not have it.
    public func sentenceName(of id: String) -> String {
        // The name read in place, and its rest appended as the `Substring` it is: `exercise(_:)`
        // copied the whole exercise, and `+` took the generic append (plugins word hundreds of changes).
        guard let place = place(of: id), let first = exercises[place].name.first else { return id }
        var name = first.lowercased()
        name.append(contentsOf: exercises[place].name.dropFirst())
        return name
    }

    /// Every id, in catalog order.
    public var ids: [String] { exercises.map(\.id) }

    /// This catalog with more exercises after it (ids already present are ignored).
    public func adding(_ more: [Exercise]) -> ExerciseCatalog {
        var catalog = ExerciseCatalog(exercises + more)
        catalog.unreadIDs = unreadIDs
        return catalog
    }

    /// Diagnostics for `easier` and `harder` references in `exercises` that this catalog cannot resolve.
    /// Ids in `alsoKnown` count as resolved.
    public func unresolvedReferences(in exercises: [Exercise], path: String, alsoKnown: Set<String> = []) -> [Diagnostic] {
        unresolvedReferences(
            in: exercises.enumerated().map { ExerciseLinks($1, position: $0) }, path: path, alsoKnown: alsoKnown)
    }

    /// Diagnostics for the `easier`, `harder` and `needs-step` ids in `links` that this catalog
    /// cannot resolve, each at its exercise's own position in the list. Ids in `alsoKnown` count
    /// as resolved.
    public func unresolvedReferences(in links: [ExerciseLinks], path: String, alsoKnown: Set<String> = []) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for exercise in links {
            let position = exercise.position
            let needs = exercise.needsStep.map { [$0] } ?? []
            for (key, references) in [("easier", exercise.easier), ("harder", exercise.harder), ("needs-step", needs)] {
                for (offset, reference) in references.enumerated() {
                    let where_ = "\(path)[\(position)].\(key)" + (key == "needs-step" ? "" : "[\(offset)]")
                    if reference.value == exercise.id.value {
                        diagnostics.append(Diagnostic(
                            .error, "exercise '\(exercise.id.value)' lists itself as \(key)", at: reference.range,
                            path: where_, help: "name a different exercise"))
                    } else if !contains(reference.value), !alsoKnown.contains(reference.value) {
                        diagnostics.append(unknownExercise(reference, path: where_))
                    } else if key == "needs-step", let step = self.exercise(reference.value), step.category != .pushUp {
                        diagnostics.append(Diagnostic(
                            .error, "'needs-step' names '\(step.id)', a \(step.category.label) exercise, not a push-up step",
                            at: reference.range, path: where_,
                            help: "name the push-up step done from the same position, such as knee-push-up"))
                    }
                }
            }
        }
        return diagnostics
    }

    /// Whether push-up step `step` is `needed` or harder than it: `needed` is `step` or is reached
    /// from it through `easier` links. False when either is unknown or they are not linked.
    ///
    /// Asked for every stabilizer of every session of a plan: each exercise's links are read where
    /// the catalog keeps them, and nothing is allocated when the step is the one needed.
    public func isStep(_ step: String, atLeast needed: String) -> Bool {
        if step == needed { return true }
        var seen: Set<String> = []
        var queue = [step]
        while let current = queue.popLast() {
            if current == needed { return true }
            guard seen.insert(current).inserted, let place = index[current] else { continue }
            for link in exercises[place].easier { queue.append(link.value) }
        }
        return false
    }

    /// A diagnostic for an exercise id the catalog does not have, with the nearest id suggested:
    /// of the catalog's, or of the programme's own exercises that did not read (``unreadIDs``).
    public func unknownExercise(_ id: Located<String>, path: String) -> Diagnostic {
        let unread = unreadIDs.filter { !contains($0) }
        let near = Suggestion.nearest(to: id.value, in: ids + unread)
        let help: String
        if let near, unread.contains(near) {
            help = "did you mean '\(near)'? it is the programme's own exercise, which has errors of its own (shown where it is written)"
        } else {
            help = (near.map { "did you mean '\($0)'? " } ?? "")
                + "'protract exercises' lists the built-in ones; a programme can add its own under 'exercises:'"
        }
        return Diagnostic(.error, "no exercise has the id '\(id.value)'", at: id.range, path: path, help: help)
    }

}

/// The catalog's links up to harder exercises, indexed once: an exercise's `harder`, and every
/// exercise that names it in its `easier`.
public struct HarderLinks: Sendable {
    private let catalog: ExerciseCatalog
    /// Who names each exercise as its easier variant.
    private var namedEasierBy: [String: [String]] = [:]

    /// Indexes `catalog`'s links.
    public init(_ catalog: ExerciseCatalog) {
        self.catalog = catalog
        for exercise in catalog.exercises {
            for link in exercise.easier { namedEasierBy[link.value, default: []].append(exercise.id) }
        }
    }

    /// The shortest chain from `easier` up to `harder`, both ends included; nil when the links do
    /// not lead from one to the other (or `easier` is `harder`).
    public func chain(from easier: String, to harder: String) -> [String]? {
        guard easier != harder, catalog.contains(easier), catalog.contains(harder) else { return nil }
        var cameFrom: [String: String] = [easier: easier]
        var queue = [easier]
        var next = 0
        while next < queue.count {
            let current = queue[next]
            next += 1
            let linked = (catalog.exercise(current)?.harder.map(\.value) ?? []) + (namedEasierBy[current] ?? [])
            for id in linked where cameFrom[id] == nil && catalog.contains(id) {
                cameFrom[id] = current
                guard id == harder else {
                    queue.append(id)
                    continue
                }
                var chain = [harder]
                while let last = chain.last, last != easier, let before = cameFrom[last] { chain.append(before) }
                return chain.reversed()
            }
        }
        return nil
    }
}
