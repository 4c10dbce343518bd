import Foundation
import PlanKit
import PushUpProgression
import Testing
import YAMLKit
import ProtractTestSupport

@Suite struct DescriptorTests {
    @Test func theDescriptorNamesThePluginItsOptionsAndBaseline() {
        let descriptor = PushUpProgression.descriptor
        #expect(descriptor.id == "push-up-progression")
        // `progress-every` (default `session`) stands after `reps`, the range it climbs.
        #expect(descriptor.options.map(\.key) == [
            "ladder", "reps", "progress-every", "step-doses", "sets", "rest-seconds", "tempo", "retest-every",
            "retest-last-week",
        ])
        #expect(descriptor.options.map(\.defaultValue) == [
            "[wall-push-up, high-incline-push-up, low-incline-push-up, knee-push-up, push-up, push-up-plus]",
            "5-8", "session",
            "{wall-push-up: {reps: 12-18, add: 2, every: session}, high-incline-push-up: {reps: 10-15, add: 2, "
                + "every: session}, low-incline-push-up: {reps: 8-12, add: 1, every: session}}",
            "3", "90", nil, nil, "false",
        ])
        #expect(descriptor.baselineKeys.map(\.key) == ["push-ups", "knee-push-ups"])
        #expect(descriptor.baselineKeys.first?.range == 0...200)
    }

    @Test func theExampleDecodesAndRuns() throws {
        let example = PushUpProgression.descriptor.example
        #expect(example.hasPrefix("- plugin: push-up-progression\n"))
        let root = try #require(try YAMLParser().parse(example))
        let item = try #require(root.sequence?.first)
        #expect(item.mapping?["plugin"]?.scalar?.value == "push-up-progression")
        let options = try NodeDecoder().decode(PushUpProgression.Options.self, from: item.removingKey("plugin"))
        let plugin = try PushUpProgression(options: options, catalog: Support.catalog)
        // The example is the flagship's block, so it progresses once a week.
        let run = plugin.run(baseline: 6, shape: PlanShape(weeks: 2, perWeek: 3))
        #expect(run.summaries == [
            "knee-push-up 3 x 5", "knee-push-up 3 x 5", "knee-push-up 3 x 5",
            "knee-push-up 3 x 6", "knee-push-up 3 x 6", "knee-push-up 3 x 6",
        ])
    }

    @Test func theExampleMatchesTheFlagshipBlock() throws {
        let example = try Support.options(PushUpProgression.descriptor.example)
        let flagship = try Support.options(Support.flagshipBlock)
        #expect(example.ladder == flagship.ladder)
        #expect(example.reps == flagship.reps)
        #expect(example.progressEvery == flagship.progressEvery)
        #expect(example.progressEvery == .week)
        #expect(example.sets == flagship.sets)
        #expect(example.restSeconds == flagship.restSeconds)
        #expect(example.tempo == flagship.tempo)
    }

    @Test func theFlagshipProgrammeFileStillHoldsThisBlock() throws {
        // The flagship's push-up block must keep decoding with this plugin's keys.
        let url = Repository.root.appendingPathComponent("Programs/upper-back-rehab.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("plugin: push-up-progression"))
        let root = try #require(try YAMLParser().parse(text))
        let sessions = try #require(root.mapping?["sessions"]?.sequence)
        var found = 0
        for session in sessions {
            for block in session.mapping?["blocks"]?.sequence ?? []
            where block.mapping?["plugin"]?.scalar?.value == "push-up-progression" {
                let options = try NodeDecoder().decode(PushUpProgression.Options.self, from: block.removingKey("plugin"))
                _ = try PushUpProgression(options: options, catalog: Support.catalog)
                // The test's copy of the block is the one in the file.
                let copy = try Support.options(Support.flagshipBlock)
                #expect(options.ladder == copy.ladder)
                #expect(options.reps == copy.reps)
                #expect(options.progressEvery == copy.progressEvery)
                #expect(options.sets == copy.sets)
                #expect(options.restSeconds == copy.restSeconds)
                #expect(options.tempo == copy.tempo)
                #expect(options.retestEvery == copy.retestEvery)
                found += 1
            }
        }
        #expect(found == 2)
    }
}
