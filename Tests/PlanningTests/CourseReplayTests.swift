import PlanKit
import Testing

/// Courses replayed from their journal: a flare-up, a missed fortnight, a red flag.
struct CourseReplayTests {
    static func date(_ day: Int, month: Int = 12) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }

    static func course(_ logs: [SessionLog]) -> Course {
        Course(
            name: "upper-back-rehab", programmeID: "upper-back-rehab", programmeHash: "fnv1a64:0",
            athlete: Athlete(start: date(7), baseline: ["push-ups": 12]), logs: logs)
    }

    /// A push-up prescription's reps per set times its sets.
    static func reps(_ prescription: Prescription) throws -> Int {
        guard case .reps(let reps) = prescription.dose else { throw PlanError("not a reps dose: \(prescription)") }
        return reps * prescription.sets
    }

    static func plan(_ logs: [SessionLog], today: CivilDate) throws -> Plan {
        let configured = try Flagship.configured(try Flagship.programme())
        return try Planner().plan(configured, course: course(logs), today: today)
    }

    /// The push-up prescription of the session on `day`.
    static func pushUps(_ plan: Plan, _ day: CivilDate) throws -> Prescription {
        let session = try #require(plan.sessions.first { $0.date == day })
        let block = try #require(session.blocks.first { $0.pluginID == "push-up-progression" })
        return try #require(block.prescriptions.last)
    }

    static func session(_ plan: Plan, _ day: CivilDate) throws -> PlannedSession {
        try #require(plan.sessions.first { $0.date == day })
    }

    /// Eight sessions logged, with a flare-up in week 2 (pain 6/10, not settled next morning).
    static let flareUp: [SessionLog] = [
        SessionLog(date: date(7), pain: 2, morningPain: 1),
        SessionLog(date: date(9), pain: 2, morningPain: 1),
        SessionLog(date: date(11), pain: 3, morningPain: 2),
        SessionLog(date: date(14), pain: 6, morningPain: 5),
        SessionLog(date: date(16), pain: 4, morningPain: 2),
        SessionLog(date: date(18), pain: 2, morningPain: 1),
        SessionLog(date: date(21), pain: 2, morningPain: 1),
        SessionLog(date: date(23), pain: 1, morningPain: 0),
    ]

    @Test func aFlareUpStepsBackThenHoldsThenProgressesAgain() throws {
        let plan = try Self.plan(Self.flareUp, today: Self.date(25))
        let asWritten = try Planner().plan(
            try Flagship.configured(try Flagship.programme()), for: Self.course([]).athlete)
        let flare = try Self.pushUps(plan, Self.date(14))
        let written = try Self.pushUps(asWritten, Self.date(14))
        #expect(flare.exerciseID == written.exerciseID && flare.sets == written.sets && flare.dose == written.dose,
                "the flare-up session was prescribed as written")
        #expect(flare.change == "+1 rep (3 x 5 done on Fri 11 Dec, pain 3/10)", "with the fact from the journal")
        #expect(written.change == "+1 rep if last week's 3 x 5 was done with pain at or under 3/10",
                "a plan without a journal says what it assumes")

        let back = try Self.pushUps(plan, Self.date(16))
        #expect(back.exerciseID == "low-incline-push-up", "at the bottom of the knee range: the easier step")
        #expect(back.change == "pain 6/10 on Mon 14 Dec, not settled next morning (5/10): down to low incline push-up 3 x 10")

        let held = try Self.pushUps(plan, Self.date(18))
        #expect(held.exerciseID == back.exerciseID && held.dose == back.dose)
        #expect(held.change == "pain 4/10 on Wed 16 Dec: 3 x 10 again")

        // Week 3 stays at 3 x 10 while the week's reps would rise more than 20% on week 2's (78);
        // Fri 25 Dec climbs again.
        let bounded = try Self.pushUps(plan, Self.date(21))
        #expect(bounded.exerciseID == back.exerciseID && bounded.dose == .reps(10))
        #expect(bounded.change == "3 x 10 again: this week's push-ups rise at most 20% on last week's 78 reps")
        let again = try Self.pushUps(plan, Self.date(25))
        #expect(again.exerciseID == back.exerciseID && again.dose == .reps(11), "progressing again")

        let records = plan.sessions.compactMap(\.record)
        #expect(records.count == 8)
        #expect(records.allSatisfy { $0.status == .done })
        #expect(try Self.session(plan, Self.date(14)).record?.decision
            == "pain 6/10 on Mon 14 Dec, not settled next morning (5/10): the next session steps back")
        #expect(try Self.session(plan, Self.date(16)).record?.decision == "pain 4/10 on Wed 16 Dec: the next session holds the dose")
        #expect(try Self.session(plan, Self.date(18)).record?.decision == nil)
        #expect(try Self.session(plan, Self.date(25)).record == nil, "today's session is still to come")
    }

    @Test func theStabilizersOfTheOtherTemplateHoldToo() throws {
        // Mon 14 Dec is template B, without scapular push-ups; the flare-up holds template A's
        // scapular push-ups on Wed 16 Dec at week 1's 2 x 10 instead of stepping to 2 x 12, and
        // since the push-ups stepped back from the knees to the low incline, from the bench.
        let plan = try Self.plan(Array(Self.flareUp.prefix(4)), today: Self.date(15))
        let session = try Self.session(plan, Self.date(16))
        let scapular = try #require(session.blocks.flatMap(\.prescriptions).first { $0.exerciseID == "incline-scapular-push-up" })
        #expect(scapular.dose == .reps(10))
        #expect(scapular.change
            == "pain 6/10 on Mon 14 Dec, not settled next morning (5/10): now incline scapular push-up 2 x 10")
    }

    /// Mon 14's flare-up steps template B's stabilizers back; Wed 16's pain 4/10 then holds them.
    /// On Fri 18, their next session, the cut is the step back's: it says so, not the hold.
    @Test func aDoseCutNamesTheStepBackThatCutItNotALaterHold() throws {
        let plan = try Self.plan(Array(Self.flareUp.prefix(5)), today: Self.date(17))
        let session = try Self.session(plan, Self.date(18))
        let stabilizers = try #require(session.blocks.first { $0.pluginID == "stabilizer-strength" })
        let changes = stabilizers.prescriptions.compactMap(\.change)
        let cut = changes.filter { $0.contains(": now ") }
        #expect(!cut.isEmpty, "\(changes)")
        #expect(cut.allSatisfy { $0.hasPrefix("pain 6/10 on Mon 14 Dec, not settled next morning (5/10): now ") }, "\(changes)")
        #expect(changes.filter { $0.hasSuffix(" again") }.allSatisfy { $0.hasPrefix("pain 4/10 on Wed 16 Dec: ") }, "\(changes)")
    }

    /// A step back on the deload week's Monday gives a lighter session within the week's budget;
    /// the next deload session is still a cut of the block's sets, not "sets 1 -> 2".
    @Test func aDeloadSessionAfterALighterOneIsStillACut() throws {
        let days = [7, 9, 11, 14, 16, 18, 21, 23, 25, 28, 30].map { Self.date($0) }
        var logs = days.map { SessionLog(date: $0, pain: 2) }
        logs.append(SessionLog(date: Self.date(1, month: 1).adding(days: 365), pain: 6))
        // Baseline 6: the step back to the low incline's 10 reps leaves Monday one set within the
        // week's budget.
        var course = Self.course(logs)
        course.athlete.baseline = ["push-ups": 6]
        let plan = try Planner().plan(
            try Flagship.configured(try Flagship.programme()), course: course, today: Self.date(1, month: 1).adding(days: 365))
        let monday = try Self.pushUps(plan, Self.date(4, month: 1).adding(days: 365))
        let wednesday = try Self.pushUps(plan, Self.date(6, month: 1).adding(days: 365))
        #expect(monday.sets == 1 && wednesday.sets == 2, "\(monday)\n\(wednesday)")
        #expect(wednesday.change == "deload week: sets 3 -> 2", "\(wednesday)")
    }

    /// A step back that falls in the deload week (week 5) says why on each stabilizer it eases,
    /// beside the deload's cut; one the deload only cuts says that.
    @Test func aStepBackInADeloadWeekSaysWhy() throws {
        let days = [7, 9, 11, 14, 16, 18, 21, 23, 25, 28, 30].map { Self.date($0) }
        var logs = days.map { SessionLog(date: $0, pain: 2, morningPain: 1) }
        logs.append(SessionLog(date: Self.date(1, month: 1).adding(days: 365), pain: 6, morningPain: 5))
        let monday = Self.date(4, month: 1).adding(days: 365)
        let plan = try Self.plan(logs, today: monday)
        let session = try Self.session(plan, monday)
        let stabilizers = try #require(session.blocks.first { $0.pluginID == "stabilizer-strength" })
        #expect(stabilizers.notes == ["deload week: sets cut to 60% (to the nearest set, an exact half down; at least 1)"])
        let changes = stabilizers.prescriptions.compactMap(\.change)
        let eased = changes.filter { !$0.hasPrefix("deload week: sets") }
        #expect(!eased.isEmpty, "\(changes)")
        #expect(eased.allSatisfy { $0.hasPrefix("pain 6/10 on Fri 1 Jan, not settled next morning (5/10): now ") && $0.hasSuffix(" (deload week)") },
                "\(changes)")
    }

    /// A hold logged in the deload week's last session: the next session brings the sets back
    /// and says so, beside the hold's reason (a clinician's trial read "reps missed …: now 2 x 12"
    /// as if the shortfall had raised the dose).
    @Test func aHoldAtTheEndOfADeloadWeekSaysTheSetsComeBack() throws {
        let days = [7, 9, 11, 14, 16, 18, 21, 23, 25, 28, 30].map { Self.date($0) }
        var logs = days.map { SessionLog(date: $0, pain: 2, morningPain: 1) }
        let deload = [4, 6, 8].map { Self.date($0, month: 1).adding(days: 365) }
        logs += [SessionLog(date: Self.date(1, month: 1).adding(days: 365), pain: 2, morningPain: 1)]
        logs += deload.dropLast().map { SessionLog(date: $0, pain: 2, morningPain: 1) }
        logs.append(SessionLog(date: deload[2], pain: 4, morningPain: 1))
        let monday = Self.date(11, month: 1).adding(days: 365)
        let plan = try Self.plan(logs, today: monday)
        #expect(try Self.session(plan, deload[2]).record?.decision == "pain 4/10 on Fri 8 Jan: the next session holds the dose")
        let session = try Self.session(plan, monday)
        let changes = session.blocks.filter { $0.pluginID != "mobility-warmup" }.flatMap(\.prescriptions).compactMap(\.change)
        #expect(!changes.isEmpty)
        #expect(changes.allSatisfy {
            $0.hasPrefix("pain 4/10 on Fri 8 Jan: back to ") && $0.hasSuffix(" after the deload week, no rise")
        }, "\(changes)")
    }

    @Test func aMissedFortnightNeverClimbsAndStepsBackOnce() throws {
        let logs = Array(Self.flareUp.prefix(3))
        let plan = try Self.plan(logs, today: Self.date(28))
        let missed = plan.sessions.filter { $0.record?.status == .missed }
        #expect(missed.map(\.date) == [14, 16, 18, 21, 23, 25].map { Self.date($0) })
        let asWritten = try Planner().plan(
            try Flagship.configured(try Flagship.programme()), for: Self.course([]).athlete)
        let first = try Self.pushUps(plan, Self.date(14))
        let written = try Self.pushUps(asWritten, Self.date(14))
        #expect(first.exerciseID == written.exerciseID && first.dose == written.dose,
                "the first missed session shows what it prescribed")
        #expect(try Self.session(plan, Self.date(14)).record?.decision
            == "missed on Mon 14 Dec: the next session goes on from the last one done")
        for session in missed.dropFirst().dropLast() {
            let dose = try Self.pushUps(plan, session.date)
            #expect(dose.exerciseID == first.exerciseID && dose.dose == first.dose,
                    "time passing climbs nothing: each missed session gives the first one's dose again")
        }
        // Fri 25 Dec is the first session two weeks after the last one done: it steps back itself,
        // and, missed too, hands its step back on.
        let gap = try Self.pushUps(plan, Self.date(25))
        #expect(gap.exerciseID == "low-incline-push-up")
        #expect(gap.change == "after a break of 2 weeks or more from Fri 11 Dec: down to low incline push-up 3 x 10")
        #expect(try Self.session(plan, Self.date(25)).record?.decision
            == "missed on Fri 25 Dec: the next session keeps this one's step back")
        // Weeks 2 and 3 had nothing logged: they do not count, so Mon 28 Dec trains programme
        // week 2, and the course grows from 8 weeks to 10.
        let next = try Self.pushUps(plan, Self.date(28))
        #expect(next.exerciseID == "low-incline-push-up" && next.dose == gap.dose, "one step back, not two")
        #expect(next.change == "after a break of 2 weeks or more from Fri 11 Dec: down to low incline push-up 3 x 10")
        #expect(plan.weeks.count == 10)
        #expect(plan.weeks[3].programmeWeek == 2 && plan.weeks[3].notes.isEmpty)
        #expect(plan.weeks[3].programmeWeekNote == "programme week 2: 2 weeks with nothing logged did not count")
        #expect(plan.weeks.map(\.programmeWeek) == [1, 2, 2, 2, 3, 4, 5, 6, 7, 8], "the missed weeks train what they were planned as")
        #expect(plan.weeks[1].programmeWeekNote == nil && plan.weeks[2].programmeWeekNote == nil, "a missed week says it in its note")
        #expect(plan.weeks[1].notes == ["nothing was logged this week: it does not count, and the course grows by a week"])
        #expect(plan.weeks.map(\.isDeload) == [false, false, false, false, false, false, true, false, false, false],
                "the deload of programme week 5 comes two weeks later")
    }

    /// A person who comes back after two weeks does the easier session, whether they log it on
    /// its day or a day late, and the plan says the same before and after the log.
    @Test(arguments: [25, 26])
    func theSessionAfterAFortnightOffStepsBackWhenItIsDone(loggedOn day: Int) throws {
        let before = Array(Self.flareUp.prefix(3))  // the last done: Fri 11 Dec
        let planned = try Self.plan(before, today: Self.date(25))
        let due = try Self.pushUps(planned, Self.date(25))
        #expect(due.exerciseID == "low-incline-push-up", "today's session, 14 days on, is the easier one")
        #expect(due.change == "after a break of 2 weeks or more from Fri 11 Dec: down to low incline push-up 3 x 10")

        let back = before + [SessionLog(date: Self.date(day), pain: 2, morningPain: 1)]
        let replayed = try Self.plan(back, today: Self.date(day + 1))
        let done = try Self.pushUps(replayed, Self.date(25))
        #expect(done.exerciseID == due.exerciseID && done.dose == due.dose && done.change == due.change,
                "logging the session does not change what it was")
        #expect(try Self.session(replayed, Self.date(25)).record?.status == (day == 25 ? .done : .moved))
        let after = try Self.pushUps(replayed, Self.date(28))
        // Done with pain 2/10, but the one session of that week caps the next week's rise.
        #expect(after.exerciseID == "low-incline-push-up" && after.dose == .reps(10), "\(after)")
        #expect(after.change == "3 x 10 again: the week at 3 x 10 (90 reps) is already more than 20% above last week's "
            + "30 reps (done in 1 of 3 sessions)", "the hold says the week it rises from was mostly missed")
    }

    /// Twelve days off is under two weeks: the session someone comes back to is as written.
    @Test func aShorterBreakDoesNotStepBack() throws {
        let before = Array(Self.flareUp.prefix(3))
        let plan = try Self.plan(before + [SessionLog(date: Self.date(23), pain: 2)], today: Self.date(24))
        let done = try Self.pushUps(plan, Self.date(23))
        #expect(done.exerciseID == "knee-push-up", "\(done)")
        #expect(done.change?.contains("2 weeks") != true, "\(done)")
    }

    /// More done than asked moves on as the rules say (no faster), and the reason says what was
    /// done: "3 x 5 done" alone read as if the journal's 7,7,6 had been lost.
    @Test func aRiseAfterMoreThanAskedSaysWhatWasDone() throws {
        var logs = Array(Self.flareUp.prefix(3))
        logs[2].done = [SessionLog.Work(exerciseID: "knee-push-up", sets: [7, 7, 6])]
        let plan = try Self.plan(logs, today: Self.date(12))
        let next = try Self.pushUps(plan, Self.date(14))
        #expect(next.change == "+1 rep (3 x 5 asked, 7,7,6 done on Fri 11 Dec, pain 3/10)", "\(next)")
        let asLogged = try Self.pushUps(try Self.plan(Array(Self.flareUp.prefix(3)), today: Self.date(12)), Self.date(14))
        #expect(next.dose == asLogged.dose && next.exerciseID == asLogged.exerciseID, "the same rise as 3 x 5 done")
    }

    /// A hold from the last week done, held in the first week trained after a week with nothing
    /// done (which did not count), says that week did not count: the reason is then two calendar
    /// weeks old, and a clinician's trial read it as a new flare. Held the week after, it does not.
    @Test func aWeekHeldAfterAWeekThatDidNotCountSaysSo() throws {
        let week1 = [7, 9, 11].map { SessionLog(date: Self.date($0), pain: $0 == 11 ? 4 : 1, morningPain: 0) }
        let suffix = " (last week, with nothing done, did not count)"
        let later = try Self.plan(week1 + [SessionLog(date: Self.date(21), pain: 1, morningPain: 0)], today: Self.date(21))
        let held = try Self.session(later, Self.date(21)).blocks.first { $0.pluginID == "stabilizer-strength" }
        let changes = held?.prescriptions.compactMap(\.change) ?? []
        #expect(changes.count == 4, "every stabilizer holds: \(changes)")
        #expect(changes.allSatisfy { $0.hasPrefix("pain 4/10 on Fri 11 Dec: ") && $0.hasSuffix(" again, no rise this week" + suffix) },
                "\(changes)")
        let next = try Self.plan(week1, today: Self.date(12))
        let nextWeek = try Self.session(next, Self.date(14)).blocks.first { $0.pluginID == "stabilizer-strength" }
        let plain = nextWeek?.prescriptions.compactMap(\.change) ?? []
        #expect(plain.first?.hasSuffix(", no rise this week") == true && plain.allSatisfy { !$0.contains(suffix) }, "\(plain)")
    }

    /// A rise after a session whose next morning is not rated yet says so: it stands only if the
    /// morning settles (a clinician's trial read it as final the evening of the session); once
    /// the morning is logged, the fact alone.
    @Test func aRiseSaysWhenTheNextMorningIsNotRatedYet() throws {
        let configured = try Flagship.configured(try Flagship.programme("more-push-ups"))
        var course = Self.course([SessionLog(date: Self.date(7), pain: 2)])
        course.programmeID = "more-push-ups"
        course.athlete.baseline = ["push-ups": 12]
        let evening = try Planner().plan(configured, course: course, today: Self.date(7))
        #expect(try Self.pushUps(evening, Self.date(9)).change
                == "+1 rep (5 x 8 done on Mon 7 Dec, pain 2/10, next morning not rated)")
        course.logs[0].morningPain = 1
        let morning = try Planner().plan(configured, course: course, today: Self.date(8))
        #expect(try Self.pushUps(morning, Self.date(9)).change == "+1 rep (5 x 8 done on Mon 7 Dec, pain 2/10)")
    }

    /// more-push-ups climbs every session: a person logs Mon 7 Dec, misses Wed 9 Dec and plans on
    /// Thursday (or on Friday): Friday gives Wednesday's dose, and every later session comes one
    /// session behind the plan as written, so no rise is skipped. The weeks stay as they are (the
    /// week counts: a session was done in it), so the course does not grow.
    @Test func aSessionMissedInAPartlyDoneWeekGivesItsDoseAtTheNextSession() throws {
        let configured = try Flagship.configured(try Flagship.programme("more-push-ups"))
        var course = Self.course([SessionLog(date: Self.date(7), pain: 2, morningPain: 1)])
        course.programmeID = "more-push-ups"
        course.athlete.baseline = ["push-ups": 12]
        let asWritten = try Planner().plan(configured, for: course.athlete)
        #expect(try Self.pushUps(asWritten, Self.date(11)).dose != (try Self.pushUps(asWritten, Self.date(9))).dose,
                "the programme climbs every session")
        for today in [Self.date(10), Self.date(11)] {
            let plan = try Planner().plan(configured, course: course, today: today)
            let missed = try Self.session(plan, Self.date(9))
            #expect(missed.record?.status == .missed, "Wednesday is over on \(today)")
            #expect(missed.record?.decision == "missed on Wed 9 Dec: the next session goes on from the last one done")
            let friday = try Self.pushUps(plan, Self.date(11))
            let wednesday = try Self.pushUps(asWritten, Self.date(9))
            #expect(friday.exerciseID == wednesday.exerciseID && friday.sets == wednesday.sets
                    && friday.dose == wednesday.dose, "Friday gives the missed session's dose")
            #expect(friday.change == "+1 rep (5 x 8 done on Mon 7 Dec, pain 2/10)", "the fact from the journal")
            #expect(try Self.session(plan, Self.date(11)).record == nil, "Friday is still to come")
            // Later sessions go on from there: never ahead of the plan as written (no rise skipped),
            // never lower than the session before (the weekly bound may hold a dose, never cut it).
            let later = plan.sessions.drop { $0.date < Self.date(11) }.prefix(5)
            var previous = 0
            for session in later {
                let reps = try Self.reps(Self.pushUps(plan, session.date))
                #expect(reps <= (try Self.reps(Self.pushUps(asWritten, session.date))), "\(session.date): not ahead")
                #expect(reps >= previous, "\(session.date): never lower")
                previous = reps
            }
            #expect(plan.weeks.count == asWritten.weeks.count, "a partly done week counts: the course keeps its weeks")
        }
        // Logged on Thursday after all, Wednesday's session is done a day late and Friday climbs from it.
        course.logs.append(SessionLog(date: Self.date(10), pain: 2))
        let moved = try Planner().plan(configured, course: course, today: Self.date(10))
        #expect(try Self.session(moved, Self.date(9)).record?.status == .moved)
        #expect(try Self.pushUps(moved, Self.date(11)).dose == (try Self.pushUps(asWritten, Self.date(11))).dose)
    }

    /// `log --hurt`: an exercise of a training block that hurt holds that block at least (as reps
    /// missed do), whatever the pain; a warm-up drill that hurt holds nothing, it is swapped.
    @Test func anExerciseThatHurtHoldsItsBlockAndAWarmUpDrillOnlyItsDrill() throws {
        var logs = Array(Self.flareUp.prefix(4))
        logs[3] = SessionLog(date: Self.date(14), pain: 1, hurt: ["knee-push-up"])
        let plan = try Self.plan(logs, today: Self.date(15))
        #expect(try Self.session(plan, Self.date(14)).record?.decision
            == "knee push-up hurt on Mon 14 Dec: the push-ups hold their dose next session")
        let next = try Self.pushUps(plan, Self.date(16))
        #expect(next.dose == (try Self.pushUps(plan, Self.date(14))).dose)
        #expect(next.change == "knee push-up hurt on Mon 14 Dec: 3 x 6 again")

        // Mon 14 Dec (template B) has a plank (on the knees, to match the knee push-up step): the
        // stabilizers hold, every slot.
        logs[3] = SessionLog(date: Self.date(14), pain: 1, hurt: ["knee-plank"])
        let plank = try Self.plan(logs, today: Self.date(15))
        let scapular = try #require(try Self.session(plank, Self.date(16)).blocks.flatMap(\.prescriptions)
            .first { $0.exerciseID.hasSuffix("scapular-push-up") })
        #expect(scapular.change == "knee plank hurt on Mon 14 Dec: 2 x 10 again, no rise this week", "\(scapular)")

        logs[3] = SessionLog(date: Self.date(14), pain: 1, hurt: ["cat-cow"])
        let drill = try Self.plan(logs, today: Self.date(15))
        #expect(try Self.session(drill, Self.date(14)).record?.decision == nil, "a drill that hurt holds nothing")
        let asLogged = try Self.plan(Array(Self.flareUp.prefix(3)) + [SessionLog(date: Self.date(14), pain: 1)], today: Self.date(15))
        #expect(try Self.pushUps(drill, Self.date(16)) == (try Self.pushUps(asLogged, Self.date(16))))
        let warmUp = try #require(try Self.session(drill, Self.date(16)).blocks.first { $0.pluginID == "mobility-warmup" })
        #expect(!warmUp.prescriptions.contains { $0.exerciseID == "cat-cow" })
        #expect(warmUp.prescriptions.compactMap(\.change) + warmUp.notes
            == ["cat-cow hurt on Mon 14 Dec: thread the needle instead"])
    }

    /// A warm-up drill done short is recorded but holds nothing: the warm-up is steady, and the
    /// session's decision does not say "holds the dose" while the push-ups progress.
    @Test func aWarmUpDrillDoneShortHoldsNothing() throws {
        var logs = Array(Self.flareUp.prefix(3))
        logs[2] = SessionLog(
            date: Self.date(11), asPlanned: true, done: [SessionLog.Work(exerciseID: "cat-cow", sets: [8, 6])], pain: 2)
        let short = try Self.plan(logs, today: Self.date(14))
        logs[2] = SessionLog(date: Self.date(11), asPlanned: true, pain: 2)
        let asPlanned = try Self.plan(logs, today: Self.date(14))
        let session = try Self.session(short, Self.date(11))
        #expect(session.blocks.contains { $0.prescriptions.contains { $0.exerciseID == "cat-cow" } })
        #expect(session.record?.decision == nil)
        #expect(try Self.pushUps(short, Self.date(14)) == (try Self.pushUps(asPlanned, Self.date(14))))
    }

    @Test func repsMissedHoldTheDose() throws {
        var logs = Array(Self.flareUp.prefix(3))
        logs[2] = SessionLog(
            date: Self.date(11), asPlanned: true, done: [SessionLog.Work(exerciseID: "knee-push-up", sets: [5, 5, 3])],
            pain: 2)
        let plan = try Self.plan(logs, today: Self.date(14))
        let decision = try Self.session(plan, Self.date(11)).record?.decision
        #expect(decision == "reps missed on Fri 11 Dec (knee push-up 5, 5, 3 of 3 x 5): the push-ups hold their dose next session")
        let next = try Self.pushUps(plan, Self.date(14))
        #expect(next.dose == .reps(5))
        #expect(next.change == "reps missed on Fri 11 Dec (knee push-up 5, 5, 3 of 3 x 5): 3 x 5 again")
    }

    /// Sets beyond the ones asked for are more than asked, not reps missed (a physiotherapist's
    /// trial: 1 x 7 asked, 8, 6 done held all four stabilizers): the dose counts as done when as
    /// many sets as asked reach it, whatever else was done; one set fewer than asked still holds.
    @Test func anExtraSetIsNotRepsMissed() throws {
        var logs = Array(Self.flareUp.prefix(3))
        logs[2] = SessionLog(date: Self.date(11), asPlanned: true, pain: 2)
        let asPlanned = try Self.plan(logs, today: Self.date(14))
        for extra in [[5, 5, 5, 2], [6, 5, 5, 0], [5, 5, 5, 5]] {
            logs[2].done = [SessionLog.Work(exerciseID: "knee-push-up", sets: extra)]
            let plan = try Self.plan(logs, today: Self.date(14))
            #expect(try Self.session(plan, Self.date(11)).record?.decision == nil, "\(extra)")
            #expect(try Self.pushUps(plan, Self.date(14)).dose == (try Self.pushUps(asPlanned, Self.date(14))).dose, "\(extra)")
        }
        logs[2].done = [SessionLog.Work(exerciseID: "knee-push-up", sets: [5, 5, 4, 4])]
        let short = try Self.plan(logs, today: Self.date(14))
        #expect(try Self.session(short, Self.date(11)).record?.decision
            == "reps missed on Fri 11 Dec (knee push-up 5, 5, 4, 4 of 3 x 5): the push-ups hold their dose next session")
    }

    /// A step back holds the next weekly step too; the week it does not come says why, though the
    /// session that first said it has gone by (a phone user's trial saw chin tucks and planks stay
    /// at 2 x 10 the week after a flare-up with no word, while the scapular push-ups rose).
    @Test func theWeekAfterAStepBackSaysWhyTheStabilizersDoNotRise() throws {
        let logs = Array(Self.flareUp.prefix(4))
            + [16, 18].map { SessionLog(date: Self.date($0), pain: 2, morningPain: 1) }
        let plan = try Self.plan(logs, today: Self.date(21))
        let stabilizers = try #require(try Self.session(plan, Self.date(21)).blocks.first { $0.pluginID == "stabilizer-strength" })
        let held = stabilizers.prescriptions.filter { $0.exerciseID == "chin-tuck" || $0.exerciseID == "incline-plank" }
        #expect(held.count == 2)
        for prescription in held {
            #expect(prescription.change?.hasPrefix("pain 6/10 on Mon 14 Dec, not settled next morning (5/10): 2 x 10") == true,
                    "\(prescription)")
            #expect(prescription.change?.hasSuffix(" again, no rise this week") == true, "\(prescription)")
        }
        let rose = try #require(stabilizers.prescriptions.first { $0.exerciseID == "incline-scapular-push-up" })
        #expect(rose.change == "+2 reps (2 x 10 done on Wed 16 Dec, pain 2/10)")
    }

    /// A coach's trial: after a step back (Mon 14) and a hold (Wed 16, another template's session),
    /// the Y-T-W and wall push-up plus, not in Wed 16's session, said they did not rise in week 3
    /// because of "pain 4/10 on Wed 16 Dec". Their own reason is the step back; a change never
    /// names a session its exercise was not in.
    @Test func theWeekHeldNamesTheSlotsOwnStepBackNotAnotherSessionsHold() throws {
        let plan = try Self.plan(Array(Self.flareUp.prefix(6)), today: Self.date(23))
        let stabilizers = { (day: Int) throws -> [Prescription] in
            try #require(try Self.session(plan, Self.date(day)).blocks.first { $0.pluginID == "stabilizer-strength" })
                .prescriptions
        }
        let wednesday = Set(try stabilizers(16).map(\.exerciseID))
        for day in [18, 21, 23] {
            for prescription in try stabilizers(day) where prescription.change?.contains("on Wed 16 Dec") == true {
                #expect(wednesday.contains(prescription.exerciseID), "\(day): \(prescription)")
            }
        }
        for id in ["prone-y-t-w", "wall-push-up-plus"] {
            let held = try #require(try stabilizers(23).first { $0.exerciseID == id })
            #expect(held.change?.hasPrefix("pain 6/10 on Mon 14 Dec, not settled next morning (5/10): 2 x ") == true, "\(held)")
            #expect(held.change?.hasSuffix(" again, no rise this week") == true, "\(held)")
        }
    }

    /// Weekly pain rising two weeks running steps back once, at the session that made the week's
    /// pain the highest: the week's later sessions, with pain 1/10, are judged on their own pain,
    /// not stepped back again and again by the same trend (a two-year course stepped the push-ups
    /// back at each of a week's three sessions).
    @Test func risingWeeklyPainStepsBackOnceAWeek() throws {
        let logs = [7, 9, 11].map { SessionLog(date: Self.date($0), pain: 1, morningPain: 0) }
            + [14, 16, 18].map { SessionLog(date: Self.date($0), pain: 2, morningPain: 0) }
            + [SessionLog(date: Self.date(21), pain: 3, morningPain: 0)]
            + [23, 25].map { SessionLog(date: Self.date($0), pain: 1, morningPain: 0) }
        let plan = try Self.plan(logs, today: Self.date(28))
        #expect(try Self.session(plan, Self.date(21)).record?.decision
            == "pain higher than the week before 2 weeks running (1/10, 2/10, 3/10): the next session steps back")
        #expect(try Self.session(plan, Self.date(23)).record?.decision == nil)
        #expect(try Self.session(plan, Self.date(25)).record?.decision == nil)
        let stepped = try Self.pushUps(plan, Self.date(23))
        #expect(stepped.change?.hasPrefix("pain higher than the week before 2 weeks running") == true, "\(stepped)")
        let after = try Self.pushUps(plan, Self.date(25))
        #expect(try Self.reps(after) >= Self.reps(stepped), "no second step back: \(after)")
        #expect(after.change?.contains("week before") != true, "\(after)")
    }

    @Test func aRedFlagEndsThePlanThere() throws {
        var logs = Array(Self.flareUp.prefix(2))
        logs[1].symptoms = ["numbness"]
        let plan = try Self.plan(logs, today: Self.date(10))
        #expect(plan.sessions.last?.date == Self.date(9))
        #expect(plan.stoppedBecause == "red flag reported on Wed 9 Dec (numbness): stop and see a clinician")
        let all = try Planner().plan(try Flagship.configured(try Flagship.programme()), for: Self.course([]).athlete)
        #expect(plan.cancelled.map(\.number) == Array(3...all.sessions.count), "every later session is called off")
        #expect(plan.cancelled.map(\.date) == all.sessions.dropFirst(2).map(\.date))
        #expect(plan.cancelled.map(\.title) == all.sessions.dropFirst(2).map(\.title))
        // Weeks after the red flag are not "missed": years later the course has not grown, and
        // the calendar calls off the same sessions.
        let later = try Self.plan(logs, today: CivilDate(year: 2036, month: 1, day: 1)!)
        #expect(later.cancelled.map(\.number) == plan.cancelled.map(\.number))
        #expect(later.weeks.count == plan.weeks.count)
    }

    @Test func yearsWithNothingLoggedGrowTheCourseOnlyToTheLongestPlan() throws {
        // Found by the journal fuzzer: one entry centuries on made every week before it "empty",
        // and the course grew by each of them.
        let far = CivilDate(year: 4052, month: 12, day: 7)!
        let plan = try Planner().plan(
            try Flagship.configured(try Flagship.programme()), course: Self.course([SessionLog(date: far, pain: 2)]),
            today: far.adding(days: 7))
        #expect(plan.weeks.count == 520)
        #expect(plan.sessions.allSatisfy { $0.record?.status != .done }, "a log after the last session matches none")
    }

    @Test func theSameJournalGivesTheSamePlan() throws {
        #expect(try Self.plan(Self.flareUp, today: Self.date(25)) == (try Self.plan(Self.flareUp, today: Self.date(25))))
    }
}
