import PlanKit

/// What `stabilizer-strength` carries from session to session: each exercise's level, keyed by the
/// exercise id a block names (the slot), since blocks of different sessions may list different
/// exercises and a slot may have moved on to a harder variant.
public struct StabilizerState: Sendable, Hashable {
    /// The person's longest good-form plank in seconds (baseline `plank-seconds`), if given.
    public internal(set) var plankBaseline: Int?
    /// Each slot's progress, by the exercise id the block names.
    var slots: [String: SlotProgress]
    /// The course week of the last session prescribed (``SessionContext/courseWeek``), which a
    /// hold the journal gives is dated by.
    var lastCourseWeek = 0

    /// A state before any session, with an optional plank baseline in seconds.
    public init(plankBaseline: Int? = nil) {
        self.plankBaseline = plankBaseline
        slots = [:]
    }

    /// The catalog id each slot is at now, by the exercise id the block names.
    public var currentVariants: [String: String] { slots.mapValues(\.level.exerciseID) }
}

/// One slot's progress.
struct SlotProgress: Sendable, Hashable {
    /// The level outside deload weeks.
    var level: DoseLevel
    /// The week `level` was set for.
    var week: Int
    /// What the week's step did (kept for the change text of the week's later sessions).
    var step: Step
    /// The last prescription given for this slot.
    var last: Given?
    /// Whether the plan has already said that this slot has reached the top with no harder variant.
    var toldTop: Bool
    /// The level before the last step up, to step back to.
    var previous: DoseLevel?
    /// Whether the journal holds the next weekly step back (pain, reps missed, a missed session).
    var holdsNextStep = false
    /// Why, for the week the step does not come when the session that said why has gone by.
    var heldBecause: String?
    /// Whether ``heldBecause`` is a step back's: a later hold in the same week does not replace
    /// it, since the step back is the slot's own reason (a hold after another template's session
    /// names a session the slot's exercise was not in).
    var heldBecauseStepsBack = false
    /// The course week of the session ``heldBecause`` comes from: when the week held is not the
    /// one after it (a week with nothing done came between, and did not count), the hold says so.
    var heldCourseWeek: Int?
    /// Why the journal changed the dose, said on the slot's next session, and whether it is a
    /// step back's, which moved the level: a later hold does not replace that one before the slot
    /// is prescribed, since the step back is what changes its dose.
    var journalNote: JournalNote?

    /// See ``journalNote``.
    struct JournalNote: Sendable, Hashable {
        var text: String
        var stepsBack: Bool
        /// Said at the week the step does not come, after the session that said it has gone by.
        var weekHeld = false
        /// Whether the week before the one held had nothing done (it did not count), so the
        /// reason comes from two calendar weeks back.
        var afterUncountedWeek = false
    }
    /// What the journal logged of the slot's last session, for the next change's wording; nil
    /// when it was not logged.
    var basis: ChangeBasis?
    /// The variant and push-up step the level was last found to fit, with nothing to change:
    /// the walk through the catalog's links is made again only when either moves, which they
    /// rarely do from one session to the next.
    var fitsAt: FitCheck?
    /// Where the level's exercise stands in the catalog and its note (its positions and short
    /// cue), found and worded once, not once a session: they change only with the variant.
    var cue: Cue?

    /// See ``fitsAt``.
    struct FitCheck: Sendable, Hashable {
        var exerciseID: String
        var standing: Standing
    }

    /// See ``cue``.
    struct Cue: Sendable, Hashable {
        var exerciseID: String
        var place: Int
        var note: String?
    }

    /// Holds the next weekly step after a session the journal says was held (`why`); a step back
    /// also returns to the level before the last step up, if there is one.
    mutating func hold(because why: String, steppingBack back: Bool, courseWeek: Int) {
        var movedBack = false
        if back, let previous {
            level = previous
            self.previous = nil
            movedBack = true
        }
        holdsNextStep = true
        if back || !heldBecauseStepsBack || heldBecause == nil {
            heldBecause = why
            heldBecauseStepsBack = back
            heldCourseWeek = courseWeek
        }
        // A step back not yet prescribed keeps its reason: a hold since changes no dose.
        if movedBack || journalNote?.stepsBack != true {
            journalNote = JournalNote(text: why, stepsBack: movedBack)
        }
    }
}

/// What was given last time, for the change text.
@dynamicMemberLookup
struct Given: Sendable, Hashable {
    /// The variant, the sets given (after any deload cut), and repetitions or seconds per set.
    var dose: DoseLevel
    /// The week it was given in.
    var week: Int
    /// Whether that week was a deload week.
    var deload: Bool

    /// The dose's fields: `exerciseID`, `sets`, `amount`, `kind`, `text`.
    subscript<T>(dynamicMember path: KeyPath<DoseLevel, T>) -> T { dose[keyPath: path] }
}
