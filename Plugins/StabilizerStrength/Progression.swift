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
    /// The share of the tested plank max the plank starts at, in percent: half, so every set ends
    /// well short of failure (Convict Conditioning and the RR: never to failure, leave reps in the
    /// tank; domain-facts §1.1-1.2).
    static let plankStartPercent = 50
    /// The shortest plank max the forearm plank is given for: half of it is 3 s, the shortest
    /// isometric hold in the rehab protocols (3-10 s, domain-facts §5). Below it, an easier plank.
    static let shortestPlankMax = 6
    /// The most repetitions per position for an exercise done through several positions (prone
    /// Y-T-W: each rep is a Y, a T and a W): the sources use 5-10 per letter (domain-facts §2.2).
    static let mostRepsPerPosition = 10

    /// The dose range and step for a variant of a slot (the slot is the exercise the block names).
    ///
    /// Exercises with positions start at 6 or less and stop at 10 per position; the forearm plank
    /// with a `plank-seconds` baseline starts at half the tested max and never goes above it.
    ///
    /// - Parameter positions: how many positions the variant is done through, when the caller
    ///   has it at hand (a session has its place in the catalog); else it is looked up by its id.
    func range(
        for kind: Exercise.Kind, variant: String, slot: String, positions: Int? = nil
    ) -> (range: StartTarget, step: Int) {
        switch kind {
        case .reps:
            var range = options.reps
            // Read in place: `exercise(_:)` copies the whole exercise, for every dose of a course.
            let positions = positions ?? catalog.place(of: variant).map { catalog.exercises[$0].positions.count } ?? 0
            if positions > 1 {
                let fixed = range.start == range.target
                range.target = min(range.target, Self.mostRepsPerPosition)
                range.start = fixed ? range.target : min(range.start, max(5, range.target - 4), range.target)
            }
            return (range, options.repsStep)
        case .hold:
            var range = options.holdSeconds
            if variant == Self.plankID, let plankBaseline, plankBaseline >= Self.shortestPlankMax {
                range.target = min(range.target, plankBaseline)
                range.start = min(plankBaseline * Self.plankStartPercent / 100, range.target)
            }
            return (range, options.holdStep)
        }
    }

    /// Why `id` is not given to this person yet, or nil when it fits: the push-up step it needs
    /// has not been reached, or (the forearm plank) the tested plank max is under 6 s.
    func blocker(for id: String, _ standing: Standing) -> String? {
        if let step = standing.pushUpStep, let needed = neededStep(for: id),
            !catalog.isStep(step, atLeast: needed)
        {
            return "once your push-ups reach the \(catalog.sentenceName(of: needed))"
        }
        if id == Self.plankID, let plankBaseline, plankBaseline < Self.shortestPlankMax {
            return "once you can hold it \(Self.shortestPlankMax) s (re-plan with --baseline plank-seconds=N)"
        }
        return nil
    }

    /// Why the person is given an easier variant than `id`: `to match your push-up step (…)`, or
    /// `for a plank max of N s`.
    func fitReason(for id: String, _ standing: Standing) -> String {
        if let step = standing.pushUpStep, let needed = neededStep(for: id),
            !catalog.isStep(step, atLeast: needed)
        {
            return "to match your push-up step (\(catalog.sentenceName(of: step)))"
        }
        return "for a plank max of \(plankBaseline ?? 0) s"
    }

    /// The push-up step `id` needs (its catalog `needs-step`), read in place: `exercise(_:)`
    /// copies the whole exercise, and the fit is checked for a slot whenever the step moves.
    private func neededStep(for id: String) -> String? {
        catalog.place(of: id).flatMap { catalog.exercises[$0].needsStep?.value }
    }

    /// `exercise`, the slot's own or a harder variant, at the start sets and dose.
    private func start(_ exercise: Exercise, slot: String) -> DoseLevel {
        let amount = range(for: exercise.kind, variant: exercise.id, slot: slot).range.start
        return DoseLevel(exerciseID: exercise.id, sets: options.sets.start, amount: amount, kind: exercise.kind)
    }

    /// `level` moved inside this block's ranges (blocks of different sessions may set different ones).
    ///
    /// After an added set a hold may sit below the range's start (the set came at fewer seconds so
    /// the week's volume rises at most 20%); it is kept there and climbs from it. Reps below the
    /// start (a lighter block's) are not: they rise to it.
    ///
    /// - Parameter positions: see ``range(for:variant:slot:positions:)``.
    func clamped(_ level: DoseLevel, slot: String, positions: Int? = nil) -> DoseLevel {
        var level = level
        level.sets = options.sets.clamp(level.sets)
        var range = range(for: level.kind, variant: level.exerciseID, slot: slot, positions: positions).range
        if level.kind == .hold, level.sets > options.sets.start { range.start = min(range.start, max(1, level.amount)) }
        level.amount = range.clamp(level.amount)
        return level
    }

    /// `id` if it fits the person's push-up step, else the first of its easier stabilizer variants
    /// (in turn) that fits; the easiest one found when none does.
    func fitted(_ id: String, _ standing: Standing) -> String {
        // Almost always it fits: no need for the walk's bookkeeping.
        guard blocker(for: id, standing) != nil else { return id }
        var current = id
        var seen: Set<String> = [id]
        while blocker(for: current, standing) != nil {
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

    /// The next harder variant of `id` in `slot`'s progression: none when the block says
    /// `progress-to-harder: false`; the next one of the item's own `harder` sequence (the slot
    /// first) when it names one and `id` is in it; else the first harder variant in the catalog that
    /// is a stabilizer and not already one of the block's exercises, nor `occupied` (the variants
    /// its other slots have moved on to: one session never gives an exercise twice).
    func harderVariant(of id: String, slot: String, occupied: [String] = []) -> Exercise? {
        guard options.progressToHarder, let exercise = catalog.exercise(id) else { return nil }
        if let sequence = options.entry(for: slot)?.harder.map({ [slot] + $0.map(\.value) }),
            let at = sequence.firstIndex(of: id)
        {
            guard sequence.indices.contains(at + 1), !occupied.contains(sequence[at + 1]) else { return nil }
            return catalog.exercise(sequence[at + 1])
        }
        // A few ids in lists, not a set: nothing is hashed to build it, once a slot a week.
        for candidate in exercise.harder {
            guard let harder = catalog.exercise(candidate.value), harder.category == .stabilizer,
                !options.exercises.contains(where: { $0.value == harder.id }), !occupied.contains(harder.id)
            else { continue }
            return harder
        }
        return nil
    }

    /// One weekly step from `level`; a harder variant only when it fits the person. No step raises
    /// the slot's volume (sets x reps or seconds) by more than `WeeklyRise` allows, except an added
    /// set of reps, which starts at the range's start whatever the bound says. `occupied`: the
    /// exercises the block's other slots give now, which no harder variant may be.
    func step(
        _ level: DoseLevel, slot: String, _ standing: Standing = Standing(), occupied: [String] = []
    ) -> (level: DoseLevel, step: Step) {
        let before = clamped(level, slot: slot)
        // A dose outside this block's sets or range (a phase that doses the exercise its own way)
        // moves into them and no further this week: one step, not two. Reps rising to the range's
        // start at the same sets are the week's rise; anything else is the block's own dose.
        if before != level {
            guard before.sets == level.sets, before.amount > level.amount else { return (before, .blockDose(from: level)) }
            return (before, .more(by: before.amount - level.amount, from: level))
        }
        let (range, amountStep) = self.range(for: before.kind, variant: before.exerciseID, slot: slot)
        let cap = WeeklyRise.cap(before.sets * before.amount, minimum: before.sets)
        var next = before
        if before.amount < range.target {
            next.amount = min(before.amount + amountStep, range.target, cap / before.sets)
            return (next, .more(by: next.amount - before.amount, from: before))
        }
        let positions = catalog.exercise(before.exerciseID)?.positions.count ?? 0
        let harder = harderVariant(of: before.exerciseID, slot: slot, occupied: occupied)
        // An exercise with positions at 10 per position goes on to its harder variant (light load)
        // without adding a set first: more sets would only add lifts beyond what the sources use.
        let skipsSets = positions > 1 && harder != nil && range.target >= Self.mostRepsPerPosition
        if before.sets < options.sets.target, !skipsSets {
            next.sets += 1
            // Reps go back to the range's start and never below it, even where that rises more than
            // the bound (1 x 12 -> 2 x 8): the author's range is the least dose worth doing. A hold
            // keeps as much as the bound allows, never cut to the start.
            next.amount = before.kind == .hold ? max(1, min(before.amount, cap / next.sets)) : range.start
            return (next, .addSet(from: before))
        }
        guard let harder else {
            // A harder variant the block's other exercises have taken: say so, not "none".
            if !occupied.isEmpty, let taken = harderVariant(of: before.exerciseID, slot: slot) {
                return (before, .taken(harder: taken.id))
            }
            return (before, .top)
        }
        if let reason = blocker(for: harder.id, standing) {
            return (before, .waiting(harder: harder.id, reason: reason))
        }
        return (start(harder, slot: slot), .harder(from: before))
    }
}
