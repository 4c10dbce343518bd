import PlanKit
import Testing
import YAMLKit

/// Training days, their rest and the session time.
@Suite struct ScheduleRulesTests {
    @Test func anUnknownDaySuggestsTheNearest() throws {
        let text = try Fixture.programme(("[mon, wed, fri]", "[mon, wedd, fri]"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:6:15: error: 'wedd' is not a day of the week
                6 |   days: [mon, wedd, fri]
                  |               ^~~~
                  = in: schedule.days[1]
                  = help: did you mean 'wed'? write one of mon, tue, wed, thu, fri, sat, sun

            """)
    }

    @Test func anUnknownDayWithNothingNearListsTheDays() throws {
        let text = try Fixture.programme(("[mon, wed, fri]", "[mon, someday, fri]"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["6:15 schedule.days[1]: 'someday' is not a day of the week"])
        #expect(diagnostics.first?.help == "write one of mon, tue, wed, thu, fri, sat, sun")
    }

    @Test func fullDayNamesAreAccepted() throws {
        let programme = try Fixture.load(Fixture.programme(("[mon, wed, fri]", "[Friday, monday, WED]")))
        #expect(programme.schedule.days == [.monday, .wednesday, .friday])
    }

    @Test func aDayNamedTwice() throws {
        let text = try Fixture.programme(("[mon, wed, fri]", "[mon, wed, mon]"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:6:9: error: 'days' names a day more than once
                6 |   days: [mon, wed, mon]
                  |         ^~~~~~~~~~~~~~~
                  = in: schedule.days
                  = help: name each training day once, such as [mon, wed, fri]

            """)
    }

    @Test func noDays() throws {
        let text = try Fixture.programme(("[mon, wed, fri]", "[]"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["6:9 schedule.days: 'days' must name at least one training day"])
    }

    @Test func noDaysIsReportedEvenWhenTheTimeIsAlsoWrong() throws {
        let text = try Fixture.programme(("[mon, wed, fri]", "[]"), ("\"07:30\"", "\"7.30\""))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == [
            "6:9 schedule.days: 'days' must name at least one training day",
            "7:9 schedule.time: '7.30' is not a time of day",
        ])
    }

    @Test func minSessionsPerWeekDefaultsToTwoAndIsRead() throws {
        #expect(try Fixture.load(Fixture.programme()).schedule.minSessionsPerWeek == 2)
        let three = try Fixture.programme(("min-rest-hours: 48", "min-rest-hours: 48\n  min-sessions-per-week: 3"))
        #expect(try Fixture.load(three).schedule.minSessionsPerWeek == 3)
    }

    @Test func minSessionsPerWeekAboveTheDaysIsRefusedAtTheKey() throws {
        let text = try Fixture.programme(("min-rest-hours: 48", "min-rest-hours: 48\n  min-sessions-per-week: 4"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == [
            "9:26 schedule.min-sessions-per-week: 'min-sessions-per-week' is 4, more than the 3 training days in 'days'",
        ])
        #expect(diagnostics.first?.help == "name at least 4 days, or lower 'min-sessions-per-week'")
    }

    @Test func minSessionsPerWeekOutOfRange() throws {
        let text = try Fixture.programme(("min-rest-hours: 48", "min-rest-hours: 48\n  min-sessions-per-week: 0"))
        #expect(try Fixture.diagnostics(text).map(\.message) == ["'min-sessions-per-week' must be from 1 to 7, found 0"])
    }

    @Test func consecutiveDaysBreakTheMinimumRest() throws {
        let text = try Fixture.programme(("[mon, wed, fri]", "[mon, tue]"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:6:9: error: Mon and Tue are 24 hours apart, less than the 48 hours of rest this programme needs (it allows at most 3 sessions a week)
                6 |   days: [mon, tue]
                  |         ^~~~~~~~~~
                  = in: schedule.days
                  = help: choose days further apart, or lower 'min-rest-hours'

            """)
    }

    @Test func theRestWrapsAroundTheWeek() throws {
        let text = try Fixture.programme(("[mon, wed, fri]", "[mon, wed, fri, sun]"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(\.message) == [
            "Sun and Mon are 24 hours apart, less than the 48 hours of rest this programme needs "
                + "(it allows at most 3 sessions a week)",
        ])
    }

    @Test func consecutiveDaysAreFineWithoutAMinimumRest() throws {
        let programme = try Fixture.load(Fixture.programme(("[mon, wed, fri]", "[mon, tue]"), ("min-rest-hours: 48", "min-rest-hours: 24")))
        #expect(programme.schedule.days == [.monday, .tuesday])
        #expect(Schedule.restProblem(days: [.monday, .tuesday], minRestHours: 24) == nil)
        #expect(Schedule.restProblem(days: [.monday, .tuesday], minRestHours: 25) != nil)
        #expect(Schedule.restProblem(days: [.sunday], minRestHours: 168) == nil)
    }

    @Test func minimumRestOutOfRange() throws {
        let text = try Fixture.programme(("min-rest-hours: 48", "min-rest-hours: 200"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["8:19 schedule.min-rest-hours: 'min-rest-hours' must be from 0 to 168, found 200"])
    }

    @Test func anHourPastTheDay() throws {
        let text = try Fixture.programme(("\"07:30\"", "\"25:00\""))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:7:9: error: '25:00' is not a time of day
                7 |   time: "25:00"
                  |         ^~~~~~~
                  = in: schedule.time
                  = help: write a 24-hour time as HH:MM in quotes, such as "07:30"

            """)
    }

    @Test(arguments: ["\"24:00\"", "\"12:60\"", "\"7\"", "\"07:3\"", "\"07-30\"", "\"-1:30\"", "\"07:30:00\"", "\"٠٧:٣٠\""])
    func badTimes(written: String) throws {
        let text = try Fixture.programme(("\"07:30\"", written))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(\.path) == ["schedule.time"])
        #expect(diagnostics.first?.range?.start == SourceLocation(line: 7, column: 9))
    }

    @Test func goodTimes() throws {
        #expect(TimeOfDay(parsing: "7:05")?.description == "07:05")
        #expect(TimeOfDay(parsing: "23:59")?.minutesSinceMidnight == 23 * 60 + 59)
        #expect(TimeOfDay(parsing: "00:00") == TimeOfDay(hour: 0, minute: 0))
        #expect(TimeOfDay(parsing: "24:00") == nil)
        // An unquoted time is a string in YAML 1.2, not a sexagesimal number.
        let programme = try Fixture.load(Fixture.programme(("\"07:30\"", "18:45")))
        #expect(programme.schedule.time == TimeOfDay(hour: 18, minute: 45))
    }
}
