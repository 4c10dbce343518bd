import PlanKit

extension PushUpProgression {
    /// The `change` shown on a retest prescription.
    public static let retestChange = "retest week: test first, then the working sets"
    /// The rest after a retest before the working sets, in seconds: 2-3 minutes after a maximal
    /// multi-joint set (Ratamess et al. 2009, ACSM position stand).
    public static let retestRestSeconds = 180
    /// A one-set max on an easier step moves the ladder on at this many times the top of the step's
    /// range: working sets at the top leave about a third of a max in the tank (the project's rule,
    /// in keeping with "leave reps in the tank", Convict Conditioning and the RR).
    static let moveOnShare = (numerator: 3, denominator: 2)

    /// The steps whose max counts as the `push-ups` baseline: the full push-up, and the push-up plus
    /// (a full push-up with a hold at the top). A person on either, or on a harder step, tests full
    /// push-ups; a person on an easier step tests that step.
    static let baselineSteps: Set<String> = ["push-up", "push-up-plus"]
    /// The exercise the baseline counts.
    static let baselineExercise = "push-up"

    /// The retest week this session owes, or nil when none is owed.
    ///
    /// With `retest-every: N`, weeks N, 2N, … are retest weeks; with `retest-last-week: true`, the
    /// plan's last week is one too, deload or not. The retest goes on the first session of the block
    /// in that week; a retest week that is a deload week passes its retest on to the first session
    /// of the next week that is not one. Later retest weeks reached meanwhile are covered by the same retest, so
    /// one session never holds two.
    static func retestWeekOwed(every: Int?, lastWeek: Bool = false, session: SessionContext, state: State) -> Int? {
        var latest = 0
        if !session.isDeload, let every, every > 0 {
            latest = session.week / every * every
            // A retest week before this rhythm began (a phase without retests) is not owed.
            if state.retestEvery != every || latest < state.retestsSince { latest = 0 }
        }
        // The last week's test is the programme's end: it is given in a deload week too (fresher).
        if lastWeek, session.week == session.weeks { latest = session.week }
        guard latest > 0, latest > state.retestedForWeek else { return nil }
        return latest
    }

    /// The exercise a retest tests when the person is on `step`: full push-ups (what the baseline
    /// counts) from the full push-up up, else the step itself.
    func retestExercise(onStep step: String, catalog: ExerciseCatalog) -> String {
        if Self.baselineSteps.contains(step) { return Self.baselineExercise }
        let standard = Options.standardLadder
        if let position = standard.firstIndex(of: step), let full = standard.firstIndex(of: Self.baselineExercise) {
            return position >= full && catalog.contains(Self.baselineExercise) ? Self.baselineExercise : step
        }
        // A step of the programme's own: harder than the full push-up when the ladder has the push-up below it.
        if let position = ladder.firstIndex(of: step), let full = ladder.firstIndex(of: Self.baselineExercise), position > full {
            return Self.baselineExercise
        }
        return step
    }

    /// The reps of a one-set max on `step` (not the full push-up) that move the ladder on.
    func moveOnReps(_ step: String) -> Int {
        let top = stepDose(step).range.upper
        return (top * Self.moveOnShare.numerator + Self.moveOnShare.denominator - 1) / Self.moveOnShare.denominator
    }

    /// One set to technical failure, before the working sets, with the rest after it, how to stop,
    /// and how its count re-seats the ladder. The note names the command that logs the count; its
    /// paper wording (`paperNote`, for the handout, which has a line for the count) says to write
    /// the count down, and gives the command only to a person who keeps the log in Protract.
    func retestPrescription(onStep step: String, session: SessionContext, rehab: Bool) -> Prescription {
        let tested = retestExercise(onStep: step, catalog: session.catalog)
        let exercise = session.catalog.exercise(tested)
        let name = session.catalog.sentenceName(of: tested)
        var stop = "as many reps as you can with good form; stop at the first rep that breaks form "
            + "(hips sag, neck cranes, shoulder blades wing)"
        if rehab { stop += " or when pain goes above \(session.painRules.progressUpTo)/10" }
        let opening = "retest: " + stop + "; then rest \(PrescriptionWords.minutes(Self.retestRestSeconds)) before the working sets. "
        let command = "protract log --retest N"
        let note: String
        let paperNote: String
        if tested == Self.baselineExercise {
            let reseats = "it re-seats the ladder as a \(Self.baseline.key) baseline does"
            note = opening + "Log the count ('\(command)'): " + reseats
            paperNote = opening + "Write the count down; if you keep your log in Protract: \(command) (\(reseats))"
        } else {
            let range = stepDose(tested).range
            let position = ladder.firstIndex(of: tested) ?? 0
            let next = position + 1 < ladder.count ? session.catalog.sentenceName(of: ladder[position + 1]) : nil
            let easier = position > 0 ? session.catalog.sentenceName(of: ladder[position - 1]) : nil
            var parts: [String] = []
            if let next { parts.append("\(moveOnReps(tested)) or more moves you on to the \(next)") }
            if let easier { parts.append("under \(range.lower) goes back to the \(easier)") }
            parts.append("anything else keeps this step")
            let converts = "\(name)s convert: " + parts.joined(separator: ", ")
            note = opening + "Log the count ('\(command)'); " + converts
            paperNote = opening + "Write the count down (if you keep your log in Protract: \(command)); " + converts
        }
        return Prescription(
            exerciseID: tested, sets: 1, dose: .maxTest, perSide: exercise?.perSide ?? false,
            tempo: options.tempo ?? exercise?.tempo ?? Self.defaultTempo, holdSeconds: exercise?.holdSeconds,
            restSeconds: Self.retestRestSeconds, change: Self.retestChange, note: note, paperNote: paperNote)
    }

    /// Where a logged retest puts the ladder: the step its count maps to, never more than one step
    /// above the current one (and not when the step changed this week already, or when pain held or
    /// stepped the session back), down as far as the count says. Returns nil when the step stays.
    ///
    /// A full push-up count maps as the baseline does (`LadderStart`; a count at the top band never
    /// moves down a harder step); a count on an easier step moves on at `moveOnReps`, goes back under
    /// the bottom of its range, and otherwise keeps the step.
    func reseat(count: Int, tested: String, regular: State.Done, state: State, verdict: Verdict, catalog: ExerciseCatalog)
        -> (exerciseID: String, reps: Int, up: Bool)?
    {
        guard let current = ladder.firstIndex(of: regular.exerciseID) else { return nil }
        var target = current
        if tested == Self.baselineExercise {
            let mapped = LadderStart.nearest(to: LadderStart.target(forPushUps: count), in: ladder, catalog: catalog)
            let position = ladder.firstIndex(of: mapped) ?? current
            if position > current {
                target = current + 1
            } else if position < current, count < LadderStart.topBand {
                target = position
            }
        } else if count >= moveOnReps(tested), current + 1 < ladder.count {
            target = current + 1
        } else if count < stepDose(tested).range.lower, current > 0 {
            target = current - 1
        }
        if target > current {
            guard case .progress = verdict, state.stepChangedWeek != regular.week else { return nil }
        }
        guard target != current else { return nil }
        let step = ladder[target]
        return (step, stepDose(step).range.lower, target > current)
    }
}

/// Words for durations.
enum PrescriptionWords {
    /// `3 min`, or `150 s` when not whole minutes.
    static func minutes(_ seconds: Int) -> String {
        seconds % 60 == 0 ? "\(seconds / 60) min" : "\(seconds) s"
    }
}
