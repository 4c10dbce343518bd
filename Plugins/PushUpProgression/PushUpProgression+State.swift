public import PlanKit

extension PushUpProgression {
    /// Where a person is on the ladder, carried from session to session.
    ///
    /// The plan assumes each session is done as written; a later log of what was really done can
    /// replace `regular` to drive progression instead.
    public struct State: Sendable, Hashable {
        /// One prescription as given: the step, sets, reps per set, and where it fell.
        public struct Done: Sendable, Hashable {
            /// The exercise of the step.
            public var exerciseID: String
            /// Working sets.
            public var sets: Int
            /// Repetitions per set.
            public var reps: Int
            /// The week it was in.
            public var week: Int
            /// The session's number in the whole plan.
            public var sessionNumber: Int
            /// Whether it was in a deload week.
            public var isDeload: Bool

            /// `3 x 5`, written into one small string without an interpolation's run-time look-ups.
            var dose: String { String(sets) + " x " + String(reps) }
        }

        /// What a logged (or missed) session changed for the next one, and why; cleared once the
        /// next regular session has said it.
        public var adjustment: Adjustment?

        /// A change the journal made to the progression: the dose held or stepped back.
        public struct Adjustment: Sendable, Hashable {
            /// Why (`pain 4/10 on Wed 9 Dec`).
            public var reason: String
            /// Whether the dose stepped back (fewer reps or an easier step) rather than held.
            public var steppedBack: Bool
            /// Whether a logged retest moved the ladder to another step (`reason` says which way).
            public var reseated = false
        }

        /// What the journal logged of the last session prescribed, for the next change's wording;
        /// nil when it was not logged (a plan without a journal, a course's sessions to come).
        public var basis: ChangeBasis?

        /// The step the plan starts on, chosen from the baseline.
        public var startExerciseID: String
        /// The reps per set the plan starts with (the bottom of the range).
        public var startReps: Int
        /// The last session outside a deload week: the dose the progression builds on.
        public var regular: Done?
        /// The last session of any kind, deloads included: the dose a change is explained against.
        public var last: Done?
        /// The last week the step changed; the step changes at most once a week.
        public var stepChangedWeek: Int?
        /// The week `volumeThisWeek` counts.
        public var volumeWeek = 0
        /// Repetitions prescribed so far this week (sets x reps, summed).
        public var volumeThisWeek = 0
        /// Repetitions in the latest earlier week that had push-ups; a deload week stays at or below it.
        public var volumePreviousWeek: Int?
        /// Whether the week `volumeThisWeek` counts is a deload week.
        public var volumeWeekIsDeload = false
        /// Repetitions in the latest earlier week that had push-ups and was not a deload week: the
        /// week the next one's rise is bounded against (`WeeklyRise`).
        public var volumeLastRegularWeek: Int?
        /// The week `volumeLastRegularWeek` counts, for the change text to name it.
        public var lastRegularWeek: Int?
        /// The sessions counted in `volumeWeek` (a missed one never is) and the sessions with
        /// push-ups it has.
        public var sessionsThisWeek = SessionCount()
        /// The same for the week `volumeLastRegularWeek` counts, so that a hold can say the week
        /// it rises from had sessions missed.
        public var sessionsLastRegularWeek = SessionCount()

        /// A week's sessions with push-ups: counted (done, or still to come) and planned.
        public struct SessionCount: Sendable, Hashable {
            public var counted = 0
            public var planned = 0
        }
        /// The latest retest week (a multiple of `retest-every`) whose retest has been given, 0 before
        /// the first; a retest due in a deload week stays owed until a week that is not one.
        public var retestedForWeek = 0
        /// The `retest-every` of the block the last session came from, and the week from which
        /// blocks with that rhythm have run: a block owes only the retest weeks it was there for
        /// (a phase without retests before it owes none of its weeks).
        public var retestEvery: Int?
        /// See ``retestEvery``.
        public var retestsSince = 1
        /// Whether the programme is a rehab programme: its retests stop at the pain threshold too.
        public var rehab = false

        /// Creates the state before the first session.
        public init(startExerciseID: String, startReps: Int) {
            self.startExerciseID = startExerciseID
            self.startReps = startReps
        }

        /// Moves the weekly volume count on to `week` (which has `planned` sessions with push-ups)
        /// and adds one session's `reps` to it.
        mutating func count(_ reps: Int, week: Int, planned: Int, isDeload: Bool = false) {
            if week != volumeWeek {
                if volumeThisWeek > 0 {
                    volumePreviousWeek = volumeThisWeek
                    if !volumeWeekIsDeload {
                        volumeLastRegularWeek = volumeThisWeek
                        lastRegularWeek = volumeWeek
                        sessionsLastRegularWeek = sessionsThisWeek
                    }
                }
                volumeWeek = week
                volumeThisWeek = 0
                sessionsThisWeek = SessionCount(counted: 0, planned: planned)
            }
            volumeWeekIsDeload = isDeload
            volumeThisWeek += reps
            sessionsThisWeek.counted += 1
        }

        /// The repetitions of the latest earlier regular week, to bound `week`'s rise against.
        func regularReference(for week: Int) -> Int? {
            countsAsReference(week) ? volumeThisWeek : volumeLastRegularWeek
        }

        /// The week `regularReference(for: week)` counts.
        func regularReferenceWeek(for week: Int) -> Int? {
            countsAsReference(week) ? volumeWeek : lastRegularWeek
        }

        /// The sessions counted and planned in the week `regularReference(for: week)` counts.
        func regularReferenceSessions(for week: Int) -> SessionCount {
            countsAsReference(week) ? sessionsThisWeek : sessionsLastRegularWeek
        }

        /// Whether the week being counted is the latest earlier regular week for `week`: an
        /// earlier week with push-ups that is not a deload week.
        private func countsAsReference(_ week: Int) -> Bool {
            week != volumeWeek && volumeThisWeek > 0 && !volumeWeekIsDeload
        }

        /// Repetitions already prescribed in `week`.
        func volume(in week: Int) -> Int { week == volumeWeek ? volumeThisWeek : 0 }

        /// The repetitions of the week before `week`, which a deload week stays at or below; nil
        /// when there is no earlier week with push-ups.
        func deloadReference(for week: Int) -> Int? {
            week == volumeWeek ? volumePreviousWeek : (volumeThisWeek > 0 ? volumeThisWeek : volumePreviousWeek)
        }

        /// How many repetitions this session may have in a deload week so that the week stays at or
        /// below the week before; nil when there is no earlier week to compare with.
        func deloadBudget(for week: Int, sessionInWeek: Int, sessionsThisWeek: Int) -> Int? {
            guard let previous = deloadReference(for: week) else { return nil }
            let soFar = week == volumeWeek ? volumeThisWeek : 0
            let sessionsLeft = max(1, sessionsThisWeek - sessionInWeek + 1)
            return max(0, previous - soFar) / sessionsLeft
        }
    }
}
