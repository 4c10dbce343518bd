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
    }

    @Test func textAndJSONMatchTheirGoldens() throws {
        let (progress, catalog) = try Self.progress()
        let report = ProgressReport(progress, heading: "upper-back-rehab · Push-ups without upper-back pain")
        try Golden.compare(report.text(catalog: catalog), with: "course-progress.txt")
        try Golden.compare(report.json(), with: "course-progress.json")
    }
}
