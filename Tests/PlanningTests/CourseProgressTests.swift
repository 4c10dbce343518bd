import Foundation
import PlanKit
import PlanRendering
import Testing

/// `protract progress` from a course's plan: adherence, pain by week, the push-up step and volume.
struct CourseProgressTests {
    /// The flare-up course of `CourseReplayTests`, with Wed 23 Dec done a day late and the week
    /// after missed: today is Mon 4 Jan.
    static func progress() throws -> (CourseProgress, ExerciseCatalog) {
        var logs = CourseReplayTests.flareUp
        logs[7].date = CourseReplayTests.date(24)
        let today = CivilDate(year: 2027, month: 1, day: 4)!
        let course = try CourseReplayTests.plan(logs, today: today)
        return (CourseProgress(plan: course, today: today), try Flagship.catalog())
    }

    @Test func countsDoneMovedAndMissedWeekByWeek() throws {
        let (progress, _) = try Self.progress()
        #expect(progress.weeks.map(\.number) == [1, 2, 3, 4, 5])
        #expect((progress.done, progress.moved, progress.missed) == (7, 1, 4))
        #expect(progress.weeks.map(\.painDuring) == [3, 6, 2, nil, nil])
        #expect(progress.weeks.map(\.painMorning) == [2, 5, 1, nil, nil])
        #expect(progress.weeks[4].upcoming == 3, "week 5 has begun; its sessions are to come")
    }

    @Test func pushUpVolumeIsWhatWasDone() throws {
        let (progress, _) = try Self.progress()
        #expect(progress.weeks[0].pushUpSteps == ["knee-push-up"])
        #expect(progress.weeks[0].pushUpReps == 45, "3 sessions of 3 x 5")
        #expect(progress.weeks[1].pushUpSteps == ["knee-push-up", "low-incline-push-up"])
        #expect(progress.weeks[3].pushUpReps == 0, "a missed week did nothing")
        #expect(progress.weeks.map(\.counted) == [true, true, true, false, true], "the missed week did not count")
        #expect(progress.weeks.map(\.programmeWeek) == [1, 2, 3, 4, 4])
    }

    static let identity = ProgressReport.Identity(
        course: "upper-back-rehab", programmeID: "upper-back-rehab", programmeTitle: "Push-ups without upper-back pain",
        person: nil)

    @Test func textAndJSONMatchTheirGoldens() throws {
        let (progress, catalog) = try Self.progress()
        let report = ProgressReport(progress, identity: Self.identity)
        try Golden.compare(report.text(catalog: catalog), with: "course-progress.txt")
        try Golden.compare(report.json(), with: "course-progress.json")
    }

    /// The course plan's own PROGRESS chart counts what was done, as `progress` does: a missed
    /// week adds nothing (it printed the prescribed reps), a week done short its logged sets.
    @Test func thePlansChartAgreesWithProgress() throws {
        var logs = CourseReplayTests.flareUp
        logs[7].date = CourseReplayTests.date(24)
        logs[1].asPlanned = true
        logs[1].done = [SessionLog.Work(exerciseID: "knee-push-up", sets: [5, 4, 3])]
        let today = CivilDate(year: 2027, month: 1, day: 4)!
        let plan = try CourseReplayTests.plan(logs, today: today)
        let progress = CourseProgress(plan: plan, today: today)
        let text = TextRenderer(options: .init(width: 80, colour: false)).render(plan, catalog: try Flagship.catalog())
        let chart = try #require(text.components(separatedBy: "Push-ups per week: reps and step\n").last)
        let rows = chart.split(separator: "\n").dropFirst().prefix(progress.weeks.count).map {
            $0.split(separator: " ").prefix(2).compactMap { Int($0) }
        }
        for (row, week) in zip(rows, progress.weeks) where week.upcoming == 0 {
            #expect(row == [week.number, week.pushUpReps], "week \(week.number): \(row) in\n\(chart)")
        }
        #expect(progress.weeks[0].pushUpReps == 42, "3 x 5 twice and 5, 4, 3")
        #expect(progress.weeks[3].pushUpReps == 0)
    }

    /// On a phone's 40 columns no line is wider than the screen: the pain as numbers, the
    /// push-ups on a line of their own.
    @Test func aNarrowScreenGetsTheCompactTable() throws {
        let (progress, catalog) = try Self.progress()
        let report = ProgressReport(progress, identity: Self.identity)
        let text = report.text(catalog: catalog, width: 40)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 }, "\(text)")
        try Golden.compare(text, with: "course-progress-narrow.txt")
    }
}

/// A course's plan in every format: what was done beside what was prescribed, every adaptation
/// said, a stopped course's later sessions cancelled in the calendar.
struct CourseRenderingTests {
    static let today = CivilDate(year: 2026, month: 12, day: 25)!

    static func flareUp() throws -> (Plan, ExerciseCatalog) {
        var logs = CourseReplayTests.flareUp
        logs[4].done = [SessionLog.Work(exerciseID: "low-incline-push-up", sets: [6, 6, 6])]
        logs[4].note = "left shoulder tight"
        return (try CourseReplayTests.plan(logs, today: today), try Flagship.catalog())
    }

    static let ics = ICalendarRenderer(options: .init(timestamp: 1_798_675_200, personKey: "Sam"))

    @Test func everyFormatMatchesItsGolden() throws {
        let (plan, catalog) = try Self.flareUp()
        try Golden.compare(TextRenderer(options: .init(width: 80, colour: false)).render(plan, catalog: catalog),
                           with: "course-flare-up.txt")
        try Golden.compare(JSONRenderer().render(plan, catalog: catalog), with: "course-flare-up.json")
        try Golden.compare(try Self.ics.render(plan, catalog: catalog), with: "course-flare-up.ics")
    }

    /// The course's handout: each past session shows what was logged (no empty log boxes), the
    /// decisions it led to, and the pain trend is drawn; sessions to come keep their boxes.
    @Test func htmlShowsWhatWasDoneAndThePainTrend() throws {
        let (plan, catalog) = try Self.flareUp()
        let html = HTMLRenderer().render(plan, catalog: catalog)
        try Golden.compare(html, with: "course-flare-up.html")
        let past = plan.sessions.filter { $0.record != nil }
        #expect(past.count >= 5)
        #expect(html.components(separatedBy: "<ul class=\"record\">").count - 1 == past.count)
        // A past session is its record and a line a block, no table (a clinician's trial printed
        // 38 pages, a past session's table filling half of one); a week done flows on in print.
        #expect(html.components(separatedBy: "<ul class=\"blocks\">").count - 1 == past.count)
        #expect(html.components(separatedBy: "<table>").count - 1 == plan.sessions.count - past.count)
        let doneWeeks = plan.weeks.filter { !$0.sessions.isEmpty && $0.sessions.allSatisfy { $0.record != nil } }
        #expect(!doneWeeks.isEmpty && html.components(separatedBy: "<section class=\"week past\"").count - 1 == doneWeeks.count)
        #expect(html.components(separatedBy: "<div class=\"log\">").count - 1 == plan.sessions.count - past.count)
        for decision in past.compactMap(\.record?.decision) {
            #expect(html.contains(decision.replacingOccurrences(of: "'", with: "&#39;")), "\(decision)")
        }
        #expect(html.contains("Pain logged: the highest each week"))
        #expect(html.contains("left shoulder tight"))
    }

    /// A note written on several lines keeps them in the text plan and the handout (a clinician's
    /// trial found them run together); text and HTML special characters stay harmless.
    @Test func aNoteOnSeveralLinesKeepsThem() throws {
        var logs = CourseReplayTests.flareUp
        logs[4].note = "after set 2\nsecond line: <ok> by lunch"
        let plan = try CourseReplayTests.plan(logs, today: Self.today)
        let catalog = try Flagship.catalog()
        let text = TextRenderer(options: .init(width: 80, colour: false)).render(plan, catalog: catalog)
        #expect(text.contains("\n  Note: after set 2\n    second line: <ok> by lunch\n"), "\(text)")
        let html = HTMLRenderer().render(plan, catalog: catalog)
        #expect(html.contains("<li>Note: after set 2<br>second line: &lt;ok&gt; by lunch</li>"))
    }

    /// The charts tell the weeks done from the weeks still to come (a clinician's trial read
    /// projected weeks as logged ones): dashed bars and "(to come)" in the handout, `░` in text,
    /// for exactly the weeks with no session recorded; a plan without a course marks none. A week
    /// partly done (a phone user's trial saw its sessions to come drawn as done) is "(partly to
    /// come)", its sessions to come dashed or `░` after the ones done.
    @Test func theChartsMarkTheWeeksStillToCome() throws {
        let (whole, catalog) = try Self.flareUp()
        // The course as it stood on the Wednesday of its third week: Monday's session done.
        let plan = try CourseReplayTests.plan(Array(CourseReplayTests.flareUp.prefix(7)), today: CourseReplayTests.date(23))
        #expect(whole.weeks.count == plan.weeks.count)
        let toCome = plan.weeks.filter { !$0.sessions.contains { $0.record != nil } }.map(\.number)
        let partly = plan.weeks.filter { week in
            week.sessions.contains { $0.record != nil } && week.sessions.contains { $0.record == nil }
        }.map(\.number)
        #expect(!toCome.isEmpty && toCome.count < plan.weeks.count && partly == [3])
        let html = HTMLRenderer().render(plan, catalog: catalog)
        for week in plan.weeks {
            let marked = html.contains("<th scope=\"row\">\(week.number) (to come)</th>")
                || html.contains("<th scope=\"row\">\(week.number) (deload, to come)</th>")
            #expect(marked == toCome.contains(week.number), "week \(week.number)")
            #expect(html.contains("<th scope=\"row\">\(week.number) (partly to come)</th>") == partly.contains(week.number))
        }
        #expect(html.contains("class=\"to-come\""))
        let text = TextRenderer(options: .init(width: 80, colour: false)).render(plan, catalog: catalog)
        let rows = text.components(separatedBy: "\n").drop { $0 != "PROGRESS" }.prefix { $0 != "" }
            .filter { $0.hasPrefix("  ") && $0.contains(" s  ") }  // the stabilizers' rows
        #expect(rows.count == plan.weeks.count, "\(rows)")
        for (row, week) in zip(rows, plan.weeks) where row.contains("█") || row.contains("░") {
            #expect(row.contains("░") == (toCome.contains(week.number) || partly.contains(week.number)), "\(row)")
            #expect(row.contains("█") == !toCome.contains(week.number), "\(row)")
            if partly.contains(week.number) { #expect(row.contains("█░"), "done first, then to come: \(row)") }
        }
        #expect(text.contains("  ░ sessions still to come: what the plan prescribes, not what was done\n"))
        let written = try Planner().plan(try Flagship.configured(try Flagship.programme()), for: CourseReplayTests.course([]).athlete)
        let plain = TextRenderer(options: .init(width: 80, colour: false)).render(written, catalog: catalog)
        #expect(!plain.contains("░") && !HTMLRenderer().render(written, catalog: catalog).contains("class=\"to-come\""))
    }

    @Test func everyFormatSaysEachAdaptation() throws {
        let (plan, catalog) = try Self.flareUp()
        let text = TextRenderer(options: .init(width: 400, colour: false)).render(plan, catalog: catalog)
        let json = JSONRenderer().render(plan, catalog: catalog)
        let ics = try Self.ics.render(plan, catalog: catalog).replacingOccurrences(of: "\r\n ", with: "")
        // Past sessions are one line a block in the text: their reasons are the records' decisions.
        let changes = plan.sessions.flatMap(\.blocks).flatMap(\.prescriptions).compactMap(\.change)
            .filter { $0.contains("/10") }
        let upcoming = plan.sessions.filter { $0.record == nil }.flatMap(\.blocks).flatMap(\.prescriptions)
            .compactMap(\.change).filter { $0.contains("/10") }
        let decisions = plan.sessions.compactMap(\.record?.decision)
        #expect(changes.count >= 2 && decisions.count >= 2)
        for said in upcoming + decisions { #expect(text.contains(said), "text: \(said)") }
        for said in changes + decisions {
            #expect(json.contains(said), "JSON: \(said)")
            #expect(ics.contains(said.replacingOccurrences(of: ",", with: "\\,")), "ics: \(said)")
        }
        #expect(text.contains("Done differently: Low incline push-up 6, 6, 6"))
        #expect(ics.contains("Note: left shoulder tight"))
    }

    /// A course that grew (weeks with nothing logged do not count) heads each moved week with the
    /// programme week it trains, in every format with a week heading: `WEEK 9` alone headed
    /// programme week 7, whose focus said "week 8 opens with a retest" (a user's trial; it now says "the last week"). JSON has
    /// no heading and keeps the note; a week that did not move is headed as before.
    @Test func aCourseThatGrewHeadsEachMovedWeekWithItsProgrammeWeek() throws {
        let plan = try CourseReplayTests.plan(Array(CourseReplayTests.flareUp.prefix(3)), today: CourseReplayTests.date(28))
        let catalog = try Flagship.catalog()
        #expect(plan.weeks.count == 10)
        let text = TextRenderer(options: .init(width: 80, colour: false)).render(plan, catalog: catalog)
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("WEEK ") }
        #expect(headings == [
            "WEEK 1 · Activate", "WEEK 2 · Activate", "WEEK 3 (programme week 2) · Activate",
            "WEEK 4 (programme week 2) · Activate", "WEEK 5 (programme week 3) · Build",
            "WEEK 6 (programme week 4) · Build", "WEEK 7 (programme week 5) · Build · deload week",
            "WEEK 8 (programme week 6) · Build", "WEEK 9 (programme week 7) · Integrate",
            "WEEK 10 (programme week 8) · Integrate",
        ], "\(headings)")
        #expect(!text.contains("with nothing logged did not count"), "the heading says it; no note repeats it")
        #expect(text.contains("WEEK 2 · Activate\nNote: nothing was logged this week: it does not count, and the course"))
        try Golden.compare(text, with: "course-grew.txt")
        let html = HTMLRenderer().render(plan, catalog: catalog)
        #expect(html.contains("<h3>Week 9 (programme week 7) · Integrate</h3>"))
        #expect(html.contains("<h3>Week 2 · Activate</h3>"))
        #expect(!html.contains("with nothing logged did not count"))
        let ics = try Self.ics.render(plan, catalog: catalog).replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.contains("DESCRIPTION:Week 9 (programme week 7) · Integrate\\nFocus: "), "\(ics)")
        let json = JSONRenderer().render(plan, catalog: catalog)
        #expect(json.contains("\"programme week 7: 2 weeks with nothing logged did not count\""))
    }

    @Test func aStoppedCourseCancelsItsLaterSessionsInTheCalendar() throws {
        var logs = Array(CourseReplayTests.flareUp.prefix(2))
        logs[1].symptoms = ["numbness"]
        let plan = try CourseReplayTests.plan(logs, today: CourseReplayTests.date(10))
        let catalog = try Flagship.catalog()
        let ics = try Self.ics.render(plan, catalog: catalog)
        #expect(ics.components(separatedBy: "STATUS:CANCELLED").count - 1 == plan.cancelled.count)
        #expect(ics.components(separatedBy: "STATUS:CONFIRMED").count - 1 == 2)
        try Golden.compare(ics, with: "course-stopped.ics")
        let text = TextRenderer(options: .init(width: 80, colour: false)).render(plan, catalog: catalog)
        #expect(text.contains("STOPPED: red flag reported on Wed 9 Dec (numbness): stop and see a clinician."))
    }
}
