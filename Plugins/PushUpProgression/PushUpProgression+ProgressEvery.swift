public import YAMLKit

extension PushUpProgression {
    /// How often the double progression moves on: written `progress-every: session` or `week`.
    public enum ProgressEvery: String, Sendable, Hashable, NamedCases {
        /// +1 rep per set every session inside the range, the next step the session after the top
        /// (the r/bodyweightfitness Recommended Routine rule, for people without pain).
        case session
        /// +1 rep per set once a week, on the week's first session, the same dose all week; the next
        /// step on the first session of the week after a full week at the top of the range (for
        /// people in pain: load rises only as fast as the pain-monitoring model allows).
        case week

        /// Why the reps went up (`3 x 5 done last session`, `3 x 5 all last week`) or, when `reached`,
        /// why the step changed (`3 x 8 reached last session`, `3 x 8 held all last week`).
        func reason(_ dose: String, reached: Bool, doneInWeek week: Int, now: Int) -> String {
            switch self {
            case .session: return "\(dose) \(reached ? "reached" : "done") last session"
            case .week: return "\(dose) \(reached ? "held all" : "all") \(Self.weekName(week, now: now))"
            }
        }

        /// `last week`, or `of week 2` when weeks without push-ups came between.
        private static func weekName(_ week: Int, now: Int) -> String {
            week == now - 1 ? "last week" : "of week \(week)"
        }
    }
}
