/// Pain that is not easing after 2 weeks of the plan: the first half of the `lasting-pain` red
/// flag (``RedFlag/lastingPain``), read from a course's logged sessions, so that what the plan
/// tells the person and what the engine notices agree.
///
/// The rule, for the sessions logged on or before `today`:
/// - it looks only once 14 days or more have passed since the first session logged;
/// - it compares the **first week** (the 7 days from the first session logged) with the **last
///   week** (the 7 days up to the latest session logged, starting no earlier than the day after
///   the first week: the two never share a session);
/// - it reads next-morning pain when both weeks have it for at least 2 sessions (the back between
///   sessions, what the 24-hour rule reads), else pain during the session when both weeks have
///   that for 2; with fewer than 2 sessions rated in either week it says nothing. One measure for
///   both weeks: a morning is never compared with a session;
/// - pain during the session that the last week averages at or under `safeDuring` (the programme's
///   `progress-up-to`) says nothing: the pain rules call it safe to progress on, and the plan has
///   just done so. Mornings have no such floor: the back between sessions is what should ease;
/// - each week's pain is the average of its sessions';
/// - pain is not easing when the last week's average is not lower than the first week's (the
///   averages compared exactly), and the last week's, to the nearest whole number (an exact half
///   down, as ``Percentage/apply(to:minimum:)`` rounds), is above 0. The advice gives both weeks'
///   averages so rounded.
///
/// It is advice, not a red flag: the course goes on, and nothing is written to the journal; the
/// person logs `lasting-pain` with `--symptom` if a clinician asks them to stop, or the visit with
/// `--seen-clinician` if the clinician says to go on: the rule then reads only the sessions logged
/// after the latest visit (`visit`), so it says nothing until 2 more weeks have passed, and then
/// only if the pain has not eased since. Not a `pain-rules:`
/// key: the 2 weeks are the NHS's (most back pain starts to ease within about 2 weeks,
/// research/domain-facts.md §4.7), the same in the red flag every plan prints, which a programme's
/// threshold could not change. The week-to-week comparison follows the pain-monitoring model's
/// "pain and stiffness must not increase from week to week" (§4.6), made stricter: after 2 weeks
/// the pain should be lower, not only no higher.
public struct PainNotEasing: Sendable, Hashable, Codable {
    /// Which pain the weeks compare.
    public enum Measure: String, Sendable, Hashable, Codable, CaseIterable {
        /// Pain the next morning (`log --morning`).
        case morning
        /// Pain during the session (`log --pain`).
        case during
    }

    /// One week of the comparison.
    public struct Week: Sendable, Hashable, Codable {
        /// Its first day.
        public var from: CivilDate
        /// Its last day.
        public var to: CivilDate
        /// The sessions logged in it with the measure rated.
        public var sessions: Int
        /// Their average pain, 0-10, to the nearest whole number (an exact half down).
        public var pain: Int

        /// Creates a week of the comparison.
        public init(from: CivilDate, to: CivilDate, sessions: Int, pain: Int) {
            self.from = from
            self.to = to
            self.sessions = sessions
            self.pain = pain
        }
    }

    /// How many days after the first session logged the rule first looks: 2 weeks (NHS: most back
    /// pain starts to ease within about 2 weeks; domain-facts §4.7).
    public static let afterDays = 14
    /// The length of each week compared, in days.
    public static let weekDays = 7
    /// The fewest sessions rated in each week for the rule to say anything: one session is a
    /// day, not a week.
    public static let minimumSessions = 2
    /// The red flag a person logs if a clinician asks them to stop.
    public static let symptom = "lasting-pain"

    /// Which pain the weeks compare.
    public var measure: Measure
    /// The first week.
    public var first: Week
    /// The last week.
    public var last: Week
    /// Whole weeks from the first session logged to the latest (inclusive), at least 2.
    public var weeks: Int
    /// The latest day the person saw a clinician and was told to go on, when the weeks compared
    /// are those after it; nil when there was none.
    public var afterVisit: CivilDate?

    /// The finding for a course's `logs` as of `today`, or nil when pain is easing, when it is 0,
    /// when 2 weeks have not passed since the first session logged, when either week has fewer
    /// than ``minimumSessions`` sessions rated, or when pain during the session is the measure and
    /// the last week's is at or under `safeDuring` (the programme's ``PainRules/progressUpTo``).
    /// Logs dated after `today` are not read, nor those on or before `visit` (the latest day the
    /// person saw a clinician and was told to go on, ``Course/clinicianVisits``).
    public init?(logs: [SessionLog], today: CivilDate, safeDuring: Int, after visit: CivilDate? = nil) {
        let logged = logs.filter { log in log.date <= today && visit.map { $0 < log.date } ?? true }
        guard let start = logged.map(\.date).min(), let end = logged.map(\.date).max(),
            start.days(until: today) >= Self.afterDays
        else { return nil }
        let firstEnd = start.adding(days: Self.weekDays - 1)
        let lastStart = max(end.adding(days: 1 - Self.weekDays), firstEnd.adding(days: 1))
        guard lastStart <= end else { return nil }
        let early = logged.filter { $0.date <= firstEnd }
        let late = logged.filter { $0.date >= lastStart }
        func rated(_ logs: [SessionLog], _ measure: Measure) -> [Int] {
            logs.compactMap { measure == .morning ? $0.morningPain : $0.pain }
        }
        guard let measure = Measure.allCases.first(where: { measure in
            rated(early, measure).count >= Self.minimumSessions && rated(late, measure).count >= Self.minimumSessions
        }) else { return nil }
        let before = rated(early, measure)
        let after = rated(late, measure)
        let first = Week(from: start, to: firstEnd, sessions: before.count, pain: Self.average(before))
        let last = Week(from: lastStart, to: end, sessions: after.count, pain: Self.average(after))
        // The averages compared as they are (the last week's sum over its count against the
        // first's, cross-multiplied), not rounded: mornings of 1, 1, 2 then 1, 1, 0 have eased,
        // though both round to 1/10. Rounding only says them, so the numbers shown never
        // contradict the finding; and a last week that rounds to 0/10 is no pain to see anyone for.
        guard last.pain > 0, after.reduce(0, +) * before.count >= before.reduce(0, +) * after.count else { return nil }
        // Pain during the session in the zone the pain rules progress on (a steady 2/10 while
        // training) is no sign the back is not easing; above it, or in the mornings, it is.
        guard measure == .morning || last.pain > safeDuring else { return nil }
        self.init(
            measure: measure, first: first, last: last, weeks: max(2, (start.days(until: end) + 1) / Self.weekDays),
            afterVisit: visit)
    }

    /// Creates a finding.
    public init(measure: Measure, first: Week, last: Week, weeks: Int, afterVisit: CivilDate? = nil) {
        self.measure = measure
        self.first = first
        self.last = last
        self.weeks = weeks
        self.afterVisit = afterVisit
    }

    /// The average of `pains`, to the nearest whole number, an exact half down; 0 for none.
    static func average(_ pains: [Int]) -> Int {
        guard !pains.isEmpty else { return 0 }
        let count = pains.count
        return (2 * pains.reduce(0, +) + count - 1) / (2 * count)
    }

    /// What was found, in words, with the numbers it rests on: `your pain has not eased in 2 weeks
    /// of the plan (mornings 3/10 on average in the first week, 3/10 in the last)`.
    /// After a visit: `your pain has not eased in 2 weeks since you saw a clinician on Mon 11 Jan
    /// 2027 (…)`.
    public var finding: String {
        let which = measure == .morning ? "mornings" : "during sessions"
        let since = afterVisit.map { "since you saw a clinician on \($0.longDisplay)" } ?? "of the plan"
        return "your pain has not eased in \(weeks) weeks \(since) "
            + "(\(which) \(first.pain)/10 on average in the first week, \(last.pain)/10 in the last)"
    }

    /// The finding and what to do, as a sentence: `Your pain has not eased in 2 weeks of the plan
    /// (…): see a physiotherapist or GP.` Every output says it in these words; a command line adds
    /// how to log ``symptom`` if the clinician asks the person to stop.
    public var advice: String {
        "Y" + finding.dropFirst() + ": see a physiotherapist or GP."
    }

    /// ``advice`` and how to stop the course if the clinician asks, for `logCommand` (`protract
    /// log`, with the flags that chose the course): `… see a physiotherapist or GP. If they ask you
    /// to stop, 'protract log --symptom lasting-pain' stops the course.` What a terminal says.
    public func advice(logCommand: String) -> String {
        advice + " " + Self.stopLine(logCommand: logCommand)
    }

    /// `If they ask you to stop, 'COMMAND --symptom lasting-pain' stops the course; if they say to
    /// go on, 'COMMAND --seen-clinician' records it, and your pain is looked at again 2 weeks on.`,
    /// for `logCommand` (`protract log`, with the flags that chose the course).
    public static func stopLine(logCommand: String) -> String {
        "If they ask you to stop, '\(logCommand) --symptom \(symptom)' stops the course; if they say to go on, "
            + "'\(logCommand) --seen-clinician' records it, and your pain is looked at again 2 weeks on."
    }
}
