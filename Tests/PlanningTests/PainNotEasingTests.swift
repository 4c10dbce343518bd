import PlanKit
import Testing

/// Pain not easing after 2 weeks of the plan (`PainNotEasing`), as a table: a course's logged
/// sessions, Mon 7 Dec 2026 on, and the finding as of a day.
struct PainNotEasingTests {
    static func date(_ offset: Int) -> CivilDate { CivilDate(year: 2026, month: 12, day: 7)!.adding(days: offset) }

    /// One logged session: days after Mon 7 Dec, pain during, pain the next morning.
    typealias Entry = (day: Int, pain: Int?, morning: Int?)

    static func logs(_ entries: [Entry]) -> [SessionLog] {
        entries.map { SessionLog(date: date($0.day), pain: $0.pain, morningPain: $0.morning) }
    }

    /// Mon, Wed, Fri of weeks 1 and 2, each with the same pain during and next morning.
    static func fortnight(_ first: [Int], _ second: [Int]) -> [Entry] {
        zip([0, 2, 4, 7, 9, 11], first + second).map { ($0, $1, $1) }
    }

    /// What a finding says, for the table: its measure and the two weeks' rounded pain.
    struct Expected: Equatable, CustomStringConvertible {
        var measure: PainNotEasing.Measure
        var first: Int
        var last: Int
        var description: String { "\(measure) \(first) -> \(last)" }
    }

    static let cases: [(String, [Entry], today: Int, Expected?)] = [
        ("eases", fortnight([4, 4, 4], [2, 2, 2]), 14, nil),
        ("eases by one point", fortnight([3, 3, 3], [2, 2, 2]), 14, nil),
        ("flat", fortnight([3, 3, 3], [3, 3, 3]), 14, Expected(measure: .morning, first: 3, last: 3)),
        ("rising", fortnight([2, 2, 2], [3, 4, 4]), 14, Expected(measure: .morning, first: 2, last: 4)),
        ("under 14 days", fortnight([3, 3, 3], [3, 3, 3]), 13, nil),
        ("14 days to the day", fortnight([3, 3, 3], [3, 3, 3]), 14, Expected(measure: .morning, first: 3, last: 3)),
        ("one session in the first week", [(0, 3, 3), (7, 3, 3), (9, 3, 3), (11, 3, 3)], 14, nil),
        ("one session in the last week", [(0, 3, 3), (2, 3, 3), (4, 3, 3), (11, 3, 3)], 14, nil),
        ("one session logged in all", [(0, 5, 5)], 30, nil),
        ("nothing logged", [], 30, nil),
        (
            "morning missing, so pain during", [(0, 4, nil), (2, 4, nil), (4, 4, nil), (7, 4, nil), (9, 4, nil), (11, 4, nil)], 14,
            Expected(measure: .during, first: 4, last: 4)
        ),
        // Pain during at or under progress-up-to (3/10) is the zone the plan progresses on.
        (
            "pain during, steady in the safe zone", [(0, 3, nil), (2, 3, nil), (4, 3, nil), (7, 3, nil), (9, 3, nil), (11, 3, nil)],
            14, nil
        ),
        (
            "pain during, rising within the safe zone", [(0, 1, nil), (2, 1, nil), (7, 3, nil), (9, 3, nil)], 14, nil
        ),
        (
            "pain during, rising past the safe zone", [(0, 3, nil), (2, 3, nil), (7, 4, nil), (9, 4, nil)], 14,
            Expected(measure: .during, first: 3, last: 4)
        ),
        // Mornings have no such floor: the back between sessions should ease.
        ("mornings steady at 2", fortnight([2, 2, 2], [2, 2, 2]), 14, Expected(measure: .morning, first: 2, last: 2)),
        (
            "mornings on one session of the first week: pain during", [(0, 4, 1), (2, 4, nil), (7, 4, 1), (9, 4, 1)], 14,
            Expected(measure: .during, first: 4, last: 4)
        ),
        (
            "mornings eased though the sessions did not: mornings decide",
            [(0, 4, 3), (2, 4, 3), (7, 4, 1), (9, 4, 1)], 14, nil
        ),
        ("no pain rated", [(0, nil, nil), (2, nil, nil), (7, nil, nil), (9, nil, nil)], 14, nil),
        ("zero pain never fires", fortnight([0, 0, 0], [0, 0, 0]), 14, nil),
        ("zero pain, long after", fortnight([0, 0, 0], [0, 0, 0]), 60, nil),
        ("last week rounds to 0", fortnight([0, 0, 0], [0, 0, 1]), 14, nil),
        ("pain from none", fortnight([0, 0, 0], [1, 1, 1]), 14, Expected(measure: .morning, first: 0, last: 1)),
        // Both weeks round to 1/10, but 1.33 -> 0.67 is lower: compared exactly, it has eased.
        ("eased within a rounded number", fortnight([1, 1, 2], [1, 1, 0]), 14, nil),
        // 2.5 and 2.67 both round to 2 and 3 (an exact half down): not lower, the numbers say so.
        ("an exact half rounds down", [(0, 3, 3), (2, 2, 2), (7, 3, 3), (9, 3, 3), (11, 2, 2)], 14,
         Expected(measure: .morning, first: 2, last: 3)),
        // The last week is the 7 days up to the latest session logged.
        ("a month on, the last week is the latest",
         fortnight([3, 3, 3], [3, 3, 3]) + [(28, 1, 1), (30, 1, 1), (32, 1, 1)], 33, nil),
        ("a month on, still flat",
         fortnight([3, 3, 3], [2, 2, 2]) + [(28, 3, 3), (30, 3, 3), (32, 4, 4)], 33,
         Expected(measure: .morning, first: 3, last: 3)),
        // Logged up to day 9 only: the last week starts after the first ends (days 7-9), never sharing a session.
        ("the weeks never overlap", [(0, 3, 3), (2, 3, 3), (4, 3, 3), (6, 3, 3), (7, 3, 3), (9, 3, 3)], 20,
         Expected(measure: .morning, first: 3, last: 3)),
        ("the last session in the first week's days", [(0, 3, 3), (2, 3, 3), (4, 3, 3), (6, 3, 3)], 20, nil),
        // A log dated after today is not read (it has not happened as of today).
        ("a log after today", fortnight([3, 3, 3], [3, 3, 3]) + [(15, 0, 0)], 14, Expected(measure: .morning, first: 3, last: 3)),
    ]

    /// The default `progress-up-to`.
    static let safe = PainRules.standard.progressUpTo

    @Test(arguments: cases.indices)
    func rule(_ index: Int) {
        let (name, entries, today, expected) = Self.cases[index]
        let found = PainNotEasing(logs: Self.logs(entries), today: Self.date(today), safeDuring: Self.safe)
        #expect(found.map { Expected(measure: $0.measure, first: $0.first.pain, last: $0.last.pain) } == expected, "\(name)")
    }

    @Test func theWeeksAndTheWordsOfAFlatFortnight() throws {
        let found = try #require(PainNotEasing(logs: Self.logs(Self.fortnight([3, 3, 3], [3, 3, 3])), today: Self.date(14), safeDuring: Self.safe))
        #expect(found.first == .init(from: Self.date(0), to: Self.date(6), sessions: 3, pain: 3))
        #expect(found.last == .init(from: Self.date(7), to: Self.date(11), sessions: 3, pain: 3))
        #expect(found.weeks == 2)
        #expect(found.advice == "Your pain has not eased in 2 weeks of the plan (mornings 3/10 on average in the first week, "
            + "3/10 in the last): see a physiotherapist or GP.")
        #expect(PainNotEasing.stopLine(logCommand: "protract log --course sam")
            == "If they ask you to stop, 'protract log --course sam --symptom lasting-pain' stops the course; if they say "
                + "to go on, 'protract log --course sam --seen-clinician' records it, and your pain is looked at again 2 weeks on.")
        #expect(RedFlag.named(PainNotEasing.symptom)?.sign == RedFlag.lastingPain, "the red flag it is the first half of")
    }

    @Test func duringSessionsAndLongerCoursesAreSaidSo() throws {
        let entries = Self.fortnight([3, 3, 3], [3, 3, 3]).map { ($0.day, $0.pain, nil as Int?) } + [(30, 4, nil), (32, 4, nil)]
        let found = try #require(PainNotEasing(logs: Self.logs(entries), today: Self.date(33), safeDuring: Self.safe))
        #expect(found.weeks == 4, "33 days from the first session to the last: 4 whole weeks")
        #expect(found.advice == "Your pain has not eased in 4 weeks of the plan (during sessions 3/10 on average in the "
            + "first week, 4/10 in the last): see a physiotherapist or GP.")
    }

    /// A course's plan carries it, and goes on; a course a red flag stopped does not (its stop
    /// says to see a clinician already); a plan without a course never does.
    @Test func aCoursesPlanCarriesItAndGoesOn() throws {
        let configured = try Flagship.configured(try Flagship.programme())
        let flat = Self.logs(Self.fortnight([3, 3, 3], [3, 3, 3]))
        let plan = try Planner().plan(configured, course: CourseReplayTests.course(flat), today: Self.date(14))
        #expect(plan.painNotEasing?.last.pain == 3)
        #expect(plan.stoppedBecause == nil && plan.cancelled.isEmpty, "advice, not a stop")
        let asWritten = try Planner().plan(configured, for: CourseReplayTests.course([]).athlete)
        #expect(plan.sessions.count == asWritten.sessions.count, "no session is called off")

        var stopped = flat
        stopped[5].symptoms = ["lasting-pain"]
        let stop = try Planner().plan(configured, course: CourseReplayTests.course(stopped), today: Self.date(14))
        #expect(stop.stoppedBecause != nil && stop.painNotEasing == nil)

        let eased = Self.logs(Self.fortnight([4, 4, 4], [2, 2, 2]))
        #expect(try Planner().plan(configured, course: CourseReplayTests.course(eased), today: Self.date(14)).painNotEasing == nil)
        #expect(asWritten.painNotEasing == nil)
    }

    /// A clinician's visit that said to go on starts the weeks again: only the sessions logged
    /// after it are read, 2 weeks from the first of them, and the words say since when.
    @Test func aVisitStartsTheWeeksAgain() throws {
        let flat = Self.logs(Self.fortnight([3, 3, 3], [3, 3, 3]) + [(14, 3, 3), (16, 3, 3), (18, 3, 3), (21, 3, 3), (23, 3, 3)])
        let visit = Self.date(11)
        #expect(PainNotEasing(logs: flat, today: Self.date(14), safeDuring: Self.safe)?.afterVisit == nil)
        #expect(PainNotEasing(logs: flat, today: Self.date(25), safeDuring: Self.safe, after: visit) == nil,
                "11 days after the first session since the visit: too early")
        let later = flat + Self.logs([(25, 3, 3), (28, 3, 3)])
        let found = try #require(PainNotEasing(logs: later, today: Self.date(28), safeDuring: Self.safe, after: visit))
        #expect(found.first.from == Self.date(14), "the session on the visit's day is before it")
        #expect(found.afterVisit == visit && found.weeks == 2)
        #expect(found.advice == "Your pain has not eased in 2 weeks since you saw a clinician on Fri 18 Dec 2026 "
            + "(mornings 3/10 on average in the first week, 3/10 in the last): see a physiotherapist or GP.")
        let eased = flat + Self.logs([(25, 1, 1), (28, 1, 1)])
        #expect(PainNotEasing(logs: eased, today: Self.date(28), safeDuring: Self.safe, after: visit) == nil)
    }

    /// Pain during the session is read against the programme's own `progress-up-to`: a steady
    /// 3/10 is the default rules' safe zone, and above a clinician's 2/10.
    @Test func painDuringIsReadAgainstTheProgrammesRules() throws {
        let during = Self.logs(Self.fortnight([3, 3, 3], [3, 3, 3]).map { ($0.day, $0.pain, nil as Int?) })
        var programme = try Flagship.programme()
        let standard = try Planner().plan(
            try Flagship.configured(programme), course: CourseReplayTests.course(during), today: Self.date(14))
        #expect(standard.painNotEasing == nil, "3/10 during is within the default progress-up-to")
        programme.painRules.progressUpTo = 2
        let strict = try Planner().plan(
            try Flagship.configured(programme), course: CourseReplayTests.course(during), today: Self.date(14))
        #expect(strict.painNotEasing?.measure == .during && strict.painNotEasing?.last.pain == 3)
    }
}
