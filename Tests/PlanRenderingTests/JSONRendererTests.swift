import Foundation
import PlanKit
import PlanRendering
import Testing

@Suite("JSON renderer")
struct JSONRendererTests {
    func render(name: String? = "Sam") throws -> String {
        try JSONRenderer().render(SamplePlan.plan(name: name), catalog: SamplePlan.catalog())
    }

    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("matches the golden JSON")
    func golden() throws {
        try GoldenFile.check(try render(), matches: "sample-plan.json")
    }

    @Test("has the documented top level")
    func topLevel() throws {
        let root = try object(try render())
        #expect(Set(root.keys) == [
            "format", "version", "programme", "athlete", "schedule", "startingPoints", "safety", "weeks",
            "stoppedBecause", "painNotEasing", "cancelled", "screening", "kit",
        ])
        #expect(root["format"] as? String == "protract-plan")
        #expect(root["version"] as? Int == 1)
        let programme = try #require(root["programme"] as? [String: Any])
        #expect(programme["id"] as? String == "upper-back-rehab")
        #expect(Set(programme.keys) == ["id", "title", "summary", "description", "timeline", "sources", "after"])
        let schedule = try #require(root["schedule"] as? [String: Any])
        #expect(schedule["days"] as? [String] == ["mon", "wed", "fri"])
        #expect(schedule["time"] as? String == "07:30")
        #expect(schedule["timeZone"] as? String == "Europe/London")
        #expect(schedule["minRestHours"] as? Int == 48)
        let athlete = try #require(root["athlete"] as? [String: Any])
        #expect(Set(athlete.keys) == ["name", "start", "days", "time", "timeZone", "weeks", "skip", "baseline"])
        #expect(athlete["start"] as? String == "2026-12-07")
        #expect(athlete["skip"] as? [String] == ["2026-12-18", "2026-12-23"])
        #expect((athlete["baseline"] as? [String: Int]) == ["push-ups": 6])
        #expect(athlete["days"] is NSNull)
        let safety = try #require(root["safety"] as? [String: Any])
        #expect(Set(safety.keys) == ["stopIf", "redFlags", "seeAClinician", "painMonitoring"])
        let redFlags = try #require(safety["redFlags"] as? [[String: Any]])
        #expect(Set(redFlags.first?.keys ?? [:].keys) == ["symptom", "sign", "urgency", "advice"])
        #expect((safety["stopIf"] as? [String])?.count == 2)
    }

    /// Catalogs write equipment as an id (the built-in `light-dumbbells`) or in words (a
    /// programme's `light resistance band`): the JSON names every item in words, as the text
    /// plan's `Kit:` line does, each once, never a mix of the two.
    @Test("kit and equipment name every item in words, as the text plan does")
    func kitInWords() throws {
        let plan = try SamplePlan.plan()
        let prescribed = plan.weeks.flatMap(\.sessions).flatMap(\.blocks).flatMap(\.prescriptions).map(\.exerciseID)
        let first = try #require(prescribed.first)
        let other = try #require(prescribed.first { $0 != first })
        let catalog = ExerciseCatalog(try SamplePlan.catalog().exercises.map { exercise in
            var exercise = exercise
            if exercise.id == first { exercise.equipment = ["light resistance band", "light-dumbbells"] }
            if exercise.id == other { exercise.equipment = ["light dumbbells"] }
            return exercise
        })
        let root = try object(JSONRenderer().render(plan, catalog: catalog))
        let kit = try #require(root["kit"] as? [String])
        #expect(kit.contains("light resistance band") && kit.contains("light dumbbells"), "\(kit)")
        #expect(kit.allSatisfy { !$0.contains("-") }, "\(kit)")
        #expect(kit == kit.sorted() && Set(kit).count == kit.count, "\(kit)")
        let equipment = try #require(root["weeks"] as? [[String: Any]]).flatMap { week in
            (week["sessions"] as? [[String: Any]] ?? []).flatMap { session in
                (session["blocks"] as? [[String: Any]] ?? []).flatMap { $0["prescriptions"] as? [[String: Any]] ?? [] }
            }
        }.flatMap { $0["equipment"] as? [String] ?? [] }
        #expect(equipment.contains("light resistance band") && equipment.allSatisfy { !$0.contains("-") }, "\(equipment)")
        let text = TextRenderer().render(plan, catalog: catalog)
        #expect(text.contains("Kit: " + kit.joined(separator: ", ") + "\n"), "\(text.prefix(600))")
    }

    @Test("weeks, sessions, blocks and prescriptions have the documented fields")
    func nested() throws {
        let weeks = try #require(try object(try render())["weeks"] as? [[String: Any]])
        #expect(weeks.count == 3)
        let week3 = weeks[2]
        #expect(Set(week3.keys) == ["number", "startDate", "phase", "focus", "deload", "notes", "sessions"])
        #expect(week3["deload"] as? Bool == true)
        #expect((week3["notes"] as? [String])?.first?.hasPrefix("Wed 23 Dec skipped") == true)
        let sessions = try #require(weeks[1]["sessions"] as? [[String: Any]])
        let moved = sessions[2]
        #expect(Set(moved.keys) == [
            "number", "week", "date", "weekday", "start", "end", "endsNextDay", "durationMinutes", "title", "notes",
            "blocks", "record", "template",
        ])
        #expect(moved["date"] as? String == "2026-12-19")
        #expect(moved["weekday"] as? String == "sat")
        #expect(moved["start"] as? String == "07:30")
        #expect(moved["end"] as? String == "08:02")
        #expect(moved["durationMinutes"] as? Int == 32)
        #expect(moved["notes"] as? [String] == ["moved from Fri 18 Dec, a skipped date"])
        let blocks = try #require(moved["blocks"] as? [[String: Any]])
        #expect(blocks.map { $0["plugin"] as? String } == ["mobility-warmup", "stabilizer-strength", "push-up-progression"])
        #expect(Set(blocks[0].keys) == ["plugin", "title", "notes", "minutes", "prescriptions"])
        let warmUp = try #require(blocks[0]["prescriptions"] as? [[String: Any]])
        let openBook = warmUp[1]
        #expect(Set(openBook.keys) == [
            "exerciseId", "exerciseName", "sets", "dose", "reps", "seconds", "perSide", "tempo", "holdSeconds",
            "restSeconds", "change", "note", "paperNote", "positions", "easier", "tooHard", "equipment",
        ])
        #expect(openBook["paperNote"] is NSNull)
        #expect(openBook["exerciseId"] as? String == "open-book")
        #expect(openBook["exerciseName"] as? String == "Open book")
        #expect(openBook["perSide"] as? Bool == true)
        #expect(openBook["holdSeconds"] as? Int == 2)
        #expect(openBook["seconds"] is NSNull)
        let stabilizers = try #require(blocks[1]["prescriptions"] as? [[String: Any]])
        #expect(stabilizers[0]["note"] as? String == "each shape: Y, T and W")
        #expect(stabilizers[0]["tempo"] as? String == "2-1-2")
        let plank = stabilizers[1]
        #expect(plank["dose"] as? String == "hold")
        #expect(plank["seconds"] as? Int == 25)
        #expect(plank["reps"] is NSNull)
        #expect(plank["tempo"] is NSNull)
        let push = try #require((blocks[2]["prescriptions"] as? [[String: Any]])?.first)
        #expect(push["dose"] as? String == "reps")
        #expect(push["reps"] as? Int == 6)
        #expect(push["sets"] as? Int == 3)
        #expect(push["restSeconds"] as? Int == 90)
        #expect(push["change"] as? String == "+1 rep: 3 x 5 done last session")
    }

    @Test("sorted keys, pretty-printed, slashes unescaped, ending in a line break")
    func formatting() throws {
        let text = try render()
        #expect(text.hasPrefix("{\n"))
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("Europe/London"))
        #expect(!text.contains("\\/"))
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == topKeys.sorted())
    }

    @Test("docs/plan-json.md names every key the renderer writes, and no other")
    func documentedKeys() throws {
        func keys(_ value: Any) -> Set<String> {
            if let list = value as? [Any] { return list.reduce(into: []) { $0.formUnion(keys($1)) } }
            guard let object = value as? [String: Any] else { return [] }
            // A baseline's keys are the programme's test names, not the shape.
            return object.reduce(into: Set(object.keys)) { if $1.key != "baseline" { $0.formUnion(keys($1.value)) } }
        }
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/plan-json.md")
        func quoted(_ text: Substring) -> Set<String> {
            Set(text.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }
                .map { String($0.element) })
        }
        let text = try String(contentsOf: docs, encoding: .utf8)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `") }
        // Each table's first column names keys; the meaning column names an object's own keys.
        let rowKeys = rows.reduce(into: Set<String>()) { $0.formUnion(quoted($1.split(separator: "|")[0])) }
        // A course's plan also writes each past session's record.
        var course = try SamplePlan.plan(name: "Sam")
        let log = SessionLog(
            date: course.weeks[0].sessions[0].date, asPlanned: true,
            done: [SessionLog.Work(exerciseID: "knee-push-up", sets: [5, 5, 4])], pain: 4, morningPain: 2,
            symptoms: [], note: "tight")
        course.weeks[0].sessions[0].record = SessionRecord(status: .done, log: log, decision: "hold")
        course.painNotEasing = Self.notEasing
        let written = keys(try object(try render())).union(
            keys(try object(JSONRenderer().render(course, catalog: SamplePlan.catalog()))))
        #expect(rowKeys.subtracting(written).isEmpty, "documented but not written")
        #expect(written.subtracting(rows.reduce(into: Set<String>()) { $0.formUnion(quoted($1)) }).isEmpty, "written but not documented")
    }

    /// A retest's note as the handout words it (write the count down, the command only for a
    /// person who keeps the log in Protract) is in the JSON too, beside the screen's: the JSON
    /// carries what the handout says.
    @Test("a prescription's paper note is written beside its note")
    func paperNote() throws {
        var plan = try SamplePlan.plan(name: "Sam")
        plan.weeks[0].sessions[0].blocks[2].prescriptions[0].note = "Log the count (protract log --retest N)"
        plan.weeks[0].sessions[0].blocks[2].prescriptions[0].paperNote =
            "Write the count down; if you keep your log in Protract: protract log --retest N"
        let root = try object(JSONRenderer().render(plan, catalog: SamplePlan.catalog()))
        let weeks = try #require(root["weeks"] as? [[String: Any]])
        let sessions = try #require(weeks[0]["sessions"] as? [[String: Any]])
        let blocks = try #require(sessions[0]["blocks"] as? [[String: Any]])
        let push = try #require((blocks[2]["prescriptions"] as? [[String: Any]])?.first)
        #expect(push["note"] as? String == "Log the count (protract log --retest N)")
        #expect(push["paperNote"] as? String == "Write the count down; if you keep your log in Protract: protract log --retest N")
    }

    /// A flat fortnight: mornings 3/10 in the first week and the last.
    static let notEasing = PainNotEasing(
        measure: .morning,
        first: .init(from: CivilDate(year: 2026, month: 12, day: 7)!, to: CivilDate(year: 2026, month: 12, day: 13)!, sessions: 3, pain: 3),
        last: .init(from: CivilDate(year: 2026, month: 12, day: 15)!, to: CivilDate(year: 2026, month: 12, day: 21)!, sessions: 2, pain: 3),
        weeks: 2)

    /// Pain not easing after 2 weeks of the plan is the text plan's advice as data: the same
    /// sentence, the red flag to log if a clinician asks the person to stop, and the two weeks
    /// it rests on; `null` when the pain is easing (every plan without a course).
    @Test("pain not easing is written with the weeks it rests on")
    func painNotEasing() throws {
        #expect(try object(try render())["painNotEasing"] is NSNull)
        var plan = try SamplePlan.plan(name: "Sam")
        plan.painNotEasing = Self.notEasing
        let root = try object(JSONRenderer().render(plan, catalog: SamplePlan.catalog()))
        let found = try #require(root["painNotEasing"] as? [String: Any])
        #expect(found["advice"] as? String == Self.notEasing.advice)
        #expect(found["symptom"] as? String == "lasting-pain")
        #expect(found["measure"] as? String == "morning")
        #expect(found["weeks"] as? Int == 2)
        let last = try #require(found["lastWeek"] as? [String: Any])
        #expect(last["from"] as? String == "2026-12-15" && last["to"] as? String == "2026-12-21")
        #expect(last["sessions"] as? Int == 2 && last["pain"] as? Int == 3)
        let first = try #require(found["firstWeek"] as? [String: Any])
        #expect(first["from"] as? String == "2026-12-07" && first["pain"] as? Int == 3)
        #expect(found["afterVisit"] is NSNull, "no clinician's visit recorded")
        var afterVisit = Self.notEasing
        afterVisit.afterVisit = CivilDate(year: 2026, month: 12, day: 4)
        plan.painNotEasing = afterVisit
        let again = try #require(try object(JSONRenderer().render(plan, catalog: SamplePlan.catalog()))["painNotEasing"] as? [String: Any])
        #expect(again["afterVisit"] as? String == "2026-12-04")
        #expect((again["advice"] as? String)?.contains("since you saw a clinician on Fri 4 Dec 2026") == true)
    }

    @Test("the same plan gives the same bytes")
    func deterministic() throws {
        #expect(try render() == (try render()))
    }

    @Test("a missing name is null and an unknown exercise keeps its id as its name")
    func absentValues() throws {
        var plan = try SamplePlan.plan(name: nil)
        plan.weeks[0].sessions[0].blocks[2].prescriptions[0].exerciseID = "mystery-press"
        let root = try object(JSONRenderer().render(plan, catalog: SamplePlan.catalog()))
        let athlete = try #require(root["athlete"] as? [String: Any])
        #expect(athlete["name"] is NSNull)
        let weeks = try #require(root["weeks"] as? [[String: Any]])
        let sessions = try #require(weeks[0]["sessions"] as? [[String: Any]])
        let blocks = try #require(sessions[0]["blocks"] as? [[String: Any]])
        let push = try #require((blocks[2]["prescriptions"] as? [[String: Any]])?.first)
        #expect(push["exerciseName"] as? String == "mystery-press")
    }
}
