import PlanKit

/// Where one exercise stands in its progression: the variant done now, its sets, and its
/// repetitions or seconds per set (which of the two depends on the variant's kind).
struct DoseLevel: Sendable, Hashable {
    /// The catalog id of the variant done now.
    var exerciseID: String
    /// Working sets outside deload weeks.
    var sets: Int
    /// Repetitions per set, or seconds per hold.
    var amount: Int
    /// Whether `amount` counts repetitions or seconds.
    var kind: Exercise.Kind

    /// `2 x 10` or `2 x 10 s`: written piece by piece into one (small) string, as every worded
    /// change of a course names a dose or two.
    var text: String {
        var text = String(sets)
        text += " x "
        text += String(amount)
        if kind == .hold { text += " s" }
        return text
    }
}

/// What a week's step did to a level.
enum Step: Sendable, Hashable {
    /// The exercise's first week: it starts here.
    case first
    /// No step: a deload week, or a later session of the same week.
    case none
    /// Repetitions or seconds added; `from` is the level before.
    case more(by: Int, from: DoseLevel)
    /// One more set, the dose back to its start; `from` is the level before.
    case addSet(from: DoseLevel)
    /// Moved into this week's block's own sets and range (a phase that doses the exercise its own
    /// way): that is the week's step; `from` is the level before.
    case blockDose(from: DoseLevel)
    /// The next harder variant at the start dose; `from` is the level before.
    case harder(from: DoseLevel)
    /// The top of the progression with no harder variant: the level stays.
    case top
    /// The top of the progression; the harder variant `harder` (a catalog id) waits, `reason`
    /// says until when (`once your push-ups reach the knee push-up`).
    case waiting(harder: String, reason: String)
    /// The top of the progression; its harder variant `harder` (a catalog id) is what another of
    /// the block's exercises gives already, so the level stays: a session never doubles one.
    case taken(harder: String)
    /// Moved down to an easier variant that fits the person now (a step back on the ladder);
    /// `from` is the level before, `reason` says why (`to match your push-up step (…)`).
    case fitted(from: DoseLevel, reason: String)
}
