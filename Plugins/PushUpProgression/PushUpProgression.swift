public import PlanKit
public import YAMLKit

/// One step of a push-up ladder per session, climbed by double progression.
///
/// The start step comes from the `push-ups` baseline. Each session adds a rep to every set until the
/// sets reach the top of the rep range; the session after, the next step starts at the bottom of the
/// range. With `progress-every: week`, the rep is added on the first session of each week instead,
/// every session of a week has the same dose, and the next step comes on the first session of the
/// week after a full week at the top. The step changes at most once a week and never goes back. Deload weeks cut sets and hold
/// reps and step; the session after a deload repeats the dose from before it. Every prescription
/// carries the three form cues that keep the upper back out of trouble. With `retest-every`, a
/// one-set max test of the current step opens the first session of every retest week (never in a
/// deload week) and leaves the progression as it would be without it.
public struct PushUpProgression: PlanPlugin {
    /// The ladder's steps, checked against the catalog.
    public let ladder: [String]
    /// The block's options.
    public let options: Options
    /// The catalog the ladder was checked against, for re-seating it on a logged retest.
    let catalog: ExerciseCatalog
    /// Steps the catalog has between two neighbouring steps of the ladder that it leaves out.
    public let warnings: [Diagnostic]

    /// The block heading.
    public static let title = "Push-ups"
    /// The tempo used when neither the block nor the exercise gives one: 2 s down, 1 s pause, 2 s up.
    public static let defaultTempo = Tempo(phases: [2, 1, 2])
    /// The note shown on every deload session.
    public static let deloadNote = "deload week: fewer sets, same step and reps, no progression"
    /// The deload note of a week whose step this block's ladder changed (a new phase's ladder).
    public static let deloadSwapNote = "deload week: fewer sets, no progression"
    /// The note shown while the last step is held at the top of the range.
    public static let topOfLadderNote = "top of the ladder: slow the tempo or add a pause rather than more reps"

    /// Makes the plugin for one block, checking every ladder step against the catalog.
    public init(options: Options, catalog: ExerciseCatalog) throws(YAMLError) {
        var problems = options.problems()
        for (position, step) in options.ladder.enumerated() {
            let path = options.place.path("ladder[\(position)]")
            let range = step.range ?? options.place.range("ladder")
            guard let exercise = catalog.exercise(step.value) else {
                var located = step
                located.range = range
                problems.append(catalog.unknownExercise(located, path: path))
                continue
            }
            if exercise.category != .pushUp {
                let home = exercise.category == .mobility ? "mobility-warmup" : "stabilizer-strength"
                problems.append(Diagnostic(
                    .error, "'\(exercise.id)' is a \(exercise.category.label) exercise, not a push-up step",
                    at: range, path: path,
                    help: "the ladder takes exercises of category 'push-up', such as knee-push-up; "
                        + "\(exercise.category.label) exercises belong in a '\(home)' block"))
            } else if exercise.kind == .hold {
                problems.append(Diagnostic(
                    .error, "'\(exercise.id)' is a timed hold, but ladder steps are done in reps", at: range,
                    path: path, help: "give the exercise 'kind: reps', or leave it out of the ladder"))
            }
        }
        let steps = options.ladder.map(\.value)
        let links = HarderLinks(catalog)
        if problems.isEmpty { problems += Self.orderProblems(options, links: links) }
        // The default doses name the standard easy steps; only doses a programme writes must be on its ladder.
        let written = options.place.ranges["step-doses"] != nil
        for entry in options.stepDoses.entries where written && !steps.contains(entry.id.value) {
            let hint = Suggestion.nearest(to: entry.id.value, in: steps).map { "did you mean '\($0)'? " } ?? ""
            problems.append(Diagnostic(
                .error, "'step-doses' names '\(entry.id.value)', which is not a step of this block's ladder",
                at: entry.id.range ?? options.place.range("step-doses"),
                path: options.place.path("step-doses.\(entry.id.value)"),
                help: hint + "name steps of 'ladder' (" + steps.joined(separator: ", ") + ")"))
        }
        if !problems.isEmpty {
            throw YAMLError(problems.inSourceOrder())
        }
        self.options = options
        self.ladder = options.ladder.map(\.value)
        self.catalog = catalog
        self.warnings = Self.skippedSteps(options, links: links, catalog: catalog) + Self.paceWarnings(options)
    }

    /// A step listed after a harder one, by the catalog's easier and harder links: the ladder is
    /// climbed in the order written, so a hardest-first ladder would step the person down and call
    /// each regression the next step. One error per such step, at it, with a note at the harder
    /// step before it. Steps the links do not relate (an author's own exercise) are left as written.
    static func orderProblems(_ options: Options, links: HarderLinks) -> [Diagnostic] {
        let steps = options.ladder.map(\.value)
        let isEasier = { (a: String, b: String) in links.chain(from: a, to: b) != nil }
        let misplaced = options.ladder.enumerated().compactMap { position, step in
            options.ladder[..<position].first { isEasier(step.value, $0.value) }.map { (position, step, $0) }
        }
        guard !misplaced.isEmpty else { return [] }
        // When the links relate every pair of steps, the order to write is known.
        let related = steps.indices.allSatisfy { i in
            steps.indices.allSatisfy { j in i == j || isEasier(steps[i], steps[j]) || isEasier(steps[j], steps[i]) }
        }
        let sorted = related ? ", such as " + steps.sorted(by: isEasier).yamlText : ""
        var problems: [Diagnostic] = []
        for (position, step, before) in misplaced {
            problems.append(Diagnostic(
                .error,
                "ladder step '\(step.value)' is easier than '\(before.value)', listed before it: a ladder is "
                    + "climbed in the order written, easiest first",
                at: step.range ?? options.place.range("ladder"), path: options.place.path("ladder[\(position)]"),
                help: "list the steps easiest first (the catalog's easier and harder links put '\(step.value)' "
                    + "below '\(before.value)')" + sorted,
                notes: before.range.map { [Diagnostic(.note, "'\(before.value)' is listed here", at: $0)] } ?? []))
        }
        return problems
    }

    /// Two neighbouring steps with push-up steps between them in the catalog's links that the
    /// ladder leaves out (`[wall-push-up, push-up-plus]`): a warning at the later step naming them.
    /// The ladder still plans, jumping from one to the next.
    static func skippedSteps(_ options: Options, links: HarderLinks, catalog: ExerciseCatalog) -> [Diagnostic] {
        let steps = Set(options.ladder.map(\.value))
        var warnings: [Diagnostic] = []
        for (position, pair) in zip(options.ladder, options.ladder.dropFirst()).enumerated() {
            guard let chain = links.chain(from: pair.0.value, to: pair.1.value) else { continue }
            let between = chain.dropFirst().dropLast()
            let missing = between.filter { !steps.contains($0) && catalog.exercise($0)?.category == .pushUp }
            guard !missing.isEmpty else { continue }
            let filled = [pair.0.value] + between.filter { catalog.exercise($0)?.category == .pushUp } + [pair.1.value]
            warnings.append(Diagnostic(
                .warning,
                "the ladder goes from '\(pair.0.value)' straight to '\(pair.1.value)', skipping "
                    + missing.map { "'\($0)'" }.joined(separator: ", ") + ", which the catalog has between them",
                at: pair.1.range ?? options.place.range("ladder"), path: options.place.path("ladder[\(position + 1)]"),
                help: "add the steps between them, \(filled.yamlText), or keep the jump if the "
                    + "person is meant to make it in one step"))
        }
        return warnings
    }

    /// Chooses the start step from the `push-ups` baseline and the `knee-push-ups` one, the higher
    /// of what they point to (one step lower in a rehab programme, whose baselines count
    /// push-ups within the pain rules' `progress-up-to`), or the first step without either, and
    /// says how, and when the baseline is past the mapping's top.
    public func start(_ context: StartContext) -> PluginStart<State> {
        let (athlete, purpose, painRules, catalog) = (context.athlete, context.purpose, context.painRules, context.catalog)
        let full = athlete.baseline[Self.baseline.key]
        let knees = athlete.baseline[Self.kneeBaseline.key]
        guard full != nil || knees != nil else {
            let first = ladder.first ?? LadderStart.target(forPushUps: 0)
            let name = catalog.sentenceName(of: first)
            let test = purpose == .rehab
                ? "test the most push-ups you can do with good form and pain at or under \(painRules.progressUpTo)/10"
                : "test your max good-form push-ups"
            var state = State(startExerciseID: first, startReps: stepDose(first).range.lower)
            state.rehab = purpose == .rehab
            return PluginStart(
                state: state,
                summary: "no push-up baseline: starting at the first step, \(name); "
                    + "\(test) and pass --baseline \(Self.baseline.key)=N (under \(LadderStart.kneeBand), add your "
                    + "knee push-ups: --baseline \(Self.kneeBaseline.key)=N)")
        }
        let fullTarget = full.map(LadderStart.target(forPushUps:))
        let kneeTarget = knees.map { count in
            LadderStart.target(
                forKneePushUps: count, range: stepDose(LadderStart.kneeStep).range, moveOn: moveOnReps(LadderStart.kneeStep))
                ?? LadderStart.target(forPushUps: 0)
        }
        let order = Options.standardLadder
        let rank = { (id: String) in order.firstIndex(of: id) ?? 0 }
        let kneesWin = kneeTarget.map { knee in fullTarget.map { rank(knee) > rank($0) } ?? true } ?? false
        let target = (kneesWin ? kneeTarget : fullTarget) ?? LadderStart.target(forPushUps: 0)
        var step = LadderStart.nearest(to: target, in: ladder, catalog: catalog)
        let mapped = step
        // A rehab programme starts a step below the training mapping. A ladder without the mapped
        // step (a phase that stops at the knee push-up) already starts below it: no second step down.
        if purpose == .rehab, mapped == target, let position = ladder.firstIndex(of: step), position > 0 {
            step = ladder[position - 1]
        }
        let reps = stepDose(step).range.lower
        let counts = [full.map { $0 == 1 ? "1 push-up" : "\($0) push-ups" },
                      knees.map { $0 == 1 ? "1 knee push-up" : "\($0) knee push-ups" }].compactMap { $0 }
        let counted = purpose == .rehab ? " (good form, pain \(painRules.progressUpTo)/10 or less)" : ""
        var summary = "baseline \(counts.joined(separator: " and "))\(counted) -> "
            + "\(catalog.sentenceName(of: step)), \(options.sets) x \(reps)"
        if step != mapped {
            summary += " (a rehab programme starts a step below the \(catalog.sentenceName(of: mapped)))"
        } else if mapped != target, mapped == ladder.last, purpose == .rehab {
            // A capped ladder (a first phase that stops below the mapped step) already starts lower.
            summary += " (the \(catalog.sentenceName(of: target)) comes later: this block's ladder stops at the "
                + "\(catalog.sentenceName(of: mapped)))"
        } else if mapped != target {
            summary += " (this ladder has no \(catalog.sentenceName(of: target)))"
        }
        if full != nil, knees != nil, fullTarget != kneeTarget {
            summary += "; of the two counts, the \(kneesWin ? "knee push-ups" : "push-ups") point higher"
        }
        if let full, full >= LadderStart.topBand, !kneesWin {
            summary += "; \(LadderStart.topBand) or more push-ups is the top of the baseline mapping: "
                + "every count from \(LadderStart.topBand) up starts here"
            if step == ladder.last { summary += ", the last step of this ladder" }
        }
        var state = State(startExerciseID: step, startReps: reps)
        state.rehab = purpose == .rehab
        return PluginStart(state: state, summary: summary)
    }

    /// A step's dose as this block gives it: its own `step-doses` entry, else the block's `reps`,
    /// +1 rep and `progress-every`.
    public func dose(ofStep id: String) -> StepDose {
        let dose = stepDose(id)
        return StepDose(reps: dose.range, add: dose.add, every: dose.every)
    }

    /// A step's rep range, reps added per rise and how often: its own `step-doses` entry, else
    /// the block's `reps`, +1 rep and `progress-every`.
    func stepDose(_ id: String) -> (range: RepRange, add: Int, every: ProgressEvery) {
        if let dose = options.stepDoses.dose(for: id) {
            return (dose.reps, dose.add, dose.every ?? options.progressEvery)
        }
        return (options.reps, 1, options.progressEvery)
    }

    /// The push-up step the person is on: the last regular session's (after any step back the
    /// journal made), or the start step before the first session.
    public func standing(_ state: State) -> Standing {
        Standing(pushUpStep: state.regular?.exerciseID ?? state.startExerciseID)
    }

    /// Prescribes this session's step, with a max test first in a retest week, and moves the
    /// progression on.
    public func prescribe(_ session: SessionContext, state: inout State) -> BlockPlan {
        let step = nextStep(session, state: state)
        var sets = options.sets
        var reps = step.reps
        var change = step.change
        var notes: [String] = []
        if session.isDeload {
            let deload = deloadDose(session, state: state, reps: reps)
            (sets, reps) = (deload.sets, deload.reps)
            let from = state.last.map { ($0.sets, $0.reps) } ?? (options.sets, step.reps)
            // A step this block's ladder does not have (a new phase) is swapped even in a deload
            // week: said with its reason, not as a cut of the same step's reps.
            let swapped = state.last.map { $0.exerciseID != step.exerciseID } ?? false
            var cuts: [String] = []
            // Said against the block's sets: a deload session after a lighter one of the same
            // week (a step back's) is still a cut of the block's sets, not a rise.
            if sets != from.0 { cuts.append("sets \(max(options.sets, from.0)) -> \(sets)") }
            if reps != from.1, !swapped { cuts.append("reps \(from.1) -> \(reps)") }
            // Cut deeper than the programme's share: the week stays at or below the week before.
            let bound = deload.bound.map { " (the week stays at or below last week's \($0) reps)" } ?? ""
            let cut = cuts.isEmpty ? nil : "deload week: " + cuts.joined(separator: ", ") + bound
            change = swapped ? [step.change, cut].compactMap { $0 }.joined(separator: "; ") : cut
            if let adjustment = state.adjustment {
                let name = session.catalog.sentenceName(of: step.exerciseID)
                let dose = "\(sets) x \(reps)"
                let move = adjustment.reseated && !adjustment.steppedBack
                    ? "one step up to \(name) \(dose)"
                    : adjustment.steppedBack
                    ? Self.backTo(name, dose: dose, sameStep: state.last?.exerciseID == step.exerciseID)
                    : "held at \(dose)"
                change = adjustment.reason + ": " + move + " (deload week)"
                state.adjustment = nil
            }
            notes.append(swapped ? Self.deloadSwapNote : Self.deloadNote)
        } else if step.atTopOfLadder {
            notes.append(Self.topOfLadderNote)
        }

        let done = State.Done(
            exerciseID: step.exerciseID, sets: sets, reps: reps, week: session.week,
            sessionNumber: session.sessionNumber, isDeload: session.isDeload)
        if step.changesStep { state.stepChangedWeek = session.week }
        if !session.isDeload {
            state.regular = done
            state.adjustment = nil
        }
        state.last = done
        state.basis = nil  // this session is not logged until `adapt` says so
        state.count(sets * reps, week: session.week, planned: session.sessionsThisWeek, isDeload: session.isDeload)

        // Read where the catalog keeps it: `exercise(_:)` copies the whole exercise, every session.
        let place = session.catalog.place(of: step.exerciseID)
        var prescriptions = [
            prescription(
                place, in: session.catalog, step.exerciseID, sets: sets, reps: reps, change: change,
                note: Self.cues(for: place, in: session.catalog))
        ]
        let working = prescriptions
        if state.retestEvery != options.retestEvery {
            state.retestEvery = options.retestEvery
            state.retestsSince = session.week
        }
        if let owed = Self.retestWeekOwed(
            every: options.retestEvery, lastWeek: options.retestLastWeek, session: session, state: state)
        {
            state.retestedForWeek = owed
            prescriptions.insert(retestPrescription(onStep: step.exerciseID, session: session, rehab: state.rehab), at: 0)
        }
        // A test is not training volume: the chart counts and follows the working sets only.
        return BlockPlan(
            pluginID: Self.descriptor.id, title: Self.title, prescriptions: prescriptions, notes: notes,
            progress: BlockProgress(chart: Self.title, totalling: working, followingSteps: true))
    }

    /// Moves the progression to what the person really did: a session held (pain 4-5/10, reps
    /// missed, or missed altogether) gives the same step and reps again; a step back takes two reps
    /// off, or at the bottom of the range goes to the easier step near the top of its range.
    ///
    /// An exercise of the block that hurt holds it at least (the engine's verdict says so). A logged
    /// session also words the next rise as a fact (`+1 rep (3 x 5 done on Mon 7 Dec, pain 2/10)`).
    public func adapt(_ outcome: BlockOutcome, state: inout State) {
        if let basis = ChangeBasis(outcome) { state.basis = basis }
        // The week's count holds what was done, not what was written: a session done short (or
        // over) moves the figure the next week's rise is bounded by (a missed session was never
        // counted: its lanes are put back before it).
        if outcome.log != nil {
            var difference = 0
            for (prescription, sets) in zip(outcome.prescribed.prescriptions, outcome.done) where !prescription.dose.isTest {
                difference += sets.reduce(0, +) - prescription.sets * prescription.dose.amount
            }
            state.volumeThisWeek = max(0, state.volumeThisWeek + difference)
        }
        guard var regular = state.regular else { return }
        defer { reseatOnRetest(outcome, state: &state) }
        switch outcome.verdict {
        case .progress, .stop:
            return
        case .hold(let why):
            state.adjustment = State.Adjustment(reason: why, steppedBack: false)
        case .stepBack(let why):
            let range = stepDose(regular.exerciseID).range
            let position = ladder.firstIndex(of: regular.exerciseID) ?? 0
            if regular.reps - 2 >= range.lower {
                regular.reps -= 2
            } else if position > 0 {
                regular.exerciseID = ladder[position - 1]
                let easier = stepDose(regular.exerciseID).range
                regular.reps = max(easier.lower, easier.upper - 2)
            } else {
                regular.reps = range.lower
            }
            state.regular = regular
            state.adjustment = State.Adjustment(reason: why, steppedBack: true)
        }
    }

    /// A logged retest's count re-seats the ladder (`reseat`), after the pain rules have had their
    /// say; the next session says why (`retest on Mon 14 Dec: 14 reps of push-up: one step up to push-up plus 3 x 5`).
    private func reseatOnRetest(_ outcome: BlockOutcome, state: inout State) {
        let verdict = outcome.verdict
        if case .stop = verdict { return }
        guard let index = outcome.prescribed.prescriptions.firstIndex(where: { $0.dose.isTest }),
            outcome.done.indices.contains(index), let count = outcome.done[index].first, var regular = state.regular
        else { return }
        let tested = outcome.prescribed.prescriptions[index].exerciseID
        guard let seat = reseat(
            count: count, tested: tested, regular: regular, state: state, verdict: verdict, catalog: catalog)
        else { return }
        let name = catalog.sentenceName(of: tested)
        let reps = count == 1 ? "1 rep" : "\(count) reps"
        regular.exerciseID = seat.exerciseID
        regular.reps = seat.reps
        state.regular = regular
        if seat.up { state.stepChangedWeek = regular.week }
        state.adjustment = State.Adjustment(
            reason: "retest on \(outcome.date.shortDisplay): \(reps) of \(name)", steppedBack: !seat.up,
            reseated: true)
    }

    /// `sets` x `reps` of a step, with the block's rest and tempo (else the exercise's, else 2-1-2) and
    /// the exercise's pause at the top; the exercise is the one at `place` in `catalog` (nil when
    /// the catalog has none), its fields read in place.
    func prescription(
        _ place: Int?, in catalog: ExerciseCatalog, _ id: String, sets: Int, reps: Int, change: String?, note: String
    ) -> Prescription {
        Prescription(
            exerciseID: id, sets: sets, dose: .reps(reps), perSide: place.map { catalog.exercises[$0].perSide } ?? false,
            tempo: options.tempo ?? place.flatMap { catalog.exercises[$0].tempo } ?? Self.defaultTempo,
            holdSeconds: place.flatMap { catalog.exercises[$0].holdSeconds }, restSeconds: options.restSeconds,
            change: change, note: note)
    }

    /// The sets and reps for a deload session: sets cut by the deload share, reps held, and both
    /// trimmed if needed so the week's volume stays at or below the week before.
    /// `bound` is the week before's repetitions when they trimmed the dose below the deload's
    /// share, for the change text to say why.
    private func deloadDose(_ session: SessionContext, state: State, reps: Int) -> (sets: Int, reps: Int, bound: Int?) {
        var sets = session.deloadVolume.apply(to: options.sets, minimum: 1)
        var reps = reps
        let shared = (sets, reps)
        if let budget = state.deloadBudget(
            for: session.week, sessionInWeek: session.sessionInWeek, sessionsThisWeek: session.sessionsThisWeek)
        {
            if sets * reps > budget { sets = max(1, budget / reps) }
            if sets * reps > budget { reps = max(1, budget) }
        }
        let trimmed = sets != shared.0 || reps != shared.1
        return (sets, reps, trimmed ? state.deloadReference(for: session.week) : nil)
    }
}
