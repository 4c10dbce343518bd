@testable import PlanRendering
import Testing

@Suite("Line wrapper")
struct LineWrapperTests {
    @Test("wraps at spaces with a hanging prefix")
    func hanging() {
        let lines = LineWrapper(width: 20).wrap("one two three four five six seven", first: "- ", rest: "  ")
        #expect(lines == ["- one two three four", "  five six seven"])
    }

    @Test("keeps a unit whole when it fits on the next line")
    func units() {
        let lines = LineWrapper(width: 24).wrap(units: [["3", "x", "8,"], ["rest", "90", "s"], ["(+1", "rep", "today)"]], first: "", rest: "    ")
        #expect(lines == ["3 x 8, rest 90 s", "    (+1 rep today)"])
    }

    @Test("segments keep the dot at the end of the line")
    func segments() {
        let lines = LineWrapper(width: 30).wrap(segments: ["Push-ups without pain", "8 weeks", "Mon Wed Fri"], first: "", rest: "  ")
        #expect(lines == ["Push-ups without pain ·", "  8 weeks · Mon Wed Fri"])
    }

    @Test("cuts a word longer than the line")
    func longWord() {
        let lines = LineWrapper(width: 10).wrap("abcdefghijklmnopqrstuvwxyz ok", first: "", rest: "  ")
        #expect(lines == ["abcdefghij", "  klmnopqr", "  stuvwxyz", "  ok"])
        #expect(lines.allSatisfy { $0.count <= 10 })
    }

    @Test("empty text gives the first prefix alone, trimmed")
    func empty() {
        #expect(LineWrapper(width: 10).wrap("", first: "  ", rest: "  ") == [""])
    }

    @Test("counts characters, not bytes")
    func characters() {
        let lines = LineWrapper(width: 12).wrap("90° · 38 °C ███", first: "", rest: "")
        #expect(lines == ["90° · 38 °C", "███"])
    }
}
