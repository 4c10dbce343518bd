import Foundation
import Testing

/// `log --retest N` through the built binary (issue 13): the count is kept in the journal, a
/// session without a retest refuses it, and the plan re-seats the ladder in every format.
@Suite struct RetestLogTests {
    static let start = ["start", "more-push-ups", "--start", "2026-12-07", "--time-zone", "Europe/London",
                        "--baseline", "push-ups=6", "--none"]

    static func run(_ courses: Courses, _ arguments: [String]) throws -> ProtractBinary.Result {
        try courses.run(arguments + ["--today", "2026-12-15"])
    }

    @Test func aLoggedRetestReSeatsTheLadderInEveryFormat() throws {
        try Courses.with { courses in
            #expect(try courses.run(Self.start).status == 0)
            for day in ["07", "09", "11"] {
                #expect(try Self.run(courses, ["log", "--date", "2026-12-\(day)", "--as-planned", "--pain", "0"]).status == 0)
            }
            // Fri 11 Dec had no retest: refused, with the session that has one.
            let wrong = try Self.run(courses, ["log", "--edit", "2026-12-11", "--as-planned", "--retest", "20"])
            #expect(wrong.status == 64, "\(wrong)")
            #expect(wrong.stderr.contains("--retest: the session of Fri 11 Dec 2026 (Push-up volume) has no retest"))
            #expect(wrong.stderr.contains("the next retest is on Mon 14 Dec 2026"))
            #expect(try !courses.text("more-push-ups").contains("retest"))
            let bad = try Self.run(courses, ["log", "--date", "2026-12-14", "--as-planned", "--retest", "601"])
            #expect(bad.status == 64, "\(bad)")
            #expect(bad.stderr.contains("--retest must be from 0 to 600 reps, found 601"))

            let logged = try Self.run(courses, ["log", "--date", "2026-12-14", "--as-planned", "--pain", "1", "--retest", "25"])
            #expect(logged.status == 0, "\(logged)")
            #expect(logged.stdout.flattened.contains("logged Mon 14 Dec 2026: as planned; pain 1/10; retest 25 reps"))
            let reason = "retest on Mon 14 Dec: 25 reps of knee push-up: one step up to push-up 5 x 8"
            #expect(logged.stdout.contains("\n  Push-up 5 x 8: retest on Mon 14 Dec: 25 reps of knee push-up: one step up to\n    push-up 5 x 8\n"), "\(logged.stdout)")
            #expect(logged.stdout.flattened.contains("Push-up 5 x 8: " + reason))
            #expect(try courses.text("more-push-ups").contains("  pain: 1\n  retest: 25\n"))

            let text = try Self.run(courses, ["plan"])
            #expect(text.status == 0, "\(text)")
            #expect(text.stdout.contains("  Retest: 25 reps\n"), "the past session's record; \(text.stdout)")
            #expect(text.stdout.contains("Push-ups: Knee push-up 1 set to technical failure, Knee push-up 5 x 10\n"))
            let words = text.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains("Push-up 5 x 8, tempo 2-1-2, rest 90 s [" + reason + "]"), "\(text.stdout)")

            let json = try Self.run(courses, ["plan", "--format", "json"])
            let sessions = try HurtLogTests.sessions(json.stdout)
            let monday = try #require(sessions.first { $0["date"] as? String == "2026-12-14" })
            #expect((monday["record"] as? [String: Any])?["retest"] as? Int == 25)
            let test = try #require(HurtLogTests.prescriptions(monday).first { $0["dose"] as? String == "max-test" })
            #expect(test["exerciseId"] as? String == "knee-push-up")
            #expect(test["dose"] as? String == "max-test")
            #expect(test["restSeconds"] as? Int == 180)
            let wednesday = try #require(sessions.first { $0["date"] as? String == "2026-12-16" })
            let working = try #require(HurtLogTests.prescriptions(wednesday).last)
            #expect(working["exerciseId"] as? String == "push-up")
            #expect(working["change"] as? String == reason)

            let ics = try Self.run(courses, ["plan", "--format", "ics"])
            let unfolded = ics.stdout.replacingOccurrences(of: "\r\n ", with: "")
            #expect(unfolded.contains(reason), "the calendar says why")
            #expect(unfolded.contains("1 set to technical failure"), "the calendar says how the test is done")

            let csv = try Self.run(courses, ["log", "--export", "csv"])
            #expect(csv.stdout.hasPrefix("date,as_planned,done,pain,morning_pain,symptoms,note,hurt,retest,session,status,prescribed,short,decision,week,programme_week\r\n"))
            // The retest's count is in its own column; `done` has the session's other work.
            #expect(csv.stdout.contains("2026-12-14,true,thread-the-needle=5;wall-slide=10;open-book=6;cat-cow=8;prone-y-t-w=7 7;"
                + "prone-scapular-retraction=9 9;knee-plank=24 24;knee-push-up=10 10 10 10 10,1,,,,,25,2026-12-14,done,"
                // The retest is left out of `prescribed` as of `done`.
                + "thread-the-needle=5;wall-slide=10;open-book=6;cat-cow=8;prone-y-t-w=7 7;prone-scapular-retraction=9 9;"
                + "knee-plank=24 24;knee-push-up=10 10 10 10 10,false,,2,2\r\n"),
                "\(csv.stdout)")
        }
    }
}
