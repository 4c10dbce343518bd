import Foundation
import Testing

/// The person's inputs follow one rule whether they come from flags or a profile, and every
/// format agrees on what they mean (issue 10): days, baselines, the reminder form, daylight-saving
/// gaps and repeats, TZ, and what PROTRACT_PROGRAMS holds.
@Suite("Input rules end to end")
struct InputRulesTests {
    // MARK: Days and baselines

    @Test("a day named twice is refused from a profile (65, located) as from --days (64)")
    func repeatedDays() throws {
        try withTemporaryDirectory { folder in
            try folder.write("start: 2026-12-07\ndays: [mon, wed, mon]\n", to: "me.yaml")
            let profile = try PlanRun.plan(["upper-back-rehab", "--profile", "me.yaml", "--time-zone", "Europe/London"], in: folder)
            #expect(profile.status == 65, "\(profile)")
            #expect(profile.stderr.hasPrefix("""
                me.yaml:2:18: error: 'days' names mon twice; name each training day once
                    2 | days: [mon, wed, mon]
                      |                  ^~~
                      = in: days[2]
                """), "\(profile)")
            let flag = try PlanRun.plan(PlanRun.fixed + ["--days", "mon,mon"])
            #expect(flag.status == 64, "\(flag)")
            #expect(flag.stderr.hasPrefix("protract: error: --days names mon twice; name each training day once"), "\(flag)")
        }
    }

    @Test("weeks out of range are one rule in one wording from a profile (65) and --weeks (64)")
    func weeksOutOfRange() throws {
        let unsized = Array(PlanRun.fixed.dropLast(2))  // without --weeks 2
        try withTemporaryDirectory { folder in
            try folder.write("weeks: 0\n", to: "me.yaml")
            let profile = try PlanRun.plan(unsized + ["--profile", "me.yaml"], in: folder)
            #expect(profile.status == 65, "\(profile)")
            #expect(profile.stderr.hasPrefix("me.yaml:1:8: error: 'weeks' must be from 1 to 520, found 0\n"), "\(profile)")
            let flag = try PlanRun.plan(unsized + ["--weeks", "0"])
            #expect(flag.status == 64, "\(flag)")
            #expect(flag.stderr.hasPrefix("protract: error: --weeks must be from 1 to 520, found 0\n"), "\(flag)")
        }
    }

    @Test("--skip and a profile's skip dates are held to one limit together (64)")
    func skipDatesTogether() throws {
        let start = CivilDateText.days(from: 2027, count: 600)
        try withTemporaryDirectory { folder in
            try folder.write("skip: [\(start.joined(separator: ", "))]\n", to: "me.yaml")
            let flags = CivilDateText.days(from: 2030, count: 500).joined(separator: ",")
            let result = try PlanRun.plan(PlanRun.fixed + ["--profile", "me.yaml", "--skip", flags], in: folder)
            #expect(result.status == 64, "\(result)")
            #expect(result.stderr.hasPrefix(
                "protract: error: --skip and the profile list 1100 dates to skip together; the most is 1000\n"), "\(result)")
        }
    }

    @Test("a baseline key given twice is refused from flags (64) as from a profile (65)")
    func repeatedBaseline() throws {
        let flags = try PlanRun.plan(PlanRun.fixed + ["--baseline", "push-ups=6", "--baseline", "push-ups=8"])
        #expect(flags.status == 64, "\(flags)")
        #expect(flags.stderr.hasPrefix("protract: error: --baseline push-ups is given twice (6 and 8); give each key once"), "\(flags)")
        try withTemporaryDirectory { folder in
            try folder.write("baseline: {push-ups: 6, push-ups: 8}\n", to: "me.yaml")
            let profile = try PlanRun.plan(PlanRun.fixed + ["--profile", "me.yaml"], in: folder)
            #expect(profile.status == 65, "\(profile)")
            #expect(profile.stderr.hasPrefix("me.yaml:1:25: error: duplicate key 'push-ups' in this mapping"), "\(profile)")
        }
    }

    @Test("a baseline number too large for any range names the key's range", arguments: [
        "99999999999999999999", "-99999999999999999999", "201",
    ])
    func hugeBaseline(_ value: String) throws {
        let result = try PlanRun.plan(PlanRun.fixed + ["--baseline", "push-ups=" + value])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.hasPrefix(
            "protract: error: --baseline push-ups=\(value): baseline 'push-ups' must be from 0 to 200, found \(value)\n"),
            "\(result)")
    }

    @Test("a profile's baseline too large for any range names the key's range too, located")
    func hugeProfileBaseline() throws {
        try withTemporaryDirectory { folder in
            try folder.write("baseline: {push-ups: 99999999999999999999}\n", to: "me.yaml")
            let result = try PlanRun.plan(PlanRun.fixed + ["--profile", "me.yaml"], in: folder)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.hasPrefix(
                "me.yaml:1:22: error: baseline 'push-ups' must be from 0 to 200, found 99999999999999999999\n"), "\(result)")
        }
    }

    @Test("a baseline that is not KEY=NUMBER still says so", arguments: ["push-ups=6x", "push-ups", "=6", "push-ups=--6"])
    func malformedBaseline(_ item: String) throws {
        let result = try PlanRun.plan(PlanRun.fixed + ["--baseline", item])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.hasPrefix("protract: error: --baseline '\(item)' must be KEY=NUMBER"), "\(result)")
    }

    // MARK: Reminders

    private static let epoch: [String: String?] = ["SOURCE_DATE_EPOCH": "1798761600"]

    private func lines(_ name: String, in text: String) -> [String] {
        text.components(separatedBy: "\r\n").filter { $0.hasPrefix(name + ":") }
    }

    @Test("the one reminder form is accepted", arguments: [
        ("30m", "-PT30M"), ("1h", "-PT1H"), ("1h30m", "-PT1H30M"), ("2d", "-P2D"), ("1d12h", "-P1DT12H"), ("0m", "PT0S"),
        ("7d", "-P7D"),
    ])
    func reminderForm(_ text: String, _ trigger: String) throws {
        let result = try PlanRun.plan(PlanRun.fixed + ["--format", "ics", "--reminder", text], environment: Self.epoch)
        #expect(result.status == 0, "\(result)")
        #expect(lines("TRIGGER", in: result.stdout).first == "TRIGGER:" + trigger, "\(lines("TRIGGER", in: result.stdout))")
    }

    @Test("any other reminder is refused, naming the form", arguments: [
        "30", "1h1h", "30m1h", "1m1h", "h", "1H", "1h 30m", "7d1m", "99999m", "-30m", "1.5h",
    ])
    func reminderRefused(_ text: String) throws {
        let result = try PlanRun.plan(PlanRun.fixed + ["--format", "ics", "--reminder=" + text])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.hasPrefix(
            "protract: error: --reminder '\(text)' is not a time before the session; write days, hours and minutes in that order, "
                + "each at most once, such as 30m, 1h, 1h30m or 2d (from 0m to 7d)"), "\(result)")
    }

    @Test("an all-day event's reminder says the day it is for, not 'starts in 60 minutes'", arguments: [
        ("1h", "Tomorrow: Week 1 · Stability and push-ups"), ("0m", "Today: Week 1 · Stability and push-ups"),
        ("1d", "Tomorrow: Week 1 · Stability and push-ups"), ("2d", "In 2 days: Week 1 · Stability and push-ups"),
    ])
    func allDayReminder(_ reminder: String, _ expected: String) throws {
        let result = try PlanRun.plan(
            PlanRun.fixed + ["--format", "ics", "--all-day", "--reminder", reminder], environment: Self.epoch)
        #expect(result.status == 0, "\(result)")
        let alarm = result.stdout.components(separatedBy: "BEGIN:VALARM\r\n").dropFirst().first ?? ""
        let description = lines("DESCRIPTION", in: alarm).first
        #expect(description == "DESCRIPTION:" + expected, "\(alarm)")
        #expect(!result.stdout.contains("starts in"))
    }

    // MARK: Daylight saving

    struct DSTCase: Sendable, CustomTestStringConvertible {
        var zone: String
        var start: String
        var time: String
        var shown: String
        var utc: String
        var note: String
        var testDescription: String { "\(time) in \(zone) from \(start)" }
    }

    static let dstCases = [
        DSTCase(
            zone: "Europe/London", start: "2027-03-22", time: "01:30", shown: "02:30", utc: "20270328T013000Z",
            note: "01:30 does not exist on this day in Europe/London (the clocks go forward): start at 02:30"),
        DSTCase(
            zone: "America/New_York", start: "2027-03-08", time: "02:30", shown: "03:30", utc: "20270314T073000Z",
            note: "02:30 does not exist on this day in America/New_York (the clocks go forward): start at 03:30"),
        DSTCase(
            zone: "Europe/London", start: "2027-10-25", time: "01:30", shown: "01:30", utc: "20271031T003000Z",
            note: "01:30 happens twice on this day in Europe/London (the clocks go back): start at the first 01:30"),
        DSTCase(
            zone: "America/New_York", start: "2027-11-01", time: "01:30", shown: "01:30", utc: "20271107T053000Z",
            note: "01:30 happens twice on this day in America/New_York (the clocks go back): start at the first 01:30"),
    ]

    @Test("text, JSON and .ics agree on a session in a daylight-saving gap or repeat, and say why", arguments: dstCases)
    func daylightSaving(_ test: DSTCase) throws {
        let base = ["upper-back-rehab", "--start", test.start, "--days", "sun", "--time", test.time,
                    "--time-zone", test.zone, "--weeks", "1"]
        let text = try PlanRun.plan(base)
        #expect(text.status == 0, "\(text)")
        let heading = text.stdout.components(separatedBy: "\n").first { $0.hasPrefix("Sun ") }
        #expect(heading?.contains(" · \(test.shown)-") == true, "\(heading ?? text.stdout)")
        let words = text.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Note: " + test.note), "\(text.stdout)")

        let json = try PlanRun.plan(base + ["--format", "json"])
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let session = ((document?["weeks"] as? [[String: Any]])?.first?["sessions"] as? [[String: Any]])?.first
        #expect(session?["start"] as? String == test.shown, "\(json.stdout.prefix(2000))")
        // After what the first session says about a one-week, one-day plan of an eight-week programme.
        #expect((session?["notes"] as? [String])?.last == test.note)

        let ics = try PlanRun.plan(base + ["--format", "ics"], environment: Self.epoch)
        #expect(lines("DTSTART", in: ics.stdout) == ["DTSTART:" + test.utc])
    }

    // MARK: TZ

    @Test("TZ=:Area/City is read as Area/City, without a warning")
    func colonTZ() throws {
        let result = try PlanRun.plan(["upper-back-rehab", "--start", "2026-12-07", "--weeks", "1"], environment: ["TZ": ":Asia/Tokyo"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("Push-ups without upper-back pain · 1 week · Mon Wed Fri 07:30 (Asia/Tokyo)"), "\(result)")
        #expect(result.stderr.isEmpty)
    }

    @Test("a TZ that names no IANA zone gives UTC and one warning saying so", arguments: [
        "garbage", "EST5EDT,M3.2.0,M11.1.0", ":Nowhere/City", "<+0330>-3:30",
        // POSIX rules (five hours behind), which --time-zone would read the ICU way (ahead).
        "UTC+5", "GMT-3",
    ])
    func unreadableTZ(_ tz: String) throws {
        let result = try PlanRun.plan(["upper-back-rehab", "--start", "2026-12-07", "--weeks", "1"], environment: ["TZ": tz])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("Push-ups without upper-back pain · 1 week · Mon Wed Fri 07:30 (UTC)"), "\(result)")
        let warning = "protract: warning: TZ is '\(tz)', which names no IANA time zone; planning in UTC. "
            + "Choose the zone with --time-zone (such as --time-zone Europe/London), 'time-zone:' in the profile, or TZ=Europe/London\n"
        #expect(result.stderr == warning, "\(result)")
        let quiet = try PlanRun.plan(
            ["upper-back-rehab", "--start", "2026-12-07", "--weeks", "1", "--time-zone", "Europe/London"], environment: ["TZ": tz])
        #expect(quiet.stderr.isEmpty, "--time-zone wins, so TZ is not read")
    }

    // MARK: PROTRACT_PROGRAMS

    private func programs(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        try withTemporaryDirectory { folder in
            try FileManager.default.copyItem(
                at: ProtractBinary.programsDirectory.appendingPathComponent("exercises.yaml"),
                to: folder.appendingPathComponent("exercises.yaml"))
            for (name, text) in files { try folder.write(text, to: name) }
            try body(folder)
        }
    }

    @Test("a Programs folder with a catalog and no programmes says so, in programmes and in plan")
    func noProgrammes() throws {
        try programs([:]) { folder in
            let list = try ProtractBinary.run(["programmes"], environment: ["PROTRACT_PROGRAMS": folder.path])
            #expect(list.status == 70, "\(list)")
            #expect(list.stdout.isEmpty)
            #expect(list.stderr.hasPrefix(
                "protract: error: no programmes found in \(folder.path): it holds only the exercise catalog\n"), "\(list)")
            let plan = try ProtractBinary.run(["plan", "upper-back-rehab"], environment: ["PROTRACT_PROGRAMS": folder.path])
            #expect(plan.status == 66, "\(plan)")
            #expect(plan.stderr.contains(
                "help: there are no built-in programmes in \(folder.path) (only the exercise catalog)"), "\(plan)")
            #expect(!plan.stderr.contains("the built-in programmes are \n"))
        }
    }

    @Test("two programmes with one id: listed once, and the two files named")
    func duplicateIDs() throws {
        try programs(["a.yaml": validProgramme, "b.yaml": validProgramme]) { folder in
            let list = try ProtractBinary.run(["programmes"], environment: ["PROTRACT_PROGRAMS": folder.path])
            #expect(list.status == 70, "\(list)")
            #expect(list.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("cli-plan ") }.count == 1, "\(list)")
            let a = folder.appendingPathComponent("a.yaml").path
            let b = folder.appendingPathComponent("b.yaml").path
            #expect(list.stderr.hasPrefix(
                "protract: error: \(a) and \(b) both hold the programme id 'cli-plan'; it is listed once, from \(a)\n"), "\(list)")
        }
    }

    @Test("NAME.yaml and NAME.yml: plan says which one it uses")
    func sameNameTwoExtensions() throws {
        try programs(["cli-plan.yaml": validProgramme, "cli-plan.yml": validProgramme]) { folder in
            let plan = try ProtractBinary.run(
                ["plan", "cli-plan", "--start", "2026-12-07", "--time-zone", "Europe/London", "--weeks", "1"],
                environment: ["PROTRACT_PROGRAMS": folder.path])
            #expect(plan.status == 0, "\(plan)")
            let yaml = folder.appendingPathComponent("cli-plan.yaml").path
            let yml = folder.appendingPathComponent("cli-plan.yml").path
            #expect(plan.stderr == "protract: warning: \(yaml) and \(yml) are both the built-in programme 'cli-plan'; using \(yaml)\n")
        }
    }
}

/// Consecutive dates as YYYY-MM-DD text, from 1 January of a year.
enum CivilDateText {
    static func days(from year: Int, count: Int) -> [String] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let first = calendar.date(from: DateComponents(year: year, month: 1, day: 1)) ?? Date(timeIntervalSince1970: 0)
        return (0..<count).compactMap { offset in
            calendar.date(byAdding: .day, value: offset, to: first).map { date in
                let parts = calendar.dateComponents([.year, .month, .day], from: date)
                return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
            }
        }
    }
}
