import PlanKit
import Testing
import YAMLKit

/// One run reports every independent problem, in source order; an empty file says so.
@Suite struct ManyErrorsTests {
    @Test func independentErrorsAreAllReportedInSourceOrder() throws {
        let text = """
            id: Bad Id
            title: Test
            summary: A test programme.
            week: 8
            schedule:
              days: [mon, tues, fri]
              time: "25:00"
              min-rest-hours: 48
            deload: {every: 1, volume: 160%}
            sessions:
              - title: One
                blocks:
                  - {plugin: mobility-warmup, minutes: 6}
                  - {plugin: stabiliser-strength, sets: 2}
            exercises:
              - id: x
                name: X
                category: stabilizer
                kind: stretch
                muscles: []
                summary: s
                cues: [c]
                short-cue: c
            safety:
              stop-if: [sharp pain]
              see-a-clinician: []

            """
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == [
            "1:5 id: programme id 'Bad Id' is not kebab-case",
            "4:1 week: unknown key 'week' at the top level",
            "6:15 schedule.days[1]: 'tues' is not a day of the week",
            "7:9 schedule.time: '25:00' is not a time of day",
            "9:17 deload.every: 'every' must be from 2 to 520, found 1",
            "9:28 deload.volume: '160%' is not a percentage from 1% to 100%",
            "14:18 sessions[0].blocks[1].plugin: no plugin has the id 'stabiliser-strength'",
            "19:11 exercises[0].kind: expected one of 'reps', 'hold' for 'kind', found \"stretch\"",
            "20:14 exercises[0].muscles: 'muscles' must list at least one item",
            "26:20 safety.see-a-clinician: 'see-a-clinician' must list at least one item",
        ])
        let lines = diagnostics.compactMap(\.range?.start)
        #expect(lines == lines.sorted())
    }

    @Test func theRenderedReportHasOneHeaderPerError() throws {
        let text = try Fixture.programme(("weeks: 8", "weeks: 0"), ("\"07:30\"", "\"25:00\""), ("volume: 60%", "volume: 0%"))
        let rendered = try Fixture.rendered(text)
        let headers = rendered.split(separator: "\n").filter { $0.hasPrefix("plan.yaml:") }
        #expect(headers == [
            "plan.yaml:4:8: error: 'weeks' must be from 1 to 520, found 0",
            "plan.yaml:7:9: error: '25:00' is not a time of day",
            "plan.yaml:13:28: error: '0%' is not a percentage from 1% to 100%",
        ])
    }

    @Test func anEmptyFile() throws {
        let expected = "plan.yaml:1:1: error: the file is empty\n"
            + "    1 | \n"
            + "      | ^\n"
            + "      = help: a programme needs at least id, title, summary, weeks, schedule, sessions and safety\n"
        #expect(try Fixture.rendered("") == expected)
    }

    @Test(arguments: ["# just a comment\n", "\n\n\n"])
    func aFileWithoutADocument(text: String) throws {
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["1:1 : the file is empty"])
    }

    @Test func aFileThatIsAListNotAMapping() throws {
        let diagnostics = try Fixture.diagnostics("- a\n- b\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.range?.start == SourceLocation(line: 1, column: 1))
    }

    @Test func anEmptyCatalog() throws {
        let file = SourceFile(name: "exercises.yaml", text: "")
        #expect(throws: YAMLError.self) { try ProgrammeLoader.catalog(from: file) }
    }

    @Test func aCatalogWithABrokenReference() throws {
        let text = "catalog: mine\nexercises:\n" + Fixture.rowExercise + "\n    easier: [band-roww]\n"
        let file = SourceFile(name: "mine.yaml", text: text)
        do {
            _ = try ProgrammeLoader.catalog(from: file)
            Issue.record("the catalog loaded")
        } catch {
            #expect(error.diagnostics.map(summary) == ["12:14 exercises[0].easier[0]: no exercise has the id 'band-roww'"])
            #expect(error.diagnostics.first?.help?.hasPrefix("did you mean 'band-row'?") == true)
        }
    }
}
