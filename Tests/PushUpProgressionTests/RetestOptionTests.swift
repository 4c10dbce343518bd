import PlanKit
import PushUpProgression
import Testing
import YAMLKit

/// The `retest-every` option: reading it, its range, and its located errors.
@Suite struct RetestOptionTests {
    @Test func noKeyMeansNoRetests() throws {
        #expect(try Support.options(Support.block()).retestEvery == nil)
        #expect(try Support.options(Support.flagshipBlock).retestEvery == nil)
        #expect(PushUpProgression.Options().retestEvery == nil)
    }

    @Test func theKeyIsReadAndBothEdgesAreAllowed() throws {
        #expect(try Support.plugin(Support.block("retest-every: 3")).options.retestEvery == 3)
        #expect(try Support.plugin(Support.block("retest-every: 2")).options.retestEvery == 2)
        #expect(try Support.plugin(Support.block("retest-every: 12")).options.retestEvery == 12)
        #expect(PushUpProgression.Options.retestRange == 2...12)
    }

    @Test func theDescriptorListsTheOptionWithItsRange() throws {
        let option = try #require(PushUpProgression.descriptor.options.first { $0.key == "retest-every" })
        #expect(option.type == "whole number of weeks, 2 to 12")
        #expect(option.defaultValue == nil)
        #expect(option.summary.contains("to technical failure"))
        #expect(option.summary.contains("'log --retest N' re-seats the ladder"))
        // The example stays the flagship's block: its retest is the last week's (`retest-last-week`).
        #expect(!PushUpProgression.descriptor.example.contains("retest-every"))
    }

    @Test(arguments: [1, 13, 0, -2, 52])
    func aValueOutOfRangeIsALocatedError(value: Int) throws {
        let found = try Support.onlyDiagnostic(Support.block("retest-every: \(value)"))
        #expect(found.message == "'retest-every' must be from 2 to 12 weeks, found \(value)")
        #expect(found.range?.start == YAMLKit.SourceLocation(line: 2, column: 17))
        #expect(found.path == "sessions[0].blocks[2].retest-every")
        #expect(found.help?.hasSuffix("or leave 'retest-every' out for no retests") == true)
    }

    @Test func aValueThatIsNotAWholeNumber() throws {
        let found = try Support.onlyDiagnostic(Support.block("retest-every: often"))
        #expect(found.message == "expected a whole number for 'retest-every', found \"often\"")
        #expect(found.range?.start == YAMLKit.SourceLocation(line: 2, column: 17))
        #expect(found.path == "sessions[0].blocks[2].retest-every")
        let list = try Support.onlyDiagnostic(Support.block("retest-every: [2, 4]"))
        #expect(list.path == "sessions[0].blocks[2].retest-every")
    }

    @Test func aMisspeltKeySuggestsIt() throws {
        let found = try Support.onlyDiagnostic(Support.block("retest_every: 2"))
        #expect(found.help == "did you mean 'retest-every'?")
    }

    @Test func itIsReportedWithTheOtherProblemsInSourceOrder() {
        let found = Support.diagnostics(Support.block("sets: 9", "retest-every: 20", "rest-seconds: 5"))
        #expect(found.map(\.message) == [
            "'sets' must be from 1 to 6, found 9",
            "'retest-every' must be from 2 to 12 weeks, found 20",
            "'rest-seconds' must be from 15 to 300, found 5",
        ])
        #expect(found.map { $0.range?.start.line } == [2, 3, 4])
    }

    @Test func optionsMadeInCodeAreChecked() {
        #expect(throws: YAMLError.self) {
            try PushUpProgression(options: .init(retestEvery: 1), catalog: Support.catalog)
        }
        #expect(throws: YAMLError.self) {
            try PushUpProgression(options: .init(retestEvery: 13), catalog: Support.catalog)
        }
        #expect(throws: Never.self) {
            try PushUpProgression(options: .init(retestEvery: 4), catalog: Support.catalog)
        }
    }
}
