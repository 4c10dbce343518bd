import PlanKit

/// One slot's part of a session, done on the slot where the state keeps it: a replay prescribes
/// every slot of every session of a course, and a copy of the slot out of the state and back in
/// cost more than the rules themselves.
extension SlotProgress {
    /// Whether the slot takes its weekly step at `session`: its first session of a week that is
    /// neither a deload week nor held by the journal. The step needs the exercises the block's
    /// other slots give (see `StabilizerStrength.occupied`), read only then.
    func steps(at session: SessionContext) -> Bool {
        week != session.week && !session.isDeload && !holdsNextStep
    }

    /// Moves the slot into `session`'s week, once a week: a deload week clamps the level, a week
    /// the journal holds says why and does not step, any other takes the weekly step, keeping clear
    /// of the exercises in `occupied`. Then, every session, a level harder than the person's
    /// push-up step (which a logged step back may have moved) goes back to a variant that fits.
    mutating func begin(
        _ session: SessionContext, _ progression: Progression, slot: String, _ standing: Standing, occupied: [String]
    ) {
        if week != session.week {
            if session.isDeload {
                level = progression.clamped(level, slot: slot)
                step = .none
            } else if holdsNextStep {
                step = .none
                holdsNextStep = false
                // The week's step does not come: say why, if the session that said it has
                // gone by (a step back last week holds this week too).
                // A week with nothing done between (it did not count) is said too: the
                // reason is then two calendar weeks old (a clinician's trial read it as news).
                let gap = heldCourseWeek.map { session.courseWeek == $0 + 2 } ?? false
                if journalNote == nil, let why = heldBecause {
                    journalNote = JournalNote(text: why, stepsBack: false, weekHeld: true, afterUncountedWeek: gap)
                } else if journalNote != nil {
                    // The slot's first session since the reason falls in the week held.
                    journalNote?.weekHeld = true
                    journalNote?.afterUncountedWeek = gap
                }
                heldBecause = nil
                heldBecauseStepsBack = false
                heldCourseWeek = nil
            } else {
                let before = level
                (level, step) = progression.step(level, slot: slot, standing, occupied: occupied)
                if level != before { previous = before }
                if level.exerciseID != before.exerciseID { toldTop = false }
            }
            week = session.week
        }
        // The push-up step may have gone back (a logged step back): never harder than it.
        let check = FitCheck(exerciseID: level.exerciseID, standing: standing)
        guard fitsAt != check else { return }
        if let fitted = progression.fitting(level, slot: slot, standing) {
            let reason = progression.fitReason(for: level.exerciseID, standing)
            step = .fitted(from: level, reason: reason)
            level = fitted
            previous = nil
            toldTop = false
            fitsAt = nil
        } else {
            fitsAt = check
        }
    }

    /// Where `exercise` stands in `catalog` and its note: its positions, then its short cue (nil
    /// when it has neither); nil when the catalog does not have it. Found and worded again only
    /// when the slot's variant changes (see ``cue``).
    mutating func cue(of exercise: String, in catalog: ExerciseCatalog) -> Cue? {
        if let cue, cue.exerciseID == exercise { return cue }
        guard let place = catalog.place(of: exercise) else { return nil }
        var note = catalog.exercises[place].shortCue
        if let positions = Exercise.positionsNote(catalog.exercises[place].positions) { note = positions + " · " + note }
        cue = Cue(exerciseID: exercise, place: place, note: note.isEmpty ? nil : note)
        return cue
    }

    /// Gives the slot `dose` at `session` and returns why it changed since the slot's last
    /// session (nil when nothing worth saying did): the weekly rule's words, the first session's,
    /// or the journal's reason, said once.
    mutating func give(
        _ dose: DoseLevel, at session: SessionContext, slot: String, _ progression: Progression, _ standing: Standing,
        wording: ChangeText
    ) -> String? {
        let given = Given(dose: dose, week: session.week, deload: session.isDeload)
        guard session.wordsChanges else {
            // Nothing will show why (see `SessionContext.wordsChanges`): the slot moves as it
            // does when the change is worded, and no word is written.
            if ChangeText.saysTop(now: given, last: last, step: step, toldTop: toldTop) { toldTop = true }
            if saysJournalNote(of: dose, at: session) { journalNote = nil }
            basis = nil
            last = given
            return nil
        }
        var change = wording.text(now: given, last: last, step: step, basis: basis, toldTop: &toldTop)
            ?? (last == nil
                ? wording.firstText(
                    slot: slot, variant: dose.exerciseID, reason: progression.fitReason(for: slot, standing),
                    written: progression.options.reps,
                    planned: progression.range(for: .reps, variant: dose.exerciseID, slot: slot).range)
                : nil)
        basis = nil  // this session is not logged until `adapt` says so
        let variant = last.map { $0.exerciseID != dose.exerciseID } == true
            ? session.catalog.sentenceName(of: dose.exerciseID) + " " : ""
        if let note = journalNote, saysJournalNote(of: dose, at: session) {
            if !session.isDeload {
                // After a deload week the sets come back: that is the change, not the journal's.
                let afterDeload = last?.deload == true
                change = note.text + ": "
                    + (given.dose == last?.dose ? "\(dose.text) again" + (note.weekHeld ? ", no rise this week" : "")
                        + (note.afterUncountedWeek ? " (last week, with nothing done, did not count)" : "")
                        : afterDeload ? "back to \(variant)\(dose.text) after the deload week" + (note.stepsBack ? "" : ", no rise")
                        : "now \(variant)\(dose.text)")
            } else {
                // A step back that falls in a deload week says why, beside the deload's cut.
                change = note.text + ": now \(variant)\(dose.text) (deload week)"
            }
            journalNote = nil
        }
        last = given
        return change
    }

    /// Whether the slot's session giving `dose` says the journal's note (and so uses it up): any
    /// session outside a deload week, and one in it whose variant or dose moved (a step back that
    /// falls in a deload week).
    private func saysJournalNote(of dose: DoseLevel, at session: SessionContext) -> Bool {
        guard journalNote != nil else { return false }
        guard session.isDeload else { return true }
        guard let last else { return false }
        return last.exerciseID != dose.exerciseID || last.amount != dose.amount
    }
}
