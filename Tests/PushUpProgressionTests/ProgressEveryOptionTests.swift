import Foundation
import PlanKit
import PushUpProgression
import Testing
import YAMLKit
import ProtractTestSupport

/// The `progress-every` option: reading it, its default, its located errors, and who uses it.
@Suite struct ProgressEveryOptionTests {
    @Test func noKeyMeansEverySession() throws {
        #expect(try Support.options(Support.block()).progressEvery == .session)
        #expect(try Support.options(Support.sessionBlock).progressEvery == .session)
        #expect(PushUpProgression.Options().progressEvery == .session)
    }

    @Test func bothWordsAreRead() throws {
        #expect(try Support.plugin(Support.block("progress-every: week")).options.progressEvery == .week)
        #expect(try Support.plugin(Support.block("progress-every: session")).options.progressEvery == .session)
        #expect(try Support.plugin(Support.flagshipBlock).options.progressEvery == .week)
        #expect(PushUpProgression.ProgressEvery.allCases.map(\.rawValue) == ["session", "week"])
    }

    @Test func optionsMadeInCodeTakeIt() throws {
        let plugin = try PushUpProgression(options: .init(progressEvery: .week), catalog: Support.catalog)
        let run = plugin.run(baseline: 6, shape: PlanShape(weeks: 2, perWeek: 2))
        #expect(run.summaries == ["knee-push-up 3 x 5", "knee-push-up 3 x 5", "knee-push-up 3 x 6", "knee-push-up 3 x 6"])
    }

    @Test func aMisspeltWordIsALocatedErrorWithASuggestion() throws {
        let found = try Support.onlyDiagnostic(Support.block("progress-every: weekly"))
        #expect(found.message == "expected one of 'session', 'week' for 'progress-every', found \"weekly\"")
        #expect(found.range?.start == YAMLKit.SourceLocation(line: 2, column: 19))
        #expect(found.path == "sessions[0].blocks[2].progress-every")
        #expect(found.help == "did you mean 'week'?")
        let sessions = try Support.onlyDiagnostic(Support.block("progress-every: sessions"))
        #expect(sessions.help == "did you mean 'session'?")
    }

    @Test func otherKindsOfValueAreRefused() throws {
        let number = try Support.onlyDiagnostic(Support.block("progress-every: 7"))
        #expect(number.message == "expected one of 'session', 'week' for 'progress-every', found \"7\"")
        #expect(number.path == "sessions[0].blocks[2].progress-every")
        let list = try Support.onlyDiagnostic(Support.block("progress-every: [week]"))
        #expect(list.path == "sessions[0].blocks[2].progress-every")
        #expect(list.range?.start.line == 2)
        let capital = try Support.onlyDiagnostic(Support.block("progress-every: Week"))
        #expect(capital.help == "did you mean 'week'?")
    }

    @Test func aMisspeltKeySuggestsIt() throws {
        let found = try Support.onlyDiagnostic(Support.block("progress_every: week"))
        #expect(found.help == "did you mean 'progress-every'?")
    }

    @Test func itIsReportedWithTheOtherProblemsInSourceOrder() {
        let found = Support.diagnostics(Support.block("sets: 9", "progress-every: month", "rest-seconds: 5"))
        #expect(found.map(\.message) == [
            "'sets' must be from 1 to 6, found 9",
            "expected one of 'session', 'week' for 'progress-every', found \"month\"",
            "'rest-seconds' must be from 15 to 300, found 5",
        ])
        #expect(found.map { $0.range?.start.line } == [2, 3, 4])
    }

    @Test func theDescriptorListsTheOption() throws {
        let option = try #require(PushUpProgression.descriptor.options.first { $0.key == "progress-every" })
        #expect(option.type == "session or week")
        #expect(option.defaultValue == "session")
        #expect(option.summary.hasPrefix("session: +1 rep per set every session"))
        #expect(option.summary.contains("week: +1 rep per set on the week's first session"))
        #expect(PushUpProgression.descriptor.example.contains("\n  progress-every: week\n"))
    }

    @Test func theFlagshipProgressesWeeklyAndMorePushUpsEverySession() throws {
        #expect(try Self.pushUpBlocks(in: "upper-back-rehab").map(\.progressEvery) == [.week, .week])
        let others = try Self.pushUpBlocks(in: "more-push-ups")
        #expect(!others.isEmpty)
        #expect(others.allSatisfy { $0.progressEvery == .session })
        let flagship = try String(
            contentsOf: Repository.root.appendingPathComponent("Programs/upper-back-rehab.yaml"), encoding: .utf8)
        #expect(flagship.contains("Silbernagel"))
        #expect(flagship.contains("progress-every: week"))
    }

    /// The options of every push-up block of a built-in programme.
    static func pushUpBlocks(in programme: String) throws -> [PushUpProgression.Options] {
        let url = Repository.root.appendingPathComponent("Programs/\(programme).yaml")
        let root = try #require(try YAMLParser().parse(try String(contentsOf: url, encoding: .utf8)))
        let sessions = try #require(root.mapping?["sessions"]?.sequence)
        return try sessions.flatMap { session in
            try (session.mapping?["blocks"]?.sequence ?? [])
                .filter { $0.mapping?["plugin"]?.scalar?.value == "push-up-progression" }
                .map { try NodeDecoder().decode(PushUpProgression.Options.self, from: $0.removingKey("plugin")) }
        }
    }
}
