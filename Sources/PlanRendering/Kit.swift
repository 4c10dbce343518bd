import PlanKit

/// The equipment a plan needs (`bench`, `wall`), from its exercises' catalog entries: listed in
/// the plan's header and with each exercise's full cues in every format.
///
/// Catalogs write an item as an id (the built-in `light-dumbbells`) or in words (a programme's
/// `light resistance band`); every format names it in words (`light dumbbells`), so that a list
/// never mixes the two and the JSON says what the text plan says.
enum Kit {
    /// Every item the plan's exercises need, in words, each once, in alphabetical order
    /// (`light dumbbells`).
    static func items(of plan: Plan, catalog: ExerciseCatalog) -> [String] {
        items(ofExercises: exerciseIDs(in: plan), catalog: catalog)
    }

    /// Every item the exercises `ids` need (see `items(of:catalog:)`).
    static func items(ofExercises ids: Set<String>, catalog: ExerciseCatalog) -> [String] {
        var items: Set<String> = []
        for id in ids { items.formUnion((catalog.exercise(id)?.equipment ?? []).map(word)) }
        return items.sorted()
    }

    /// The id of every exercise the plan prescribes: gathered once for a renderer's sections, as a
    /// long course names the same few thousands of times.
    static func exerciseIDs(in plan: Plan) -> Set<String> {
        var ids: Set<String> = []
        for week in plan.weeks {
            for session in week.sessions {
                for block in session.blocks {
                    for prescription in block.prescriptions { ids.insert(prescription.exerciseID) }
                }
            }
        }
        return ids
    }

    /// `light dumbbells` for the catalog's `light-dumbbells`: an item as a person reads it.
    static func word(_ item: String) -> String { item.replacingHyphens }

    /// `light dumbbells, wall`: items as a person reads them.
    static func words(_ items: [String]) -> String {
        items.map(word).joined(separator: ", ")
    }

    /// `needs: wall`, or nil for an exercise that needs nothing.
    static func line(for exercise: Exercise?) -> String? {
        guard let items = exercise?.equipment, !items.isEmpty else { return nil }
        return "needs: " + words(items)
    }
}

extension String {
    /// `light-dumbbells` as `light dumbbells`.
    fileprivate var replacingHyphens: String { String(map { $0 == "-" ? " " : $0 }) }
}
