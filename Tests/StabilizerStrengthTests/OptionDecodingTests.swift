import PlanKit
import StabilizerStrength
import Testing
import YAMLKit

/// Decoding a block's options: defaults, every key, and the one-number form.
@Suite struct OptionDecodingTests {
    @Test func anEmptyBlockTakesEveryDefault() throws {
        let options = try Support.decodeBlock("- plugin: stabilizer-strength\n")
        #expect(options.exerciseIDs == ["scapular-push-up", "prone-y-t-w", "plank", "chin-tuck"])
        #expect(options.sets == StartTarget(start: 2, target: 3))
        #expect(options.reps == StartTarget(start: 10, target: 15))
        #expect(options.holdSeconds == StartTarget(start: 10, target: 30))
        #expect(options.restSeconds == 45)
        #expect(options.repsStep == 2)
        #expect(options.holdStep == 5)
        #expect(options == StabilizerOptions())
    }

    @Test func everyOptionIsRead() throws {
        let options = try Support.decodeBlock("""
            - plugin: stabilizer-strength
              exercises: [wall-scapular-push-up, incline-plank, chin-tuck]
              sets: {start: 1, target: 4}
              reps: {start: 8, target: 20}
              hold-seconds: {start: 15, target: 60}
              rest-seconds: 60
              reps-step: 3
              hold-step: 10
            """)
        #expect(options.exerciseIDs == ["wall-scapular-push-up", "incline-plank", "chin-tuck"])
        #expect(options.sets == StartTarget(start: 1, target: 4))
        #expect(options.reps == StartTarget(start: 8, target: 20))
        #expect(options.holdSeconds == StartTarget(start: 15, target: 60))
        #expect(options.restSeconds == 60)
        #expect(options.repsStep == 3)
        #expect(options.holdStep == 10)
    }

    @Test("a range written as the push-up block writes it, A-B, is a start and a target", arguments: [
        ("reps: 8-12", 8, 12), ("reps: 8 - 12", 8, 12), ("reps: 8–12", 8, 12), ("reps: 10-10", 10, 10),
    ])
    func aRangeIsAStartAndATarget(line: String, start: Int, target: Int) throws {
        let options = try Support.decodeBlock("- plugin: stabilizer-strength\n  \(line)\n")
        #expect(options.reps == StartTarget(start: start, target: target))
    }

    @Test func oneNumberMeansStartEqualsTarget() throws {
        let options = try Support.decodeBlock("""
            - plugin: stabilizer-strength
              sets: 3
              reps: 12
              hold-seconds: 20
            """)
        #expect(options.sets == StartTarget(start: 3, target: 3))
        #expect(options.reps == StartTarget(start: 12, target: 12))
        #expect(options.holdSeconds == StartTarget(fixed: 20))
    }

    @Test func blockStyleMappingsAndTheRangeEdgesAreAccepted() throws {
        let options = try Support.decodeBlock("""
            - plugin: stabilizer-strength
              sets:
                start: 1
                target: 6
              reps: {start: 1, target: 50}
              hold-seconds: {start: 5, target: 120}
              rest-seconds: 300
              reps-step: 10
              hold-step: 30
            """)
        #expect(options.sets == StartTarget(start: 1, target: 6))
        #expect(options.reps == StartTarget(start: 1, target: 50))
        #expect(options.holdSeconds == StartTarget(start: 5, target: 120))
        #expect(options.restSeconds == 300)
    }

    @Test func theFlagshipBlocksDecode() throws {
        let blocks = try Support.flagshipOptions()
        #expect(blocks.count == 2)
        let catalog = try Support.catalog()
        for options in blocks {
            _ = try StabilizerStrength(options: options, catalog: catalog)
        }
    }

    @Test func descriptorListsEveryOptionKeyTheDecoderAccepts() throws {
        let keys = StabilizerStrength.descriptor.options.map(\.key)
        #expect(keys == ["exercises", "sets", "reps", "hold-seconds", "rest-seconds", "reps-step", "hold-step", "progress-to-harder"])
        // Each documented key is accepted (an unknown one would be an error).
        for option in StabilizerStrength.descriptor.options {
            let value = try #require(option.defaultValue)
            _ = try Support.decodeBlock("- plugin: stabilizer-strength\n  \(option.key): \(value)\n")
        }
        #expect(StabilizerStrength.descriptor.baselineKeys.map(\.key) == ["plank-seconds"])
        #expect(StabilizerStrength.descriptor.baselineKeys.first?.range == 0...600)
    }
}
