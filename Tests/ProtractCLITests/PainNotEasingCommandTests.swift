import Foundation
import Testing

/// Pain not easing after 2 weeks of the plan, end to end through the built binary: every plan
/// lists it as a reason to see a physiotherapist or GP (`lasting-pain`), and `log`, `next` and
/// the course's `plan` now say it when the journal shows it, the course going on.
@Suite struct PainNotEasingCommandTests {
    /// Mon, Wed, Fri of the first two weeks (from Mon 7 Dec 2026), then Mon 21 Dec.
    static let days = ["2026-12-07", "2026-12-09", "2026-12-11", "2026-12-14", "2026-12-16", "2026-12-18"]

    /// Logs each of `days` with `pains` during and the next morning (the morning's run that
    /// morning), then Mon 21 Dec on its day with the last pain; returns that last `log`.
    static func logFortnight(_ courses: Courses, pains: [Int]) throws -> ProtractBinary.Result {
        for (day, pain) in zip(days, pains) {
            let result = try courses.run([
                "log", "--course", "sam", "--date", day, "--as-planned", "--pain", "\(pain)", "--morning", "\(pain)",
                "--today", Courses.dayAfter(day),
            ])
            #expect(result.status == 0, "\(result)")
            #expect(!result.stdout.contains("has not eased"), "under 2 weeks: \(result)")
        }
        return try courses.run([
            "log", "--course", "sam", "--as-planned", "--pain", "\(pains.last ?? 0)", "--today", "2026-12-21",
        ])
    }

    static let finding = "Your pain has not eased in 2 weeks of the plan (mornings 3/10 on average in the first week, "
        + "3/10 in the last): see a physiotherapist or GP."
    static let advice = finding + " If they ask you to stop, 'protract log --course sam --symptom lasting-pain' stops the course; "
        + "if they say to go on, 'protract log --course sam --seen-clinician' records it, and your pain is looked at again 2 weeks on."

    @Test func aFlatFortnightIsAdvisedInLogNextAndPlanAndTheCourseGoesOn() throws {
        try Courses.with { courses in
            try courses.start(["--course", "sam"])
            let logged = try Self.logFortnight(courses, pains: [3, 3, 3, 3, 3, 3])
            #expect(logged.status == 0, "advice, not a red flag: \(logged)")
            // After what changes next, as one paragraph.
            let said = logged.stdout.flattened
            #expect(said.contains(Self.advice), "\(logged)")
            let next = try #require(said.range(of: "Next session: Wed 23 Dec 2026"))
            #expect(try #require(said.range(of: Self.advice)).lowerBound > next.upperBound, "\(logged)")
            #expect(!(try courses.text("sam")).contains("lasting-pain"), "nothing is written to the journal")

            let upNext = try courses.run(["next", "--course", "sam", "--today", "2026-12-21"])
            #expect(upNext.status == 0, "\(upNext)")
            #expect(upNext.stdout.flattened.hasPrefix("Next: Wed 23 Dec 2026 (session 8 of 24) " + Self.advice),
                    "\(upNext)")

            let plan = try courses.run(["plan", "--course", "sam", "--today", "2026-12-21"], environment: ["COLUMNS": "40"])
            #expect(plan.status == 0, "\(plan)")
            // Near the top: under the next session, before the summary.
            let header = plan.stdout.components(separatedBy: "\n\n")[0]
            // The command's lines end ` \` at 40 columns: read as one line, they are the advice.
            #expect(header.flattened.replacingOccurrences(of: " \\ ", with: " ")
                .contains("Next: Wed 23 Dec 2026, week 3 (session 8 of 24) " + Self.advice), "\(header)")
            #expect(plan.stdout.split(separator: "\n").allSatisfy { $0.count <= 40 }, "\(plan)")
            #expect(header.contains("\n  'protract log --course sam \\\n    --symptom lasting-pain'\n"), "whole, to copy: \(header)")
            #expect(!plan.stdout.contains("STOPPED"), "\(plan)")

            let json = try courses.run(["plan", "--course", "sam", "--today", "2026-12-21", "--format", "json"])
            let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let found = try #require(root["painNotEasing"] as? [String: Any], "\(json)")
            #expect(found["advice"] as? String == Self.finding)
            #expect(found["symptom"] as? String == "lasting-pain" && found["measure"] as? String == "morning")
            #expect(root["stoppedBecause"] is NSNull)

            // progress says it above the weeks whose pain it rests on, and gives it as data.
            let progress = try courses.run(["progress", "--course", "sam", "--today", "2026-12-21"])
            #expect(progress.status == 0 && progress.stdout.flattened.contains(Self.advice), "\(progress)")
            #expect(progress.stdout.flattened.range(of: Self.advice)!.upperBound
                < progress.stdout.flattened.range(of: "Week ")!.lowerBound, "\(progress)")
            let progressJSON = try courses.run(["progress", "--course", "sam", "--today", "2026-12-21", "--format", "json"])
            let data = try #require(try JSONSerialization.jsonObject(with: Data(progressJSON.stdout.utf8)) as? [String: Any])
            #expect((data["painNotEasing"] as? [String: Any])?["advice"] as? String == Self.finding, "\(progressJSON)")

            // Said again after the next entry (the morning's pain), until the pain eases.
            let morning = try courses.run(["log", "--course", "sam", "--morning", "3", "--today", "2026-12-22"])
            #expect(morning.status == 0 && morning.stdout.flattened.contains(Self.advice), "\(morning)")

            // The command it names stops the course, as the red flag does; then the stop says it all.
            let stop = try courses.run(["log", "--course", "sam", "--symptom", "lasting-pain", "--today", "2026-12-23"])
            #expect(stop.status == 3, "\(stop)")
            let stopped = try courses.run(["plan", "--course", "sam", "--today", "2026-12-23"])
            #expect(stopped.status == 3 && stopped.stdout.contains("STOPPED") && !stopped.stdout.contains("has not eased"),
                    "\(stopped)")
        }
    }

    /// A clinician who says to go on: `log --seen-clinician` records the visit, the advice stops,
    /// and comes back only if the pain has not eased 2 weeks after it, saying since when.
    @Test func aVisitThatSaidGoOnIsRecordedAndTheWeeksStartAgain() throws {
        try Courses.with { courses in
            try courses.start(["--course", "sam"])
            _ = try Self.logFortnight(courses, pains: [3, 3, 3, 3, 3, 3])
            let before = try courses.text("sam")
            // It records a visit, not a session: entry flags are refused, the journal untouched.
            let mixed = try courses.run(["log", "--course", "sam", "--seen-clinician", "--pain", "3", "--today", "2026-12-21"])
            #expect(mixed.status == 64 && mixed.stderr.contains("records a visit on its own"), "\(mixed)")
            let later = try courses.run(["log", "--course", "sam", "--seen-clinician", "--date", "2026-12-22", "--today", "2026-12-21"])
            #expect(later.status == 64 && later.stderr.contains("after today"), "\(later)")
            #expect(try courses.text("sam") == before, "nothing written")

            let seen = try courses.run(["log", "--course", "sam", "--seen-clinician", "--today", "2026-12-21"])
            #expect(seen.status == 0, "\(seen)")
            #expect(seen.stdout.flattened.hasPrefix("recorded that you saw a clinician on Mon 21 Dec 2026;"), "\(seen)")
            #expect(try courses.text("sam").contains("\nclinician-visits: [2026-12-21]\n"))
            let again = try courses.run(["log", "--course", "sam", "--seen-clinician", "--today", "2026-12-21"])
            #expect(again.status == 0 && again.stdout.contains("recorded already"), "\(again)")
            let list = try courses.run(["log", "--course", "sam", "--list"])
            #expect(list.stdout.flattened.contains("Seen a clinician and told to go on (log --seen-clinician): Mon 21 Dec 2026"),
                    "\(list)")

            // The same flat pain goes on: nothing said for 2 weeks after the visit...
            let weeks = ["2026-12-23", "2026-12-25", "2026-12-28", "2026-12-30", "2027-01-01", "2027-01-04"]
            for day in weeks {
                let logged = try courses.run([
                    "log", "--course", "sam", "--date", day, "--as-planned", "--pain", "3", "--morning", "3",
                    "--today", Courses.dayAfter(day),
                ])
                #expect(logged.status == 0 && !logged.stdout.contains("has not eased"), "\(logged)")
            }
            // ...then said again, from the sessions after the visit.
            let upNext = try courses.run(["next", "--course", "sam", "--today", "2027-01-06"])
            #expect(upNext.stdout.flattened.contains(
                "Your pain has not eased in 2 weeks since you saw a clinician on Mon 21 Dec 2026 (mornings 3/10 on average "
                    + "in the first week, 3/10 in the last)"), "\(upNext)")
            let json = try courses.run(["plan", "--course", "sam", "--today", "2027-01-06", "--format", "json"])
            let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let found = try #require(root["painNotEasing"] as? [String: Any], "\(json)")
            #expect(found["afterVisit"] as? String == "2026-12-21")
            #expect((found["firstWeek"] as? [String: Any])?["from"] as? String == "2026-12-23")
        }
    }

    @Test func anEasingFortnightIsNotAdvised() throws {
        try Courses.with { courses in
            try courses.start(["--course", "sam"])
            let logged = try Self.logFortnight(courses, pains: [4, 4, 4, 2, 2, 2])
            #expect(logged.status == 0, "\(logged)")
            #expect(!logged.stdout.contains("has not eased"), "\(logged)")
            let plan = try courses.run(["plan", "--course", "sam", "--today", "2026-12-21"])
            #expect(plan.status == 0 && !plan.stdout.contains("has not eased"), "\(plan)")
            let next = try courses.run(["next", "--course", "sam", "--today", "2026-12-21"])
            #expect(next.status == 0 && !next.stdout.contains("has not eased"), "\(next)")
            let json = try courses.run(["plan", "--course", "sam", "--today", "2026-12-21", "--format", "json"])
            let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect(root["painNotEasing"] is NSNull)
            let progress = try courses.run(["progress", "--course", "sam", "--today", "2026-12-21", "--format", "json"])
            let data = try #require(try JSONSerialization.jsonObject(with: Data(progress.stdout.utf8)) as? [String: Any])
            #expect(data["painNotEasing"] is NSNull, "\(progress)")
        }
    }
}
