/// How a course has gone so far, week by week: sessions done, moved and missed, pain during and
/// the next morning, and the push-up step and volume done. Made from a course's plan (whose past
/// sessions carry their `SessionRecord`); `protract progress` shows it as text or JSON.
public struct CourseProgress: Sendable, Hashable {
    /// One week of the course up to today.
    public struct Week: Sendable, Hashable {
        /// The 1-based week of the course.
        public var number: Int
        /// Its first day.
        public var startDate: CivilDate
        /// Sessions done on their day.
        public var done = 0
        /// Sessions done on a later day.
        public var moved = 0
        /// Sessions missed.
        public var missed = 0
        /// Sessions still to come this week.
        public var upcoming = 0
        /// The highest pain logged during a session this week, if any was.
        public var painDuring: Int?
        /// The highest next-morning pain logged this week, if any was.
        public var painMorning: Int?
        /// The push-up steps done this week (catalog ids, in order).
        public var pushUpSteps: [String] = []
        /// Push-up repetitions done this week: what the log says, or the prescription when done as planned.
        public var pushUpReps = 0
        /// The programme week it trains (``Plan/Week/programmeWeek``).
        public var programmeWeek = 0
        /// False for a week with nothing logged that did not count: the course grew by a week
        /// for it, and the next week trains the same programme week.
        public var counted = true
    }

    /// The weeks that have begun by today, in order.
    public var weeks: [Week]
    /// Why the course stopped, if a red flag was logged.
    public var stoppedBecause: String?
    /// Pain not easing after 2 weeks of the plan (``Plan/painNotEasing``): the advice `log`,
    /// `next` and `plan` give, which the weeks' pain columns show the figures of.
    public var painNotEasing: PainNotEasing?
    /// The command that logs for the course (``Plan/logCommand``), for the advice's stop line.
    public var logCommand: String
    /// Whether the plan has blocks whose progress follows steps (the push-up ladder): without
    /// them, the report has no push-up column.
    public var followsSteps: Bool

    /// Sessions done on their day, in all.
    public var done: Int { weeks.reduce(0) { $0 + $1.done } }
    /// Sessions done on a later day, in all.
    public var moved: Int { weeks.reduce(0) { $0 + $1.moved } }
    /// Sessions missed, in all.
    public var missed: Int { weeks.reduce(0) { $0 + $1.missed } }

    /// The progress of a course's plan as of `today`.
    ///
    /// The steps and reps come from the blocks whose progress follows steps (`BlockProgress.steps`:
    /// the push-up ladder), whichever plugin fills them.
    public init(plan: Plan, today: CivilDate) {
        stoppedBecause = plan.stoppedBecause
        painNotEasing = plan.painNotEasing
        logCommand = plan.logCommand
        followsSteps = plan.sessions.contains { session in session.blocks.contains { !($0.progress?.steps.isEmpty ?? true) } }
        let all = plan.weeks
        weeks = all.indices.filter { all[$0].startDate <= today }.map { index in
            let planned = all[index]
            var week = Week(number: planned.number, startDate: planned.startDate)
            week.programmeWeek = planned.programmeWeek
            week.counted = !(all.indices.contains(index + 1) && all[index + 1].programmeWeek == planned.programmeWeek)
            for session in planned.sessions {
                guard let record = session.record else {
                    week.upcoming += 1
                    continue
                }
                switch record.status {
                case .done: week.done += 1
                case .moved: week.moved += 1
                case .missed: week.missed += 1
                }
                guard let log = record.log else { continue }
                if let pain = log.pain { week.painDuring = max(week.painDuring ?? 0, pain) }
                if let pain = log.morningPain { week.painMorning = max(week.painMorning ?? 0, pain) }
                for block in session.blocks where !(block.progress?.steps.isEmpty ?? true) {
                    for prescription in block.prescriptions {
                        guard case .reps = prescription.dose else { continue }
                        let reps = log.work(for: prescription.exerciseID).map { $0.reduce(0, +) }
                            ?? (log.asPlanned ? prescription.totalReps : 0)
                        if reps > 0, week.pushUpSteps.last != prescription.exerciseID {
                            week.pushUpSteps.append(prescription.exerciseID)
                        }
                        week.pushUpReps += reps
                    }
                }
            }
            return week
        }
    }
}
