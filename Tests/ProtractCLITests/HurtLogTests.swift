import Foundation
import Testing

/// `log --hurt`: an exercise that hurt is recorded, checked against the session's prescriptions,
/// and steers the plan: the warm-up swaps the drill, a training block holds (issue 12).
@Suite struct HurtLogTests {
    /// The sessions of `plan --format json`, in date order.
    static func sessions(_ json: String) throws -> [[String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let weeks = try #require(document["weeks"] as? [[String: Any]])
        return weeks.flatMap { ($0["sessions"] as? [[String: Any]]) ?? [] }
    }

    static func prescriptions(_ session: [String: Any]) -> [[String: Any]] {
        ((session["blocks"] as? [[String: Any]]) ?? []).flatMap { ($0["prescriptions"] as? [[String: Any]]) ?? [] }
    }

    @Test func aWarmUpDrillThatHurtIsSwappedInEveryFormat() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2", "--morning", "1"])
            let logged = try courses.run(["log", "--today", "2026-12-09", "--as-planned", "--pain", "5", "--hurt", "cat-cow"])
            #expect(logged.status == 0, "\(logged)")
            #expect(logged.stdout.contains("logged Wed 9 Dec 2026: as planned; pain 5/10; hurt: cat-cow"), "\(logged)")
            #expect(logged.stdout.flattened.contains("Thread the needle 1 x 5 each side: cat-cow hurt on Wed 9 Dec: thread the needle instead"), "\(logged)")
            let journal = try courses.text()
            #expect(journal.contains("  pain: 5\n  hurt: [cat-cow]\n"), "\(journal)")

            let text = try courses.run(["plan", "--today", "2026-12-10"])
            #expect(text.status == 0, "\(text)")
            #expect(text.stdout.contains("  Hurt: Cat-cow\n"), "\(text.stdout)")
            // Wrapped to the plan's dose column, which the longest exercise name of the plan sets.
            let words = text.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains("[cat-cow hurt on Wed 9 Dec: thread the needle"), "\(text.stdout)")

            let json = try courses.run(["plan", "--today", "2026-12-10", "--format", "json"])
            #expect(json.status == 0, "\(json)")
            let sessions = try Self.sessions(json.stdout)
            let wednesday = try #require(sessions.first { $0["date"] as? String == "2026-12-09" })
            #expect((wednesday["record"] as? [String: Any])?["hurt"] as? [String] == ["cat-cow"])
            let friday = try #require(sessions.first { $0["date"] as? String == "2026-12-11" })
            let thread = try #require(Self.prescriptions(friday).first { $0["exerciseId"] as? String == "thread-the-needle" })
            #expect(thread["change"] as? String == "cat-cow hurt on Wed 9 Dec: thread the needle instead")
            // Template B (Mondays) lists thread the needle already: there the next free drill takes the place.
            let monday = try #require(sessions.first { $0["date"] as? String == "2026-12-14" })
            let quadruped = Self.prescriptions(monday).first { $0["exerciseId"] as? String == "quadruped-t-spine-rotation" }
            #expect(quadruped?["change"] as? String == "cat-cow hurt on Wed 9 Dec: quadruped T-spine rotation instead")
            for session in sessions where (session["date"] as? String ?? "") > "2026-12-09" {
                #expect(!Self.prescriptions(session).contains { $0["exerciseId"] as? String == "cat-cow" },
                        "cat-cow came back on \(session["date"] ?? "")")
            }

            let ics = try courses.run(["plan", "--today", "2026-12-10", "--format", "ics"])
            #expect(ics.status == 0, "\(ics)")
            let unfolded = ics.stdout.replacingOccurrences(of: "\r\n ", with: "")
            #expect(unfolded.contains("cat-cow hurt on Wed 9 Dec: thread the needle instead"))
        }
    }

    @Test func anExerciseThatHurtHoldsItsBlock() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "1"])
            try courses.log(["--date", "2026-12-09", "--as-planned", "--pain", "1"])
            try courses.log(["--date", "2026-12-11", "--as-planned", "--pain", "1"])
            let logged = try courses.run(["log", "--today", "2026-12-14", "--as-planned", "--pain", "2", "--hurt", "knee-push-up"])
            #expect(logged.status == 0, "\(logged)")
            #expect(logged.stdout.contains("Next: knee push-up hurt on Mon 14 Dec: the push-ups hold their dose next session\n"), "\(logged)")
            #expect(logged.stdout.contains("  Knee push-up 3 x 6: knee push-up hurt on Mon 14 Dec: 3 x 6 again\n"), "\(logged)")
        }
    }

    @Test func anExerciseTheSessionDidNotHaveIsRefusedWithItsExercises() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.log(["--date", "2026-12-07", "--as-planned", "--pain", "2"])
            let before = try courses.bytes()
            let result = try courses.run(["log", "--today", "2026-12-31", "--date", "2026-12-09", "--as-planned",
                                          "--pain", "5", "--hurt", "cat-camel"])
            #expect(result.status == 64, "\(result)")
            #expect(result.stderr.contains(
                "--hurt: 'cat-camel' is not an exercise of the session of Wed 9 Dec 2026 (Upper back, neck and push-ups)"),
                "\(result)")
            #expect(result.stderr.contains(
                "help: its exercises are cat-cow, thread-the-needle, open-book, wall-slide, doorway-pec-stretch, prone-y-t-w, chin-tuck, "
                    + "wall-push-up-plus, knee-plank, knee-push-up\n"), "\(result)")
            let typo = try courses.run(["log", "--today", "2026-12-31", "--date", "2026-12-09", "--as-planned",
                                        "--hurt", "cat-cwo"])
            #expect(typo.status == 64 && typo.stderr.contains("help: did you mean 'cat-cow'? its exercises are"), "\(typo)")
            #expect(try courses.bytes() == before, "nothing was logged")
            // An exercise of the programme that this session does not have: quadruped T-spine
            // rotation is template A's, Wed 9 Dec is template B.
            let other = try courses.run(["log", "--today", "2026-12-31", "--date", "2026-12-09", "--as-planned",
                                         "--hurt", "quadruped-t-spine-rotation"])
            #expect(other.status == 64, "\(other)")
            let twice = try courses.run(["log", "--today", "2026-12-31", "--date", "2026-12-09", "--as-planned",
                                         "--hurt", "cat-cow", "--hurt", "cat-cow"])
            #expect(twice.status == 64 && twice.stderr.contains("--hurt cat-cow is given twice"), "\(twice)")
            #expect(try courses.bytes() == before)
        }
    }
}
