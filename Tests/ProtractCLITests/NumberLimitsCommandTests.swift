import Foundation
import Testing

/// Numbers, counts and dates at and past their limits, end to end through the built binary: a
/// located error or a usage error, never a trap.
@Suite struct NumberLimitsCommandTests {
    static let hugePhase = validProgramme.replacingOccurrences(
        of: "weeks: 8\n", with: "weeks: 8\nphases: [{name: All, weeks: 9223372036854775807}]\n")

    @Test func aPhaseOfIntMaxWeeksIsALocatedErrorInEveryCommand() throws {
        try withTemporaryDirectory { dir in
            let file = try dir.write(Self.hugePhase, to: "huge.yaml")
            let validate = try ProtractBinary.run(["validate", file.path])
            #expect(validate.status == 65 && !validate.signalled, "\(validate)")
            #expect(validate.stderr.contains(
                "huge.yaml:5:29: error: 'weeks' must be from 1 to 520, found 9223372036854775807"), "\(validate)")
            let plan = try ProtractBinary.run(["plan", file.path])
            #expect(plan.status == 65 && !plan.signalled, "\(plan)")
            let exercises = try ProtractBinary.run(["exercises", "--programme", file.path])
            #expect(exercises.status == 65 && !exercises.signalled, "\(exercises)")

            // Through PROTRACT_PROGRAMS, beside the real catalog.
            let programs = dir.appendingPathComponent("programs")
            try FileManager.default.createDirectory(at: programs, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: ProtractBinary.programsDirectory.appendingPathComponent("exercises.yaml"),
                to: programs.appendingPathComponent("exercises.yaml"))
            try programs.write(Self.hugePhase, to: "huge.yaml")
            let programmes = try ProtractBinary.run(["programmes"], environment: ["PROTRACT_PROGRAMS": programs.path])
            #expect(!programmes.signalled, "\(programmes)")
            #expect(programmes.stderr.contains("'weeks' must be from 1 to 520"), "\(programmes)")
        }
    }

    @Test func oneBadFileDoesNotHideTheOthersReports() throws {
        try withTemporaryDirectory { dir in
            let bad = try dir.write(Self.hugePhase, to: "a.yaml")
            let good = try dir.write(validProgramme, to: "b.yaml")
            let other = try dir.write(validProgramme.replacingOccurrences(of: "weeks: 8", with: "weeks: 0"), to: "c.yaml")
            let result = try ProtractBinary.run(["validate", bad.path, good.path, other.path])
            #expect(result.status == 65 && !result.signalled, "\(result)")
            #expect(result.stderr.contains("a.yaml:5:29: error:"), "\(result)")
            #expect(result.stderr.contains("c.yaml:4:8: error: 'weeks' must be from 1 to 520, found 0"), "\(result)")
            #expect(result.stderr.contains("validate: 2 errors in 2 of 3 files"), "\(result)")
        }
    }

    @Test func aNumberTooLargeForAnIntegerGetsTheFieldsOwnRange() throws {
        try withTemporaryDirectory { dir in
            let file = try dir.write(
                validProgramme.replacingOccurrences(of: "weeks: 8", with: "weeks: 100000000000000000000000"), to: "p.yaml")
            let result = try ProtractBinary.run(["validate", file.path])
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.contains("'weeks' must be from 1 to 520, found 100000000000000000000000"), "\(result)")
            #expect(!result.stderr.contains("9223372036854775807"), "\(result)")
        }
    }

    @Test func aProfileBaselineTooLargeForAnIntegerGetsTheKeysRange() throws {
        try withTemporaryDirectory { dir in
            let profile = try dir.write("baseline: {push-ups: 99999999999999999999}\n", to: "me.yaml")
            let result = try ProtractBinary.run(["plan", "upper-back-rehab", "--profile", profile.path])
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.contains("me.yaml:1:22: error: baseline 'push-ups' must be from 0 to"), "\(result)")
            #expect(result.stderr.contains("found 99999999999999999999"), "\(result)")
            #expect(!result.stderr.contains("9223372036854775807"), "\(result)")
        }
    }

    /// At both ends of the dates Protract plans, every event of the calendar stays within years
    /// 1 to 9999 in UTC, ends after it starts, and an all-day event ends the next day.
    @Test(arguments: [
        ["--start", "9999-12-17", "--weeks", "2", "--time-zone", "America/Los_Angeles", "--time", "18:00"],
        ["--start", "9999-12-17", "--weeks", "2", "--time-zone", "UTC", "--time", "23:59"],
        ["--start", "9999-12-17", "--weeks", "2", "--time-zone", "UTC", "--all-day"],
        ["--start", "0001-01-02", "--weeks", "1", "--time-zone", "Pacific/Kiritimati", "--time", "00:30"],
    ])
    func theCalendarAtTheEndsOfTheDatesIsRight(_ flags: [String]) throws {
        let result = try ProtractBinary.run(["plan", "upper-back-rehab", "--none", "--format", "ics"] + flags)
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.components(separatedBy: "\r\n")
        let starts = lines.filter { $0.hasPrefix("DTSTART") }.map { String($0.split(separator: ":").last ?? "") }
        let ends = lines.filter { $0.hasPrefix("DTEND") }.map { String($0.split(separator: ":").last ?? "") }
        #expect(!starts.isEmpty && starts.count == ends.count, "\(result.stdout.prefix(2000))")
        for (start, end) in zip(starts, ends) {
            #expect(start.count >= 8 && end.count >= 8 && start < end, "\(start) to \(end)")
            #expect(start.hasPrefix("9999") || start.hasPrefix("0001"), "\(start)")
            #expect(end.hasPrefix("9999") || end.hasPrefix("0001"), "\(end)")
        }
    }

    /// A negative number is a value out of range, said with the range, not a missing value.
    @Test(arguments: [
        (["plan", "upper-back-rehab", "--none", "--weeks", "-1"], "protract: error: --weeks must be from 1 to 520, found -1\n"),
        (["log", "--as-planned", "--pain", "-1"], "protract: error: --pain must be from 0 (no pain) to 10 (the worst), found -1\n"),
        (["log", "--morning", "-3"], "protract: error: --morning must be from 0 (no pain) to 10 (the worst), found -3\n"),
        (["log", "--as-planned", "--retest", "-2"], "protract: error: --retest must be from 0 to 600 reps, found -2\n"),
    ])
    func aNegativeNumberIsOutOfRange(arguments: [String], first: String) throws {
        let result = try ProtractBinary.run(arguments)
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.hasPrefix(first), "\(result)")
    }

    @Test func anEarlyYearIsWrittenInFourDigits() throws {
        let result = try ProtractBinary.run(
            ["plan", "upper-back-rehab", "--none", "--start", "0099-01-05", "--weeks", "1", "--time-zone", "UTC"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Starts Mon 5 Jan 0099"), "\(result.stdout.prefix(400))")
    }

    @Test func aStartBeforeTheFirstDatePlannedIsRefused() throws {
        let result = try ProtractBinary.run(["plan", "upper-back-rehab", "--none", "--start", "0001-01-01"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.hasPrefix("""
            protract: error: a plan cannot start before 0001-01-02, the first date Protract plans
              help: start on 0001-01-02 or later

            """), "\(result)")
    }

    @Test func aFlagStartWhosePlanEndsAfter9999IsAUsageErrorWithTheLastStart() throws {
        let result = try ProtractBinary.run(["plan", "upper-back-rehab", "--start", "9999-12-27", "--weeks", "2"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.contains(
            "a plan of 2 weeks starting 9999-12-27 would end after 9999-12-30, the last date Protract plans"), "\(result)")
        #expect(result.stderr.contains("start on 9999-12-17 or earlier"), "\(result)")
        for format in ["json", "ics"] {
            let last = try ProtractBinary.run(
                ["plan", "upper-back-rehab", "--start", "9999-12-17", "--weeks", "2", "--format", format])
            #expect(last.status == 0, "\(last)")
            #expect(!last.stdout.contains("10000"), "\(format): \(last.stdout.prefix(400))")
        }
    }

    @Test func aProfileStartWhosePlanEndsAfter9999IsALocatedError() throws {
        try withTemporaryDirectory { dir in
            let profile = try dir.write("weeks: 2\nstart: 9999-12-27\n", to: "me.yaml")
            let result = try ProtractBinary.run(["plan", "upper-back-rehab", "--profile", profile.path])
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.contains("me.yaml:2:8: error: a plan of 2 weeks starting 9999-12-27"), "\(result)")
            #expect(result.stderr.contains("start on 9999-12-17 or earlier"), "\(result)")
        }
    }

    @Test func tooManySkipFlagsAreRefusedBeforeParsing() throws {
        let dates = (0..<101).map { "2027-01-\(String(format: "%02d", $0 % 28 + 1))" }
        let result = try ProtractBinary.run(["plan", "upper-back-rehab"] + dates.flatMap { ["--skip", $0] })
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("--skip is given 101 times; the most is 100"), "\(result)")
        #expect(result.stderr.contains("separated by commas"), "\(result)")
    }

    @Test func oneSkipTakesCommaSeparatedDates() throws {
        let both = try ProtractBinary.run(
            ["plan", "upper-back-rehab", "--start", "2026-12-07", "--skip", "2026-12-07,2026-12-09", "--format", "json"])
        let apart = try ProtractBinary.run(
            ["plan", "upper-back-rehab", "--start", "2026-12-07", "--skip", "2026-12-07", "--skip", "2026-12-09",
             "--format", "json"])
        #expect(both.status == 0 && apart.status == 0, "\(both)\n\(apart)")
        #expect(both.stdout == apart.stdout)
        #expect(both.stdout.contains("2026-12-07"), "the skip moved or dropped a session")
        let bad = try ProtractBinary.run(["plan", "upper-back-rehab", "--skip", "2026-12-07,tomorrow"])
        #expect(bad.status == 64, "\(bad)")
        #expect(bad.stderr.contains("--skip 'tomorrow' is not a date"), "\(bad)")
    }

    @Test func tooManySkipDatesInAProfileIsALocatedError() throws {
        try withTemporaryDirectory { dir in
            let start = 20_454  // 2026-01-01
            let dates = (0..<1001).map { offset -> String in
                let days = start + offset
                // A plain day count to a date, as CivilDate does.
                let z = days + 719_468
                let era = z / 146_097
                let doe = z - era * 146_097
                let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
                let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
                let mp = (5 * doy + 2) / 153
                let d = doy - (153 * mp + 2) / 5 + 1
                let m = mp < 10 ? mp + 3 : mp - 9
                let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
                return String(format: "%04d-%02d-%02d", y, m, d)
            }
            let profile = try dir.write("skip: [\(dates.joined(separator: ", "))]\n", to: "me.yaml")
            let result = try ProtractBinary.run(["plan", "upper-back-rehab", "--profile", profile.path])
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.contains("me.yaml:1:1: error: 'skip' lists 1001 dates; a profile may have at most 1000"),
                    "\(result)")
        }
    }

    @Test func countsPastTheirLimitsAreLocatedErrors() throws {
        let eleven = "scapular-push-up, prone-y-t-w, plank, chin-tuck, wall-scapular-push-up, knee-scapular-push-up, "
            + "prone-y-t-w-light-load, incline-plank, plank-shoulder-tap, quadruped-chin-tuck, wall-push-up-plus"
        let sevenBlocks = String(repeating: "      - {plugin: mobility-warmup, minutes: 3}\n", count: 7)
        let cases: [(String, String, String)] = [
            ("exercises", validProgramme.replacingOccurrences(
                of: "- {plugin: push-up-progression, sets: 3}",
                with: "- {plugin: stabilizer-strength, exercises: [\(eleven)]}"),
             "'exercises' lists 11 exercises; a block may have at most 10"),
            ("blocks", validProgramme.replacingOccurrences(
                of: "      - {plugin: mobility-warmup, minutes: 6}\n", with: sevenBlocks),
             "'blocks' lists 8 blocks; a session may have at most 6"),
        ]
        try withTemporaryDirectory { dir in
            for (name, text, message) in cases {
                let file = try dir.write(text, to: "\(name).yaml")
                let result = try ProtractBinary.run(["validate", file.path])
                #expect(result.status == 65, "\(name): \(result)")
                #expect(result.stderr.contains("\(name).yaml:") && result.stderr.contains(message), "\(name): \(result)")
            }
        }
    }

    @Test func aSessionThatCannotEndByMidnightIsRefused() throws {
        try withTemporaryDirectory { dir in
            let late = try dir.write(
                validProgramme.replacingOccurrences(of: "time: \"07:30\"", with: "time: \"23:50\""), to: "late.yaml")
            let validate = try ProtractBinary.run(["validate", late.path])
            #expect(validate.status == 65, "\(validate)")
            #expect(validate.stderr.contains("late.yaml:7:5: error: session template 'One' takes about"), "\(validate)")
            #expect(validate.stderr.contains("starting at 23:50 it would end after midnight"), "\(validate)")

            // A later --time may carry a session past midnight: every format says it ends the next day.
            let fine = try dir.write(validProgramme, to: "fine.yaml")
            let json = try ProtractBinary.run(["plan", fine.path, "--time", "23:50", "--weeks", "1", "--format", "json"])
            #expect(json.status == 0, "\(json)")
            #expect(json.stdout.contains("\"endsNextDay\" : true") || json.stdout.contains("\"endsNextDay\": true"),
                    "\(json.stdout.prefix(2000))")
            let text = try ProtractBinary.run(["plan", fine.path, "--time", "23:50", "--weeks", "1"])
            #expect(text.status == 0 && text.stdout.contains(" next day"), "\(text)")
        }
    }

    @Test func aSessionOfADayOrMoreIsRefusedWhateverTheTime() throws {
        // Every dose at its top: three blocks of 10 stabilizers x 6 sets x 50 reps, 300 s rests, is over a day.
        let ten = "scapular-push-up, prone-y-t-w, plank, chin-tuck, wall-scapular-push-up, knee-scapular-push-up, "
            + "prone-y-t-w-light-load, incline-plank, plank-shoulder-tap, quadruped-chin-tuck"
        let text = validProgramme
            .replacingOccurrences(of: "time: \"07:30\"", with: "time: \"00:00\"")
            .replacingOccurrences(
                of: "- {plugin: push-up-progression, sets: 3}",
                with: Array(repeating: "- {plugin: stabilizer-strength, exercises: [\(ten)], sets: 6, reps: 50, "
                    + "hold-seconds: 120, rest-seconds: 300}", count: 3).joined(separator: "\n      "))
        try withTemporaryDirectory { dir in
            let file = try dir.write(text, to: "long.yaml")
            let result = try ProtractBinary.run(["validate", file.path])
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.contains("long.yaml:7:5: error: session template 'One' takes about"), "\(result)")
            #expect(result.stderr.contains("a day or more"), "\(result)")
        }
    }

    @Test func anEmptyIdIsRefusedAsTheSchemaRefusesIt() throws {
        try withTemporaryDirectory { dir in
            let file = try dir.write(validProgramme.replacingOccurrences(of: "id: cli-plan", with: "id: \"\""), to: "p.yaml")
            let result = try ProtractBinary.run(["validate", file.path])
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.contains("p.yaml:1:5: error: programme id is empty"), "\(result)")
        }
    }

    @Test(arguments: [
        String(repeating: "a", count: 200) + ".yaml",
        // Names stay short enough for the temporary file beside them (NAME_MAX is 255 bytes).
        (0..<30).map { "word\($0)" }.joined(separator: "-") + ".yaml",
        String(repeating: "Ünïcödé ", count: 15) + ".yaml",
        "./---.yaml", "9.yaml", ".yaml", "My Plan (v2).yml",
    ])
    func whatNewWritesAlwaysValidates(name: String) throws {
        try withTemporaryDirectory { dir in
            let new = try ProtractBinary.run(["new", name], in: dir)
            #expect(new.status == 0, "\(new)")
            let validate = try ProtractBinary.run(["validate", name], in: dir)
            #expect(validate.status == 0, "\(name): \(validate)")
        }
    }
}
