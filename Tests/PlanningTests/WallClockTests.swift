import PlanKit
import Testing

/// A session set inside a daylight-saving gap is flagged with the time the clocks show.
@Suite struct WallClockTests {
    private func plan(zone: String, time: String) throws -> Plan {
        var programme = try Flagship.programme()
        programme.schedule = Schedule(
            days: [.sunday], time: try #require(TimeOfDay(parsing: time)), minRestHours: 48)
        (programme.weeks, programme.phases) = (2, [])  // a whole programme: no note on its length
        let athlete = Athlete(start: try #require(CivilDate(parsing: "2027-03-22")), timeZone: zone, weeks: 2)
        return try Planner().plan(try Flagship.configured(programme), for: athlete)
    }

    @Test func aSessionInTheSpringGapIsFlagged() throws {
        let sessions = try plan(zone: "Europe/London", time: "01:30").sessions
        #expect(sessions.map(\.date.description) == ["2027-03-28", "2027-04-04"])
        #expect(sessions[0].notes == [
            "01:30 does not exist on this day in Europe/London (the clocks go forward): start at 02:30"
        ])
        #expect(sessions[1].notes.isEmpty)
        // Every format shows the time the clocks show: the session itself starts at 02:30.
        #expect(sessions.map(\.start.description) == ["02:30", "01:30"])
    }

    @Test func aSessionInTheRepeatedHourIsAtTheFirstOccurrenceAndSaysSo() throws {
        var programme = try Flagship.programme()
        programme.schedule = Schedule(days: [.sunday], time: try #require(TimeOfDay(parsing: "01:30")), minRestHours: 48)
        (programme.weeks, programme.phases) = (2, [])
        let athlete = Athlete(start: try #require(CivilDate(parsing: "2027-10-25")), timeZone: "Europe/London", weeks: 2)
        let sessions = try Planner().plan(try Flagship.configured(programme), for: athlete).sessions
        #expect(sessions.map(\.date.description) == ["2027-10-31", "2027-11-07"])
        #expect(sessions.map(\.start.description) == ["01:30", "01:30"])
        #expect(sessions[0].notes == [
            "01:30 happens twice on this day in Europe/London (the clocks go back): start at the first 01:30"
        ])
        #expect(sessions[1].notes.isEmpty)
    }

    /// A session the clocks change during ends at the time they show then: 00:50 on the night
    /// London goes forward, for under an hour, ends after 02:00, never in the hour that is skipped.
    @Test func theEndOfASessionOverAClockChangeIsTheTimeTheClocksShow() throws {
        let sessions = try plan(zone: "Europe/London", time: "00:50").sessions
        let changed = sessions[0], ordinary = sessions[1]
        #expect(changed.date.description == "2027-03-28")
        #expect(changed.clockChangeMinutes == 60 && ordinary.clockChangeMinutes == 0)
        let minutes = changed.durationMinutes
        #expect(minutes > 10 && minutes < 60)
        #expect(changed.end.minutesSinceMidnight == 50 + minutes + 60, "\(changed.end)")
        #expect(ordinary.end.minutesSinceMidnight == 50 + ordinary.durationMinutes, "\(ordinary.end)")
    }

    @Test func ordinaryTimesAndZonesWithoutTheGapAreNotFlagged() throws {
        #expect(try plan(zone: "Europe/London", time: "07:30").sessions.allSatisfy { $0.notes.isEmpty })
        #expect(try plan(zone: "UTC", time: "01:30").sessions.allSatisfy { $0.notes.isEmpty })
        #expect(try plan(zone: "Asia/Kolkata", time: "01:30").sessions.allSatisfy { $0.notes.isEmpty })
    }
}
