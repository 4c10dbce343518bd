import PlanKit

extension PushUpProgression {
    /// The step and reps a session gets before any deload cut, and why.
    struct Step: Sendable, Hashable {
        var exerciseID: String
        var reps: Int
        var change: String?
        /// Whether this session moves to a new step.
        var changesStep = false
        /// Whether this is the last step held at the top of the range.
        var atTopOfLadder = false
    }

    /// Double progression, assuming each session was done as written:
    /// - the first session: the start step at the bottom of the range;
    /// - in a deload week: the last regular step and reps, held;
    /// - the first session after a deload: the dose from before it, again;
    /// - with `progress-every: week`, a later session of the same week: the week's dose, again;
    /// - otherwise (every session, or the first session of each week with `progress-every: week`),
    ///   below the top of the range: one more rep per set;
    /// - at the top: the next step at the bottom of the range, unless the step already changed
    ///   this week (then the top is held) or this is the last step (the top is held, with a note).
    func nextStep(_ session: SessionContext, state: State) -> Step {
        guard let regular = state.regular else {
            let start = LadderStart.nearest(to: state.startExerciseID, in: ladder, catalog: session.catalog)
            return Step(exerciseID: start, reps: clamp(state.startReps, start))
        }
        let easier = LadderStart.nearestEasier(to: regular.exerciseID, in: ladder, catalog: session.catalog)
        let current = easier ?? ladder.first ?? regular.exerciseID
        let dose = stepDose(current)
        let range = dose.range
        let reps = clamp(regular.reps, current)
        let position = ladder.firstIndex(of: current) ?? 0
        let isLastStep = position == ladder.count - 1
        var swapped: String? {
            guard current != regular.exerciseID else { return nil }
            let name = session.catalog.sentenceName(of: regular.exerciseID)
            return "this block's ladder has no \(name): \(session.catalog.sentenceName(of: current))"
        }

        // A new phase's ladder with no step as easy as the person's starts at its first step,
        // harder than theirs: at the bottom of its range, not at reps carried from an easier step
        // (which would put it at the top and move straight on).
        if easier == nil, current != regular.exerciseID {
            let lower = range.lower
            let change = "this block's ladder starts at \(session.catalog.sentenceName(of: current)), harder than the "
                + "\(session.catalog.sentenceName(of: regular.exerciseID)): \(options.sets) x \(lower)"
            return Step(
                exerciseID: current, reps: lower, change: change, changesStep: true,
                atTopOfLadder: isLastStep && lower == range.upper)
        }

        if !session.isDeload, let adjustment = state.adjustment {
            let name = session.catalog.sentenceName(of: current)
            let change = adjustment.reseated && !adjustment.steppedBack
                ? "\(adjustment.reason): one step up to \(name) \(options.sets) x \(reps)"
                : adjustment.steppedBack
                ? "\(adjustment.reason): "
                    + Self.backTo(name, dose: "\(options.sets) x \(reps)", sameStep: state.last?.exerciseID == current)
                : state.last?.isDeload == true
                ? "\(adjustment.reason): back to \(options.sets) x \(reps) after the deload week, no rise"
                : "\(adjustment.reason): \(options.sets) x \(reps) again"
            return Step(
                exerciseID: current, reps: reps, change: swapped ?? change,
                atTopOfLadder: isLastStep && reps == range.upper)
        }
        // A deload session holds the dose too; `prescribe` then cuts it and words the change.
        let afterDeload = state.last?.isDeload == true
        let mode = dose.every
        if session.isDeload || afterDeload || (mode == .week && regular.week == session.week) {
            let change = afterDeload ? swapped ?? "after the deload: back to \(options.sets) x \(reps)" : swapped
            return Step(
                exerciseID: current, reps: reps, change: change, atTopOfLadder: isLastStep && reps == range.upper)
        }
        if reps < range.upper {
            let wanted = min(reps + dose.add, range.upper)
            let allowed = min(wanted, mostReps(session, state: state) ?? wanted)
            guard allowed > reps else {
                // Nothing shows why (see `SessionContext.wordsChanges`).
                guard session.wordsChanges else { return Step(exerciseID: current, reps: reps) }
                // The figure it rises from, so a week with few sessions done explains the hold.
                let reference = state.regularReference(for: session.week)
                // A week with sessions missed says so: it is why there is little to rise on.
                let sessions = state.regularReferenceSessions(for: session.week)
                let missed = sessions.counted < sessions.planned
                    ? " (done in \(sessions.counted) of \(sessions.planned) sessions)" : ""
                let from = reference.map { " \($0) reps" + missed } ?? ""
                // The week before a deload is named: "last week" would be the deload week.
                let whose = state.regularReferenceWeek(for: session.week)
                    .map { ProgressEvery.weekName($0, now: session.week) } ?? "last week's"
                // A week whose sessions done short or missed left little to rise on: the dose held
                // may already be more than the cap, and then saying "rise at most" would mislead.
                let sessionsLeft = max(1, session.sessionsThisWeek - session.sessionInWeek + 1)
                let held = state.volume(in: session.week) + sessionsLeft * options.sets * reps
                let over = reference.map { held > WeeklyRise.cap($0, minimum: options.sets) } ?? false
                let bound = over
                    ? "\(options.sets) x \(reps) again: the week at \(options.sets) x \(reps) (\(held) reps) is already "
                        + "more than \(WeeklyRise.percent)% above \(whose)\(from)"
                    : "\(options.sets) x \(reps) again: this week's push-ups rise at most "
                        + "\(WeeklyRise.percent)% on \(whose)\(from)"
                return Step(exerciseID: current, reps: reps, change: swapped ?? bound)
            }
            let added = allowed - reps
            return Step(
                exerciseID: current, reps: allowed,
                // Its reason worded only here, when it is said: not for a week held, nor beside a
                // swap, nor where nothing shows it (see `SessionContext.wordsChanges`).
                change: !session.wordsChanges ? nil : swapped ?? "+\(added) \(added == 1 ? "rep" : "reps")"
                    + mode.reason(
                        regular.dose, of: regular.exerciseID, reached: false, doneInWeek: regular.week, now: session.week,
                        basis: state.basis, rules: session.painRules),
                atTopOfLadder: isLastStep && allowed == range.upper)
        }
        if isLastStep {
            return Step(exerciseID: current, reps: range.upper, change: swapped, atTopOfLadder: true)
        }
        if state.stepChangedWeek == session.week {
            let change =
                swapped ?? "\(options.sets) x \(reps) again: one step a week at most, the next step comes next week"
            return Step(exerciseID: current, reps: reps, change: change)
        }
        let next = ladder[position + 1]
        let name = session.catalog.sentenceName(of: next)
        let lower = stepDose(next).range.lower
        return Step(
            exerciseID: next, reps: lower,
            change: "next step: \(name), back to \(options.sets) x \(lower)"
                + mode.reason(
                    regular.dose, of: regular.exerciseID, reached: true, doneInWeek: regular.week, now: session.week, basis: state.basis,
                    rules: session.painRules),
            changesStep: true)
    }

    /// A step back's words after its reason: `down to high incline push-up 3 x 13` when it
    /// changes the step (not "back to": after a break the easier step may be one the person never
    /// did, and a phone user's trial read "back to" as a mistake), and the dose first, `back to
    /// 3 x 8 on low incline push-up`, when only the reps go down on the step of the last session
    /// (`back to low incline push-up 3 x 8` there read as a change of step). `name` is the step's
    /// sentence name.
    static func backTo(_ name: String, dose: String, sameStep: Bool) -> String {
        sameStep ? "back to \(dose) on \(name)" : "down to \(name) \(dose)"
    }

    /// The most reps per set this session may have so that the week's push-ups rise at most
    /// `WeeklyRise` on the latest regular week's, the rest of the week at the same dose; nil when
    /// there is no bound: the first week of a new step, or no earlier regular week.
    func mostReps(_ session: SessionContext, state: State) -> Int? {
        guard state.stepChangedWeek != session.week, let reference = state.regularReference(for: session.week)
        else { return nil }
        let cap = WeeklyRise.cap(reference, minimum: options.sets)
        let sessionsLeft = max(1, session.sessionsThisWeek - session.sessionInWeek + 1)
        return max(0, cap - state.volume(in: session.week)) / sessionsLeft / max(1, options.sets)
    }

    /// Reps brought inside `step`'s range (blocks of one plugin may have different ranges).
    private func clamp(_ reps: Int, _ step: String) -> Int {
        let range = stepDose(step).range
        return min(max(reps, range.lower), range.upper)
    }
}
