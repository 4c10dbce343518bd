import Testing

@testable import ProtractCLI

/// `log --done`'s hint for a comma written where a new `--done` was meant: the tail from the
/// first part that is not a number is another exercise, written `ID=N` or as an exercise's id
/// alone (a person's trial found the one-word tail, `…,5,wall-slide`, left without the hint).
struct LogFlagsTests {
    static let exercises: Set<String> = ["wall-slide", "scapular-push-up", "knee-push-up"]

    static func separated(_ sets: [Int], _ tail: [String]) -> String? {
        LogFlags.separated("knee-push-up", sets: sets, tail: tail, isExercise: exercises.contains)
    }

    @Test func aTailThatIsAnotherExerciseGetsItsOwnDone() {
        #expect(Self.separated([6, 6], ["scapular-push-up=8"]) == "--done knee-push-up=6,6 --done scapular-push-up=8")
        #expect(Self.separated([6, 6, 5], ["wall-slide"]) == "--done knee-push-up=6,6,5 --done wall-slide=N,N,...")
        #expect(Self.separated([6], ["wall-slide", "10", "10", "scapular-push-up=8", "8"])
            == "--done knee-push-up=6 --done wall-slide=10,10 --done scapular-push-up=8,8")
    }

    @Test func aTailThatIsNoExerciseGetsNoHint() {
        #expect(Self.separated([6], ["x"]) == nil, "a typo, not an exercise")
        #expect(Self.separated([6, 6, 5], ["wall"]) == nil)
        #expect(Self.separated([6], ["wall-slide", "x"]) == nil)
        #expect(Self.separated([], ["wall-slide"]) == nil, "no set before it: not a list that ran on")
        #expect(Self.separated([6], ["Wall-Slide=8"]) == nil)
    }

    @Test func theBuiltInCatalogSaysWhichWordsAreExercises() {
        #expect(LogFlags.isBuiltInExercise("wall-slide"))
        #expect(!LogFlags.isBuiltInExercise("wall"))
    }
}
