import Foundation
import Testing

/// `protract plugins [ID]`: the three plugins, their options, baseline keys and examples.
@Suite struct PluginsCommandTests {
    @Test func theListNamesEveryPluginWithItsOptionsAndBaselineKeys() throws {
        let result = try ProtractBinary.run(["plugins"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        let text = result.stdout
        #expect(text.contains("mobility-warmup — Mobility warm-up\n"))
        #expect(text.contains("  options: minutes, foam-roller, drills, rotate\n"))
        #expect(text.contains("stabilizer-strength — Stabilizer strength\n"))
        #expect(text.contains("  options: exercises, sets, reps, hold-seconds, rest-seconds, reps-step,\n    hold-step, progress-to-harder\n"))
        #expect(text.contains("  baseline: plank-seconds\n"))
        #expect(text.contains("push-up-progression — Push-up progression\n"))
        #expect(text.contains("  options: ladder, reps, progress-every, step-doses, sets, rest-seconds, tempo,\n    retest-every, retest-last-week\n  baseline: push-ups, knee-push-ups\n"))
        // Wrapped to the 80 columns of a pipe.
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(text)")
        #expect(text.hasSuffix("Show one in full with: protract plugins ID\n"))
        // The warm-up reads no baseline, so it shows no baseline line.
        let warmUp = try #require(text.components(separatedBy: "\n\n").first)
        #expect(warmUp.hasPrefix("mobility-warmup"))
        #expect(!warmUp.contains("baseline:"))
        #expect(!text.contains(PlanRun.escape))
    }

    @Test func oneShowsItsOptionsBaselineAndExample() throws {
        let result = try ProtractBinary.run(["plugins", "push-up-progression"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        let text = result.stdout
        #expect(text.hasPrefix("push-up-progression — Push-up progression\n\n"))
        #expect(text.contains("\nOptions:\n"))
        #expect(text.contains("  reps              rep range LOW-HIGH, 1 <= LOW < HIGH <= 30 (default: 5-8)\n"))
        #expect(text.contains("  sets              whole number, 1 to 6 (default: 3)\n"))
        #expect(text.contains("\nBaseline keys (--baseline KEY=VALUE):\n  push-ups (0-200): "))
        #expect(text.hasSuffix("""

            Example block:
              - plugin: push-up-progression
                ladder:
                  - wall-push-up
                  - high-incline-push-up
                  - low-incline-push-up
                  - knee-push-up
                  - push-up
                  - push-up-plus
                reps: 5-8
                progress-every: week
                sets: 3
                rest-seconds: 90
                tempo: 2-1-2

            """), "\(text)")
    }

    @Test(arguments: ["mobility-warmup", "stabilizer-strength", "push-up-progression"])
    func everyPluginHasAnExampleThatPlans(id: String) throws {
        let shown = try ProtractBinary.run(["plugins", id])
        #expect(shown.status == 0, "\(shown)")
        let example = try #require(shown.stdout.components(separatedBy: "\nExample block:\n").last)
        // The example block, un-indented, as the only block of a programme's session.
        let block = example.split(separator: "\n").map { String(repeating: " ", count: 6) + $0.dropFirst(2) }
            .joined(separator: "\n")
        let blocks = "      - {plugin: mobility-warmup, minutes: 6}\n      - {plugin: push-up-progression, sets: 3}"
        #expect(validProgramme.contains(blocks))
        let programme = validProgramme.replacingOccurrences(of: blocks, with: block)
        #expect(programme.contains("plugin: \(id)"))
        try withTemporaryDirectory { dir in
            try dir.write(programme, to: "example.yaml")
            let result = try PlanRun.plan(["example.yaml", "--start", "2026-12-07", "--time-zone", "UTC", "--weeks", "1"], in: dir)
            #expect(result.status == 0, "\(result)\n\(programme)")
        }
    }

    /// An option's type keeps each comparison whole at every width a phone or a laptop gives:
    /// a 40-column trial read `1 <= LOW < HIGH` / `<= 30`. No line ends or starts with a sign.
    @Test(arguments: ["mobility-warmup", "stabilizer-strength", "push-up-progression"])
    func noLineBreaksAComparison(id: String) throws {
        let signs: Set<Substring> = ["<", "<=", ">", ">="]
        for width in 40...80 {
            let shown = try ProtractBinary.run(["plugins", id], environment: ["COLUMNS": "\(width)"])
            #expect(shown.status == 0, "\(shown)")
            let lines = shown.stdout.split(separator: "\n")
            let broken = lines.filter { line in
                let words = line.split(separator: " ")
                return words.first.map(signs.contains) == true || words.last.map(signs.contains) == true
            }
            #expect(broken.isEmpty, "\(id) at \(width) columns: \(broken)")
            #expect(lines.allSatisfy { $0.count <= width }, "\(id) at \(width) columns")
        }
        if id == "push-up-progression" {
            let narrow = try ProtractBinary.run(["plugins", id], environment: ["COLUMNS": "40"])
            #expect(narrow.stdout.contains("\n    1 <= LOW < HIGH <= 30 (default: 5-8)\n"), "\(narrow)")
        }
    }

    @Test func anOptionalOptionIsNotShownAsRequired() throws {
        // A push-up block without 'tempo' is valid (validProgramme has none), so tempo is not required.
        let result = try ProtractBinary.run(["plugins", "push-up-progression"])
        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.contains("(required)"), "\(result.stdout)")
    }

    @Test func anUnknownIdSuggestsTheNearest() throws {
        let result = try ProtractBinary.run(["plugins", "push-up"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == """
            protract: error: no plugin has the id 'push-up' (did you mean 'push-up-progression'?); \
            the plugins are mobility-warmup, stabilizer-strength, push-up-progression
              see 'protract plugins --help'

            """, "\(result)")
        let far = try ProtractBinary.run(["plugins", "xyz"])
        #expect(far.status == 64, "\(far)")
        #expect(far.stderr.hasPrefix(
            "protract: error: no plugin has the id 'xyz'; the plugins are mobility-warmup, stabilizer-strength, "
                + "push-up-progression\n"),
            "\(far)")
    }

    @Test func theSameListTwiceIsByteIdentical() throws {
        let first = try ProtractBinary.run(["plugins"], in: URL(fileURLWithPath: "/tmp"))
        let second = try ProtractBinary.run(["plugins"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
    }
}
