import Foundation
import PlanKit
@testable import PlanRendering
import ProtractTestSupport
import Testing

@Suite("iCalendar renderer")
struct ICalendarRendererTests {
    typealias Options = ICalendarRenderer.Options
    static let timed = Options(reminderMinutes: 30, timestamp: ICalendarFixtures.timestamp, personKey: "Sam")
    static let allDay = Options(
        calendarName: "Rehab; upper back, push-ups", allDay: true, timestamp: ICalendarFixtures.timestamp)

    @Test("matches the golden files")
    func goldens() throws {
        let plan = try SamplePlan.plan()
        try ICalendarFixtures.check(try ICalendarFixtures.render(plan, Self.timed), matches: "upper-back-rehab.ics")
        try ICalendarFixtures.check(
            try ICalendarFixtures.render(plan, Self.allDay), matches: "upper-back-rehab-all-day.ics")
    }

    @Test("every golden .ics passes the strict checker")
    func goldensPassTheChecker() throws {
        let names = try ICalendarFixtures.goldenNames()
        #expect(names.count >= 4)
        for name in names {
            let bytes = try #require(try ICalendarFixtures.golden(name))
            #expect(ICalendarChecker(bytes: bytes).problems == [], "\(name)")
        }
    }

    @Test("the same plan and timestamp give identical bytes")
    func deterministic() throws {
        let plan = try SamplePlan.plan()
        #expect(try ICalendarFixtures.render(plan, Self.timed) == (try ICalendarFixtures.render(plan, Self.timed)))
    }

    @Test("the calendar header: VERSION, PRODID, both names, no METHOD")
    func header() throws {
        let text = try ICalendarFixtures.render(try SamplePlan.plan(), Self.timed)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Protract//Protract rehab plan//EN\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let calendar = try ICalendarFixtures.calendar(text)
        #expect(calendar.text("NAME") == "Push-ups without upper-back pain · Sam")
        #expect(calendar.text("X-WR-CALNAME") == "Push-ups without upper-back pain · Sam")
        #expect(calendar.value("METHOD") == nil)
        let named = try ICalendarFixtures.calendar(try ICalendarFixtures.render(try SamplePlan.plan(), Self.allDay))
        #expect(named.value("X-WR-CALNAME") == "Rehab\\; upper back\\, push-ups")
        #expect(named.text("NAME") == "Rehab; upper back, push-ups")
        let anonymous = try ICalendarFixtures.render(try SamplePlan.plan(name: nil), Self.timed)
        #expect(try ICalendarFixtures.calendar(anonymous).text("NAME") == "Push-ups without upper-back pain")
    }

    @Test("timed events: UTC start and end from the local time and the estimated minutes")
    func timedEvent() throws {
        let events = try ICalendarFixtures.calendar(try ICalendarFixtures.render(try SamplePlan.plan(), Self.timed)).events
        let first = try #require(events.first)
        // 07:30 in London in December is 07:30 UTC; 35 minutes long.
        #expect(first.value("DTSTART") == "20261207T073000Z")
        #expect(first.value("DTEND") == "20261207T080500Z")
        #expect(first.value("DTSTAMP") == "20261201T080000Z")
        #expect(first.value("SEQUENCE") == "\(ICalendarFixtures.timestamp / 60)")
        #expect(first.value("CATEGORIES") == "Rehab,Protract")
        #expect(first.value("STATUS") == "CONFIRMED")
        #expect(first.value("TRANSP") == "OPAQUE")
        #expect(first.text("SUMMARY") == "Week 1 · Stability and push-ups")
        #expect(events.last?.text("SUMMARY") == "Week 3 · Mobility, stabilizers and push-ups (deload)")
    }

    /// `SEQUENCE` counts minutes: a trial's two exports within a minute both carried
    /// `SEQUENCE:29930374`, where docs/calendar.md said each export carries a higher one.
    @Test("SEQUENCE rises with each minute, DTSTAMP with each second, as docs/calendar.md says")
    func sequenceAndStampOrderTheExports() throws {
        let plan = try SamplePlan.plan()
        func stamps(_ timestamp: Int) throws -> (sequence: Int, stamp: String) {
            var options = Self.timed
            options.timestamp = timestamp
            let first = try #require(try ICalendarFixtures.calendar(try ICalendarFixtures.render(plan, options)).events.first)
            return (Int(try #require(first.value("SEQUENCE"))) ?? -1, try #require(first.value("DTSTAMP")))
        }
        let minute = ICalendarFixtures.timestamp  // a whole minute
        let (first, sameMinute, nextMinute) = (try stamps(minute + 5), try stamps(minute + 50), try stamps(minute + 65))
        #expect(first.sequence == minute / 60 && sameMinute.sequence == first.sequence, "the same minute: the same SEQUENCE")
        #expect(sameMinute.stamp > first.stamp, "told apart by DTSTAMP")
        #expect(nextMinute.sequence == first.sequence + 1)
        let docs = try String(contentsOf: Repository.root.appendingPathComponent("docs/calendar.md"), encoding: .utf8)
        #expect(docs.flattenedText.contains(
            "two exports within the same minute carry the same `SEQUENCE`, and the later one only a later `DTSTAMP`"))
        #expect(!docs.flattenedText.contains("Each export therefore carries a higher `SEQUENCE`"))
    }

    @Test("the description holds the whole session and the stop rules")
    func description() throws {
        let plan = try SamplePlan.plan()
        let events = try ICalendarFixtures.calendar(try ICalendarFixtures.render(plan, Self.timed)).events
        let sixth = try #require(events.count > 5 ? events[5].text("DESCRIPTION") : nil)
        let lines = sixth.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Week 2 · Build")
        #expect(lines.contains("07:30-08:02 Europe/London · about 32 min"))
        #expect(lines.contains("Note: moved from Fri 18 Dec, a skipped date"))
        #expect(lines.contains("Warm-up (6 min)"))
        #expect(lines.contains("- Open book: 1 x 6 each side, 2 s hold"))
        #expect(lines.contains("- Prone Y-T-W raise: 2 x 6, tempo 2-1-2, 2 s hold, rest 45 s"))
        #expect(lines.contains("  each shape: Y, T and W"))
        #expect(lines.contains("- Forearm plank: 2 x 25 s, rest 60 s"))
        #expect(lines.contains("- Push-up: 3 x 6, tempo 2-1-2, rest 90 s [+1 rep: 3 x 5 done last session]"))
        #expect(lines.contains { $0.hasPrefix("  · ") })
        #expect(lines.contains("Stop the session at once:"))
        #expect(lines.contains("- numbness, tingling or weakness spreading down an arm or into the hand"))
        #expect(lines.contains("Call 999 (or your local emergency number) or go to A&E now:"))
        #expect(lines.contains("- chest pain, breathlessness or feeling faint with the back pain"))
        // Later events keep the stop rules and the emergencies, and point to the first for the rest.
        #expect(!lines.contains("Also see a clinician before you go on:"))
        #expect(!lines.contains("See a GP urgently, or call NHS 111 or your local out-of-hours line:"))
        #expect(lines.last?.hasPrefix("Every other red flag, and whom to see for it: in the first session's event (") == true)
        let firstLines = try #require(events.first?.text("DESCRIPTION")).split(separator: "\n").map(String.init)
        #expect(firstLines.contains("See a GP urgently, or call NHS 111 or your local out-of-hours line:"))
        #expect(!firstLines.contains { $0.hasPrefix("Every other red flag") })
        #expect(!lines.contains("Why this plan:"), "the why is in the first event only")
        // The per-exercise wording is the text plan's.
        let textPlan = TextRenderer(options: .init(width: 200)).render(plan, catalog: try SamplePlan.catalog())
        #expect(textPlan.contains("3 x 6, tempo 2-1-2, rest 90 s [+1 rep: 3 x 5 done last session]"))
        let deload = try #require(events.last?.text("DESCRIPTION"))
        #expect(deload.hasPrefix("Week 3 · Build · deload week\n"))
    }

    @Test("the first event says the screening, why this plan and what to expect; its exercises what to do if too hard")
    func firstEvent() throws {
        let plan = try SamplePlan.plan()
        let events = try ICalendarFixtures.calendar(try ICalendarFixtures.render(plan, Self.timed)).events
        let first = try #require(events.first?.text("DESCRIPTION"))
        let lines = first.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("Screening: " + Plan.Screening.notDone.text(programme: plan.programmeID)))
        #expect(lines.contains { $0.contains("protract screen \(plan.programmeID)") })
        let why = try #require(lines.firstIndex(of: "Why this plan:"))
        #expect(lines[why + 1] == "The shoulder blades are not held in place. This plan strengthens what holds them.")
        #expect(lines[why + 2] == "Then it climbs a push-up ladder.")
        #expect(lines.contains("What to expect:"))
        #expect(lines.contains { $0.hasPrefix("  · too hard or it hurts: ") }, "\(lines)")
    }

    /// A person in a course whose pain is not easing reads it in the calendar too: every session
    /// still to come says it under its heading (without the `log` command, as on paper); a session
    /// already logged, or missed, does not; and a plan whose pain is easing says nothing.
    @Test("pain not easing is said in each event still to come, not in past ones")
    func painNotEasing() throws {
        var plan = try SamplePlan.plan()
        plan.painNotEasing = JSONRendererTests.notEasing
        let log = SessionLog(date: plan.sessions[0].date, pain: 3)
        plan.weeks[0].sessions[0].record = SessionRecord(status: .done, log: log, decision: nil)
        plan.weeks[0].sessions[1].record = SessionRecord(status: .missed, log: nil, decision: nil)
        let advice = try #require(plan.painNotEasing?.advice)
        let events = try ICalendarFixtures.calendar(try ICalendarFixtures.render(plan, Self.timed)).events
        let descriptions = try events.map { try #require($0.text("DESCRIPTION")) }
        #expect(descriptions.count == plan.sessions.count)
        #expect(!descriptions[0].contains(advice) && !descriptions[1].contains(advice))
        for description in descriptions.dropFirst(2) {
            let lines = description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let at = try #require(lines.firstIndex(of: advice), "\(description)")
            let firstBlock = try #require(lines.firstIndex { $0.hasPrefix("Warm-up") })
            #expect(lines[at - 1].isEmpty && at < firstBlock, "under the heading: \(lines)")
        }
        #expect(!advice.contains("protract"))
        plan.painNotEasing = nil
        let easing = try ICalendarFixtures.render(plan, Self.timed)
        #expect(!easing.contains("has not eased"))
    }

    @Test("a reminder is a DISPLAY alarm with a description, after every property")
    func reminder() throws {
        let text = try ICalendarFixtures.render(try SamplePlan.plan(), Self.timed)
        for event in try ICalendarFixtures.calendar(text).events {
            let alarm = try #require(event.components.first)
            #expect(event.components.count == 1)
            #expect(alarm.value("ACTION") == "DISPLAY")
            #expect(alarm.value("TRIGGER") == "-PT30M")
            #expect(alarm.text("DESCRIPTION")?.hasSuffix(" starts in 30 minutes") == true)
        }
        let lines = text.components(separatedBy: "\r\n")
        let endAlarm = try #require(lines.firstIndex(of: "END:VALARM"))
        #expect(lines[endAlarm + 1] == "END:VEVENT")
        var none = Self.timed
        none.reminderMinutes = nil
        #expect(!(try ICalendarFixtures.render(try SamplePlan.plan(), none)).contains("VALARM"))
    }

    @Test("reminder durations", arguments: [
        (0, "PT0S"), (1, "-PT1M"), (30, "-PT30M"), (60, "-PT1H"), (90, "-PT1H30M"), (1440, "-P1D"), (1530, "-P1DT1H30M"),
    ])
    func reminderDurations(minutes: Int, expected: String) throws {
        #expect(ICalendarDateTime.before(minutes: minutes) == expected)
        var options = Self.timed
        options.reminderMinutes = minutes
        let event = try #require(try ICalendarFixtures.calendar(try ICalendarFixtures.render(try SamplePlan.plan(), options)).events.first)
        #expect(event.components.first?.value("TRIGGER") == expected)
    }

    @Test("all-day events: DATE values with an exclusive end the next day")
    func allDayEvents() throws {
        let plan = try SamplePlan.plan()
        let events = try ICalendarFixtures.calendar(try ICalendarFixtures.render(plan, Self.allDay)).events
        for (event, session) in zip(events, plan.sessions) {
            #expect(event.property("DTSTART")?.parameters == ["VALUE=DATE"])
            #expect(event.value("DTSTART") == session.date.basicFormat)
            #expect(event.value("DTEND") == session.date.adding(days: 1).basicFormat)
            #expect(event.value("TRANSP") == "TRANSPARENT")
        }
        #expect(events.first?.text("DESCRIPTION")?.contains("07:30-08:05 Europe/London") == true)
        // Year end: 2026-12-31 -> 2027-01-01.
        var late = plan
        late.weeks[2].sessions[1].date = try SamplePlan.date("2026-12-31")
        let last = try ICalendarFixtures.calendar(try ICalendarFixtures.render(late, Self.allDay)).events.last
        #expect(last?.value("DTEND") == "20270101")
    }

    @Test("a session past midnight ends the next day")
    func pastMidnight() throws {
        var plan = try SamplePlan.plan()
        plan.weeks[0].sessions[0].start = try #require(TimeOfDay(hour: 23, minute: 50))
        let event = try #require(try ICalendarFixtures.calendar(try ICalendarFixtures.render(plan, Self.timed)).events.first)
        #expect(event.value("DTSTART") == "20261207T235000Z")
        #expect(event.value("DTEND") == "20261208T002500Z")
        #expect(event.text("DESCRIPTION")?.contains("23:50-00:25 next day") == true)
    }

    @Test("errors: an unknown time zone, a negative reminder, a plan with no sessions")
    func errors() throws {
        var plan = try SamplePlan.plan()
        let catalog = try SamplePlan.catalog()
        plan.athlete.timeZone = "Europe/Atlantis"
        #expect(throws: RenderingError.unknownTimeZone("Europe/Atlantis")) {
            try ICalendarRenderer(options: Self.timed).render(plan, catalog: catalog)
        }
        #expect(RenderingError.unknownTimeZone("Europe/Atlantis").description.contains("IANA"))
        var negative = Self.timed
        negative.reminderMinutes = -5
        #expect(throws: RenderingError.negativeReminder(minutes: -5)) {
            try ICalendarRenderer(options: negative).render(try SamplePlan.plan(), catalog: catalog)
        }
        var empty = try SamplePlan.plan()
        empty.weeks = []
        #expect(throws: RenderingError.noSessions) {
            try ICalendarRenderer(options: Self.timed).render(empty, catalog: catalog)
        }
    }

    @Test("hostile text in titles, names and notes stays escaped and round-trips")
    func hostileText() throws {
        var plan = try SamplePlan.plan(name: "Zoë; \"Z\", née O\\Brien\r\nline two 💪🏽")
        plan.weeks[0].sessions[0].title = "Push-ups: wall, knee; floor \\ done\nnext"
        plan.weeks[0].sessions[0].notes = ["über-long note " + String(repeating: "é́ 🇬🇧 ", count: 30)]
        let text = try ICalendarFixtures.render(plan, Self.timed)
        let calendar = try ICalendarFixtures.calendar(text)
        #expect(calendar.text("NAME") == "Push-ups without upper-back pain · Zoë; \"Z\", née O\\Brien\nline two 💪🏽")
        #expect(calendar.events.first?.text("SUMMARY") == "Week 1 · Push-ups: wall, knee; floor \\ done\nnext")
        #expect(calendar.events.first?.text("DESCRIPTION")?.contains("Note: " + plan.weeks[0].sessions[0].notes[0].trimmed) == true)
    }
}

extension String {
    /// The text with every run of spaces and line breaks made one space: prose as it reads,
    /// wherever its lines were broken.
    fileprivate var flattenedText: String {
        split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}
