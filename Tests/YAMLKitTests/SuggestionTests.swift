import Testing
import YAMLKit

/// "Did you mean" names only keys that fit: never one the mapping already has, nothing when
/// nothing is close (issue 14).
@Suite struct SuggestionTests {
    static let stabilizerKeys = ["exercises", "sets", "reps", "hold-seconds", "rest-seconds", "reps-step", "hold-step"]
    static let pushUpKeys = ["ladder", "reps", "progress-every", "sets", "rest-seconds", "tempo", "retest-every"]
    static let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    static let exercises = ["cat-cow", "open-book", "wall-slide", "scapular-push-up", "prone-y-t-w", "plank",
                            "chin-tuck", "wall-push-up", "knee-push-up", "push-up", "push-up-plus"]

    struct Case: CustomTestStringConvertible, Sendable {
        var typed: String
        var candidates: [String]
        var present: Set<String> = []
        var expected: String?
        var testDescription: String { "\(typed) -> \(expected ?? "nothing")" + (present.isEmpty ? "" : " with \(present.sorted())") }
    }

    static let cases: [Case] = [
        // A key that starts with what was typed comes first: `rest` is not a typo of `reps`.
        Case(typed: "rest", candidates: stabilizerKeys, expected: "rest-seconds"),
        Case(typed: "rest", candidates: pushUpKeys, expected: "rest-seconds"),
        Case(typed: "hold", candidates: stabilizerKeys, expected: "hold-seconds"),
        Case(typed: "rep", candidates: stabilizerKeys, expected: "reps"),
        // Whole words inside a key.
        Case(typed: "seconds", candidates: ["rest-seconds"], expected: "rest-seconds"),
        Case(typed: "step", candidates: stabilizerKeys, expected: "reps-step"),
        Case(typed: "y-t-w", candidates: exercises, expected: "prone-y-t-w"),
        // Typos: one edit in a short name, a swap of neighbours counting as one.
        Case(typed: "rpes", candidates: stabilizerKeys, expected: "reps"),
        Case(typed: "sest", candidates: stabilizerKeys, expected: "sets"),
        Case(typed: "minute", candidates: ["minutes", "foam-roller", "drills", "rotate"], expected: "minutes"),
        Case(typed: "excercise", candidates: ["exercise", "sets"], expected: "exercise"),
        Case(typed: "Sets", candidates: stabilizerKeys, expected: "sets"),
        Case(typed: "knee-pushup", candidates: exercises, expected: "knee-push-up"),
        Case(typed: "push-up-progresion", candidates: ["mobility-warmup", "stabilizer-strength", "push-up-progression"],
             expected: "push-up-progression"),
        Case(typed: "tues", candidates: days, expected: "tue"),
        Case(typed: "thurs", candidates: days, expected: "thu"),
        Case(typed: "fry", candidates: days, expected: "fri"),
        // Nothing close: no suggestion rather than a wrong one.
        Case(typed: "rpe", candidates: stabilizerKeys, expected: nil),
        Case(typed: "rpe", candidates: pushUpKeys, expected: nil),
        Case(typed: "colour", candidates: stabilizerKeys, expected: nil),
        Case(typed: "title", candidates: stabilizerKeys, expected: nil),
        Case(typed: "x", candidates: [], expected: nil),
        Case(typed: "", candidates: stabilizerKeys, expected: nil),
        // Never a key the mapping already has: following it would give a duplicate key.
        Case(typed: "rest", candidates: stabilizerKeys, present: ["rest-seconds", "reps"], expected: nil),
        Case(typed: "set", candidates: stabilizerKeys, present: ["sets"], expected: nil),
        Case(typed: "rpes", candidates: stabilizerKeys, present: ["reps"], expected: nil),
        Case(typed: "minute", candidates: ["minutes", "foam-roller"], present: ["minutes"], expected: nil),
        Case(typed: "hold", candidates: stabilizerKeys, present: ["hold-seconds"], expected: "hold-step"),
    ]

    @Test(arguments: cases)
    func suggestion(_ test: Case) {
        #expect(Suggestion.nearest(to: test.typed, in: test.candidates, excluding: test.present) == test.expected)
    }
}
