import PlanKit
import Testing

/// A course planned with `Planner.wordsPastChanges` off (the text plan, `log`) is the course
/// planned in full but for the words of its past sessions' changes: every dose, record and
/// session still to come is the same, so the plugins' states moved alike without the words.
struct UnwordedPastTests {
    static let start = CivilDate(year: 2026, month: 12, day: 7)!

    /// Thirty weeks of Monday, Wednesday and Friday sessions: pain that rises and flares, a
    /// morning not settled, reps missed, a drill or an exercise that hurt, sessions logged a day
    /// late, sessions and whole weeks not logged (a break that steps back), so that holds, steps
    /// back, swaps, deloads, the top of a progression and fitted variants come round.
    static func logs() -> [SessionLog] {
        var logs: [SessionLog] = []
        for week in 0..<30 where week != 9 && week != 10 && week != 21 {
            for (offset, day) in [0, 2, 4].enumerated() where (week * 3 + offset) % 11 != 5 {
                let number = week * 3 + offset
                let pain = [1, 2, 3, 2, 4, 2, 3, 6, 2, 1][number % 10]
                let morning = number % 13 == 7 ? 5 : max(0, pain - 2)
                let done = number % 17 == 4
                    ? [SessionLog.Work(exerciseID: "knee-push-up", sets: [4, 3])] : []
                // Now and then a session logged a day late, or a drill or exercise that hurt.
                let late = number % 19 == 3 ? 1 : 0
                let hurt = number % 23 == 9 ? ["cat-cow"] : number % 29 == 14 ? ["knee-push-up"] : []
                logs.append(SessionLog(
                    date: start.adding(days: week * 7 + day + late), done: done, pain: pain, morningPain: morning,
                    hurt: hurt))
            }
        }
        return logs
    }

    /// `plan` with the change of every prescription of a past session (one with a record) taken out.
    static func withoutPastChanges(_ plan: Plan) -> Plan {
        var plan = plan
        for w in plan.weeks.indices {
            for s in plan.weeks[w].sessions.indices where plan.weeks[w].sessions[s].record != nil {
                for b in plan.weeks[w].sessions[s].blocks.indices {
                    for p in plan.weeks[w].sessions[s].blocks[b].prescriptions.indices {
                        plan.weeks[w].sessions[s].blocks[b].prescriptions[p].change = nil
                    }
                }
            }
        }
        return plan
    }

    /// Each built-in programme, with the baseline it asks for.
    @Test(arguments: [("upper-back-rehab", ["push-ups": 6]), ("more-push-ups", ["push-ups": 12]), ("desk-mobility", [:])])
    func aCourseWithoutItsPastWordsIsTheSamePlan(_ programme: String, _ baseline: [String: Int]) throws {
        let configured = try Flagship.configured(try Flagship.programme(programme))
        let course = Course(
            name: programme, programmeID: programme, programmeHash: "fnv1a64:0",
            athlete: Athlete(start: Self.start, weeks: 36, baseline: baseline), logs: Self.logs())
        let today = Self.start.adding(days: 30 * 7)
        let full = try Planner().plan(configured, course: course, today: today)
        let unworded = try Planner(wordsPastChanges: false).plan(configured, course: course, today: today)

        #expect(full.sessions.count == unworded.sessions.count)
        #expect(full.sessions.contains { $0.record == nil }, "sessions still to come")
        #expect(full.sessions.contains { $0.record?.status == .missed }, "sessions missed")
        if configured.programme.schedule.days.count == 3 {  // daily sessions leave no day to log late in
            #expect(full.sessions.contains { $0.record?.status == .moved }, "sessions logged a day late")
        }
        // Every dose, record, header line and session still to come is the same.
        #expect(Self.withoutPastChanges(full) == Self.withoutPastChanges(unworded))
        // The past sessions' words are the ones left out: the plan in full has them.
        #expect(full.sessions.contains { session in
            session.record != nil && session.blocks.contains { $0.prescriptions.contains { $0.change != nil } }
        })
    }
}
