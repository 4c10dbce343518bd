extension ExerciseCatalog {
    /// The exercise's name for the middle of a sentence, its first letter lowercase (`Knee push-up` as
    /// `knee push-up`); the id itself when the catalog does not have it.
    public func sentenceName(of id: String) -> String {
        guard let name = exercise(id)?.name, let first = name.first else { return id }
        return first.lowercased() + name.dropFirst()
    }
}
