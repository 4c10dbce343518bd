import PlanKit
import PushUpProgression
import Testing
import YAMLKit

@Suite struct OptionsDecodingTests {
    @Test func anEmptyBlockTakesEveryDefault() throws {
        let options = try Support.options("- plugin: push-up-progression")
        #expect(options.ladder.map(\.value) == [
            "wall-push-up", "high-incline-push-up", "low-incline-push-up", "knee-push-up", "push-up", "push-up-plus",
        ])
        #expect(options.reps == RepRange(lower: 5, upper: 8))
        #expect(options.progressEvery == .session)
        #expect(options.sets == 3)
        #expect(options.restSeconds == 90)
        #expect(options.tempo == nil)
        let plugin = try PushUpProgression(options: options, catalog: Support.catalog)
        #expect(plugin.ladder == PushUpProgression.Options.standardLadder)
    }

    @Test func theFlagshipBlockDecodes() throws {
        let plugin = try Support.plugin(Support.flagshipBlock)
        #expect(plugin.ladder == PushUpProgression.Options.standardLadder)
        #expect(plugin.options.reps.description == "5-8")
        #expect(plugin.options.progressEvery == .week)
        #expect(plugin.options.sets == 3)
        #expect(plugin.options.restSeconds == 90)
        #expect(plugin.options.tempo?.description == "2-1-2")
    }

    @Test func everyOptionIsRead() throws {
        let plugin = try Support.plugin(Support.block(
            "ladder: [knee-push-up, push-up]", "reps: 6-12", "progress-every: week", "sets: 4", "rest-seconds: 120",
            "tempo: 3-1-1-0"))
        #expect(plugin.ladder == ["knee-push-up", "push-up"])
        #expect(plugin.options.progressEvery == .week)
        #expect(plugin.options.reps.lower == 6)
        #expect(plugin.options.reps.upper == 12)
        #expect(plugin.options.sets == 4)
        #expect(plugin.options.restSeconds == 120)
        #expect(plugin.options.tempo?.phases == [3, 1, 1, 0])
    }

    @Test func theEdgesOfEveryRangeAreAllowed() throws {
        let low = try Support.plugin(Support.block("reps: 1-2", "sets: 1", "rest-seconds: 15"))
        #expect(low.options.reps == RepRange(lower: 1, upper: 2))
        #expect(low.options.sets == 1)
        #expect(low.options.restSeconds == 15)
        let high = try Support.plugin(Support.block("reps: 29-30", "sets: 6", "rest-seconds: 300"))
        #expect(high.options.reps == RepRange(lower: 29, upper: 30))
        #expect(high.options.sets == 6)
        #expect(high.options.restSeconds == 300)
    }

    @Test func repRangesAcceptSpacesAndAnEnDash() throws {
        #expect(try Support.options(Support.block("reps: 5 - 8")).reps == RepRange(lower: 5, upper: 8))
        #expect(try Support.options(Support.block("reps: 6–10")).reps == RepRange(lower: 6, upper: 10))
    }

    @Test func repRangesMadeInCodeAreChecked() {
        #expect(RepRange(lower: 0, upper: 5) == nil)
        #expect(RepRange(lower: 5, upper: 5) == nil)
        #expect(RepRange(lower: 5, upper: 31) == nil)
        #expect(RepRange(lower: 5, upper: 30)?.contains(30) == true)
    }

    @Test func optionsMadeInCodeAreCheckedByThePlugin() {
        #expect(throws: YAMLError.self) {
            try PushUpProgression(options: .init(sets: 7), catalog: Support.catalog)
        }
        #expect(throws: YAMLError.self) {
            try PushUpProgression(options: .init(ladder: ["push-up"]), catalog: Support.catalog)
        }
        #expect(throws: Never.self) {
            try PushUpProgression(options: .init(), catalog: Support.catalog)
        }
    }
}

/// Every bad option, with its exact message, place and path.
@Suite struct BadOptionTests {
    private func expect(
        _ diagnostic: Diagnostic, _ message: String, line: Int, column: Int, path: String,
        help: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(diagnostic.message == message, sourceLocation: sourceLocation)
        #expect(diagnostic.range?.start == YAMLKit.SourceLocation(line: line, column: column), sourceLocation: sourceLocation)
        #expect(diagnostic.path == path, sourceLocation: sourceLocation)
        if let help { #expect(diagnostic.help == help, sourceLocation: sourceLocation) }
    }

    @Test func anUnknownKeySuggestsTheNearest() throws {
        let found = try Support.onlyDiagnostic(Support.block("set: 3"))
        expect(found, "unknown key 'set' in item 3 of 'blocks'", line: 2, column: 3,
               path: "sessions[0].blocks[2].set", help: "did you mean 'sets'?")
    }

    @Test func restSecondsWithAnUnderscoreSuggestsTheKey() throws {
        let found = try Support.onlyDiagnostic(Support.block("rest_seconds: 60"))
        #expect(found.help == "did you mean 'rest-seconds'?")
    }

    @Test func anUnknownExerciseSuggestsTheNearestID() throws {
        let found = try Support.onlyDiagnostic(Support.block("ladder: [wall-push-up, knee-pushup]"))
        expect(found, "no exercise has the id 'knee-pushup'", line: 2, column: 26,
               path: "sessions[0].blocks[2].ladder[1]")
        #expect(found.help?.hasPrefix("did you mean 'knee-push-up'? ") == true)
    }

    @Test func aStabilizerInTheLadderNamesItsCategory() throws {
        let found = try Support.onlyDiagnostic(Support.block("ladder:", "  - knee-push-up", "  - scapular-push-up"))
        expect(found, "'scapular-push-up' is a stabilizer exercise, not a push-up step", line: 4, column: 7,
               path: "sessions[0].blocks[2].ladder[1]",
               help: "the ladder takes exercises of category 'push-up', such as knee-push-up; "
                   + "stabilizer exercises belong in a 'stabilizer-strength' block")
    }

    @Test func aMobilityDrillInTheLadderNamesItsCategory() throws {
        let found = try Support.onlyDiagnostic(Support.block("ladder: [cat-cow, push-up]"))
        expect(found, "'cat-cow' is a mobility exercise, not a push-up step", line: 2, column: 12,
               path: "sessions[0].blocks[2].ladder[0]")
        #expect(found.help?.hasSuffix("mobility exercises belong in a 'mobility-warmup' block") == true)
    }

    @Test func everyBadStepIsReportedInOneRun() {
        let found = Support.diagnostics(Support.block("ladder: [plank, knee-pushup, push-up, wall-slide]"))
        #expect(found.map(\.message) == [
            "'plank' is a stabilizer exercise, not a push-up step",
            "no exercise has the id 'knee-pushup'",
            "'wall-slide' is a mobility exercise, not a push-up step",
        ])
        #expect(found.map { $0.range?.start.column } == [12, 19, 41])
    }

    @Test func aHeldExerciseCannotBeAStep() throws {
        let hold = Exercise(
            id: "push-up-hold", name: "Push-up hold", category: .pushUp, kind: .hold, muscles: ["serratus anterior"],
            summary: "Hold the top.", cues: ["hold"], shortCue: "hold")
        let catalog = Support.catalog.adding([hold])
        let options = try Support.options(Support.block("ladder: [push-up, push-up-hold]"))
        #expect {
            try PushUpProgression(options: options, catalog: catalog)
        } throws: { error in
            (error as? YAMLError)?.diagnostics.map(\.message)
                == ["'push-up-hold' is a timed hold, but ladder steps are done in reps"]
        }
    }

    @Test func aRepeatedStepPointsAtItsFirstListing() throws {
        let found = try Support.onlyDiagnostic(Support.block("ladder: [knee-push-up, push-up, knee-push-up]"))
        expect(found, "'knee-push-up' is in the ladder twice", line: 2, column: 35,
               path: "sessions[0].blocks[2].ladder[2]", help: "every step of the ladder must be a different exercise")
        #expect(found.notes.map(\.message) == ["first listed here"])
        #expect(found.notes.first?.range?.start == YAMLKit.SourceLocation(line: 2, column: 12))
    }

    @Test func aLadderWrittenHardestFirstIsRefused() throws {
        // The catalog's links put each of these below push-up-plus: a plan would step down and
        // call each regression the next step.
        let found = Support.diagnostics(Support.block("ladder: [push-up-plus, push-up, knee-push-up, wall-push-up]"))
        #expect(found.map(\.message) == ["push-up", "knee-push-up", "wall-push-up"].map {
            "ladder step '\($0)' is easier than 'push-up-plus', listed before it: a ladder is climbed in the order "
                + "written, easiest first"
        })
        #expect(found.map { $0.range?.start.column } == [26, 35, 49])
        #expect(found.map(\.path) == (1...3).map { "sessions[0].blocks[2].ladder[\($0)]" })
        #expect(found.first?.help == "list the steps easiest first (the catalog's easier and harder links put "
            + "'push-up' below 'push-up-plus'), such as [wall-push-up, knee-push-up, push-up, push-up-plus]")
        #expect(found.allSatisfy { $0.notes.map(\.message) == ["'push-up-plus' is listed here"] })
        #expect(found.first?.notes.first?.range?.start == YAMLKit.SourceLocation(line: 2, column: 12))
    }

    @Test func oneStepOutOfPlaceIsNamed() throws {
        let found = try Support.onlyDiagnostic(Support.block("ladder: [wall-push-up, knee-push-up, high-incline-push-up]"))
        expect(found, "ladder step 'high-incline-push-up' is easier than 'knee-push-up', listed before it: a ladder "
               + "is climbed in the order written, easiest first", line: 2, column: 40,
               path: "sessions[0].blocks[2].ladder[2]",
               help: "list the steps easiest first (the catalog's easier and harder links put 'high-incline-push-up' "
                   + "below 'knee-push-up'), such as [wall-push-up, high-incline-push-up, knee-push-up]")
    }

    @Test func stepsTheLinksDoNotRelateKeepTheirOrder() throws {
        // An author's own step with no links may stand anywhere; no "such as" order is offered.
        let own = Exercise(
            id: "ring-push-up", name: "Ring push-up", category: .pushUp, kind: .reps, muscles: ["serratus anterior"],
            summary: "On rings.", cues: ["rings"], shortCue: "rings")
        let catalog = Support.catalog.adding([own])
        let good = try Support.options(Support.block("ladder: [ring-push-up, knee-push-up, push-up]"))
        #expect(throws: Never.self) { try PushUpProgression(options: good, catalog: catalog) }
        let bad = try Support.options(Support.block("ladder: [ring-push-up, push-up, knee-push-up]"))
        #expect {
            try PushUpProgression(options: bad, catalog: catalog)
        } throws: { error in
            let found = (error as? YAMLError)?.diagnostics ?? []
            return found.count == 1 && found[0].help?.hasSuffix("below 'push-up')") == true
        }
    }

    @Test func aLadderThatSkipsCatalogStepsIsWarnedAbout() throws {
        let plugin = try Support.plugin(Support.block("ladder: [wall-push-up, push-up-plus]"))
        let warning = try #require(plugin.warnings.first)
        #expect(plugin.warnings.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.message == "the ladder goes from 'wall-push-up' straight to 'push-up-plus', skipping "
            + "'high-incline-push-up', 'low-incline-push-up', 'knee-push-up', 'push-up', which the catalog has between them")
        #expect(warning.range?.start == YAMLKit.SourceLocation(line: 2, column: 26))
        #expect(warning.path == "sessions[0].blocks[2].ladder[1]")
        #expect(warning.help == "add the steps between them, [wall-push-up, high-incline-push-up, low-incline-push-up, "
            + "knee-push-up, push-up, push-up-plus], or keep the jump if the person is meant to make it in one step")
        // Only the steps the ladder leaves out are named; a full ladder has nothing to say.
        let partly = try Support.plugin(Support.block("ladder: [wall-push-up, low-incline-push-up, push-up]"))
        #expect(partly.warnings.map(\.message) == [
            "the ladder goes from 'wall-push-up' straight to 'low-incline-push-up', skipping 'high-incline-push-up', "
                + "which the catalog has between them",
            "the ladder goes from 'low-incline-push-up' straight to 'push-up', skipping 'knee-push-up', which the "
                + "catalog has between them",
        ])
        #expect(try Support.plugin(Support.block()).warnings.isEmpty, "the standard ladder skips nothing")
    }

    /// `progress-every: week` written with the default step-doses still rises every session on the
    /// light steps (documented); the author is told where, with the two ways to pace them weekly.
    @Test func aWeeklyPaceTheDefaultStepDosesOverrideIsWarnedAbout() throws {
        let weekly = try Support.plugin(Support.block("ladder: [high-incline-push-up, low-incline-push-up, knee-push-up]", "progress-every: week"))
        let warning = try #require(weekly.warnings.first)
        #expect(weekly.warnings.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.message == "'progress-every: week' does not pace 'high-incline-push-up', 'low-incline-push-up': "
            + "the default step-doses raise them every session")
        #expect(warning.path == "sessions[0].blocks[2].progress-every")
        #expect(warning.range?.start == YAMLKit.SourceLocation(line: 3, column: 19))
        #expect(warning.help?.hasPrefix("write 'step-doses: {}' for the block's weekly pace on every step") == true)
        // Written step-doses, a ladder without the light steps, or the session pace: nothing to say.
        for quiet in [
            Support.block("ladder: [low-incline-push-up, knee-push-up]", "progress-every: week", "step-doses: {}"),
            Support.block("ladder: [knee-push-up, push-up]", "progress-every: week"),
            Support.block("ladder: [low-incline-push-up, knee-push-up]", "progress-every: session"),
            Support.block("ladder: [low-incline-push-up, knee-push-up]"),
        ] {
            #expect(try Support.plugin(quiet).warnings.isEmpty, "\(quiet)")
        }
    }

    @Test func aLadderOfOneStepIsRefused() throws {
        let found = try Support.onlyDiagnostic(Support.block("ladder: [push-up]"))
        expect(found, "a ladder needs at least 2 exercises, found 1 exercise", line: 2, column: 11,
               path: "sessions[0].blocks[2].ladder")
    }

    @Test func anEmptyLadderIsRefused() throws {
        let found = try Support.onlyDiagnostic(Support.block("ladder: []"))
        expect(found, "a ladder needs at least 2 exercises, found 0 exercises", line: 2, column: 11,
               path: "sessions[0].blocks[2].ladder")
    }

    @Test func aLadderThatIsNotAListIsOneError() throws {
        let found = try Support.onlyDiagnostic(Support.block("ladder: push-up"))
        expect(found, "expected a list for 'ladder', found \"push-up\"", line: 2, column: 11,
               path: "sessions[0].blocks[2].ladder")
    }

    @Test func aBadLadderItemIsOneErrorNotTwo() throws {
        let found = try Support.onlyDiagnostic(Support.block("ladder: [push-up, [knee-push-up]]"))
        expect(found, "expected a string for item 2 of 'ladder', found a list", line: 2, column: 21,
               path: "sessions[0].blocks[2].ladder[1]")
    }

    @Test func optionsDecodedWithoutABlockPathNameTheKeyAlone() throws {
        guard let node = try YAMLParser().parse("sets: 9") else { throw YAMLError("no node", at: nil) }
        #expect {
            try NodeDecoder().decode(PushUpProgression.Options.self, from: node)
        } throws: { error in
            (error as? YAMLError)?.diagnostics.map(\.path) == ["sets"]
        }
    }

    @Test func repsThatAreNotARange() throws {
        let found = try Support.onlyDiagnostic(Support.block("reps: eight"))
        expect(found, "expected a rep range such as 5-8, found \"eight\"", line: 2, column: 9,
               path: "sessions[0].blocks[2].reps",
               help: "write the fewest and the most reps per set joined by a hyphen, such as 5-8")
        let number = try Support.onlyDiagnostic(Support.block("reps: 8"))
        #expect(number.message == "expected a rep range such as 5-8, found \"8\"")
        let list = try Support.onlyDiagnostic(Support.block("reps: [5, 8]"))
        #expect(list.message == "expected a rep range such as 5-8, found a list")
    }

    @Test func repsStartingAtZero() throws {
        let found = try Support.onlyDiagnostic(Support.block("reps: 0-8"))
        expect(found, "the bottom of the rep range must be at least 1, found 0", line: 2, column: 9,
               path: "sessions[0].blocks[2].reps")
    }

    @Test func repsWrittenBackwards() throws {
        let found = try Support.onlyDiagnostic(Support.block("reps: 8-5"))
        expect(found, "the top of the rep range must be above the bottom, found 8-5", line: 2, column: 9,
               path: "sessions[0].blocks[2].reps", help: "write the fewest reps first and the most second, such as 5-8")
        let flat = try Support.onlyDiagnostic(Support.block("reps: 6-6"))
        #expect(flat.message == "the top of the rep range must be above the bottom, found 6-6")
    }

    @Test func repsAboveThirty() throws {
        let found = try Support.onlyDiagnostic(Support.block("reps: 20-40"))
        expect(found, "the top of the rep range must be at most 30, found 40", line: 2, column: 9,
               path: "sessions[0].blocks[2].reps")
    }

    @Test func setsOutOfRange() throws {
        let found = try Support.onlyDiagnostic(Support.block("sets: 7"))
        expect(found, "'sets' must be from 1 to 6, found 7", line: 2, column: 9, path: "sessions[0].blocks[2].sets")
        let zero = try Support.onlyDiagnostic(Support.block("sets: 0"))
        #expect(zero.message == "'sets' must be from 1 to 6, found 0")
    }

    @Test func setsThatAreNotANumber() throws {
        let found = try Support.onlyDiagnostic(Support.block("sets: three"))
        expect(found, "expected a whole number for 'sets', found \"three\"", line: 2, column: 9,
               path: "sessions[0].blocks[2].sets")
    }

    @Test func restOutOfRange() throws {
        let found = try Support.onlyDiagnostic(Support.block("rest-seconds: 5"))
        expect(found, "'rest-seconds' must be from 15 to 300, found 5", line: 2, column: 17,
               path: "sessions[0].blocks[2].rest-seconds")
        let long = try Support.onlyDiagnostic(Support.block("rest-seconds: 301"))
        #expect(long.message == "'rest-seconds' must be from 15 to 300, found 301")
    }

    @Test func aTempoThatIsNotATempo() throws {
        let found = try Support.onlyDiagnostic(Support.block("tempo: fast"))
        expect(found, "'fast' is not a tempo", line: 2, column: 10, path: "sessions[0].blocks[2].tempo",
               help: "write seconds down-pause-up, such as 2-1-2 (3 or 4 numbers, each 0 to 10, not all 0)")
    }

    @Test func aTempoOfNoSecondsSaysWhatIsWrong() throws {
        let found = try Support.onlyDiagnostic(Support.block("tempo: 0-0-0"))
        expect(found, "'0-0-0' is a tempo of no seconds: a repetition takes time", line: 2, column: 10,
               path: "sessions[0].blocks[2].tempo", help: "give the lowering and the raising a second or more each, such as 2-1-2")
    }

    @Test func everyOptionProblemIsReportedInOneRun() {
        let found = Support.diagnostics(Support.block(
            "ladder: [push-up, push-up]", "reps: 8-5", "sets: 9", "rest-seconds: 5", "tempo: fast", "set: 3"))
        #expect(found.map(\.message) == [
            "'push-up' is in the ladder twice",
            "the top of the rep range must be above the bottom, found 8-5",
            "'sets' must be from 1 to 6, found 9",
            "'rest-seconds' must be from 15 to 300, found 5",
            "'fast' is not a tempo",
            "unknown key 'set' in item 3 of 'blocks'",
        ])
        #expect(found.map { $0.range?.start.line } == [2, 3, 4, 5, 6, 7])
    }
}
