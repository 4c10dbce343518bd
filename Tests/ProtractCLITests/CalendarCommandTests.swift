import Foundation
import Testing

/// `protract plan --format ics` through the built binary: the bytes, the flags, and re-import.
@Suite struct CalendarCommandTests {
    private static let epoch: [String: String?] = ["SOURCE_DATE_EPOCH": "1798761600"]

    private func ics(_ extra: [String] = [], environment: [String: String?] = epoch) throws -> ProtractBinary.Result {
        try PlanRun.plan(PlanRun.fixed + ["--name", "Sam", "--format", "ics"] + extra, environment: environment)
    }

    private func values(_ name: String, in text: String) -> [String] {
        text.components(separatedBy: "\r\n").filter { $0.hasPrefix(name + ":") }.map { String($0.dropFirst(name.count + 1)) }
    }

    @Test func writesOneEventPerSessionWithCRLFAndNoBareLineFeeds() throws {
        let result = try ics()
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        let text = result.stdout
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT\r\n").count - 1 == 6, "2 weeks x 3 sessions")
        #expect(values("DTSTAMP", in: text) == Array(repeating: "20270101T000000Z", count: 6))
        #expect(values("X-WR-CALNAME", in: text) == ["Push-ups without upper-back pain · Sam"])
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }

    @Test func sourceDateEpochMakesTheFileReproducible() throws {
        #expect(try ics().stdout == (try ics()).stdout)
    }

    @Test func aChangedStartTimeKeepsTheUIDsSoAReimportUpdates() throws {
        let early = try ics()
        let late = try ics(["--time", "18:15"])
        #expect(late.status == 0, "\(late)")
        #expect(values("UID", in: early.stdout) == values("UID", in: late.stdout))
        #expect(values("DTSTART", in: early.stdout) != values("DTSTART", in: late.stdout))
        #expect(Set(values("UID", in: early.stdout)).count == 6)
    }

    @Test func anotherPersonOrProgrammeNeverSharesAUID() throws {
        let sam = Set(values("UID", in: try ics().stdout))
        let alex = Set(values("UID", in: try PlanRun.plan(
            PlanRun.fixed + ["--name", "Alex", "--format", "ics"], environment: Self.epoch).stdout))
        let other = Set(values("UID", in: try PlanRun.plan(
            ["more-push-ups", "--start", "2026-12-07", "--time-zone", "Europe/London", "--weeks", "2", "--name", "Sam",
             "--format", "ics"], environment: Self.epoch).stdout))
        #expect(sam.isDisjoint(with: alex))
        #expect(sam.isDisjoint(with: other))
    }

    @Test func aReminderComesLastInEveryEvent() throws {
        let result = try ics(["--reminder", "1h30m"])
        #expect(result.status == 0, "\(result)")
        #expect(values("TRIGGER", in: result.stdout) == Array(repeating: "-PT1H30M", count: 6))
        for event in result.stdout.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst() {
            let body = event.components(separatedBy: "END:VEVENT\r\n")[0]
            #expect(body.hasSuffix("END:VALARM\r\n"), "the alarm must close the event")
        }
    }

    @Test func allDayEventsUseDatesWithAnExclusiveEnd() throws {
        let text = try ics(["--all-day"]).stdout
        let starts = text.components(separatedBy: "\r\n").filter { $0.hasPrefix("DTSTART;VALUE=DATE:") }
        #expect(starts.first == "DTSTART;VALUE=DATE:20261207")
        #expect(text.contains("DTEND;VALUE=DATE:20261208\r\n"))
    }

    @Test(arguments: [
        (["--format", "ics", "--reminder", "soon"], "protract: error: --reminder 'soon' is not a time before the session"),
        (["--format", "ics", "--reminder", "8d"], "protract: error: --reminder '8d' is not a time before the session"),
        (["--reminder", "30m"], "protract: error: --reminder, --calendar-name, --all-day, --calendar-id and --no-cancelled go with --format ics"),
        (["--all-day"], "protract: error: --reminder, --calendar-name, --all-day, --calendar-id and --no-cancelled go with --format ics"),
        (["--format", "ics", "--calendar-name", " "], "protract: error: --calendar-name must not be empty"),
    ])
    func badCalendarFlagsAreUsageErrors(flags: [String], message: String) throws {
        let result = try PlanRun.plan(PlanRun.fixed + flags)
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix(message), "\(result)")
    }

    @Test func aBadSourceDateEpochIsAUsageError() throws {
        let result = try ics(environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.hasPrefix("protract: error: SOURCE_DATE_EPOCH 'yesterday' is not a whole number of seconds\n"))
    }

    @Test func aPlanWithEveryDateSkippedHasNoCalendarButHasJSON() throws {
        let week = ["--weeks", "1"] + (7...13).flatMap { ["--skip", "2026-12-\($0 < 10 ? "0" : "")\($0)"] }
        let arguments = ["upper-back-rehab", "--start", "2026-12-07", "--time-zone", "Europe/London"] + week
        let calendar = try PlanRun.plan(arguments + ["--format", "ics"], environment: Self.epoch)
        #expect(calendar.status == 64, "\(calendar)")
        #expect(calendar.stdout == "")
        #expect(calendar.stderr.hasPrefix(
            "protract: error: the plan has no sessions to put in a calendar (every date is skipped)\n"), "\(calendar)")
        let json = try PlanRun.plan(arguments + ["--format", "json"])
        #expect(json.status == 0, "\(json)")
        #expect(json.stdout.contains("\"sessions\" : [\n\n      ]"))
    }

    @Test func writesTheCalendarToAFile() throws {
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(
                PlanRun.fixed + ["--format", "ics", "--output", "plan.ics"], in: dir, environment: Self.epoch)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout == "")
            let bytes = try Data(contentsOf: dir.appendingPathComponent("plan.ics"))
            #expect(bytes.starts(with: Array("BEGIN:VCALENDAR\r\n".utf8)), "no BOM, CRLF")
        }
    }
}
