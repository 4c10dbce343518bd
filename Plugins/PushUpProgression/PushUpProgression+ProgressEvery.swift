public import YAMLKit
import PlanKit

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

        /// Why the reps went up or, when `reached`, why the step changed, with a leading space: what
        /// the journal logged of the session it builds on (` (3 x 5 done on Mon 7 Dec, pain 2/10)`),
        /// or, when nothing was logged, the condition the plan assumes (` if last session's 3 x 5 was
        /// done with pain at or under 3/10`, ` if last week's 3 x 8 ...`).
        func reason(
            _ dose: String, of exerciseID: String, reached: Bool, doneInWeek week: Int, now: Int, basis: ChangeBasis?,
            rules: PainRules
        ) -> String {
            let when = switch self {
            case .session: "last session's"
            case .week: Self.weekName(week, now: now)
            }
            return ChangeBasis.reason(dose, of: exerciseID, when, basis: basis, rules: rules)
        }

        /// `last week's`, or `week 2's` when weeks without push-ups (or a deload) came between.
        static func weekName(_ week: Int, now: Int) -> String {
            week == now - 1 ? "last week's" : "week \(week)'s"
        }
    }
}
