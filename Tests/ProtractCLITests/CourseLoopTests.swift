import Foundation
import Testing

/// The loop end to end through the built binary: log, then `plan` and `progress` of the course
/// follow what was logged; `log` says what changes next and why.
@Suite struct CourseLoopTests {
    /// A course with a flare-up on Mon 14 Dec (pain 6/10, not settled next morning).
    static func flareUp(_ courses: Courses) throws {
        try courses.start()
        for (day, pain, morning) in [("07", 2, 1), ("09", 2, 1), ("11", 3, 2)] {
            try courses.log(["--date", "2026-12-\(day)", "--as-planned", "--pain", "\(pain)", "--morning", "\(morning)"])
        }
    }

    /// The next session's changes give each dose as the plan and the calendar do: a phone trial's
    /// `Quadruped T-spine rotation 1 x 6:` left out the `each side` the plan printed.
    @Test func theNextSessionsDosesAreWrittenAsThePlanWritesThem() throws {
        try Courses.with { courses in
            try courses.start()
            let result = try courses.run(["log", "--today", "2026-12-07", "--as-planned", "--pain", "2", "--hurt", "cat-cow"])
            #expect(result.status == 0, "\(result)")
            let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("T-spine rotation") }, "\(result)")
            #expect(line.hasPrefix("  Quadruped T-spine rotation 2 x 6 each side: cat-cow hurt on Mon 7 Dec"), "\(result)")
            let plan = try courses.run(["plan", "--today", "2026-12-08"])
            #expect(plan.stdout.contains("Quadruped T-spine rotation      2 x 6 each side, 2 s hold\n"), "\(plan)")
        }
    }

    @Test func logSaysWhatChangesNextAndWhy() throws {
        try Courses.with { courses in
            try Self.flareUp(courses)
            let result = try courses.run(["log", "--today", "2026-12-15", "--date", "2026-12-14", "--as-planned", "--pain", "6", "--morning", "5"])
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.flattened.contains(
                "Next: pain 6/10 on Mon 14 Dec, not settled next morning (5/10): the next session steps back"), "\(result)")
            #expect(result.stdout.contains("Next session: Wed 16 Dec 2026, Stability and push-ups\n"))
            #expect(result.stdout.contains(
                "\n  Low incline push-up 3 x 10: pain 6/10 on Mon 14 Dec, not settled next morning\n"
                    + "    (5/10): down to low incline push-up 3 x 10\n"), "\(result)")
            let calm = try courses.run(["log", "--today", "2026-12-16", "--as-planned", "--pain", "1"])
            #expect(calm.stdout.contains("Next session: Fri 18 Dec 2026"), "\(calm)")
            #expect(!calm.stdout.contains("Next: "), "a calm session changes nothing: \(calm)")
        }
    }

    /// A step back that only takes reps off the same step says the dose first (a trial read "back
    /// to low incline push-up 3 x 8" as a change of step), in `log`, the text plan, JSON and the
    /// calendar alike: they share the words.
    @Test func aStepBackOnTheSameStepSaysTheDoseInEveryFormat() throws {
        try Courses.with { courses in
            // A rehab start a step below 6 push-ups: low incline push-ups, 3 x 8, 9, 10, then 10.
            let started = try courses.run(
                ["start", "upper-back-rehab", "--start", "2026-12-07", "--time-zone", "Europe/London", "--baseline", "push-ups=6"])
            #expect(started.status == 0, "\(started)")
            for day in ["07", "09", "11"] {
                try courses.log(["--date", "2026-12-\(day)", "--as-planned", "--pain", "2", "--morning", "1"])
            }
            let reason = "pain 6/10 on Mon 14 Dec, not settled next morning (5/10): back to 3 x 8 on low incline push-up"
            let logged = try courses.run(["log", "--today", "2026-12-15", "--date", "2026-12-14", "--as-planned", "--pain", "6", "--morning", "5"])
            #expect(logged.status == 0, "\(logged)")
            #expect(logged.stdout.flattened.contains("Low incline push-up 3 x 8: " + reason), "\(logged)")
            let text = try courses.run(["plan", "--today", "2026-12-15"])
            #expect(text.stdout.flattened.contains("[" + reason + "]"), "\(text)")
            let json = try courses.run(["plan", "--today", "2026-12-15", "--format", "json"])
            #expect(json.stdout.contains("\"change\" : \"" + reason + "\""), "\(json)")
            let ics = try courses.run(["plan", "--today", "2026-12-15", "--format", "ics"])
            // Unfolded, and the commas iCalendar escapes read back.
            let description = ics.stdout.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\\,", with: ",")
            #expect(description.contains("[" + reason + "]"), "\(ics)")
            for output in [logged.stdout, text.stdout, json.stdout, ics.stdout] {
                #expect(!output.contains("back to low incline push-up 3 x 8"))
            }
        }
    }

    /// A session logged late is followed by the next session still to come, not by one whose day
    /// has gone.
    @Test func aLateLogNamesTheNextSessionToCome() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2"])
            let late = try courses.run(["log", "--today", "2026-12-16", "--date", "2026-12-09", "--as-planned", "--pain", "2"])
            #expect(late.status == 0, "\(late)")
            #expect(late.stdout.contains("Next session: Wed 16 Dec 2026, Stability and push-ups"), "\(late)")
            // A log a day after its session says which session it was.
            let moved = try courses.run(["log", "--today", "2026-12-16", "--date", "2026-12-12", "--as-planned", "--pain", "2"])
            #expect(moved.status == 0, "\(moved)")
            #expect(moved.stdout.contains("\nFor the session of Fri 11 Dec 2026, done a day later\n"), "\(moved)")
            // Sat 12 leaves 2 days before Mon 14: the 48 h of rest hold, nothing to say.
            #expect(!moved.stdout.contains("Rest first"), "\(moved)")
        }
    }

    /// A person's trial: Monday's session done on Tuesday, then "Next session: Wed" with 24 h of
    /// rest, which the plan's own rule (48 h) refuses for training days. The log says to wait.
    @Test func aSessionDoneLateSaysToRestBeforeTheNext() throws {
        try Courses.with { courses in
            try courses.start()
            let late = try courses.run(["log", "--today", "2026-12-08", "--as-planned", "--pain", "2"])
            #expect(late.status == 0, "\(late)")
            #expect(late.stdout.flattened.contains("For the session of Mon 7 Dec 2026, done a day later"), "\(late)")
            #expect(late.stdout.flattened.contains(
                "Rest first: the plan keeps 48 h between sessions, so do Wed 9 Dec's session on Thu 10 Dec or later, and log it then"),
                "\(late)")
            // Done on Thursday, it is Wednesday's session a day late, and Friday's is the next.
            let then = try courses.run(["log", "--today", "2026-12-10", "--as-planned", "--pain", "2"])
            #expect(then.status == 0, "\(then)")
            #expect(then.stdout.flattened.contains("For the session of Wed 9 Dec 2026, done a day later"), "\(then)")
        }
    }

    /// A session has one entry: Friday's session logged on Saturday, then Friday logged too,
    /// left the Saturday entry standing for nothing (found by a trial).
    @Test func anEntryThatWouldTakeAnotherEntrysSessionIsRefused() throws {
        try Courses.with { courses in
            try courses.start()
            for day in ["07", "09"] { try courses.log(["--date", "2026-12-\(day)", "--as-planned", "--pain", "2"]) }
            try courses.log(["--date", "2026-12-12", "--as-planned", "--pain", "2"])
            let before = try courses.bytes()
            let second = try courses.run(["log", "--today", "2026-12-12", "--date", "2026-12-11", "--as-planned", "--pain", "3"])
            #expect(second.status == 73, "\(second)")
            #expect(second.stderr.flattened.contains(
                "the session of Fri 11 Dec 2026 is logged already, as done on Sat 12 Dec 2026; the journal was not changed"),
                "\(second)")
            #expect(second.stderr.flattened.contains("remove that one first with 'protract log --remove 2026-12-12'"), "\(second)")
            #expect(try courses.bytes() == before)
        }
    }

    /// The handout's pain chart breaks its lines at a week with nothing logged, rather than draw
    /// them across it as if the pain had been logged there.
    @Test func thePainChartBreaksAtAWeekWithoutPain() throws {
        try Courses.with { courses in
            try courses.start()
            for day in ["07", "09", "11", "21", "23", "28", "30"] {
                try courses.log(["--date", "2026-12-\(day)", "--as-planned", "--pain", "2", "--morning", "1"])
            }
            let html = try courses.run(["plan", "--today", "2026-12-31", "--format", "html"])
            #expect(html.status == 0, "\(html)")
            let chart = try #require(html.stdout.components(separatedBy: "<strong>Pain logged: the highest each week").dropFirst().first)
            let figure = chart.components(separatedBy: "</figure>")[0]
            // Weeks 1, 3 and 4 have pain; week 2 none: week 1 is a mark alone, weeks 3-4 a line.
            #expect(figure.components(separatedBy: "<polyline class=\"line\"").count - 1 == 1, "\(figure)")
            #expect(figure.components(separatedBy: "<polyline class=\"line dash\"").count - 1 == 1, "\(figure)")
            #expect(figure.components(separatedBy: "<circle class=\"bar\"").count - 1 == 3, "\(figure)")
            #expect(figure.contains("<th scope=\"row\">2</th><td class=\"num\">0/3</td><td class=\"num\">-</td>"), "\(figure)")
        }
    }

    /// In the calendar, a past session's title says what became of it.
    @Test func theCalendarTitlesSayDoneMovedAndMissed() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2"])
            try courses.log(["--date", "2026-12-10", "--as-planned", "--pain", "2"])
            let ics = try courses.run(["plan", "--today", "2026-12-15", "--format", "ics"])
            #expect(ics.status == 0, "\(ics)")
            let titles = ics.stdout.components(separatedBy: "\r\n").filter { $0.hasPrefix("SUMMARY:") }
            #expect(Array(titles.prefix(5)) == [
                "SUMMARY:Week 1 · Stability and push-ups (done)",
                "SUMMARY:Week 1 · Upper back\\, neck and push-ups (done Thu 10 Dec)",
                "SUMMARY:Week 1 · Stability and push-ups (missed)",
                "SUMMARY:Week 2 · Upper back\\, neck and push-ups (missed)",
                "SUMMARY:Week 2 · Stability and push-ups",
            ], "\(titles.prefix(5))")
        }
    }

    /// A coach's trial: a second course for the same person on the same programme took the first
    /// one's UIDs (keyed on the name alone), so importing it wiped the first course's events. A
    /// course's UIDs are its own, the same at each export; `--calendar-id` still gives the key.
    @Test func twoCoursesOfOnePersonKeepTheirOwnUIDs() throws {
        try Courses.with { courses in
            try courses.start(["--course", "sam", "--name", "Sam"])
            try courses.start(["--course", "sam-b", "--name", "Sam"])
            func uids(_ course: String, _ extra: [String] = []) throws -> [String] {
                let ics = try courses.run(["plan", "--course", course, "--today", "2026-12-07", "--format", "ics"] + extra)
                #expect(ics.status == 0, "\(ics)")
                return ics.stdout.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
            }
            let first = try uids("sam")
            let second = try uids("sam-b")
            #expect(first.count == 24 && second.count == 24, "\(first.count) \(second.count)")
            #expect(Set(first).isDisjoint(with: second), "\(first.prefix(2)) \(second.prefix(2))")
            #expect(try uids("sam") == first, "the same at each export")
            let keyed = try uids("sam", ["--calendar-id", "shared"])
            #expect(try uids("sam-b", ["--calendar-id", "shared"]) == keyed)
            #expect(Set(keyed).isDisjoint(with: first))
        }
    }

    /// The course's handout: past sessions show what was logged and the pain is charted.
    @Test func theCoursesPlanAsHTML() throws {
        try Courses.with { courses in
            try Self.flareUp(courses)
            try courses.log(["--date", "2026-12-14", "--as-planned", "--pain", "6", "--morning", "5"])
            let html = try courses.run(["plan", "--today", "2026-12-15", "--format", "html"])
            #expect(html.status == 0, "\(html)")
            #expect(html.stdout.hasPrefix("<!DOCTYPE html>\n"))
            #expect(html.stdout.components(separatedBy: "<ul class=\"record\">").count - 1 == 4, "four sessions logged")
            #expect(html.stdout.contains("<li>Done: pain 6/10 during, 5/10 next morning</li>"))
            #expect(html.stdout.contains("Pain logged: the highest each week, during a session and the next morning"))
            #expect(html.stdout.contains("<td class=\"num\">6/10</td><td class=\"num\">5/10</td>"), "week 2's highest pain")
        }
    }

    @Test func planWithoutAProgrammeIsTheCoursesPlan() throws {
        try Courses.with { courses in
            try Self.flareUp(courses)
            try courses.log(["--date", "2026-12-14", "--as-planned", "--pain", "6", "--morning", "5"])
            let text = try courses.run(["plan", "--today", "2026-12-15"])
            #expect(text.status == 0, "\(text)")
            #expect(text.stdout.contains("  Done: pain 6/10 during, 5/10 next morning\n"))
            #expect(text.stdout.split(separator: "\n").contains {
                $0.hasPrefix("    Low incline push-up ") && $0.contains(" 3 x 10")
            })
            let json = try courses.run(["plan", "--today", "2026-12-15", "--format", "json"])
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let weeks = try #require(document["weeks"] as? [[String: Any]])
            let first = try #require((weeks[0]["sessions"] as? [[String: Any]])?.first?["record"] as? [String: Any])
            #expect(first["status"] as? String == "done")
            #expect(first["pain"] as? Int == 2)
        }
    }

    @Test func aNewPlansFlagsAreRefusedForACourse() throws {
        try Courses.with { courses in
            try courses.start()
            let result = try courses.run(["plan", "--baseline", "push-ups=10"])
            #expect(result.status == 64, "\(result)")
            #expect(result.stderr.contains(
                "--baseline is for a new plan: a course's inputs come from its journal (give PROGRAMME for a new plan)"))
            let both = try courses.run(["plan", "upper-back-rehab", "--course", "upper-back-rehab"])
            #expect(both.status == 64, "\(both)")
        }
    }

    @Test func aStoppedCourseExitsThreeEverywhere() throws {
        try Courses.with { courses in
            try courses.start()
            let flag = try courses.run(["log", "--today", "2026-12-31", "--date", "2026-12-09", "--as-planned",
                                        "--symptom", "arm-numbness"])
            #expect(flag.status == 3, "\(flag)")
            let plan = try courses.run(["plan", "--today", "2026-12-10"])
            #expect(plan.status == 3, "\(plan)")
            // The sign, not its name (a clinician's trial read 'arm-numbness' in the summaries).
            #expect(plan.stdout.flattened.contains("STOPPED: red flag reported on Wed 9 Dec (numbness, tingling or weakness down an arm or into a hand, or severe arm pain with tingling): stop and see a clinician"), "\(plan)")
            #expect(plan.stderr.contains("the course has stopped"))
            let progress = try courses.run(["progress", "--today", "2026-12-10"])
            #expect(progress.status == 3, "\(progress)")
            #expect(progress.stdout.contains("Stopped: red flag reported on Wed 9 Dec"))
        }
    }

    @Test func progressShowsAdherenceAndPainByWeek() throws {
        try Courses.with { courses in
            try Self.flareUp(courses)
            let text = try courses.run(["progress", "--today", "2026-12-21"])
            #expect(text.status == 0, "\(text)")
            #expect(text.stdout.contains("Sessions so far: 3 done, 0 done on a later day, 3 missed (of 6)"), "\(text)")
            #expect(text.stdout.contains("   1  3/3    ███░░░░░░░ 3      ██░░░░░░░░ 2      45 reps, Knee push-up\n"))
            let json = try courses.run(["progress", "--today", "2026-12-21", "--format", "json"])
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect(document["format"] as? String == "protract-progress")
            #expect(document["missed"] as? Int == 3)
            // A script reads who and what apart (a coach's trial had only the display string).
            #expect(document["courseName"] as? String == "upper-back-rehab")
            #expect(document["programmeId"] as? String == "upper-back-rehab")
            #expect(document["programmeTitle"] as? String == "Push-ups without upper-back pain")
            #expect(document["person"] is NSNull)
        }
    }

    /// A programme without push-ups has no push-up column (a coach's trial saw a column of `-`).
    @Test func progressOfAProgrammeWithoutPushUpsHasNoPushUpColumn() throws {
        try Courses.with { courses in
            let started = try courses.run(
                ["start", "desk-mobility", "--course", "desk", "--name", "Jo", "--none", "--start", "2026-12-07",
                 "--time-zone", "Europe/London"])
            #expect(started.status == 0, "\(started)")
            _ = try courses.run(["log", "--course", "desk", "--today", "2026-12-07", "--as-planned", "--pain", "1"])
            let text = try courses.run(["progress", "--course", "desk", "--today", "2026-12-08"])
            #expect(text.status == 0, "\(text)")
            #expect(text.stdout.hasPrefix("desk · "), "\(text)")
            #expect(text.stdout.contains("Week  Done   Pain during       Next morning\n"), "\(text)")
            #expect(!text.stdout.contains("Push-ups"), "\(text)")
            #expect(text.stdout.split(separator: "\n").allSatisfy { !$0.hasSuffix(" ") }, "\(text)")
            let json = try courses.run(["progress", "--course", "desk", "--today", "2026-12-08", "--format", "json"])
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect(document["courseName"] as? String == "desk")
            #expect(document["person"] as? String == "Jo")
        }
    }

    @Test func anEditedProgrammeIsReported() throws {
        try Courses.with { courses in
            let programme = courses.dir.appendingPathComponent("mine.yaml")
            try FileManager.default.copyItem(
                at: ProtractBinary.programsDirectory.appendingPathComponent("upper-back-rehab.yaml"), to: programme)
            let started = try courses.run(["start", programme.path] + Courses.startFlags)
            #expect(started.status == 0, "\(started)")
            var text = try String(contentsOf: programme, encoding: .utf8)
            text = text.replacingOccurrences(of: "hold-up-to: 5", with: "hold-up-to: 4")
            try text.write(to: programme, atomically: true, encoding: .utf8)
            let plan = try courses.run(["plan", "--today", "2026-12-08"])
            #expect(plan.status == 0, "\(plan)")
            #expect(plan.stderr.contains("has changed since the course started; the plan follows it as it is now"))
            #expect(plan.stderr.flattened.contains("past sessions logged as planned included: they now stand for its doses"),
                    "\(plan.stderr)")
            // The help's hash, written into the journal as it says, accepts the change: no warning.
            let hash = try #require(plan.stderr.flattened.components(separatedBy: "writes 'hash: ").last?
                .components(separatedBy: "'").first)
            #expect(hash.hasPrefix("fnv1a64:"), "\(plan.stderr)")
            let journal = courses.journal()
            var saved = try String(contentsOf: journal, encoding: .utf8)
            let line = try #require(saved.components(separatedBy: "\n").first { $0.hasPrefix("  hash: ") })
            saved = saved.replacingOccurrences(of: line, with: "  hash: \(hash)")
            try saved.write(to: journal, atomically: true, encoding: .utf8)
            let accepted = try courses.run(["plan", "--today", "2026-12-08"])
            #expect(accepted.status == 0, "\(accepted)")
            #expect(!accepted.stderr.contains("has changed"), "\(accepted.stderr)")
        }
    }
}
