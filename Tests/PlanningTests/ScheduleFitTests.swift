import PlanKit
import Testing

/// How a plan fits its programme: phases stretched to a longer plan, and what a shorter plan or a
/// week with too few sessions is told.
@Suite struct ScheduleFitTests {
    static func programme(phases: [(String, Int)], weeks: Int, minSessions: Int = 2) throws -> Programme {
        var programme = try Flagship.programme()
        programme.weeks = weeks
        programme.schedule.minSessionsPerWeek = minSessions
        programme.phases = phases.map { Phase(name: $0.0, weeks: $0.1) }
        return programme
    }

    static func rehab() throws -> Programme {
        try programme(phases: [("Activate", 2), ("Build", 4), ("Integrate", 2)], weeks: 8)
    }

    @Test("a plan as long as the programme keeps the phases as written, with nothing to say")
    func asWritten() throws {
        let fit = ScheduleFit(programme: try Self.rehab(), weeks: 8, days: [.monday, .wednesday, .friday])
        #expect(fit.phaseEnds == [2, 6, 8])
        #expect(fit.notes.isEmpty)
        #expect((1...8).map { fit.phase(forWeek: $0)?.name ?? "" } == [
            "Activate", "Activate", "Build", "Build", "Build", "Build", "Integrate", "Integrate",
        ])
    }

    @Test("a longer plan stretches every phase in proportion, not only the last", arguments: [
        (16, [4, 12, 16]), (10, [3, 8, 10]), (9, [2, 7, 9]), (24, [6, 18, 24]), (52, [13, 39, 52]),
    ])
    func stretched(weeks: Int, ends: [Int]) throws {
        let fit = ScheduleFit(programme: try Self.rehab(), weeks: weeks, days: [.monday, .wednesday, .friday])
        #expect(fit.phaseEnds == ends)
        #expect(fit.notes.isEmpty)
        #expect(fit.phase(forWeek: weeks)?.name == "Integrate")
    }

    @Test("deload weeks named one by one stretch with the phases; a rhythm stays in weeks")
    func deloadWeeksStretch() throws {
        var programme = try Self.rehab()
        programme.deload = DeloadPolicy(weeks: [4, 8], volume: .full)
        let asWritten = ScheduleFit(programme: programme, weeks: 8, days: [.monday, .wednesday, .friday])
        #expect((1...8).filter(asWritten.isDeload(week:)) == [4, 8])
        let longer = ScheduleFit(programme: programme, weeks: 20, days: [.monday, .wednesday, .friday])
        #expect((1...20).filter(longer.isDeload(week:)) == [10, 20])
        programme.deload = DeloadPolicy(every: 4, volume: .full)
        let rhythm = ScheduleFit(programme: programme, weeks: 20, days: [.monday, .wednesday, .friday])
        #expect((1...20).filter(rhythm.isDeload(week:)) == [4, 8, 12, 16, 20])
    }

    @Test("stretched phases each keep at least a week, whatever their lengths")
    func everyPhaseKeepsAWeek() throws {
        let programme = try Self.programme(phases: [("A", 1), ("B", 1), ("C", 10)], weeks: 12)
        for weeks in 13...60 {
            let ends = ScheduleFit(programme: programme, weeks: weeks, days: [.monday]).phaseEnds
            #expect(ends.last == weeks)
            #expect(zip([0] + ends, ends).allSatisfy { $0 < $1 }, "\(weeks): \(ends)")
        }
    }

    @Test("a shorter plan keeps the phases as written and names those it does not reach")
    func shorter() throws {
        let fit = ScheduleFit(programme: try Self.rehab(), weeks: 2, days: [.monday, .wednesday, .friday])
        #expect(fit.phaseEnds == [2, 6, 8])
        #expect(fit.notes == [
            "this plan is 2 weeks, shorter than the programme's 8: it ends in the Activate phase, and Build and "
                + "Integrate are not reached; plan at least 8 weeks for the whole programme",
        ])
        let six = ScheduleFit(programme: try Self.rehab(), weeks: 6, days: [.monday, .wednesday, .friday])
        #expect(six.notes.first?.contains("it ends in the Build phase, and Integrate is not reached") == true)
        let seven = ScheduleFit(programme: try Self.rehab(), weeks: 7, days: [.monday, .wednesday, .friday])
        #expect(seven.notes == [
            "this plan is 7 weeks, shorter than the programme's 8: it ends before the programme's last weeks; "
                + "plan at least 8 weeks for the whole programme",
        ])
    }

    @Test("fewer training days than the programme needs is said, with the days")
    func tooFewDays() throws {
        let fit = ScheduleFit(programme: try Self.rehab(), weeks: 8, days: [.monday])
        #expect(fit.notes.count == 1)
        #expect(fit.notes.first?.hasPrefix("1 session a week (Mon) is fewer than the 2 this programme needs") == true)
        #expect(ScheduleFit(programme: try Self.rehab(), weeks: 8, days: [.monday, .thursday]).notes.isEmpty)
        let three = try Self.programme(phases: [], weeks: 8, minSessions: 3)
        #expect(ScheduleFit(programme: three, weeks: 8, days: [.monday, .thursday]).notes.first?
            .hasPrefix("2 sessions a week (Mon Thu) is fewer than the 3") == true)
    }

    @Test("the planner stretches the phases and puts the notes on the first session")
    func planned() throws {
        let configured = try Flagship.configured(Flagship.programme())
        let start = try #require(CivilDate(year: 2026, month: 12, day: 7))
        let athlete = Athlete(start: start, days: [.monday], weeks: 16, baseline: ["push-ups": 6])
        let plan = try Planner().plan(configured, for: athlete)
        let phases: [String] = plan.weeks.map { $0.phase ?? "" }
        let expected: [String] = Array(repeating: "Activate", count: 4) + Array(repeating: "Build", count: 8)
            + Array(repeating: "Integrate", count: 4)
        #expect(phases == expected)
        #expect(plan.sessions.first?.notes.first?.hasPrefix("1 session a week (Mon)") == true)
        #expect(plan.sessions.dropFirst().allSatisfy { !$0.notes.contains { $0.hasPrefix("1 session a week") } })
    }
}
