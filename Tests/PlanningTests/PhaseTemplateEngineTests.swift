import PlanKit
import Testing
import YAMLKit

/// Issue 14: which template each session of a plan gets when phases have their own templates and
/// templates are pinned to days, and the progression carried across a phase boundary.
@Suite struct PhaseTemplateEngineTests {
    /// Activate (3 weeks) has one template with a two-step ladder; Build (3 weeks) uses the
    /// programme's: Full A pinned to Monday, Full B taking the other days.
    static let text = """
        id: carry
        title: Carry
        summary: A test.
        weeks: 6
        schedule: {days: [mon, wed, fri], time: "07:30", min-rest-hours: 48}
        phases:
          - name: Activate
            weeks: 3
            sessions:
              - title: Easy
                blocks:
                  - {plugin: push-up-progression, ladder: [wall-push-up, high-incline-push-up], sets: 3, reps: 5-8, progress-every: session}
          - name: Build
            weeks: 3
        sessions:
          - title: Full A
            days: [mon]
            blocks:
              - {plugin: push-up-progression, sets: 3, reps: 5-8, progress-every: session}
          - title: Full B
            blocks:
              - {plugin: stabilizer-strength, exercises: [chin-tuck]}
        safety: {stop-if: [sharp pain], see-a-clinician: [numbness in the arms]}
        """

    static func plan(weeks: Int? = nil) throws -> Plan {
        let registry = try Flagship.registry()
        let loader = ProgrammeLoader(validator: ProgrammeValidator(catalog: try Flagship.catalog(), pluginIDs: registry.ids))
        let programme = try loader.programme(from: SourceFile(name: "carry.yaml", text: text))
        let configured = try Flagship.configured(programme)
        let start = try #require(CivilDate(year: 2026, month: 12, day: 7))
        return try Planner().plan(configured, for: Athlete(start: start, weeks: weeks))
    }

    static func titles(_ plan: Plan) -> [String] {
        plan.weeks.flatMap(\.sessions).map { "\($0.date.weekday.shortName) \($0.title)" }
    }

    @Test func eachPhasesWeeksUseItsTemplatesAndPinnedDaysTakeTheirTemplate() throws {
        let plan = try Self.plan()
        let titles = Self.titles(plan)
        #expect(titles.prefix(9).allSatisfy { $0.hasSuffix(" Easy") }, "\(titles)")
        #expect(Array(titles.dropFirst(9)) == [
            "mon Full A", "wed Full B", "fri Full B", "mon Full A", "wed Full B", "fri Full B", "mon Full A", "wed Full B",
            "fri Full B",
        ])
        let templates = plan.weeks.flatMap(\.sessions).map { $0.template ?? "-" }
        #expect(Set(templates.prefix(9)) == ["phases[0].sessions[0]"])
        #expect(Array(templates.dropFirst(9).prefix(2)) == ["sessions[0]", "sessions[1]"])
    }

    @Test func aLongerPlanStretchesThePhaseAndItsTemplatesWithIt() throws {
        // 12 weeks: Activate 3 -> 6 weeks, each of them Activate's own template.
        let plan = try Self.plan(weeks: 12)
        let phases = plan.weeks.map { "\($0.phase ?? "-") \(Set($0.sessions.map(\.title)).sorted().joined(separator: "+"))" }
        #expect(Array(phases.prefix(7)) == [
            "Activate Easy", "Activate Easy", "Activate Easy", "Activate Easy", "Activate Easy", "Activate Easy",
            "Build Full A+Full B",
        ])
    }

    @Test func thePushUpStepCarriesAcrossThePhaseBoundaryAndANewExerciseStartsAtItsStart() throws {
        let sessions = try Self.plan().weeks.flatMap(\.sessions)
        func pushUp(_ session: PlannedSession) -> String? {
            session.blocks.flatMap(\.prescriptions).first { $0.exerciseID.contains("push-up") }
                .map { "\($0.exerciseID) \($0.sets)x\($0.dose.amount)" }
        }
        // The last Activate session and the first of Build: the ladder goes on, not back to its start.
        #expect(pushUp(sessions[8]) == "high-incline-push-up 3x12")
        #expect(pushUp(sessions[9]) == "high-incline-push-up 3x14")
        // Chin tucks are new in Build: their first session is the stabilizer block's start dose.
        let chin = sessions[10].blocks.flatMap(\.prescriptions).first
        #expect(chin.map { "\($0.exerciseID) \($0.sets)x\($0.dose.amount)" } == "chin-tuck 2x10")
    }

    /// An exercise first prescribed in a later phase says so, as every change of the plan says
    /// why (every output reads the same `change`); only its first session, and only an exercise
    /// not prescribed before (the push-up ladder goes on, with its own reason).
    @Test func anExerciseFirstPrescribedInALaterPhaseSaysItIsNewThere() throws {
        let sessions = try Self.plan().weeks.flatMap(\.sessions)
        func changes(_ session: PlannedSession) -> [String] {
            session.blocks.flatMap(\.prescriptions).map { "\($0.exerciseID): \($0.change ?? "-")" }
        }
        #expect(changes(sessions[10]) == ["chin-tuck: new in the Build phase"])
        #expect(changes(sessions[11]).allSatisfy { !$0.contains("new in") }, "\(changes(sessions[11]))")
        #expect(!changes(sessions[9]).contains { $0.contains("new in") }, "\(changes(sessions[9]))")
        // The first phase's exercises are the plan's start: none is "new".
        #expect(sessions.prefix(9).map(changes).joined().allSatisfy { !$0.contains("new in") })
    }

    /// Push-ups pinned to Tuesday of Tue, Thu and Sat: the week's one push-up session is the week.
    /// The 20% rise was counted over three sessions of push-ups, so the dose never rose and the
    /// plan said the week was already more than 20% above the last.
    @Test func aBlockPinnedToOneDayCountsOnlyItsOwnSessionsOfTheWeek() throws {
        let text = """
            id: pin
            title: Pinned push-up day
            summary: A test.
            purpose: rehab
            weeks: 6
            schedule: {days: [tue, thu, sat], time: "07:30"}
            sessions:
              - title: Push
                days: [tue]
                blocks:
                  - {plugin: push-up-progression, sets: 2}
              - title: Blades
                blocks:
                  - {plugin: stabilizer-strength, exercises: [chin-tuck]}
            safety: {stop-if: [sharp pain], see-a-clinician: [numbness in the arms]}
            """
        let registry = try Flagship.registry()
        let loader = ProgrammeLoader(validator: ProgrammeValidator(catalog: try Flagship.catalog(), pluginIDs: registry.ids))
        let programme = try loader.programme(from: SourceFile(name: "pin.yaml", text: text))
        let start = try #require(CivilDate(year: 2026, month: 12, day: 8))
        let plan = try Planner().plan(try Flagship.configured(programme), for: Athlete(start: start, baseline: ["push-ups": 4]))
        let pushUps = plan.weeks.flatMap(\.sessions).flatMap(\.blocks).flatMap(\.prescriptions)
            .filter { $0.exerciseID.contains("push-up") }
        #expect(pushUps.map { "\($0.exerciseID) \($0.sets)x\($0.dose.amount)" } == [
            "high-incline-push-up 2x10", "high-incline-push-up 2x12", "high-incline-push-up 2x14",
            "high-incline-push-up 2x15", "low-incline-push-up 2x8", "low-incline-push-up 2x9",
        ])
        #expect(pushUps.allSatisfy { $0.change?.contains("20%") != true }, "\(pushUps.map(\.change))")
    }
}
