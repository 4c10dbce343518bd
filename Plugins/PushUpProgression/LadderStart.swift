import PlanKit
import YAMLKit

/// Chooses the starting step of the ladder from the `push-ups` baseline, and finds the nearest step
/// a ladder has for an exercise it lacks.
enum LadderStart {
    /// The step a baseline of max good-form push-ups in one set points to, conservatively, for
    /// people whose upper back hurts: 0 -> wall, 1-2 -> high incline, 3-5 -> low incline,
    /// 6-11 -> knees, 12-19 -> full push-up, 20 or more -> push-up plus.
    /// The lowest count of the top band: every baseline from it up starts at the same step.
    static let topBand = 20
    /// The lowest count that starts on the knees: under it, a `knee-push-ups` count may place higher.
    static let kneeBand = 6

    static func target(forPushUps count: Int) -> String {
        switch count {
        case ..<1: return "wall-push-up"
        case 1...2: return "high-incline-push-up"
        case 3..<kneeBand: return "low-incline-push-up"
        case kneeBand...11: return "knee-push-up"
        case 12...19: return "push-up"
        default: return "push-up-plus"
        }
    }

    /// The step whose one-set max the `knee-push-ups` baseline counts.
    static let kneeStep = "knee-push-up"

    /// The step a count of good-form knee push-ups points to, as a retest on the knee push-up
    /// converts (``PushUpProgression/moveOnReps(_:)``): under the bottom of the knee push-up's
    /// `range`, the low incline; from `moveOn` (1.5 times its top), the full push-up; the knees
    /// between. Nil for 0, which says no more than a `push-ups` baseline of 0.
    static func target(forKneePushUps count: Int, range: RepRange, moveOn: Int) -> String? {
        if count < 1 { return nil }
        if count < range.lower { return "low-incline-push-up" }
        return count < moveOn ? kneeStep : "push-up"
    }

    /// `id` if the ladder has it; else the nearest easier step it has, following the catalog's
    /// `easier` links and then the standard ladder's order; nil when the ladder has no step that
    /// easy (every step of it is harder).
    static func nearestEasier(to id: String, in ladder: [String], catalog: ExerciseCatalog) -> String? {
        if ladder.contains(id) { return id }
        var visited: Set<String> = [id]
        var current = id
        while let next = catalog.exercise(current)?.easier.first?.value, visited.insert(next).inserted {
            if ladder.contains(next) { return next }
            current = next
        }
        let standard = PushUpProgression.Options.standardLadder
        guard let position = standard.firstIndex(of: id) else { return nil }
        return standard[..<position].reversed().first(where: { ladder.contains($0) })
    }

    /// ``nearestEasier(to:in:catalog:)``, else the ladder's first step, which is then harder.
    static func nearest(to id: String, in ladder: [String], catalog: ExerciseCatalog) -> String {
        nearestEasier(to: id, in: ladder, catalog: catalog) ?? ladder.first ?? id
    }
}
