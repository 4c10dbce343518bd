import PlanKit

extension PushUpProgression {
    /// The `change` shown on a retest prescription.
    public static let retestChange = "retest week"
    /// How a retest is stopped, shared by both notes.
    static let retestRule =
        "max test: as many good-form reps as you can, stop at the first break in form or pain above 3/10"
    /// The note on a retest of a step whose max counts as the baseline (the push-up, the push-up plus).
    public static let retestNote = retestRule + "; then re-plan with --baseline \(baseline.key)=N"
    /// The note on a retest of any other step, easier or harder: the baseline counts full push-ups only.
    public static let retestOtherStepNote = retestRule
        + "; the baseline counts full push-ups: if you can do full push-ups, test those and re-plan "
        + "with --baseline \(baseline.key)=N"

    /// The retest week this session owes, or nil when none is owed.
    ///
    /// With `retest-every: N`, weeks N, 2N, … are retest weeks. The retest goes on the first session
    /// of the block in that week; a retest week that is a deload week passes its retest on to the
    /// first session of the next week that is not one. Later retest weeks reached meanwhile are
    /// covered by the same retest, so one session never holds two.
    static func retestWeekOwed(every: Int?, session: SessionContext, state: State) -> Int? {
        guard let every, every > 0, !session.isDeload else { return nil }
        let latest = session.week / every * every
        guard latest >= every, latest > state.retestedForWeek else { return nil }
        return latest
    }

    /// One set of a max test on `exerciseID`: the top of the rep range as the floor to beat, the
    /// step's tempo and hold, and the stop rule. It is not counted in the week's volume, so the
    /// progression and the deload cuts are the same as without retests.
    func retestPrescription(_ exercise: Exercise?, _ exerciseID: String) -> Prescription {
        let note = Self.baselineSteps.contains(exerciseID) ? Self.retestNote : Self.retestOtherStepNote
        return prescription(
            exercise, exerciseID, sets: 1, reps: stepDose(exerciseID).range.upper, change: Self.retestChange, note: note)
    }

    /// The steps whose max counts as the `push-ups` baseline: the full push-up, and the push-up plus
    /// (a full push-up with a hold at the top). Other steps, easier or harder, are told to test full
    /// push-ups instead.
    static let baselineSteps: Set<String> = ["push-up", "push-up-plus"]
}
