import Foundation
import Testing

/// `protract new`'s commented examples of issue 14's keys: each validates and plans when the
/// author uncomments it, as the starter says.
@Suite struct StarterExamplesTests {
    /// The starter with every line that begins (after its indentation) with one of `prefixes`
    /// uncommented.
    static func uncommenting(_ text: String, _ prefixes: [String]) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let indent = line.prefix { $0 == " " }
            let rest = line.dropFirst(indent.count)
            guard prefixes.contains(where: { rest.hasPrefix("# " + $0) }) else { return String(line) }
            return String(indent) + String(rest.dropFirst(2))
        }.joined(separator: "\n")
    }

    @Test func aPhasesOwnSessionsAndPinnedDaysValidateAndPlanWhenUncommented() throws {
        let starter = try ProtractBinary.run(["new", "-"])
        #expect(starter.status == 0, "\(starter)")
        let text = Self.uncommenting(starter.stdout, [
            "sessions:", "  - title: Easy push-ups", "    blocks:", "      - {plugin: mobility-warmup",
            "      - {plugin: push-up-progression, ladder", "days: [mon, wed, fri]",
        ])
        #expect(text.contains("\n    sessions:                  # optional: this phase's own templates"), "\(text)")
        #expect(text.contains("\n    days: [mon, wed, fri]"), "\(text)")
        try withTemporaryDirectory { dir in
            try dir.write(text, to: "my-plan.yaml")
            let validated = try ProtractBinary.run(["validate", "my-plan.yaml"], in: dir)
            #expect(validated.status == 0, "\(validated)")
            let planned = try ProtractBinary.run(
                ["plan", "my-plan.yaml", "--start", "2026-12-07", "--time-zone", "UTC", "--none", "--baseline", "push-ups=6"],
                in: dir)
            #expect(planned.status == 0, "\(planned)")
            #expect(planned.stdout.contains("Mon 7 Dec · 07:30-"), "\(planned.stdout)")
            #expect(planned.stdout.contains(" · Easy push-ups\n"), "Activate uses the phase's template")
            #expect(planned.stdout.contains(" · Stability and push-ups\n"), "Build uses the programme's")
        }
    }
}
