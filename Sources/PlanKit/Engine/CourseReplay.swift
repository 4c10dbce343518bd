/// Matches a course's journal to the sessions of its plan and decides, for each session whose
/// time has passed, what really happened: done, moved to a later day, or missed, and the pain
/// rules' verdict on it.
///
/// A log belongs to the latest session on or before its date (a session done a day late is
/// "moved"); a session with no log is missed once its day is over (`today` is given, never read
/// from a clock); a log made before the next session's day still makes it "moved". Missed
/// sessions never move the progression on: the next session goes on from the last one done, so it
/// gets the dose the missed one had. The first session two weeks or more (`missed-weeks`) after
/// the last one done steps back once, before it is prescribed: the session a person comes back
/// to is the easier one, whether it is then done (on its day or later) or missed too.
struct CourseReplay {
    let rules: PainRules
    /// The programme's red flags, whose signs a stop gives.
    let redFlags: [RedFlag]
    let today: CivilDate
    /// Every log, in date order.
    let journal: [SessionLog]
    /// Logs not yet matched to a session, in date order.
    private var logs: ArraySlice<SessionLog>
    /// The date of the last session done (the course's start before the first).
    private var lastDone: CivilDate
    /// The highest pain logged in each week that has one, in week order (sessions are replayed in
    /// date order, so a week's entry is always the last or a new one).
    private var weeklyPain: [(week: Int, pain: Int)] = []
    /// The week whose rising pain has already stepped back, once.
    private var risingWeek: Int?
    /// The session that stepped back for the current run without a session done, once one has.
    private var gapSession: CivilDate?
    /// Whether a session still to come has been reached: the sessions after it are planned as
    /// written, so no gap is measured to them.
    private var reachedToday = false
    /// Why the course stopped (a red flag), once it has.
    private(set) var stop: String?

    init(logs: [SessionLog], rules: PainRules, redFlags: [RedFlag] = RedFlag.standard, start: CivilDate, today: CivilDate) {
        journal = logs.sorted { $0.date < $1.date }
        self.logs = ArraySlice(journal)
        self.rules = rules
        self.redFlags = redFlags
        self.today = today
        lastDone = start
    }

    /// The weeks of `scheduled` that are over by `today`, had sessions, and have no log at all.
    /// Weeks after a red flag are none: the course stopped there, so nothing was due in them, and
    /// it does not grow while the person waits for a clinician.
    func emptyWeeks(in scheduled: [ScheduledWeek]) -> Set<Int> {
        let stopped = journal.first { !$0.symptoms.isEmpty }?.date
        return Set(scheduled.filter { week in
            let end = week.startDate.adding(days: 7)
            if let stopped, week.startDate > stopped { return false }
            return !week.slots.isEmpty && end <= today && !journal.contains { $0.date >= week.startDate && $0.date < end }
        }.map(\.number))
    }

    /// Gives each week the programme week it trains, the `missed` weeks not counting: a note on
    /// each missed week, and on every other week that the count moved, why (its heading says
    /// which programme week it is).
    static func renumber(_ scheduled: inout [ScheduledWeek], skipping missed: Set<Int>) {
        guard !missed.isEmpty else { return }
        for index in scheduled.indices {
            let number = scheduled[index].number
            let before = missed.filter { $0 < number }.count
            scheduled[index].programmeWeek = number - before
            if missed.contains(number) {
                scheduled[index].notes.append("nothing was logged this week: it does not count, and the course grows by a week")
            } else if before > 0 {
                let weeks = before == 1 ? "1 week" : "\(before) weeks"
                scheduled[index].programmeWeekNote =
                    "programme week \(number - before): \(weeks) with nothing logged did not count"
            }
        }
    }

    /// What happened to a session: done, moved or missed, its log, the pain rules' verdict, and
    /// what it changes when the verdict does not say (a missed session).
    struct Outcome {
        var status: SessionRecord.Status
        var log: SessionLog?
        var verdict: Verdict
        var decision: String? = nil
    }

    /// Why the session on `date` steps back before it is prescribed: it is the first to come
    /// `missed-weeks` or more after the last session done (or the course's start). Asked of every
    /// session in date order before its outcome; nil for any after the first still to come.
    mutating func gap(before date: CivilDate) -> String? {
        guard !reachedToday, gapSession == nil, lastDone.days(until: date) >= 7 * rules.missedWeeks else { return nil }
        gapSession = date
        let weeks = rules.missedWeeks == 1 ? "a week" : "\(rules.missedWeeks) weeks"
        return "after a break of \(weeks) or more from \(lastDone.shortDisplay)"
    }

    /// Whether the journal has an entry for the session on `date`, whose next session falls on
    /// `nextDate`: the one `outcome(of:nextDate:)` will replay it from. Asked before the session is
    /// prescribed, so that the walk keeps the plugins' states from before it only for a session
    /// that may be missed.
    func hasEntry(for date: CivilDate, nextDate: CivilDate?) -> Bool {
        entry(for: date, nextDate: nextDate) != nil
    }

    /// Where the entry for the session on `date` stands in `logs`: the first log on or after
    /// `date` and before `nextDate` (a week on for the last session); nil when there is none.
    private func entry(for date: CivilDate, nextDate: CivilDate?) -> ArraySlice<SessionLog>.Index? {
        let windowEnd = nextDate ?? date.adding(days: 7)
        guard let index = logs.firstIndex(where: { $0.date >= date }), logs[index].date < windowEnd else { return nil }
        return index
    }

    /// What happened to `session`, whose next session falls on `nextDate` (nil for the last), or
    /// nil while it is still to come (today's, or later).
    mutating func outcome(of session: SessionWalk.Session, nextDate: CivilDate?) -> Outcome? {
        let date = session.context.date
        // Logs dated before this session matched none (before the course's first session, or a
        // second log between two sessions): they are passed over.
        while let first = logs.first, first.date < date { logs.removeFirst() }
        if let entry = entry(for: date, nextDate: nextDate) {
            let log = logs[entry]
            logs.removeFirst()  // the entry is the first log left
            return done(session, log: log)
        }
        // A session whose day is over with no log is missed: the sessions after it go on from the
        // last one done (a log on a later day, before the next session, still makes it "moved").
        guard date < today else {
            reachedToday = true
            return nil
        }
        if gapSession == date {
            return Outcome(
                status: .missed, log: nil, verdict: .progress,
                decision: "missed on \(date.shortDisplay): the next session keeps this one's step back")
        }
        return Outcome(
            status: .missed, log: nil, verdict: .progress,
            decision: "missed on \(date.shortDisplay): the next session goes on from the last one done")
    }

    private mutating func done(_ session: SessionWalk.Session, log: SessionLog) -> Outcome {
        let week = session.context.week
        if let pain = log.pain {
            if let last = weeklyPain.last, last.week == week {
                weeklyPain[weeklyPain.count - 1].pain = max(last.pain, pain)
            } else {
                weeklyPain.append((week, pain))
            }
        }
        // The rising-pain rule looks back a few weeks only, and steps back once a week: a later
        // session of the week it stepped back in is judged on its own pain (which has stepped
        // back again if it is high), not on the week's trend a second time.
        var history = weeklyPain.suffix(rules.risingWeeks + 1).map(\.pain)
        if risingWeek == week {
            history = []
        } else if rules.isRising(history) {
            risingWeek = week
        }
        let verdict = rules.verdict(for: log, weeklyPain: history, redFlags: redFlags)
        if case .stop(let why) = verdict { stop = why }
        lastDone = log.date
        gapSession = nil
        return Outcome(status: log.date == session.context.date ? .done : .moved, log: log, verdict: verdict)
    }
}
