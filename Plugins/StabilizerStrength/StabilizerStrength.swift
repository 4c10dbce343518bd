public import PlanKit
public import YAMLKit

/// The `stabilizer-strength` plugin: scapular push-ups (serratus anterior), prone Y-T-W raises
/// (middle and lower trapezius), planks (the body line) and chin tucks (a neutral neck), with
/// repetitions and holds that rise week by week, then more sets, then harder variants.
///
/// Progression, per exercise the block names (its slot), on the slot's first session of each week:
/// - in the slot's first week: start sets and start repetitions (or start hold; the `plank-seconds`
///   baseline sets the plank's start hold, clamped to the hold range);
/// - each later week that is not a deload week: one step (see `Progression`);
/// - a deload week: no step, sets cut with the session's deload volume (at least 1); the week after
///   resumes from the level before the deload and steps from it;
/// - every session of a week gets the same dose.
public struct StabilizerStrength: PlanPlugin {
    public typealias Options = StabilizerOptions
    public typealias State = StabilizerState

    /// The block's heading.
    public static let blockTitle = "Stabilizers"

    /// The block's options, checked against the catalog.
    public let options: StabilizerOptions
    /// Each listed exercise's kind, for comparing doses across blocks.
    let kinds: [String: Exercise.Kind]
    /// The progression of each listed exercise (its slot), in the order of `options.exercises`,
    /// under the options that apply to it: its item's dose in place of the block's (see
    /// `StabilizerOptions.resolved(for:)`), worked out once, not every session. A session gives
    /// each its catalog and the person's plank baseline.
    let slotProgressions: [Progression]
    /// What `validate` warns about in the block: a `reps` whose top rule S3 never prescribes (see
    /// `PositionCapCheck`).
    public let warnings: [Diagnostic]

    /// Makes the plugin for one block.
    ///
    /// - Throws: `YAMLError` with a located diagnostic for every exercise id not in the catalog
    ///   (with "did you mean") and every exercise that is not a stabilizer.
    public init(options: StabilizerOptions, catalog: ExerciseCatalog) throws(YAMLError) {
        var diagnostics: [Diagnostic] = []
        let stabilizers = catalog.exercises.filter { $0.category == .stabilizer }.map(\.id)
        for (index, id) in options.exercises.enumerated() {
            let path = options.exercisesPath + "[\(index)]"
            guard let exercise = catalog.exercise(id.value) else {
                diagnostics.append(catalog.unknownExercise(id, path: path))
                continue
            }
            let entry = options.entries.indices.contains(index) ? options.entries[index] : ExerciseEntry(id.value)
            diagnostics += Self.harderProblems(entry, path: path, options: options, catalog: catalog)
            guard exercise.category != .stabilizer else { continue }
            // A mobility drill is stabilizer work too (a wall slide works the lower trapezius and
            // serratus) once the block states its dose; a push-up step belongs to the ladder.
            if exercise.category == .mobility, entry.statesDose(for: exercise.kind) { continue }
            let doseKey = exercise.kind == .reps ? "reps: 10-15" : "hold-seconds: 20-30"
            let home = exercise.category == .pushUp
                ? "push-up steps belong in a push-up-progression block's 'ladder'"
                : "mobility drills belong in a mobility-warmup block's 'drills', or give it its own dose to make it "
                    + "stabilizer work here: - {id: \(id.value), \(doseKey)}"
            let hint = Suggestion.nearest(to: id.value, in: stabilizers).map { "did you mean '\($0)'? " } ?? ""
            diagnostics.append(Diagnostic(
                .error, "'\(id.value)' is a \(exercise.category.label) exercise, not a stabilizer", at: id.range,
                path: path, help: hint + "\(home); the stabilizers are " + stabilizers.joined(separator: ", ")))
        }
        if !diagnostics.isEmpty { throw YAMLError(diagnostics) }
        self.options = options
        kinds = Dictionary(
            options.exerciseIDs.compactMap { id in catalog.exercise(id).map { (id, $0.kind) } }, uniquingKeysWith: { a, _ in a })
        slotProgressions = options.exerciseIDs.map {
            Progression(options: options.resolved(for: $0), catalog: catalog, plankBaseline: nil)
        }
        warnings = PositionCapCheck.warnings(options, blockPath: options.blockPath, catalog: catalog)
    }

    /// What one exercise's progression is in a block: its sets, its reps or hold and their weekly
    /// step, and its harder variants, as `key value` pairs for messages.
    func progressionTerms(of slot: String) -> [(key: String, value: String)] {
        let slotOptions = options.resolved(for: slot)
        let entry = options.entry(for: slot)
        let isHold = kinds[slot] == .hold
        var terms: [(key: String, value: String)] = [
            ("sets", slotOptions.sets.description),
            isHold ? ("hold-seconds", slotOptions.holdSeconds.description) : ("reps", slotOptions.reps.description),
            isHold ? ("hold-step", String(slotOptions.holdStep)) : ("reps-step", String(slotOptions.repsStep)),
            ("progress-to-harder", String(options.progressToHarder)),
        ]
        terms.append(("harder", entry?.harder.map { $0.map(\.value).yamlText } ?? "as the catalog's"))
        return terms
    }

    /// An exercise listed in blocks of several session templates progresses once (the state is
    /// kept per exercise, so that alternating templates climb one progression): each block must
    /// give it the same progression, or the plan would flip between the two doses. Every later
    /// block that differs is refused at its item, with a note at the first block's.
    public static func conflicts(among blocks: [StabilizerStrength]) -> [(block: Int, diagnostic: Diagnostic)] {
        var first: [String: (block: Int, index: Int)] = [:]
        var problems: [(block: Int, diagnostic: Diagnostic)] = []
        for (block, plugin) in blocks.enumerated() {
            for (index, id) in plugin.options.exercises.enumerated() {
                guard let earlier = first[id.value] else {
                    first[id.value] = (block, index)
                    continue
                }
                let other = blocks[earlier.block]
                let mine = plugin.progressionTerms(of: id.value)
                let theirs = other.progressionTerms(of: id.value)
                let differing = zip(mine, theirs).filter { $0.0.value != $0.1.value }
                guard !differing.isEmpty else { continue }
                let otherPath = other.options.exercisesPath + "[\(earlier.index)]"
                let here = differing.map { "\($0.0.key) \($0.0.value)" }.joined(separator: ", ")
                let there = differing.map { "\($0.1.key) \($0.1.value)" }.joined(separator: ", ")
                problems.append((block, Diagnostic(
                    .error,
                    "'\(id.value)' progresses with \(here) here but \(there) in \(otherPath); an exercise has one "
                        + "progression across the templates that list it",
                    at: id.range, path: plugin.options.exercisesPath + "[\(index)]",
                    help: "give '\(id.value)' the same \(differing.map(\.0.key).joined(separator: ", ")) in both blocks "
                        + "(an item {id: \(id.value), …} sets its own), or use a different exercise in one of them",
                    notes: [Diagnostic(
                        .note, "'\(id.value)' is first dosed here", at: other.options.exercises[earlier.index].range,
                        path: otherPath)])))
            }
        }
        return problems
    }

    /// The problems of an item's own `harder` sequence: ids not in the catalog, exercises that are
    /// not stabilizers, the item's own exercise, the block's other exercises, and repeats.
    static func harderProblems(
        _ entry: ExerciseEntry, path: String, options: StabilizerOptions, catalog: ExerciseCatalog
    ) -> [Diagnostic] {
        guard let harder = entry.harder else { return [] }
        var problems: [Diagnostic] = []
        var seen: Set<String> = [entry.id.value]
        let listed = Set(options.exerciseIDs)
        for (offset, id) in harder.enumerated() {
            let at = path + ".harder[\(offset)]"
            guard let exercise = catalog.exercise(id.value) else {
                problems.append(catalog.unknownExercise(id, path: at))
                continue
            }
            if exercise.category != .stabilizer {
                problems.append(Diagnostic(
                    .error, "'\(id.value)' is a \(exercise.category.label) exercise, not a stabilizer variant",
                    at: id.range, path: at,
                    help: "name harder stabilizer exercises, easiest first, such as prone-y-t-w-light-load"))
            } else if listed.contains(id.value), id.value != entry.id.value {
                problems.append(Diagnostic(
                    .error, "'\(id.value)' is one of the block's exercises already", at: id.range, path: at,
                    help: "a harder variant takes its exercise's place; remove '\(id.value)' from one of the two lists"))
            } else if !seen.insert(id.value).inserted {
                problems.append(Diagnostic(
                    .error, id.value == entry.id.value
                        ? "'\(id.value)' cannot be its own harder variant" : "'\(id.value)' is named twice in 'harder'",
                    at: id.range, path: at, help: "name each harder variant once, easiest first"))
            }
        }
        return problems
    }

    /// The starting state (with the plank baseline, if given) and a line on how the start was
    /// chosen, as the first session gives it: an exercise the person's push-up step
    /// (`context.standing`) has not reached is named as the easier variant the sessions prescribe,
    /// with why.
    public func start(_ context: StartContext) -> PluginStart<StabilizerState> {
        let baseline = context.athlete.baseline[Self.plankBaseline.key].map {
            min(max($0, Self.plankBaseline.range.lowerBound), Self.plankBaseline.range.upperBound)
        }
        return PluginStart(
            state: StabilizerState(plankBaseline: baseline),
            summary: Self.summary(options, baseline, context.standing, context.painRules, context.catalog))
    }

    /// The header's line for all of the plugin's blocks: the first block's exercises, then those
    /// only later blocks list (the Y-T-W of a second template, with its own dose), so that the
    /// line names every start the sessions give (a clinician's trial saw `2 x 10` in the header
    /// and `2 x 6` in the second session). Blocks whose block-wide doses differ keep the first's.
    public static func startSummary(
        of blocks: [StabilizerStrength], _ context: StartContext, first: String?
    ) -> String? {
        guard let head = blocks.first else { return first }
        var options = head.options
        for block in blocks.dropFirst() {
            let other = block.options
            guard other.sets == options.sets, other.reps == options.reps, other.holdSeconds == options.holdSeconds
            else { return first }
            for entry in other.entries where options.entry(for: entry.id.value) == nil {
                options.entries.append(entry)
                options.exercises.append(entry.id)
            }
        }
        guard options.exercises.count > head.options.exercises.count else { return first }
        let baseline = context.athlete.baseline[Self.plankBaseline.key].map {
            min(max($0, Self.plankBaseline.range.lowerBound), Self.plankBaseline.range.upperBound)
        }
        return summary(options, baseline, context.standing, context.painRules, context.catalog)
    }

    /// `baseline plank 20 s: the forearm plank starts at 2 x 10 s (half of it) and never goes above
    /// 20 s`, or `stabilizers start at 2 x 10 reps, incline plank 2 x 10 s` (with the Y-T-W's own start); an
    /// exercise given as an easier variant to match the push-up step is named as that variant.
    private static func summary(
        _ options: StabilizerOptions, _ baseline: Int?, _ standing: Standing, _ painRules: PainRules,
        _ catalog: ExerciseCatalog
    ) -> String {
        if let baseline, options.exerciseIDs.contains(Progression.plankID) {
            let progression = Progression(
                options: options.resolved(for: Progression.plankID), catalog: catalog, plankBaseline: baseline)
            if let level = progression.startLevel(for: Progression.plankID, standing) {
                let name = catalog.sentenceName(of: level.exerciseID)
                guard level.exerciseID == Progression.plankID else {
                    // The push-up step comes first: a plank max of 6 s or more waits for it.
                    if progression.blocker(for: Progression.plankID, Standing()) == nil {
                        let later = progression.range(for: .hold, variant: Progression.plankID, slot: Progression.plankID)
                        return "baseline plank \(baseline) s: \(name) \(level.text) "
                            + "\(progression.fitReason(for: Progression.plankID, standing)); the forearm plank comes "
                            + "later, from \(later.range.start) s (at most half of it), and never goes above \(baseline) s"
                    }
                    return "baseline plank \(baseline) s: \(name) \(level.text) until you can hold the forearm plank "
                        + "\(Progression.shortestPlankMax) s"
                }
                return "baseline plank \(baseline) s: the forearm plank starts at \(level.text) (at most half of it) "
                    + "and never goes above \(baseline) s"
            }
        }
        // Exercises with a dose of their own are named with their start; the rest start at the block's.
        let own = options.exerciseIDs.filter { id in
            options.entry(for: id)?.hasOwnDose == true
        }
        let ownText = own.compactMap { id -> String? in
            let progression = Progression(options: options.resolved(for: id), catalog: catalog, plankBaseline: baseline)
            return progression.startLevel(for: id, standing).map { level in
                let start = "\(catalog.sentenceName(of: level.exerciseID)) \(level.text)"
                // The words the first session gives it, so the header and the session agree.
                let why = ChangeText(catalog: catalog, rules: painRules).firstText(
                    slot: id, variant: level.exerciseID, reason: progression.fitReason(for: id, standing),
                    written: progression.options.reps,
                    planned: progression.range(for: .reps, variant: level.exerciseID, slot: id).range)
                return start + (why.map { " [\($0)]" } ?? "")
            }
        }.joined(separator: ", ")
        let shared = options.exerciseIDs.filter { !own.contains($0) }
        guard !shared.isEmpty else { return "stabilizers start at their own doses: " + ownText }
        let progression = Progression(options: options, catalog: catalog, plankBaseline: baseline)
        let kinds = Set(shared.compactMap { catalog.exercise($0)?.kind })
        let sets = options.sets.start
        // An exercise with positions starts lower (6 or less per position): say so.
        let positioned = shared.compactMap { catalog.exercise($0) }.first { $0.positions.count > 1 }
        let perPosition = positioned.flatMap { exercise -> String? in
            let start = progression.range(for: .reps, variant: exercise.id, slot: exercise.id).range.start
            guard start != options.reps.start else { return nil }
            return " (\(catalog.sentenceName(of: exercise.id)) \(start) each position)"
        } ?? ""
        // The held exercises by name, as the sessions give them (the incline plank at the low
        // incline step): "holds 10 s" read as the 5 s hold of a chin tuck's reps in a trial.
        let held = shared.filter { catalog.exercise($0)?.kind == .hold }.map { id in
            catalog.sentenceName(of: progression.startLevel(for: id, standing)?.exerciseID ?? id)
        }
        let block: String
        switch (kinds.contains(.reps), kinds.contains(.hold)) {
        case (true, true):
            block = "stabilizers start at \(sets) x \(options.reps.start) reps\(perPosition), "
                + spokenList(held) + " \(sets) x \(options.holdSeconds.start) s"
        case (false, true):
            block = "stabilizers start at \(sets) x \(options.holdSeconds.start) s holds"
        default:
            block = "stabilizers start at \(sets) x \(options.reps.start) reps\(perPosition)"
        }
        return own.isEmpty ? block : block + "; " + ownText
    }

    /// Prescribes the block's exercises for one session and moves each one's progression on.
    public func prescribe(_ session: SessionContext, state: inout StabilizerState) -> BlockPlan {
        let wording = ChangeText(catalog: session.catalog, rules: session.painRules, phase: session.phase?.name)
        let standing = session.standing
        var prescriptions: [Prescription] = []
        prescriptions.reserveCapacity(options.exercises.count)
        // Each exercise progresses within its own item's dose, if it has one, else the block's.
        for (position, exercise) in options.exercises.enumerated() {
            let slot = exercise.value
            var progression = slotProgressions[position]
            (progression.catalog, progression.plankBaseline) = (session.catalog, state.plankBaseline)
            // The slot is changed where the state keeps it (see `SlotProgress.begin`).
            let known: [String: SlotProgress].Index
            if let index = state.slots.index(forKey: slot) {
                let occupied = state.slots.values[index].steps(at: session) ? occupied(besides: position, in: state) : []
                state.slots.values[index].begin(session, progression, slot: slot, standing, occupied: occupied)
                known = index
            } else {
                guard let level = progression.startLevel(for: slot, standing) else { continue }
                state.slots[slot] = SlotProgress(level: level, week: session.week, step: .first, last: nil, toldTop: false)
                guard let index = state.slots.index(forKey: slot) else { continue }
                known = index
            }
            let level = state.slots.values[known].level
            guard let cue = state.slots.values[known].cue(of: level.exerciseID, in: session.catalog) else { continue }
            // The variant's place is known: its positions are read there, not looked up by id again.
            var dose = progression.clamped(
                level, slot: slot, positions: session.catalog.exercises[cue.place].positions.count)
            if session.isDeload { dose.sets = session.deloadVolume.apply(to: dose.sets, minimum: 1) }
            let change = state.slots.values[known].give(
                dose, at: session, slot: slot, progression, standing, wording: wording)
            prescriptions.append(prescription(
                cue.place, in: session.catalog, dose, rest: progression.options.restSeconds, change: change,
                note: cue.note))
        }
        state.lastCourseWeek = session.courseWeek
        let rounded = session.deloadVolume == .full ? "" : " (to the nearest set, an exact half down; at least 1)"
        let notes = session.isDeload ? ["deload week: sets cut to \(session.deloadVolume)\(rounded)"] : []
        return BlockPlan(
            pluginID: Self.descriptor.id, title: Self.blockTitle, prescriptions: prescriptions, notes: notes,
            progress: BlockProgress(chart: Self.blockTitle, totalling: prescriptions))
    }

    /// The exercises the block's slots other than the one at `position` give now (their level's,
    /// or the slot's own before it has one), for a harder variant never to double one.
    /// A few ids in a list, not a set: nothing is hashed to build it.
    private func occupied(besides position: Int, in state: StabilizerState) -> [String] {
        var ids: [String] = []
        ids.reserveCapacity(options.exercises.count)
        for (other, slot) in options.exercises.enumerated() where other != position {
            ids.append(state.slots[slot.value]?.level.exerciseID ?? slot.value)
        }
        return ids
    }

    /// Moves every slot to what the person really did: a held session (pain 4-5/10, reps missed,
    /// or missed) keeps the next weekly step from coming; a step back returns to the level before
    /// the last step up and holds it there for a week. All of the plugin's slots follow, the other
    /// session templates' exercises as well.
    ///
    /// An exercise of the block that hurt holds it at least (the engine's verdict says so). A logged
    /// session also words the block's next rise as a fact (`+2 reps (2 x 10 done on Fri 11 Dec, pain 2/10)`).
    public func adapt(_ outcome: BlockOutcome, state: inout StabilizerState) {
        if let basis = ChangeBasis(outcome) {
            for slot in options.exercises {
                if let index = state.slots.index(forKey: slot.value) { state.slots.values[index].basis = basis }
            }
        }
        let why: String
        let back: Bool
        switch outcome.verdict {
        case .progress, .stop: return
        case .hold(let reason): (why, back) = (reason, false)
        case .stepBack(let reason): (why, back) = (reason, true)
        }
        // Every slot of the plugin, not only this block's: pain after one session is a reason to
        // hold (or ease) the stabilizer work of the other session templates too.
        // Each slot changed where it stands (no slot depends on another, so their order is not
        // needed, and none is copied out and hashed back in). The index is moved on by hand: a
        // loop over `state.slots.indices` holds the table too, so the first change copied it whole.
        var index = state.slots.startIndex
        while index != state.slots.endIndex {
            state.slots.values[index].hold(because: why, steppingBack: back, courseWeek: state.lastCourseWeek)
            state.slots.formIndex(after: &index)
        }
    }

    /// The prescription of the exercise at `place` in `catalog.exercises`, its fields read where
    /// the exercise stands rather than from a copy of it.
    private func prescription(
        _ place: Int, in catalog: ExerciseCatalog, _ dose: DoseLevel, rest: Int, change: String?, note: String?
    ) -> Prescription {
        let isReps = dose.kind == .reps
        return Prescription(
            exerciseID: catalog.exercises[place].id, sets: dose.sets,
            dose: isReps ? .reps(dose.amount) : .hold(seconds: dose.amount), perSide: catalog.exercises[place].perSide,
            tempo: isReps ? catalog.exercises[place].tempo : nil,
            holdSeconds: isReps ? catalog.exercises[place].holdSeconds : nil, restSeconds: rest, change: change,
            note: note, positions: isReps ? max(catalog.exercises[place].positions.count, 1) : 1)
    }
}
