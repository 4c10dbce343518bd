import Testing

/// `protract next`: the course's next session in full, for a person on a phone who found the
/// whole plan too long to scroll (a person's trial: 1,459 lines at 48 columns).
@Suite struct NextCommandTests {
    @Test func theNextSessionComesWithItsCuesTheSafetyTextAndHowToLogIt() throws {
        try Courses.with { courses in
            try courses.start()
            // Nothing logged yet: Monday's session is today's.
            let first = try courses.run(["next", "--today", "2026-12-07"])
            #expect(first.status == 0, "\(first)")
            #expect(first.stdout.hasPrefix("Next: today, Mon 7 Dec 2026 (session 1 of "), "\(first)")
            #expect(first.stdout.contains("\nWEEK 1 · Activate\n"), "\(first)")
            #expect(first.stdout.contains("Mon 7 Dec · 07:30-"), "\(first)")
            #expect(!first.stdout.contains("Wed 9 Dec"), "one session only: \(first)")
            // Every exercise with its full cues, and the whole safety text, then how to log it.
            #expect(first.stdout.contains("- start on hands and knees, hands under the shoulders"), "\(first)")
            #expect(first.stdout.contains("Stop and see a clinician if you notice"), "\(first)")
            #expect(first.stdout.contains("Pain monitoring"), "\(first)")
            #expect(first.stdout.flattened.contains(
                "After it: 'protract log' asks how it went, or 'protract log --as-planned --pain N' logs it"), "\(first)")

            // Logged with pain 6: the next session is Wednesday's, stepped back, and says why.
            _ = try courses.run(["log", "--today", "2026-12-07", "--as-planned", "--pain", "6"])
            let after = try courses.run(["next", "--today", "2026-12-07"])
            #expect(after.status == 0, "\(after)")
            #expect(after.stdout.hasPrefix("Next: Wed 9 Dec 2026 (session 2 of "), "\(after)")
            #expect(after.stdout.contains("[pain 6/10 on Mon 7 Dec"), "\(after)")
            // Why, at the top too: a phone user's trial found it only beside each exercise, far down.
            #expect(after.stdout.flattened.contains(
                " After your last session: pain 6/10 on Mon 7 Dec: the next session steps back. WEEK 1"), "\(after)")
            #expect(!first.stdout.contains("After your last session"), "nothing logged, nothing to say: \(first)")
            let tomorrow = try courses.run(["next", "--today", "2026-12-08"])
            #expect(tomorrow.stdout.hasPrefix("Next: tomorrow, Wed 9 Dec 2026"), "\(tomorrow)")
        }
    }

    /// `next` takes a session as `log` does (a trial found them disagreeing): Monday's done on
    /// Tuesday leaves Wednesday's for Thursday (48 h of rest), and on Thursday it is Wednesday's, a
    /// day late, that `log` then records.
    @Test func aSessionDoneLateIsFollowedAsLogTakesIt() throws {
        try Courses.with { courses in
            try courses.start()
            _ = try courses.run(["log", "--today", "2026-12-08", "--as-planned", "--pain", "2"])
            let tuesday = try courses.run(["next", "--today", "2026-12-08"])
            #expect(tuesday.stdout.flattened.hasPrefix(
                "Next: Wed 9 Dec 2026's session (session 2 of 24), on Thu 10 Dec or later: the plan keeps 48 h between sessions"),
                "\(tuesday)")
            let thursday = try courses.run(["next", "--today", "2026-12-10"])
            #expect(thursday.stdout.flattened.hasPrefix("Next: Wed 9 Dec 2026's session (session 2 of 24), a day late: today"), "\(thursday)")
            #expect(thursday.stdout.contains("Wed 9 Dec · 07:30-") && !thursday.stdout.contains("Missed"), "\(thursday)")
            let logged = try courses.run(["log", "--today", "2026-12-10", "--as-planned", "--pain", "2"])
            #expect(logged.stdout.flattened.contains("For the session of Wed 9 Dec 2026, done a day later"), "\(logged)")
        }
    }

    /// The morning after a session logged without its next-morning pain, `next` first asks for it
    /// (the pain rules need it to decide the next dose), with the command on a line of its own;
    /// once logged, or before that morning, it does not.
    @Test func theMorningAfterASessionItRemindsToLogTheMorningsPain() throws {
        try Courses.with { courses in
            try courses.start(["--course", "sam"])
            _ = try courses.run(["log", "--course", "sam", "--today", "2026-12-07", "--as-planned", "--pain", "2"])
            let sameDay = try courses.run(["next", "--course", "sam", "--today", "2026-12-07"])
            #expect(!sameDay.stdout.contains("--morning"), "the morning has not come: \(sameDay)")
            let morning = try courses.run(["next", "--course", "sam", "--today", "2026-12-08"])
            #expect(morning.status == 0, "\(morning)")
            #expect(morning.stdout.hasPrefix("""
                Next: tomorrow, Wed 9 Dec 2026 (session 2 of 24)
                First, log your pain this morning, after the session of Mon 7 Dec (0-10): the
                  pain rules need it for the next dose.
                  protract log --course sam --morning N

                """), "\(morning)")
            let later = try courses.run(["next", "--course", "sam", "--today", "2026-12-09"])
            #expect(later.stdout.flattened.contains(
                "First, log your pain on the morning of Tue 8 Dec, after the session of Mon 7 Dec (0-10)"), "\(later)")
            #expect(try courses.run(["log", "--course", "sam", "--today", "2026-12-08", "--morning", "1"]).status == 0)
            let logged = try courses.run(["next", "--course", "sam", "--today", "2026-12-08"])
            #expect(!logged.stdout.contains("--morning"), "\(logged)")
        }
    }

    /// After a break of two weeks or more (the pain rules' `missed-weeks`), `next` says why the
    /// session is easier and to check with a clinician first if anything changed (a clinician's
    /// trial came back after ten weeks to "a day late: today" and nothing else).
    @Test func afterALongBreakItSaysWhyTheSessionIsEasierAndToCheckFirst() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.logOnTheirDays(["2026-12-07", "2026-12-09", "2026-12-11"])
            let soon = try courses.run(["next", "--today", "2026-12-21"])
            #expect(soon.status == 0 && !soon.stdout.contains("after a break"), "\(soon)")
            let back = try courses.run(["next", "--today", "2027-02-16"])
            #expect(back.status == 0, "\(back)")
            #expect(back.stdout.flattened.contains(
                "Your last session logged was on Fri 11 Dec 2026, 9 weeks ago: after a break the plan starts a step "
                    + "easier. If anything has changed since (new pain, an injury or an illness), check with a "
                    + "physiotherapist or GP before you go on."), "\(back)")
            #expect(back.stdout.flattened.contains("after a break of 2 weeks or more from Fri 11 Dec"), "the session says it too: \(back)")
        }
    }

    /// A coach's trial: on a day off after a session logged (the weekend after Friday's), and
    /// before the course's first day, `next` said the course had ended. It shows the plan's next
    /// session on its own day.
    @Test func onADayOffAndBeforeTheStartTheNextSessionIsTheNextPlanned() throws {
        try Courses.with { courses in
            try courses.start()
            let before = try courses.run(["next", "--today", "2026-12-05"])
            #expect(before.status == 0, "\(before)")
            #expect(before.stdout.hasPrefix("Next: Mon 7 Dec 2026 (session 1 of 24)\n"), "\(before)")
            for day in ["07", "09", "11"] {
                let logged = try courses.run(["log", "--today", "2026-12-\(day)", "--as-planned", "--pain", "1"])
                #expect(logged.status == 0, "\(logged)")
            }
            for (today, heading) in [
                ("2026-12-11", "Next: Mon 14 Dec 2026 (session 4 of 24)"),
                ("2026-12-12", "Next: Mon 14 Dec 2026 (session 4 of 24)"),
                ("2026-12-13", "Next: tomorrow, Mon 14 Dec 2026 (session 4 of 24)"),
                ("2026-12-14", "Next: today, Mon 14 Dec 2026 (session 4 of 24)"),
            ] {
                let next = try courses.run(["next", "--today", today])
                #expect(next.status == 0, "\(next)")
                #expect(next.stdout.hasPrefix(heading + "\n"), "\(today): \(next)")
                #expect(next.stdout.contains("Mon 14 Dec · 07:30-"), "\(today): \(next)")
                #expect(!next.stdout.contains("No session of the course is still to come"), "\(today): \(next)")
            }
        }
    }

    @Test func aStoppedCourseAndAnEndedOneSaySo() throws {
        try Courses.with { courses in
            try courses.start(["--weeks", "1"])
            _ = try courses.run(["log", "--today", "2026-12-07", "--as-planned", "--pain", "2"])
            // No session is left that a log would take (log refuses one on the 20th too).
            let refused = try courses.run(["log", "--today", "2026-12-20", "--as-planned", "--pain", "2"])
            #expect(refused.status == 73, "\(refused)")
            let ended = try courses.run(["next", "--today", "2026-12-20"])
            #expect(ended.status == 0, "\(ended)")
            #expect(ended.stdout.flattened.contains("No session of the course is still to come"), "\(ended)")
            #expect(ended.stdout.contains("protract progress"), "\(ended)")

            let flagged = try courses.run(["log", "--today", "2026-12-09", "--as-planned", "--symptom", "arm-numbness"])
            #expect(flagged.status == 3, "\(flagged)")
            let stopped = try courses.run(["next", "--today", "2026-12-10"])
            #expect(stopped.status == 3, "\(stopped)")
            #expect(stopped.stdout.hasPrefix("The course has stopped: "), "\(stopped)")
            // The way on said once each (a phone user's trial saw "begin a new course" twice, under
            // a name the course already has, and no word of correcting a slip).
            let text = stopped.stdout.flattened
            #expect(text.ranges(of: "begin a new course with 'protract start upper-back-rehab --course NEW-NAME'").count == 1,
                    "\(stopped)")
            #expect(text.ranges(of: "A red flag logged by mistake: correct the entry without --symptom").count == 1,
                    "\(stopped)")
        }
    }

    @Test func noCourseIsAClearError() throws {
        try Courses.with { courses in
            let none = try courses.run(["next"])
            #expect(none.status == 66, "\(none)")
            #expect(none.stderr.hasPrefix("protract: error: no course has been started"), "\(none)")
        }
    }
}
