import ProtractTestSupport
import PlanKit
import Testing
import YAMLKit

/// A programme's own exercises: ids, references to other exercises and the shape of each entry.
@Suite struct ExerciseRulesTests {
    @Test func aKebabCaseExerciseID() throws {
        let text = try Fixture.programme(exercises: Fixture.rowExercise.replacingFirst("id: band-row", with: "id: Band Row!"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:20:9: error: exercise id 'Band Row!' is not kebab-case
               20 |   - id: Band Row!
                  |         ^~~~~~~~~
                  = in: exercises[0].id
                  = help: use lowercase letters, digits and single hyphens, such as 'band-row'

            """)
    }

    @Test(arguments: ["-row", "row-", "band--row", "bänd-row", "band_row", "BAND"])
    func notKebabCase(id: String) {
        #expect(!Identifier.isValid(id))
    }

    /// The byte-level check against the plain statement of the rule, on seeded random strings.
    @Test func theIDCheckAgreesWithTheRuleAsWritten() {
        func reference(_ text: String) -> Bool {
            guard !text.isEmpty, text.count <= 64, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--")
            else { return false }
            return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        }
        var generator = SeededGenerator(seed: 0x1D5)
        let pieces = ["a", "z", "0", "9", "-", "--", "A", "_", " ", "\u{E9}", "e\u{301}", "\u{1F600}", "push-up"]
        var valid = 0
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...30, using: &generator))
                .map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            #expect(Identifier.isValid(text) == reference(text), "\(text)")
            if reference(text) { valid += 1 }
        }
        #expect(valid > 100)
        #expect(Identifier.isValid(String(repeating: "a", count: 64)))
        #expect(!Identifier.isValid(String(repeating: "a", count: 65)))
    }

    @Test func kebabCaseSuggestions() {
        #expect(Identifier.isValid("prone-y-t-w"))
        #expect(Identifier.suggest(for: "Scapular Push_Up") == "scapular-push-up")
        #expect(Identifier.suggest(for: "!!!") == "my-exercise")
    }

    /// A coach's trial: `--course "Jo Müller"` was offered 'jo-m-ller', and `jö` 'j'. Latin letters
    /// fold to their base letters, written precomposed or with a combining accent; a name with no
    /// letter that folds gets help that says what an id holds.
    @Test(arguments: [
        ("Jo Müller", "jo-muller"), ("jö", "jo"), ("Mu\u{308}ller", "muller"), ("Łukasz Ødegård", "lukasz-odegard"),
        ("Straße", "strasse"), ("Æsa Œuvre", "aesa-oeuvre"), ("Þóra Ðís", "thora-dis"), ("ıi", "ii"), ("Zoë 東京", "zoe"),
    ])
    func lettersWithDiacriticsFoldToTheirBase(name: String, suggested: String) {
        #expect(Identifier.kebabCase(name) == suggested)
        #expect(Identifier.problem(with: name, noun: "course")?.help
                == "use lowercase letters, digits and single hyphens, such as '\(suggested)'")
    }

    @Test(arguments: ["Ωμέγα", "東京", "🙂"])
    func aNameWithNoLatinLetterSaysWhatAnIDHolds(name: String) {
        #expect(Identifier.kebabCase(name) == nil)
        #expect(Identifier.problem(with: name, noun: "course")?.help
                == "an id is written with the letters a to z, digits and single hyphens (a letter's accent is dropped: "
                    + "'ü' is 'u'); '\(name)' has none of them: choose a name such as 'my-course'")
    }

    @Test func aDuplicateExerciseIDIsReportedAtTheSecondWithANoteAtTheFirst() throws {
        let second = Fixture.rowExercise.replacingFirst("name: Band row", with: "name: Another row")
        let text = try Fixture.programme(exercises: Fixture.rowExercise + "\n" + second)
        #expect(try Fixture.rendered(text) == """
            plan.yaml:29:9: error: two exercises have the id 'band-row'
               29 |   - id: band-row
                  |         ^~~~~~~~
                  = in: exercises[1].id
                  = help: give each exercise its own id
            plan.yaml:20:9: note: 'band-row' is first used here
               20 |   - id: band-row
                  |         ^~~~~~~~

            """)
    }

    @Test func anExerciseIDAlreadyInTheBuiltInCatalog() throws {
        let text = try Fixture.programme(exercises: Fixture.rowExercise.replacingFirst("id: band-row", with: "id: plank"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:20:9: error: exercise id 'plank' is already in the built-in catalog
               20 |   - id: plank
                  |         ^~~~~
                  = in: exercises[0].id
                  = help: use the built-in 'plank' by id without redefining it, or give yours another id

            """)
    }

    @Test func anEasierExerciseThatDoesNotExistSuggestsTheNearest() throws {
        let text = try Fixture.programme(exercises: Fixture.rowExercise + "\n    easier: [plankk]")
        #expect(try Fixture.rendered(text) == """
            plan.yaml:29:14: error: no exercise has the id 'plankk'
               29 |     easier: [plankk]
                  |              ^~~~~~
                  = in: exercises[0].easier[0]
                  = help: did you mean 'plank'? 'protract exercises' lists the built-in ones; a programme can add its own under 'exercises:'

            """)
    }

    @Test func harderMayNameABuiltInOrAnotherLocalExercise() throws {
        let second = Fixture.rowExercise.replacingFirst("id: band-row", with: "id: heavy-band-row")
        let text = try Fixture.programme(exercises: Fixture.rowExercise + "\n    harder: [heavy-band-row, prone-y-t-w]\n" + second)
        let programme = try Fixture.load(text)
        #expect(programme.exercises.first?.harder.map(\.value) == ["heavy-band-row", "prone-y-t-w"])
    }

    @Test func anExerciseThatListsItself() throws {
        let text = try Fixture.programme(exercises: Fixture.rowExercise + "\n    harder: [band-row]")
        #expect(try Fixture.rendered(text) == """
            plan.yaml:29:14: error: exercise 'band-row' lists itself as harder
               29 |     harder: [band-row]
                  |              ^~~~~~~~
                  = in: exercises[0].harder[0]
                  = help: name a different exercise

            """)
    }

    @Test func aNeedsStepMustBeAPushUpStep() throws {
        let text = try Fixture.programme(exercises: Fixture.rowExercise + "\n    needs-step: plank")
        #expect(try Fixture.rendered(text) == """
            plan.yaml:29:17: error: 'needs-step' names 'plank', a stabilizer exercise, not a push-up step
               29 |     needs-step: plank
                  |                 ^~~~~
                  = in: exercises[0].needs-step
                  = help: name the push-up step done from the same position, such as knee-push-up

            """)
        let good = try Fixture.load(try Fixture.programme(exercises: Fixture.rowExercise + "\n    needs-step: knee-push-up"))
        #expect(good.exercises.first?.needsStep?.value == "knee-push-up")
    }

    @Test func aHoldWithATempo() throws {
        let text = try Fixture.programme(exercises: Fixture.rowExercise.replacingFirst("kind: reps", with: "kind: hold"))
        #expect(try Fixture.rendered(text) == """
            plan.yaml:24:5: error: a hold has no tempo
               24 |     tempo: 2-1-2
                  |     ^~~~~
                  = in: exercises[0].tempo
                  = help: remove 'tempo', or make the exercise 'kind: reps'

            """)
    }

    /// A text item is named and located by its own place in the list, even after an item that did not decode.
    @Test func aBadTextItemAfterAnItemThatDidNotDecode() throws {
        let body = Fixture.rowExercise.replacingFirst(
            "[squeeze the shoulder blades together]", with: "[{squeeze: 1}, \"squeeze\\tthe blades\"]")
        #expect(try Fixture.diagnostics(try Fixture.programme(exercises: body)).map(summary) == [
            "27:12 exercises[0].cues[0]: expected a string for item 1 of 'cues', found a mapping",
            "27:26 exercises[0].cues[1]: 'cues' item 2 holds a U+0009 (tab) at character 8",
        ])
    }

    @Test func emptyMusclesAndCues() throws {
        let body = Fixture.rowExercise
            .replacingFirst("[rhomboids, middle trapezius]", with: "[]")
            .replacingFirst("[squeeze the shoulder blades together]", with: "[]")
        let text = try Fixture.programme(exercises: body)
        #expect(try Fixture.rendered(text) == """
            plan.yaml:25:14: error: 'muscles' must list at least one item
               25 |     muscles: []
                  |              ^~
                  = in: exercises[0].muscles
                  = help: list at least one item, [a, b] or one '- item' per line
            plan.yaml:27:11: error: 'cues' must list at least one item
               27 |     cues: []
                  |           ^~
                  = in: exercises[0].cues
                  = help: list at least one item, [a, b] or one '- item' per line

            """)
    }

    @Test func aBadItemInAListIsNotAlsoAnEmptyList() throws {
        let text = try Fixture.programme(
            exercises: Fixture.rowExercise.replacingFirst("[rhomboids, middle trapezius]", with: "[[rhomboids]]"))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.path == "exercises[0].muscles[0]")
    }

    @Test func holdSecondsOutOfRange() throws {
        let text = try Fixture.programme(exercises: Fixture.rowExercise + "\n    hold-seconds: 0")
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["29:19 exercises[0].hold-seconds: 'hold-seconds' must be from 1 to 120, found 0"])
    }

    @Test func aMissingRequiredKey() throws {
        let text = try Fixture.programme(exercises: Fixture.rowExercise.replacingFirst("    short-cue: squeeze", with: ""))
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == ["20:5 exercises[0].short-cue: missing key 'short-cue' in item 1 of 'exercises'"])
    }
}
