import PlanKit
import Testing
import ProtractTestSupport

/// The engine's promises, checked over many generated inputs with the real plugins.
@Suite struct PlanInvariantTests {
    private static let base = Result { try Flagship.programme() }
    private static let catalog = Result { try Flagship.catalog() }

    @Test(arguments: 0..<120) func invariantsHold(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed) &* 7919)
        var programme = try Self.base.get()
        let count = Int(random.next() % 6) + 1
        var days = Set<Weekday>()
        while days.count < count { days.insert(Weekday(rawValue: Int(random.next() % 7) + 1) ?? .monday) }
        let sorted = days.sorted()
        var minGap = 7
        for (index, day) in sorted.enumerated() {
            var gap = sorted[(index + 1) % sorted.count].rawValue - day.rawValue
            if gap <= 0 { gap += 7 }
            minGap = min(minGap, gap)
        }
        programme.schedule = Schedule(
            days: sorted, time: programme.schedule.time, minRestHours: Int(random.next() % UInt64(minGap * 24 + 1)))
        let weeks = Int(random.next() % 52) + 1
        let start = CivilDate(daysSinceEpoch: 20_400 + Int(random.next() % 2000))
        var skip: [CivilDate] = []
        for _ in 0..<Int(random.next() % 8) {
            skip.append(start.adding(days: Int(random.next() % UInt64(weeks * 7))))
        }
        let baseline = Int(random.next() % 40)
        let athlete = Athlete(
            start: start, timeZone: "Europe/London", weeks: weeks, skip: skip, baseline: ["push-ups": baseline])
        let configured = try Flagship.configured(programme)
        let plan = try Planner().plan(configured, for: athlete)
        let catalog = try Self.catalog.get()

        #expect(plan.weeks.count == weeks)
        let sessions = plan.sessions
        let restDays = (programme.schedule.minRestHours + 23) / 24
        for (previous, next) in zip(sessions, sessions.dropFirst()) {
            #expect(previous.date.days(until: next.date) >= max(restDays, 1))
        }
        for week in plan.weeks {
            for session in week.sessions {
                #expect(session.date >= week.startDate && session.date < week.startDate.adding(days: 7))
                #expect(!skip.contains(session.date))
                for block in session.blocks {
                    for prescription in block.prescriptions {
                        #expect(configured.catalog.contains(prescription.exerciseID) || catalog.contains(prescription.exerciseID))
                        #expect(prescription.sets >= 1)
                    }
                }
            }
        }
        checkDeloadVolume(plan)
        checkLadder(plan)
        #expect(try Planner().plan(configured, for: athlete) == plan, "planning is not deterministic")
    }

    /// Volume (sets x reps and sets x seconds) in a deload week never exceeds the last session before it.
    private func checkDeloadVolume(_ plan: Plan) {
        for pluginID in ["stabilizer-strength", "push-up-progression"] {
            var lastBefore: Int?
            for week in plan.weeks {
                let volumes = week.sessions.map { volume(of: $0, pluginID: pluginID) }
                if week.isDeload, let lastBefore {
                    for value in volumes {
                        #expect(value <= lastBefore, "week \(week.number): \(pluginID) volume \(value) > \(lastBefore)")
                    }
                }
                if let last = volumes.last, !week.isDeload { lastBefore = last }
            }
        }
    }

    private func volume(of session: PlannedSession, pluginID: String) -> Int {
        session.blocks.filter { $0.pluginID == pluginID }
            .flatMap(\.prescriptions)
            .reduce(0) { $0 + $1.totalReps + $1.totalHoldSeconds }
    }

    /// The push-up rung moves at most one step a week and never backwards.
    private func checkLadder(_ plan: Plan) {
        var previous: Int?
        for week in plan.weeks {
            var changes = 0
            for session in week.sessions {
                // A retest is a test, not a rung: it may test full push-ups from an easier step.
                let ids = session.blocks.filter { $0.pluginID == "push-up-progression" }
                    .flatMap(\.prescriptions).filter { !$0.dose.isTest }.map(\.exerciseID)
                for id in ids {
                    guard let rung = Flagship.ladder.firstIndex(of: id) else {
                        Issue.record("\(id) is not on the ladder")
                        continue
                    }
                    if let previous {
                        #expect(rung >= previous, "rung went backwards in week \(week.number)")
                        #expect(rung - previous <= 1)
                        if rung != previous { changes += 1 }
                    }
                    previous = rung
                }
            }
            #expect(changes <= 1, "week \(week.number) changed rung \(changes) times")
        }
    }
}
