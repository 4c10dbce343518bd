import PlanKit
import PushUpProgression
import Testing
import YAMLKit

/// A retest that the programme's deloads spoil is a warning at the retest option (a
/// physiotherapist's trial: 12 weeks, `deload: {every: 3}` and `retest-last-week: true` put the
/// max test in the week-12 deload, silently).
@Suite struct RetestDeloadWarningTests {
    static func weeks(_ count: Int = 12, planned: ClosedRange<Int>? = nil, every: Int? = 3, deloadWeeks: [Int] = [])
        -> BlockWeeks
    {
        let deload = every == nil && deloadWeeks.isEmpty
            ? nil : DeloadPolicy(every: every, weeks: deloadWeeks, volume: Percentage(50) ?? .full)
        return BlockWeeks(programmeWeeks: count, weeks: Array(planned ?? 1...count), deload: deload)
    }

    static func warnings(_ option: String, _ weeks: BlockWeeks) throws -> [Diagnostic] {
        try Support.plugin(Support.block(option)).warnings(in: weeks)
    }

    @Test func theLastWeeksRetestInADeloadWeek() throws {
        let found = try Self.warnings("retest-last-week: true", Self.weeks())
        try #require(found.count == 1)
        #expect(found[0].severity == .warning)
        #expect(found[0].message == "the last week's retest (week 12) falls in a deload week: the programme ends on a "
            + "max-effort test in a week of cut sets")
        #expect(found[0].range?.start == YAMLKit.SourceLocation(line: 2, column: 21))
        #expect(found[0].path == "sessions[0].blocks[2].retest-last-week")
        #expect(found[0].help == "move the deload off week 12 (write 'deload: {weeks: [3, 6, 9], volume: 50%}') so "
            + "that the test comes on a regular week, or leave out 'retest-last-week' and test earlier with 'retest-every'")
        // A deload week named in a list is taken out of the list.
        #expect(try Self.warnings("retest-last-week: true", Self.weeks(8, every: nil, deloadWeeks: [4, 8]))
            .map(\.help) == ["move the deload off week 8 (remove 8 from 'deload.weeks') so that the test comes on a "
                + "regular week, or leave out 'retest-last-week' and test earlier with 'retest-every'"])
    }

    @Test func aRetestOnARegularWeekOrOutsideTheBlocksWeeksIsNotWarnedOf() throws {
        #expect(try Self.warnings("retest-last-week: true", Self.weeks(every: nil, deloadWeeks: [3, 6, 9])).isEmpty)
        #expect(try Self.warnings("retest-last-week: true", Self.weeks(every: 5)).isEmpty)
        #expect(try Self.warnings("retest-last-week: true", Self.weeks(every: nil)).isEmpty)
        // A phase's block that the last week does not reach.
        #expect(try Self.warnings("retest-last-week: true", Self.weeks(planned: 1...9)).isEmpty)
        #expect(try Self.warnings("retest-last-week: false", Self.weeks()).isEmpty)
        // retest-every weeks that are deload weeks pass their retest on to the next regular week.
        #expect(try Self.warnings("retest-every: 3", Self.weeks(13)).isEmpty)
        #expect(try Self.warnings("retest-every: 2", Self.weeks(8, every: nil, deloadWeeks: [4])).isEmpty)
    }

    @Test func aRetestEveryWeekWithNoRegularWeekAfterItIsLost() throws {
        let found = try Self.warnings("retest-every: 3", Self.weeks())
        #expect(found.map(\.message) == ["the week-12 retest is lost: week 12 is a deload week, and a retest in a "
            + "deload week goes to the next regular week, which this block does not have"])
        #expect(found.map(\.path) == ["sessions[0].blocks[2].retest-every"])
        #expect(found.first?.help == "move the deload off week 12 (write 'deload: {weeks: [3, 6, 9], volume: 50%}'), "
            + "or add 'retest-last-week: true' to test in the last week anyway")
        // At the end of a phase: the next phase's block owes only its own retest weeks.
        #expect(try Self.warnings("retest-every: 3", Self.weeks(planned: 1...6)).map(\.message)
            == ["the week-6 retest is lost: week 6 is a deload week, and a retest in a deload week goes to the next "
                + "regular week, which this block does not have"])
        // With retest-last-week, the last week's test covers it: only that test is warned of.
        #expect(try Self.warnings("retest-every: 3\n  retest-last-week: true", Self.weeks()).map(\.path)
            == ["sessions[0].blocks[2].retest-last-week"])
    }
}
