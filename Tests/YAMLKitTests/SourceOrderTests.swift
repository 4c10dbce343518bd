import Testing
import YAMLKit

/// The one sort of diagnostics into source order that YAMLKit, PlanKit and the plugins share.
struct SourceOrderTests {
    private func at(_ line: Int, _ column: Int) -> SourceRange {
        SourceRange(at: SourceLocation(line: line, column: column))
    }

    @Test func sortsByLineThenColumnWithUnlocatedFirst() {
        let diagnostics = [
            Diagnostic(.error, "c", at: at(3, 1)),
            Diagnostic(.error, "b", at: at(2, 9)),
            Diagnostic(.error, "a", at: at(2, 4)),
            Diagnostic(.error, "none", at: nil),
        ]
        #expect(diagnostics.inSourceOrder().map(\.message) == ["none", "a", "b", "c"])
    }

    @Test func keepsTheGivenOrderForEqualPlaces() {
        let diagnostics = (0..<40).map { Diagnostic(.error, "\($0)", at: $0 % 2 == 0 ? at(5, 5) : nil) }
        let expected = (0..<40).filter { $0 % 2 == 1 }.map(String.init) + (0..<40).filter { $0 % 2 == 0 }.map(String.init)
        #expect(diagnostics.inSourceOrder().map(\.message) == expected)
    }
}
