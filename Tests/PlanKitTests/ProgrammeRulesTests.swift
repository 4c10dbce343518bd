import PlanKit
import Testing
import YAMLKit

/// Weeks, phases and deloads: the rules checked against the programme's length.
@Suite struct ProgrammeRulesTests {
    @Test(arguments: [("weeks: 0", "0"), ("weeks: 521", "521"), ("weeks: -3", "-3")])
    func weeksOutOfRange(line: String, found: String) throws {
        let text = try Fixture.programme(("weeks: 8", line))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["4:8 weeks: 'weeks' must be from 1 to 520, found \(found)"])
    }

    @Test func weeksOutOfRangeRendersWithCaretAndHelp() throws {
        let text = try Fixture.programme(("weeks: 8", "weeks: 999"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:4:8: error: 'weeks' must be from 1 to 520, found 999
                4 | weeks: 999
                  |        ^~~
                  = in: weeks
                  = help: most rehab programmes run 6 to 12 weeks

            """)
    }

    @Test func weeksThatAreNotANumberGiveOneErrorNotTwo() throws {
        let text = try Fixture.programme(("weeks: 8", "weeks: eight"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.range?.start == SourceLocation(line: 4, column: 8))
        #expect(diagnostics.first?.path == "weeks")
    }

    @Test func weeksThatOverflowGiveOneErrorNotARangeErrorForZero() throws {
        let text = try Fixture.programme(("weeks: 8", "weeks: 99999999999999999999"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.allSatisfy { !$0.message.contains("found 0") })
    }

    @Test func phasesThatDoNotAddUp() throws {
        let text = try Fixture.programme(("{name: Build, weeks: 4}", "{name: Build, weeks: 3}"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:9:1: error: the phases add up to 7 weeks (Activate 2 + Build 3 + Integrate 2), but the programme has 8
                9 | phases:
                  | ^~~~~~
                  = in: phases
                  = help: make the phases' weeks add up to 8, or change 'weeks' to 7

            """)
    }

    @Test func aPhaseThatFailsToDecodeDoesNotAlsoBreakTheSum() throws {
        let text = try Fixture.programme(("{name: Build, weeks: 4}", "{name: Build, weeks: four}"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.path == "phases[1].weeks")
        #expect(diagnostics.first?.range?.start == SourceLocation(line: 11, column: 26))
    }

    @Test func aPhaseOfZeroWeeks() throws {
        let text = try Fixture.programme(
            ("{name: Build, weeks: 4}", "{name: Build, weeks: 0}"), ("{name: Integrate, weeks: 2}", "{name: Integrate, weeks: 6}"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["11:26 phases[1].weeks: 'weeks' must be from 1 to 520, found 0"])
    }

    @Test func duplicatePhaseNamesPointAtTheSecondWithANoteAtTheFirst() throws {
        let text = try Fixture.programme(("{name: Integrate, weeks: 2}", "{name: Build, weeks: 2}"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:12:12: error: phases 2 and 3 are both named 'Build'
               12 |   - {name: Build, weeks: 2}
                  |            ^~~~~
                  = in: phases[2].name
                  = help: give each phase its own name
            plan.yaml:11:12: note: phase 2 is named 'Build' here
               11 |   - {name: Build, weeks: 4}
                  |            ^~~~~

            """)
    }

    @Test func aDeloadEveryMoreWeeksThanTheProgrammeHas() throws {
        let text = try Fixture.programme(("every: 4", "every: 9"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:13:17: error: a deload every 9 weeks never happens in a programme of 8 weeks
               13 | deload: {every: 9, volume: 60%}
                  |                 ^
                  = in: deload.every
                  = help: lower 'every', or remove 'deload'

            """)
    }

    @Test(arguments: [1, 0, -4])
    func aDeloadEveryFewerThanTwoWeeks(every: Int) throws {
        let text = try Fixture.programme(("every: 4", "every: \(every)"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["13:17 deload.every: 'every' must be from 2 to 520, found \(every)"])
        #expect(diagnostics.first?.help == "every: 4 makes weeks 4, 8, 12 … deload weeks")
    }

    @Test func aDeloadWithNeitherEveryNorWeeks() throws {
        let text = try Fixture.programme(("{every: 4, volume: 60%}", "{volume: 60%}"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:13:9: error: a deload needs 'every' or 'weeks'
               13 | deload: {volume: 60%}
                  |         ^~~~~~~~~~~~~
                  = in: deload
                  = help: write 'every: 4' or 'weeks: [4, 8]'

            """)
    }

    @Test func aDeloadWithAnEmptyWeeksListAndNoEvery() throws {
        let text = try Fixture.programme(("{every: 4, volume: 60%}", "{weeks: [], volume: 60%}"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["13:9 deload: a deload needs 'every' or 'weeks'"])
    }

    @Test func namedDeloadWeeksOutsideTheProgramme() throws {
        let text = try Fixture.programme(("{every: 4, volume: 60%}", "{weeks: [4, 9], volume: 60%}"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["13:21 deload.weeks[1]: deload week 9 is outside the programme's weeks 1 to 8"])
    }

    /// Every week outside the programme and every repeat is reported at once: a week 0 used to
    /// stop the check before week 9 was seen.
    @Test func everyBadDeloadWeekIsReportedAtOnce() throws {
        let text = try Fixture.programme(("{every: 4, volume: 60%}", "{weeks: [0, 9, 3, 3], volume: 60%}"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == [
            "13:18 deload.weeks[0]: deload week 0 is outside the programme's weeks 1 to 8",
            "13:21 deload.weeks[1]: deload week 9 is outside the programme's weeks 1 to 8",
            "13:27 deload.weeks[3]: deload week 3 is listed twice",
        ])
        #expect(diagnostics.allSatisfy { $0.help != nil })
    }

    /// An optional section left empty would read as absent (no deloads at all): an error, as the
    /// schema has it.
    @Test func anEmptyOptionalSectionIsAnError() throws {
        let text = try Fixture.programme(("{every: 4, volume: 60%}", ""))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["13:1 deload: 'deload' is empty"])
    }

    @Test func namedDeloadWeeksAreUsed() throws {
        let programme = try Fixture.load(Fixture.programme(("{every: 4, volume: 60%}", "{weeks: [3, 7], volume: 50%}")))
        #expect((1...8).filter { programme.isDeload(week: $0) } == [3, 7])
        #expect(programme.deload?.volume.percent == 50)
    }

    @Test func kebabCaseProgrammeID() throws {
        let text = try Fixture.programme(("id: test-plan", "id: Test_Plan"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:1:5: error: programme id 'Test_Plan' is not kebab-case
                1 | id: Test_Plan
                  |     ^~~~~~~~~
                  = in: id
                  = help: use lowercase letters, digits and single hyphens, such as 'test-plan'

            """)
    }

    @Test func noSessions() throws {
        let text = try Fixture.programme((
            "sessions:\n  - title: Stability\n    blocks:\n      - {plugin: mobility-warmup, minutes: 6}\n"
                + "      - {plugin: push-up-progression, sets: 3}\n", "sessions: []\n"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["14:11 sessions: 'sessions' must hold at least one session template"])
    }

    @Test func aSessionWithoutBlocks() throws {
        let text = try Fixture.programme((
            "    blocks:\n      - {plugin: mobility-warmup, minutes: 6}\n      - {plugin: push-up-progression, sets: 3}\n",
            "    blocks: []\n"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["16:13 sessions[0].blocks: a session needs at least one block"])
    }

    @Test func emptySafetyLists() throws {
        let text = try Fixture.programme(("stop-if: [sharp pain]", "stop-if: []"), ("[numbness in the arms]", "[]"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:21:12: error: 'stop-if' must list at least one item
               21 |   stop-if: []
                  |            ^~
                  = in: safety.stop-if
                  = help: every programme states when to stop and when to get help
            plan.yaml:22:20: error: 'see-a-clinician' must list at least one item
               22 |   see-a-clinician: []
                  |                    ^~
                  = in: safety.see-a-clinician
                  = help: every programme states when to stop and when to get help

            """)
    }
}
