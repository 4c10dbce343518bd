import Foundation
import PlanKit
@testable import PlanRendering
import Testing

@Suite("iCalendar across daylight-saving changes")
struct ICalendarDSTTests {
    static let options = ICalendarRenderer.Options(reminderMinutes: 15, timestamp: ICalendarFixtures.timestamp)

    /// The local date and time an instant shows in a zone, by Foundation's `Calendar` (not the
    /// renderer's code).
    static func local(_ seconds: Int, in zone: String) throws -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: zone))
        return calendar.dateComponents(
            [.year, .month, .day, .hour, .minute], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    @Test("every session stays at 07:30 local while the UTC instant moves by an hour", arguments: [
        ("Europe/London", "2027-03-22", "dst-europe-london.ics", "073000Z", "063000Z"),
        ("America/New_York", "2027-03-08", "dst-america-new-york.ics", "123000Z", "113000Z"),
        ("Europe/London", "2027-10-25", nil, "063000Z", "073000Z"),
        ("America/New_York", "2027-11-01", nil, "113000Z", "123000Z"),
    ])
    func sameLocalTime(zone: String, start: String, golden: String?, utcBefore: String, utcAfter: String) throws {
        let plan = try ICalendarFixtures.dstPlan(zone: zone, start: start)
        let text = try ICalendarFixtures.render(plan, Self.options)
        if let golden { try ICalendarFixtures.check(text, matches: golden) }
        let events = try ICalendarFixtures.calendar(text).events
        #expect(events.count == 6)
        for (event, session) in zip(events, plan.sessions) {
            let start = try #require(event.value("DTSTART").flatMap(ICalendarInstant.init))
            let end = try #require(event.value("DTEND").flatMap(ICalendarInstant.init))
            let local = try Self.local(start.seconds, in: zone)
            #expect(local.hour == 7 && local.minute == 30, "\(zone) \(session.date): \(local)")
            #expect(local.year == session.date.year && local.month == session.date.month && local.day == session.date.day)
            #expect(end.seconds - start.seconds == session.durationMinutes * 60)
        }
        // The first week is before the change and the second after it.
        #expect(events.first?.value("DTSTART")?.hasSuffix(utcBefore) == true)
        #expect(events.last?.value("DTSTART")?.hasSuffix(utcAfter) == true)
    }

    @Test("a time in the spring gap is read with the offset before the gap (RFC 5545 §3.3.5)")
    func gap() throws {
        let newYork = try #require(WallClock(zone: "America/New_York"))
        let gapTime = try #require(TimeOfDay(hour: 2, minute: 30))
        // 2027-03-14 02:30 does not exist in New York; it means 03:30 EDT, 07:30Z.
        let instant = newYork.instant(of: try SamplePlan.date("2027-03-14"), at: gapTime)
        #expect(ICalendarDateTime.utc(instant) == "20270314T073000Z")
        let london = try #require(WallClock(zone: "Europe/London"))
        let londonGap = london.instant(of: try SamplePlan.date("2027-03-28"), at: try #require(TimeOfDay(hour: 1, minute: 30)))
        #expect(ICalendarDateTime.utc(londonGap) == "20270328T013000Z")
    }

    @Test("a time that happens twice in autumn means the first one")
    func overlap() throws {
        let london = try #require(WallClock(zone: "Europe/London"))
        let time = try #require(TimeOfDay(hour: 1, minute: 30))
        // 2027-10-31 01:30 happens in BST (00:30Z) and again in GMT (01:30Z).
        #expect(ICalendarDateTime.utc(london.instant(of: try SamplePlan.date("2027-10-31"), at: time)) == "20271031T003000Z")
        let newYork = try #require(WallClock(zone: "America/New_York"))
        #expect(ICalendarDateTime.utc(newYork.instant(of: try SamplePlan.date("2027-11-07"), at: time)) == "20271107T053000Z")
    }

    @Test("instants match Foundation for every half hour of a year in several zones", arguments: [
        "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham", "UTC",
    ])
    func matchesFoundation(zone: String) throws {
        let clock = try #require(WallClock(zone: zone))
        let first = try SamplePlan.date("2027-01-01")
        for day in stride(from: 0, to: 365, by: 3) {
            for minutes in stride(from: 0, to: 1440, by: 30) {
                let date = first.adding(days: day)
                let time = TimeOfDay(clampedHour: minutes / 60, minute: minutes % 60)
                let instant = clock.instant(of: date, at: time)
                let local = try Self.local(instant, in: zone)
                let shown = ((local.hour ?? 0) * 60 + (local.minute ?? 0))
                let sameDay = local.day == date.day && local.month == date.month
                if sameDay && shown == minutes { continue }
                // Only a time in a gap may show differently: later, by the gap's length, on the same day.
                #expect(sameDay && shown > minutes && shown - minutes <= 60, "\(zone) \(date) \(time) -> \(local)")
            }
        }
    }

    @Test("all-day DST plans keep their dates")
    func allDay() throws {
        var options = Self.options
        options.allDay = true
        let plan = try ICalendarFixtures.dstPlan(zone: "Europe/London", start: "2027-03-22")
        let events = try ICalendarFixtures.calendar(try ICalendarFixtures.render(plan, options)).events
        #expect(events.compactMap { $0.value("DTSTART") } == plan.sessions.map(\.date.basicFormat))
    }
}
