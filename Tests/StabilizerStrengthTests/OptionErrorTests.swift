import PlanKit
import StabilizerStrength
import Testing
import YAMLKit

/// Every bad option gets a located diagnostic: its message, line and column, path and help.
@Suite struct OptionErrorTests {
    let catalog: ExerciseCatalog

    init() throws {
        catalog = try Support.catalog()
    }

    /// The only diagnostic for a block whose second line is `line`.
    func problem(_ line: String) throws -> Diagnostic {
        let diagnostics = try Support.diagnostics("- plugin: stabilizer-strength\n  \(line)\n", catalog: catalog)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        return try #require(diagnostics.first)
    }

    func expect(
        _ diagnostic: Diagnostic, _ message: String, line: Int = 2, column: Int, path: String,
        help: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(diagnostic.severity == .error, sourceLocation: sourceLocation)
        #expect(diagnostic.message == message, sourceLocation: sourceLocation)
        #expect(diagnostic.range?.start == YAMLKit.SourceLocation(line: line, column: column), sourceLocation: sourceLocation)
        #expect(diagnostic.path == path, sourceLocation: sourceLocation)
        if let help { #expect(diagnostic.help == help, sourceLocation: sourceLocation) }
    }

    @Test func unknownExerciseSuggestsTheNearestID() throws {
        let diagnostic = try problem("exercises: [scapular-push-up, plnak]")
        expect(diagnostic, "no exercise has the id 'plnak'", column: 33, path: "sessions[0].blocks[1].exercises[1]")
        #expect(diagnostic.help?.hasPrefix("did you mean 'plank'? ") == true)
    }

    @Test func aPushUpStepIsTheWrongCategory() throws {
        let diagnostic = try problem("exercises: [knee-push-up]")
        expect(
            diagnostic, "'knee-push-up' is a push-up exercise, not a stabilizer", column: 15,
            path: "sessions[0].blocks[1].exercises[0]")
        #expect(diagnostic.help?.contains("push-up steps belong in a push-up-progression block's 'ladder'") == true)
        #expect(diagnostic.help?.contains("scapular-push-up") == true)
    }

    @Test func aMobilityDrillIsTheWrongCategory() throws {
        let diagnostic = try problem("exercises: [cat-cow]")
        expect(
            diagnostic, "'cat-cow' is a mobility exercise, not a stabilizer", column: 15,
            path: "sessions[0].blocks[1].exercises[0]")
        #expect(diagnostic.help?.contains("mobility drills belong in a mobility-warmup block's 'drills'") == true)
    }

    @Test func anEmptyExerciseList() throws {
        expect(
            try problem("exercises: []"), "'exercises' must list at least one stabilizer exercise", column: 14,
            path: "sessions[0].blocks[1].exercises",
            help: "list catalog ids, such as [scapular-push-up, prone-y-t-w, plank, chin-tuck], or remove the key")
    }

    @Test func aRepeatedExercise() throws {
        expect(
            try problem("exercises: [plank, chin-tuck, plank]"), "exercise 'plank' is listed twice in 'exercises'",
            column: 33, path: "sessions[0].blocks[1].exercises[2]", help: "remove the second 'plank'")
    }

    @Test func exercisesMustBeAList() throws {
        expect(
            try problem("exercises: plank"), "expected a list for 'exercises', found \"plank\"", column: 14,
            path: "sessions[0].blocks[1].exercises")
    }

    @Test func targetBelowStart() throws {
        expect(
            try problem("sets: {start: 3, target: 2}"), "'sets' target 2 is below its start 3", column: 28,
            path: "sessions[0].blocks[1].sets.target",
            help: "make the target at least 3, or write one number to keep sets fixed")
        expect(
            try problem("reps: {start: 15, target: 10}"), "'reps' target 10 is below its start 15", column: 29,
            path: "sessions[0].blocks[1].reps.target")
    }

    @Test func oneNumberOutOfRange() throws {
        expect(
            try problem("sets: 7"), "'sets' must be from 1 to 6, found 7", column: 9, path: "sessions[0].blocks[1].sets",
            help: "write a whole number of sets from 1 to 6")
        expect(
            try problem("hold-seconds: 3"), "'hold-seconds' must be from 5 to 120, found 3", column: 17,
            path: "sessions[0].blocks[1].hold-seconds", help: "write a whole number of seconds per hold from 5 to 120")
    }

    @Test func startOrTargetOutOfRange() throws {
        expect(
            try problem("reps: {start: 0, target: 15}"), "'reps' start must be from 1 to 50, found 0", column: 17,
            path: "sessions[0].blocks[1].reps.start", help: "write a whole number of repetitions per set from 1 to 50")
        expect(
            try problem("hold-seconds: {start: 10, target: 200}"), "'hold-seconds' target must be from 5 to 120, found 200",
            column: 37, path: "sessions[0].blocks[1].hold-seconds.target")
    }

    @Test func restAndStepsOutOfRange() throws {
        expect(
            try problem("rest-seconds: 5"), "'rest-seconds' must be from 10 to 300, found 5", column: 17,
            path: "sessions[0].blocks[1].rest-seconds",
            help: "write a whole number of seconds of rest between sets from 10 to 300")
        expect(
            try problem("reps-step: 0"), "'reps-step' must be from 1 to 10, found 0", column: 14,
            path: "sessions[0].blocks[1].reps-step")
        expect(
            try problem("hold-step: 31"), "'hold-step' must be from 1 to 30, found 31", column: 14,
            path: "sessions[0].blocks[1].hold-step")
    }

    @Test func aDoseThatIsNeitherANumberNorAMapping() throws {
        let help = "write one number to keep it fixed, or a start and a target such as {start: 2, target: 3} or 2-3"
        expect(
            try problem("sets: three"), "expected a whole number, {start, target} or A-B for 'sets', found \"three\"",
            column: 9, path: "sessions[0].blocks[1].sets", help: help)
        expect(
            try problem("reps: [10, 15]"), "expected a whole number, {start, target} or A-B for 'reps', found a list",
            column: 9, path: "sessions[0].blocks[1].reps", help: help)
        expect(
            try problem("sets: \"3\""), "expected a whole number, {start, target} or A-B for 'sets', found the quoted string \"3\"",
            column: 9, path: "sessions[0].blocks[1].sets")
    }

    @Test func aMisspeltKeyInsideADose() throws {
        let diagnostics = try Support.diagnostics(
            "- plugin: stabilizer-strength\n  sets: {start: 2, traget: 3}\n", catalog: catalog)
        let unknown = try #require(diagnostics.first { $0.message.hasPrefix("unknown key") })
        expect(unknown, "unknown key 'traget' in 'sets'", column: 20, path: "sessions[0].blocks[1].sets.traget",
               help: "did you mean 'target'?")
        // One slip, one error: the unknown key says what is missing.
        #expect(!diagnostics.contains { $0.message == "missing key 'target' in 'sets'" }, "\(diagnostics)")
    }

    @Test func aMisspeltOptionKey() throws {
        expect(
            try problem("set: 3"), "unknown key 'set' in item 2 of 'blocks'", column: 3,
            path: "sessions[0].blocks[1].set", help: "did you mean 'sets'?")
        expect(
            try problem("hold: 20"), "unknown key 'hold' in item 2 of 'blocks'", column: 3,
            path: "sessions[0].blocks[1].hold", help: "did you mean 'hold-seconds'?")
    }

    @Test func restMustBeAWholeNumber() throws {
        expect(
            try problem("rest-seconds: 45s"), "expected a whole number for 'rest-seconds', found \"45s\"", column: 17,
            path: "sessions[0].blocks[1].rest-seconds")
    }

    @Test func everyProblemInABlockIsReportedInOneRun() throws {
        let diagnostics = try Support.diagnostics("""
            - plugin: stabilizer-strength
              sets: {start: 3, target: 2}
              reps: 99
              rest-seconds: 1
              reps-step: 0
            """, catalog: catalog)
        #expect(diagnostics.map(\.message) == [
            "'sets' target 2 is below its start 3",
            "'reps' must be from 1 to 50, found 99",
            "'rest-seconds' must be from 10 to 300, found 1",
            "'reps-step' must be from 1 to 10, found 0",
        ])
        #expect(diagnostics.map { $0.range?.start.line } == [2, 3, 4, 5])
    }

    @Test func everyBadExerciseIsReportedInOneRun() throws {
        let diagnostics = try Support.diagnostics(
            "- plugin: stabilizer-strength\n  exercises: [plnak, knee-push-up, chin-tuck, open-book]\n", catalog: catalog)
        #expect(diagnostics.map(\.message) == [
            "no exercise has the id 'plnak'",
            "'knee-push-up' is a push-up exercise, not a stabilizer",
            "'open-book' is a mobility exercise, not a stabilizer",
        ])
        #expect(diagnostics.map(\.path) == [
            "sessions[0].blocks[1].exercises[0]", "sessions[0].blocks[1].exercises[1]",
            "sessions[0].blocks[1].exercises[3]",
        ])
    }

    /// `reps: 15-10` means 10-15 written the wrong way round: the help says so, in the push-up
    /// block's words for `reps: 8-5`, rather than to raise the target.
    @Test func aRangeWrittenLargestFirstSaysToWriteTheSmallerFirst() throws {
        expect(
            try problem("reps: 15-10"), "'reps' target 10 is below its start 15", column: 9,
            path: "sessions[0].blocks[1].reps.target",
            help: "write the fewest reps first and the most second, such as 10-15")
        expect(
            try problem("sets: 3-2"), "'sets' target 2 is below its start 3", column: 9,
            path: "sessions[0].blocks[1].sets.target",
            help: "write the fewest sets first and the most second, such as 2-3")
        expect(
            try problem("hold-seconds: 30-15"), "'hold-seconds' target 15 is below its start 30", column: 17,
            path: "sessions[0].blocks[1].hold-seconds.target",
            help: "write the shortest hold first and the longest second, such as 15-30")
        expect(
            try problem("exercises: [scapular-push-up, {id: prone-y-t-w, reps: 12-8}]"),
            "'reps' target 8 is below its start 12", column: 57,
            path: "sessions[0].blocks[1].exercises[1].reps.target",
            help: "write the fewest reps first and the most second, such as 8-12")
    }

    @Test func aRangeIsCheckedLikeStartAndTarget() throws {
        #expect(try problem("reps: 12-8").message == "'reps' target 8 is below its start 12")
        #expect(try problem("reps: 8-60").message == "'reps' target must be from 1 to 50, found 60")
        #expect(try problem("reps: 8-x").message == "expected a whole number, {start, target} or A-B for 'reps', found \"8-x\"")
    }
}
