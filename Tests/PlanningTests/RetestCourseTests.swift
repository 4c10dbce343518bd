import PlanKit
import PushUpProgression
import Testing

/// A course of `more-push-ups` whose week-2 retest is logged (issue 13): the count re-seats the
/// ladder from the next session on, with the reason, and a count that maps to the same step
/// changes nothing.
struct RetestCourseTests {
    static func date(_ day: Int) -> CivilDate { CourseReplayTests.date(day) }

    static func plan(baseline: Int, retest: Int?, today: CivilDate = date(18)) throws -> Plan {
        let configured = try Flagship.configured(try Flagship.programme("more-push-ups"))
        let logs = [
            SessionLog(date: date(7), pain: 0), SessionLog(date: date(9), pain: 0), SessionLog(date: date(11), pain: 0),
            SessionLog(date: date(14), pain: 1, retest: retest),
        ]
        let course = Course(
            name: "more", programmeID: "more-push-ups", programmeHash: "fnv1a64:0",
            athlete: Athlete(start: date(7), baseline: ["push-ups": baseline]), logs: logs)
        return try Planner().plan(configured, course: course, today: today)
    }

    static func pushUps(_ plan: Plan, _ day: CivilDate) throws -> [Prescription] {
        let session = try #require(plan.sessions.first { $0.date == day })
        return try #require(session.blocks.first { $0.pluginID == PushUpProgression.descriptor.id }).prescriptions
    }

    @Test func aLoggedRetestMovesTheNextSessionsToTheStepItsCountMapsTo() throws {
        // Baseline 6: knee push-ups (8-15 in this programme). The Mon 14 Dec retest tests knee push-ups.
        let plan = try Self.plan(baseline: 6, retest: 25)
        let monday = try Self.pushUps(plan, Self.date(14))
        #expect(monday.first?.dose == .maxTest)
        #expect(monday.first?.exerciseID == "knee-push-up")
        #expect(plan.sessions.first { $0.date == Self.date(14) }?.record?.log?.retest == 25)
        // 25 knee push-ups is past 23 (1.5 x the top of 15): one step up, to the full push-up.
        let wednesday = try #require(try Self.pushUps(plan, Self.date(16)).last)
        #expect(wednesday.exerciseID == "push-up")
        #expect(wednesday.dose == .reps(8))
        #expect(wednesday.change == "retest on Mon 14 Dec: 25 reps of knee push-up: one step up to push-up 5 x 8")
        // One step a week at most: Friday stays on the push-up (and climbs a rep).
        #expect(try Self.pushUps(plan, Self.date(18)).last?.exerciseID == "push-up")
    }

    @Test func aLowCountStepsDownAsFarAsItMaps() throws {
        // Baseline 14: the full push-up; a test of 2 full push-ups maps to the high incline push-up.
        let plan = try Self.plan(baseline: 14, retest: 2)
        #expect(try Self.pushUps(plan, Self.date(14)).first?.exerciseID == "push-up")
        let wednesday = try #require(try Self.pushUps(plan, Self.date(16)).last)
        #expect(wednesday.exerciseID == "high-incline-push-up")
        #expect(wednesday.change == "retest on Mon 14 Dec: 2 reps of push-up: down to high incline push-up 5 x 10")
    }

    @Test func aCountOnTheSameStepOrNoCountLeavesThePlanAsItWas() throws {
        let untested = try Self.plan(baseline: 6, retest: nil)
        let same = try Self.plan(baseline: 6, retest: 12)
        #expect(try Self.pushUps(same, Self.date(16)) == Self.pushUps(untested, Self.date(16)))
        #expect(try Self.pushUps(same, Self.date(21)) == Self.pushUps(untested, Self.date(21)))
    }
}
