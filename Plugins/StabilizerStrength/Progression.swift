import PlanKit
import YAMLKit

/// The weekly progression rules for one block's options, as pure functions of a level.
///
/// One step a week (never in a deload week): add `reps-step` repetitions (or `hold-step` seconds)
/// up to the target; at the target, add a set and go back to the start dose; at the target sets
/// and dose, move to the exercise's first harder stabilizer variant at the start sets and dose;
/// with no harder variant, stay at the top.
struct Progression: Sendable {
    /// The block's options.
    var options: StabilizerOptions
    /// The catalog the variants come from.
    var catalog: ExerciseCatalog
    /// The person's longest good-form plank, if given (baseline `plank-seconds`).
    var plankBaseline: Int?

    /// The catalog id the `plank-seconds` baseline applies to.
    static let plankID = "plank"

    /// The dose range and step for a variant of a slot (the slot is the exercise the block names).
    func range(for kind: Exercise.Kind, variant: String, slot: String) -> (range: StartTarget, step: Int) {
        switch kind {
        case .reps:
            return (options.reps, options.repsStep)
        case .hold:
            var range = options.holdSeconds
            if variant == slot, slot == Self.plankID, let plankBaseline {
                range.start = range.clamp(plankBaseline)  // the baseline, within the block's hold range
            }
            return (range, options.holdStep)
        }
    }

    /// The level a slot's exercise starts at, or nil when the catalog does not have it.
    func startLevel(for slot: String) -> DoseLevel? {
        catalog.exercise(slot).map { start($0, slot: slot) }
    }

    /// `exercise`, the slot's own or a harder variant, at the start sets and dose.
    private func start(_ exercise: Exercise, slot: String) -> DoseLevel {
        let amount = range(for: exercise.kind, variant: exercise.id, slot: slot).range.start
        return DoseLevel(exerciseID: exercise.id, sets: options.sets.start, amount: amount, kind: exercise.kind)
    }

    /// `level` moved inside this block's ranges (blocks of different sessions may set different ones).
    func clamped(_ level: DoseLevel, slot: String) -> DoseLevel {
        var level = level
        level.sets = options.sets.clamp(level.sets)
        level.amount = range(for: level.kind, variant: level.exerciseID, slot: slot).range.clamp(level.amount)
        return level
    }

    /// The push-up step `id` needs that `standing` has not reached, or nil when it fits (no push-up
    /// step known, no step needed, or the person's step is that one or harder).
    func missingStep(for id: String, _ standing: Standing) -> String? {
        guard let step = standing.pushUpStep, let needed = catalog.exercise(id)?.needsStep?.value,
            !catalog.isStep(step, atLeast: needed)
        else { return nil }
        return needed
    }

    /// `id` if it fits the person's push-up step, else the first of its easier stabilizer variants
    /// (in turn) that fits; the easiest one found when none does.
    func fitted(_ id: String, _ standing: Standing) -> String {
        var current = id
        var seen: Set<String> = [id]
        while missingStep(for: current, standing) != nil {
            guard let easier = catalog.exercise(current)?.easier.first(where: {
                catalog.exercise($0.value)?.category == .stabilizer
            })?.value, seen.insert(easier).inserted else { break }
            current = easier
        }
        return current
    }

    /// The level a slot starts at for this standing: the slot's exercise, or the easier variant
    /// that fits the person's push-up step, at the start sets and dose.
    func startLevel(for slot: String, _ standing: Standing) -> DoseLevel? {
        catalog.exercise(fitted(slot, standing)).map { start($0, slot: slot) }
    }

    /// `level` moved down to a variant that fits `standing`, keeping its sets and dose (the start
    /// dose when the kind changes); nil when it fits already.
    func fitting(_ level: DoseLevel, slot: String, _ standing: Standing) -> DoseLevel? {
        let id = fitted(level.exerciseID, standing)
        guard id != level.exerciseID, let exercise = catalog.exercise(id) else { return nil }
        var fitted = start(exercise, slot: slot)
        fitted.sets = level.sets
        if exercise.kind == level.kind { fitted.amount = level.amount }
        return clamped(fitted, slot: slot)
    }

    /// The first harder variant of `id` that is a stabilizer in the catalog and not already one of
    /// the block's exercises.
    func harderVariant(of id: String) -> Exercise? {
        guard let exercise = catalog.exercise(id) else { return nil }
        let taken = Set(options.exerciseIDs)
        for candidate in exercise.harder {
            guard let harder = catalog.exercise(candidate.value), harder.category == .stabilizer,
                !taken.contains(harder.id)
            else { continue }
            return harder
        }
        return nil
    }

    /// One weekly step from `level`; a harder variant only when it fits the person's push-up step.
    func step(_ level: DoseLevel, slot: String, _ standing: Standing = Standing()) -> (level: DoseLevel, step: Step) {
        let before = clamped(level, slot: slot)
        let (range, amountStep) = self.range(for: before.kind, variant: before.exerciseID, slot: slot)
        var next = before
        if before.amount < range.target {
            next.amount = min(before.amount + amountStep, range.target)
            return (next, .more(by: next.amount - before.amount, from: before))
        }
        if before.sets < options.sets.target {
            next.sets += 1
            next.amount = range.start
            return (next, .addSet(from: before))
        }
        guard let harder = harderVariant(of: before.exerciseID) else { return (before, .top) }
        if let step = missingStep(for: harder.id, standing) {
            return (before, .waiting(harder: harder.id, step: step))
        }
        return (start(harder, slot: slot), .harder(from: before))
    }
}
