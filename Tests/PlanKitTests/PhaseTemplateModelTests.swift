import PlanKit
import Testing
import YAMLKit

/// Issue 14: a phase's own `sessions` and a template's `days`, as decoded and checked.
@Suite struct PhaseTemplateModelTests {
    /// `Fixture.base` with Activate's own template, pinned to Monday.
    static func phased(_ days: String = "[mon]") throws -> String {
        try Fixture.programme((
            "  - {name: Activate, weeks: 2}\n",
            """
              - name: Activate
                weeks: 2
                sessions:
                  - title: Easy
                    days: \(days)
                    blocks:
                      - {plugin: mobility-warmup, minutes: 6}
                  - title: Easy too
                    blocks:
                      - {plugin: push-up-progression, sets: 2}

            """))
    }

    @Test func aPhaseHoldsItsOwnTemplatesAndTheirPinnedDays() throws {
        let programme = try Fixture.load(try Self.phased())
        #expect(programme.phases[0].sessions.map(\.title) == ["Easy", "Easy too"])
        #expect(programme.phases[0].sessions[0].days == [.monday])
        #expect(programme.phases[0].sessions[1].days.isEmpty)
        #expect(programme.phases[1].sessions.isEmpty)
        #expect(programme.allTemplates.map(\.place.pathString) == ["sessions[0]", "phases[0].sessions[0]", "phases[0].sessions[1]"])
        #expect(programme.templateIndices(forPhase: 0) == 1..<3)
        #expect(programme.templateIndices(forPhase: 1) == 0..<1, "a phase without templates uses the programme's")
        #expect(programme.templateIndices(forPhase: nil) == 0..<1)
    }

    @Test func aPinnedDayMustBeATrainingDay() throws {
        let found = try Fixture.diagnostics(try Self.phased("[tue]")).map(summary)
        #expect(found == [
            "14:16 phases[0].sessions[0].days[0]: session template 'Easy' is pinned to Tue, which is not a training day "
                + "(schedule.days: mon, wed, fri)",
        ])
    }

    @Test func aDayWrittenTwiceAndAnEmptyListAreRefused() throws {
        #expect(try Fixture.diagnostics(try Self.phased("[mon, mon]")).map(\.message) == ["'days' names a day more than once"])
        #expect(try Fixture.diagnostics(try Self.phased("[]")).map(\.message) == ["'days' must name at least one weekday"])
    }

    @Test func twoTemplatesOnOneDayAreNamedTogetherWithANoteAtTheFirst() throws {
        let text = try Self.phased().replacingFirst("  - title: Easy too\n", with: "  - title: Easy too\n        days: [mon]\n")
        let found = try Fixture.diagnostics(text)
        #expect(found.map(summary) == [
            "18:16 phases[0].sessions[1].days[0]: session templates 'Easy' (phases[0].sessions[0]) and 'Easy too' "
                + "(phases[0].sessions[1]) are both pinned to Mon",
        ])
        #expect(found.first?.notes.first?.range?.start.line == 14)
        #expect(found.first?.help != nil)
    }

    @Test func aPhaseWithAnEmptySessionsListIsRefused() throws {
        let text = try Fixture.programme(("  - {name: Build, weeks: 4}", "  - {name: Build, weeks: 4, sessions: []}"))
        let found = try Fixture.diagnostics(text)
        #expect(found.map(\.message) == ["a phase's 'sessions' must hold at least one session template"])
        #expect(found.first?.path == "phases[1].sessions")
    }
}

/// The weeks a block is planned in, for its plugin's calendar warnings.
@Suite struct BlockWeeksTests {
    @Test func aPhasesTemplateHasItsPhasesWeeksAndTheProgrammesTheRest() throws {
        var programme = try Fixture.load(try PhaseTemplateModelTests.phased())
        programme.weeks = 10
        var own = Phase(name: "B", weeks: 4)
        own.sessions = [SessionTemplate(title: "B's own", blocks: [])]
        programme.phases = [Phase(name: "A", weeks: 3), own, Phase(name: "C", weeks: 3)]
        programme.deload = DeloadPolicy(every: 4, weeks: [9], volume: Percentage(60) ?? .full)
        #expect(BlockWeeks(programme, phase: 1).weeks == [4, 5, 6, 7])
        #expect(BlockWeeks(programme, phase: nil).weeks == [1, 2, 3, 8, 9, 10])
        #expect(BlockWeeks(programme, phase: nil).deloadWeeks == [4, 8, 9])
        programme.phases = []
        #expect(BlockWeeks(programme, phase: nil).weeks == Array(1...10))
        #expect(BlockWeeks(programme, phase: nil).deloadFix(freeing: 8) == "write 'deload: {weeks: [4, 9], volume: 60%}'")
        #expect(BlockWeeks(programme, phase: nil).deloadFix(freeing: 9) == "remove 9 from 'deload.weeks'")
    }
}
