import MobilityWarmUp
import PlanKit
import Testing
import YAMLKit

/// Every bad option, with its exact message, place and help.
@Suite struct DiagnosticsTests {
    let catalog: ExerciseCatalog

    init() throws {
        catalog = try Support.catalog()
    }

    static let catalogHelp = "'protract exercises' lists the built-in ones; a programme can add its own under 'exercises:'"
    static let mobilityList =
        "cat-cow, open-book, quadruped-t-spine-rotation, thread-the-needle, wall-slide, foam-roller-extension, "
        + "towel-thoracic-extension, doorway-pec-stretch"

    @Test func minutesOutOfRange() {
        let help = "help: a warm-up of 5 to 10 minutes is typical; leave 'minutes' out for 6"
        #expect(Support.failure("plugin: mobility-warmup\nminutes: 25\n", catalog: catalog) == [
            "2:10: error: 'minutes' must be from 3 to 20, found 25 [minutes] \(help)"
        ])
        #expect(Support.failure("minutes: 2\n", catalog: catalog) == [
            "1:10: error: 'minutes' must be from 3 to 20, found 2 [minutes] \(help)"
        ])
        #expect(Support.failure("minutes: 3\n", catalog: catalog) == nil)
        #expect(Support.failure("minutes: 20\n", catalog: catalog) == nil)
    }

    @Test func anUnknownDrillSuggestsTheNearest() {
        #expect(Support.failure("plugin: mobility-warmup\ndrills: [cat-cow, opn-book]\n", catalog: catalog) == [
            "2:19: error: no exercise has the id 'opn-book' [drills[1]] help: did you mean 'open-book'? "
                + Self.catalogHelp
        ])
    }

    @Test func aDrillOfAnotherCategoryNamesIt() {
        #expect(Support.failure("drills:\n  - cat-cow\n  - plank\n", catalog: catalog) == [
            "3:5: error: 'plank' is a stabilizer exercise, not a mobility drill [drills[1]] "
                + "help: 'drills' takes mobility drills: \(Self.mobilityList)"
        ])
        #expect(Support.failure("drills: [knee-push-up, cat-cow]\n", catalog: catalog) == [
            "1:10: error: 'knee-push-up' is a push-up exercise, not a mobility drill [drills[0]] "
                + "help: 'drills' takes mobility drills: \(Self.mobilityList)"
        ])
    }

    @Test func aRollerDrillNeedsTheFoamRoller() {
        let yaml = "minutes: 4\ndrills: [cat-cow, foam-roller-extension]\n"
        #expect(Support.failure(yaml, catalog: catalog) == [
            "2:19: error: 'foam-roller-extension' needs a foam roller, but 'foam-roller' is false [drills[1]] "
                + "help: set 'foam-roller: true' if a roller is available, or remove 'foam-roller-extension' "
                + "from 'drills'"
        ])
        #expect(Support.failure("foam-roller: true\n" + yaml, catalog: catalog) == nil)
    }

    @Test func aDrillListedTwice() {
        #expect(Support.failure("drills: [cat-cow, open-book, cat-cow]\n", catalog: catalog) == [
            "1:30: error: 'cat-cow' is listed twice in 'drills' [drills[2]] "
                + "help: list each drill once; the warm-up rotates through them"
        ])
    }

    @Test func fewerThanTwoDrills() {
        let help = "help: add mobility drills such as 'cat-cow' and 'open-book'"
        #expect(Support.failure("minutes: 3\ndrills: [cat-cow]\n", catalog: catalog) == [
            "2:9: error: 'drills' must list at least two drills, found 1 [drills] \(help)"
        ])
        #expect(Support.failure("drills: []\n", catalog: catalog) == [
            "1:9: error: 'drills' must list at least two drills, found 0 [drills] \(help)"
        ])
    }

    @Test func drillsThatCannotFillHalfTheMinutes() {
        // cat-cow 3 x 8 (92 s) + towel 3 x 30 s (110 s) = 3 min 22 s, under half of 7 min.
        #expect(Support.failure("minutes: 7\ndrills: [cat-cow, towel-thoracic-extension]\n", catalog: catalog) == [
            "1:10: error: the drills fill at most 3 min 22 s (3 sets each), under half of 'minutes: 7' [minutes] "
                + "help: list more drills, or set 'minutes' to 6 or less"
        ])
        #expect(Support.failure("minutes: 6\ndrills: [cat-cow, towel-thoracic-extension]\n", catalog: catalog) == nil)
    }

    @Test func everyProblemInABlockIsReportedInOneRun() throws {
        let yaml = """
            plugin: mobility-warmup
            minutes: 25
            drills: [cat-cow, opn-book, plank, foam-roller-extension, cat-cow]
            """
        let lines = try #require(Support.failure(yaml, catalog: catalog))
        #expect(lines.map { String($0.prefix(while: { $0 != "[" })) } == [
            "2:10: error: 'minutes' must be from 3 to 20, found 25 ",
            "3:19: error: no exercise has the id 'opn-book' ",
            "3:29: error: 'plank' is a stabilizer exercise, not a mobility drill ",
            "3:36: error: 'foam-roller-extension' needs a foam roller, but 'foam-roller' is false ",
            "3:59: error: 'cat-cow' is listed twice in 'drills' ",
        ])
    }

    @Test func typeErrorsAndUnknownKeysComeFromTheDecoder() {
        #expect(Support.failure("minutes: six\n", catalog: catalog) == [
            "1:10: error: expected a whole number for 'minutes', found \"six\" [minutes] "
                + "help: write a whole number, such as 3"
        ])
        #expect(Support.failure("minutes: 6.5\n", catalog: catalog) == [
            "1:10: error: expected a whole number for 'minutes', found \"6.5\" [minutes] "
                + "help: write a whole number, such as 3"
        ])
        #expect(Support.failure("foam-roller: yes\n", catalog: catalog) == [
            "1:14: error: expected true or false for 'foam-roller', found \"yes\" [foam-roller] "
                + "help: YAML 1.2 reads 'yes' as text, not a yes/no answer; write true or false"
        ])
        #expect(Support.failure("rotat: false\n", catalog: catalog) == [
            "1:1: error: unknown key 'rotat' at the top level [rotat] help: did you mean 'rotate'?"
        ])
        #expect(Support.failure("drills: cat-cow\n", catalog: catalog) == [
            "1:9: error: expected a list for 'drills', found \"cat-cow\" [drills] "
                + "help: write a list, [a, b] or one '- item' per line, even for one item"
        ])
    }
}
