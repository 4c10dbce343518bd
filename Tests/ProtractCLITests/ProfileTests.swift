import Foundation
import Testing

/// `plan --profile FILE`: the person's inputs in YAML, flags overriding them, problems located (65).
@Suite struct ProfileTests {
    static let full = """
        name: Sam
        start: 2026-12-07
        days: [mon, wed, fri]
        time: "07:30"
        time-zone: Europe/London
        weeks: 2
        baseline: {push-ups: 6}
        skip: [2026-12-09]

        """

    @Test func aFullProfileGivesTheSamePlanAsTheFlags() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.full, to: "me.yaml")
            let byProfile = try PlanRun.plan(["upper-back-rehab", "--profile", "me.yaml"], in: dir)
            #expect(byProfile.status == 0, "\(byProfile)")
            #expect(byProfile.stderr == "")
            let byFlags = try PlanRun.plan(PlanRun.fixed + [
                "--name", "Sam", "--days", "mon,wed,fri", "--time", "07:30", "--baseline", "push-ups=6",
                "--skip", "2026-12-09",
            ])
            #expect(byProfile.stdout == byFlags.stdout)
            #expect(byProfile.stdout.hasPrefix("""
                Push-ups without upper-back pain · 2 weeks · Mon Wed Fri 07:30 (Europe/London)
                Plan for Sam · Starts Mon 7 Dec 2026

                """))
            #expect(byProfile.stdout.contains("Start: baseline 6 push-ups (good form, pain 3/10 or less) -> low incline"))
            #expect(byProfile.stdout.contains("Note: Wed 9 Dec is skipped"))
        }
    }

    @Test func flagsOverrideTheProfile() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.full, to: "me.yaml")
            let result = try PlanRun.plan([
                "upper-back-rehab", "--profile", "me.yaml", "--name", "Alex", "--start", "2026-12-08",
                "--days", "tue,thu,sat", "--time", "18:00", "--time-zone", "UTC", "--weeks", "1",
                "--baseline", "push-ups=0",
            ], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr == "")
            #expect(result.stdout.hasPrefix("""
                Push-ups without upper-back pain · 1 week · Tue Thu Sat 18:00 (UTC)
                Plan for Alex · Starts Tue 8 Dec 2026

                """))
            #expect(result.stdout.contains("Start: baseline 0 push-ups (good form, pain 3/10 or less) -> wall push-up,\n       3 x 12"))
            #expect(PlanRun.sessionSlots(result.stdout) == [
                "Tue 8 Dec · 18:00 · Stability and push-ups",
                "Thu 10 Dec · 18:00 · Upper back, neck and push-ups",
                "Sat 12 Dec · 18:00 · Stability and push-ups",
            ])
        }
    }

    @Test func skipsFromTheProfileAndTheFlagsAreBothUsed() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.full, to: "me.yaml")
            let result = try PlanRun.plan(["upper-back-rehab", "--profile", "me.yaml", "--skip", "2026-12-18"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.contains("Note: Wed 9 Dec is skipped"))
            #expect(result.stdout.contains("  Note: moved from Fri 18 Dec, a skipped date\n"))
        }
    }

    @Test func aPartialProfileLeavesTheRestToDefaultsAndFlags() throws {
        try withTemporaryDirectory { dir in
            try dir.write("name: Kim\nbaseline:\n  push-ups: 25\n", to: "me.yaml")
            let result = try PlanRun.plan(PlanRun.fixed + ["--profile", "me.yaml"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.split(separator: "\n").dropFirst().first == "Plan for Kim · Starts Mon 7 Dec 2026")
            #expect(result.stdout.contains("Start: baseline 25 push-ups (good form, pain 3/10 or less) -> knee push-up,\n       3 x 5"))
        }
    }

    /// An empty profile is refused with a located message saying what a profile holds (a design choice:
    /// every key is optional, but an empty file is more likely a mistake).
    @Test(arguments: ["", "# only a comment\n"])
    func anEmptyProfileIsRefusedWithHelp(text: String) throws {
        try withTemporaryDirectory { dir in
            try dir.write(text, to: "me.yaml")
            let result = try PlanRun.plan(PlanRun.fixed + ["--profile", "me.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("me.yaml:1:1: error: the file is empty\n"), "\(result)")
            #expect(result.stderr.contains(
                "= help: a profile holds keys such as start, days, time, time-zone and baseline\n"), "\(result)")
        }
    }

    @Test func unknownKeysAreLocatedWithSuggestions() throws {
        try withTemporaryDirectory { dir in
            try dir.write("nmae: Sam\ntimezone: UTC\n", to: "me.yaml")
            let result = try PlanRun.plan(PlanRun.fixed + ["--profile", "me.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr == """
                me.yaml:1:1: error: unknown key 'nmae' at the top level
                    1 | nmae: Sam
                      | ^~~~
                      = in: nmae
                      = help: did you mean 'name'?
                me.yaml:2:1: error: unknown key 'timezone' at the top level
                    2 | timezone: UTC
                      | ^~~~~~~~
                      = in: timezone
                      = help: did you mean 'time-zone'?

                """)
        }
    }

    @Test func anUnknownBaselineKeyIsLocatedAtTheKey() throws {
        try withTemporaryDirectory { dir in
            try dir.write("name: Sam\nbaseline:\n  push-upz: 6\n", to: "me.yaml")
            let result = try PlanRun.plan(PlanRun.fixed + ["--profile", "me.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr == """
                me.yaml:3:3: error: unknown baseline key 'push-upz'
                    3 |   push-upz: 6
                      |   ^~~~~~~~
                      = in: baseline.push-upz
                      = help: did you mean 'push-ups'? this programme reads plank-seconds, push-ups, knee-push-ups

                """)
        }
    }

    @Test func aBaselineOutOfRangeIsLocatedAtTheValue() throws {
        try withTemporaryDirectory { dir in
            try dir.write("baseline:\n  push-ups: 500\n", to: "me.yaml")
            let result = try PlanRun.plan(PlanRun.fixed + ["--profile", "me.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.hasPrefix("""
                me.yaml:2:13: error: baseline 'push-ups' must be from 0 to 200, found 500
                    2 |   push-ups: 500
                      |             ^~~

                """), "\(result)")
        }
    }

    @Test(arguments: [
        ("start: next week\n", "me.yaml:1:8: error: 'next week' is not a date; write YYYY-MM-DD, such as 2026-12-07\n"),
        ("start: 2026-13-01\n", "me.yaml:1:8: error: '2026-13-01' is not a date; write YYYY-MM-DD, such as 2026-12-07\n"),
        (
            "time-zone: Europe/Londn\n",
            "me.yaml:1:12: error: 'Europe/Londn' is not a known IANA time zone; did you mean 'Europe/London'? "
                + "(write a name such as Europe/London)\n"
        ),
        ("weeks: 0\n", "me.yaml:1:8: error: 'weeks' must be from 1 to 520, found 0\n"),
        ("time: \"7:3x\"\n", "me.yaml:1:7: error: '7:3x' is not a time of day\n"),
        ("skip: [someday]\n", "me.yaml:1:8: error: 'someday' is not a date; write YYYY-MM-DD, such as 2026-12-07\n"),
        ("days: [mon, fryday]\n", "me.yaml:1:13: error: "),
    ])
    func aBadValueIsLocated(text: String, firstLine: String) throws {
        try withTemporaryDirectory { dir in
            try dir.write(text, to: "me.yaml")
            let result = try PlanRun.plan(["upper-back-rehab", "--profile", "me.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix(firstLine), "\(result)")
        }
    }

    @Test func anImpossibleScheduleInTheProfileExits65() throws {
        try withTemporaryDirectory { dir in
            try dir.write("name: Sam\ndays: [mon, tue]\n", to: "me.yaml")
            let result = try PlanRun.plan(PlanRun.fixed + ["--profile", "me.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr.contains(
                "error: impossible schedule: Mon and Tue are 24 hours apart, less than the 48 hours of rest"), "\(result)")
            #expect(result.stderr.hasPrefix("me.yaml:2:7: error: impossible schedule"), "\(result)")
        }
    }
}
