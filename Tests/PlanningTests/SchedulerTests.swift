import PlanKit
import Testing
import ProtractTestSupport

@Suite struct SchedulerTests {
    private func date(_ text: String) throws -> CivilDate {
        try #require(CivilDate(parsing: text))
    }

    @Test func placesSessionsOnTheChosenWeekdays() throws {
        let weeks = try Scheduler(
            start: date("2026-12-07"), weeks: 2, days: [.monday, .wednesday, .friday], minRestHours: 48
        ).schedule()
        #expect(weeks.map(\.slots.count) == [3, 3])
        #expect(weeks[0].slots.map(\.date.description) == ["2026-12-07", "2026-12-09", "2026-12-11"])
        #expect(weeks[1].slots.map(\.date.description) == ["2026-12-14", "2026-12-16", "2026-12-18"])
        #expect(weeks.flatMap(\.slots).allSatisfy { $0.movedFrom == nil })
    }

    @Test func weekOneStartsOnTheStartDateEvenMidWeek() throws {
        let weeks = try Scheduler(
            start: date("2026-12-09"), weeks: 1, days: [.monday, .wednesday, .friday], minRestHours: 48
        ).schedule()
        #expect(weeks[0].slots.map(\.date.description) == ["2026-12-09", "2026-12-11", "2026-12-14"])
    }

    @Test func movesASkippedSessionToTheNextDayThatKeepsTheRest() throws {
        // Mon Wed Sat with 48 h: skipping Wed moves it to Thu (Mon->Thu 72 h, Thu->Sat 48 h).
        let weeks = try Scheduler(
            start: date("2026-12-07"), weeks: 1, days: [.monday, .wednesday, .saturday], minRestHours: 48,
            skip: [date("2026-12-09")]
        ).schedule()
        #expect(weeks[0].slots.map(\.date.description) == ["2026-12-07", "2026-12-10", "2026-12-12"])
        #expect(weeks[0].slots[1].movedFrom == (try date("2026-12-09")))
        #expect(weeks[0].notes.isEmpty)
    }

    @Test func dropsASkippedSessionWhenNoDayKeepsTheRest() throws {
        // Mon Wed Fri with 48 h: a skipped Wed cannot move (Thu is 24 h before Fri).
        let weeks = try Scheduler(
            start: date("2026-12-07"), weeks: 1, days: [.monday, .wednesday, .friday], minRestHours: 48,
            skip: [date("2026-12-09")]
        ).schedule()
        #expect(weeks[0].slots.map(\.date.description) == ["2026-12-07", "2026-12-11"])
        #expect(weeks[0].notes == [
            "Wed 9 Dec is skipped and no other day this week keeps 48 hours of rest: that session is dropped"
        ])
    }

    @Test func aSkippedFridayMovesToTheWeekendWhenNextWeekAllowsIt() throws {
        // Fri skipped: Sat is 48 h after Wed and 48 h before next Monday.
        let weeks = try Scheduler(
            start: date("2026-12-07"), weeks: 2, days: [.monday, .wednesday, .friday], minRestHours: 48,
            skip: [date("2026-12-11")]
        ).schedule()
        #expect(weeks[0].slots.map(\.date.description) == ["2026-12-07", "2026-12-09", "2026-12-12"])
    }

    @Test func refusesDaysThatBreakTheRestRule() throws {
        let scheduler = Scheduler(start: try date("2026-12-07"), weeks: 1, days: [.monday, .tuesday], minRestHours: 48)
        let error = try #require(throws: PlanError.self) { try scheduler.schedule() }
        do {
            #expect(error.message == "impossible schedule: Mon and Tue are 24 hours apart, less than the 48 hours "
                + "of rest this programme needs (it allows at most 3 sessions a week)")
        }
    }

    @Test func refusesAnEmptyDayList() throws {
        #expect(throws: PlanError.self) {
            try Scheduler(start: date("2026-12-07"), weeks: 1, days: [], minRestHours: 0).schedule()
        }
    }

    /// Invariants over many generated inputs: rest kept, sessions inside their week, skipped dates
    /// never used, deterministic.
    @Test(arguments: 0..<300) func invariantsHoldForGeneratedSchedules(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed))
        let weeks = Int(random.next() % 52) + 1
        let count = Int(random.next() % 6) + 1
        var days = Set<Weekday>()
        while days.count < count { days.insert(Weekday(rawValue: Int(random.next() % 7) + 1) ?? .monday) }
        let sorted = days.sorted()
        // The largest rest these days allow, so every schedule is possible.
        var minGap = 7
        for (index, day) in sorted.enumerated() {
            let next = sorted[(index + 1) % sorted.count]
            var gap = next.rawValue - day.rawValue
            if gap <= 0 { gap += 7 }
            minGap = min(minGap, gap)
        }
        let rest = Int(random.next() % UInt64(minGap * 24 + 1))
        let start = CivilDate(daysSinceEpoch: 20_000 + Int(random.next() % 3000))
        var skip = Set<CivilDate>()
        for _ in 0..<Int(random.next() % 10) {
            skip.insert(start.adding(days: Int(random.next() % UInt64(weeks * 7))))
        }
        let scheduler = Scheduler(start: start, weeks: weeks, days: sorted, minRestHours: rest, skip: skip)
        let result = try scheduler.schedule()
        #expect(result.count == weeks)
        let restDays = (rest + 23) / 24
        let all = result.flatMap(\.slots)
        for (previous, next) in zip(all, all.dropFirst()) {
            #expect(previous.date.days(until: next.date) >= max(restDays, 1), "rest broken: \(previous.date) -> \(next.date)")
        }
        for week in result {
            let end = week.startDate.adding(days: 7)
            for slot in week.slots {
                #expect(slot.date >= week.startDate && slot.date < end)
                #expect(!skip.contains(slot.date))
            }
            let planned = (0..<7).map { week.startDate.adding(days: $0) }.filter { days.contains($0.weekday) }
            #expect(week.slots.count + week.notes.count == planned.count)
        }
        #expect(try scheduler.schedule() == result)
    }
}


@Suite struct SchedulerRegressionTests {
    /// Found by the plan invariants (seed 78): two skipped days in a row both moved to the same Friday.
    @Test func twoSkippedDaysNeverMoveToTheSameDay() throws {
        let start = try #require(CivilDate(parsing: "2027-05-29"))
        let skip = ["2027-06-02", "2027-06-03", "2027-06-11"].compactMap(CivilDate.init(parsing:))
        let weeks = try Scheduler(
            start: start, weeks: 3, days: [.monday, .wednesday, .thursday, .sunday], minRestHours: 0, skip: Set(skip)
        ).schedule()
        let dates = weeks.flatMap(\.slots).map(\.date)
        #expect(Set(dates).count == dates.count)
        #expect(weeks[0].slots.map(\.date.description) == ["2027-05-30", "2027-05-31", "2027-06-04"])
        #expect(weeks[0].notes.count == 1)
    }
}
