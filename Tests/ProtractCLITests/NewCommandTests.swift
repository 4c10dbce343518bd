import Foundation
import PlanKit
@testable import ProtractCLI
import Testing

/// `protract new FILE`: a commented starter that validates and plans, never over an existing file.
@Suite struct NewCommandTests {
    @Test func theStarterValidatesAndPlans() throws {
        try withTemporaryDirectory { dir in
            let created = try ProtractBinary.run(["new", "my-plan.yaml"], in: dir)
            #expect(created.status == 0, "\(created)")
            #expect(created.stdout == "")
            #expect(created.stderr.hasPrefix("wrote my-plan.yaml: a starter programme with "))
            let validated = try ProtractBinary.run(["validate", "my-plan.yaml"], in: dir)
            #expect(validated.status == 0, "\(validated)")
            #expect(validated.stdout == "ok: 1 programme valid\n")
            for baseline in ["push-ups=0", "push-ups=6", "push-ups=25"] {
                let planned = try ProtractBinary.run(
                    ["plan", "my-plan.yaml", "--start", "2026-12-07", "--time-zone", "Europe/London",
                     "--baseline", baseline, "--baseline", "plank-seconds=20"], in: dir)
                #expect(planned.status == 0, "\(planned)")
                #expect(planned.stdout.contains("WEEK 8"))
            }
            let json = try ProtractBinary.run(["plan", "my-plan.yaml", "--format", "json"], in: dir)
            #expect(json.status == 0, "\(json)")
        }
    }

    @Test func theStarterShowsEveryPluginAndEveryOption() throws {
        let result = try ProtractBinary.run(["new", "-"])
        #expect(result.status == 0, "\(result)")
        let text = result.stdout
        #expect(text.hasPrefix("# yaml-language-server: $schema=programme.schema.json\n"))
        #expect(text.contains("protract schema > programme.schema.json"))
        // What a clinician changes most: the purpose, and the pain rules with their defaults.
        #expect(text.contains("\npurpose: training "))
        let rules = PainRules.standard
        for (key, value) in [("progress-up-to", rules.progressUpTo), ("hold-up-to", rules.holdUpTo),
                             ("settled-up-to", rules.settledUpTo), ("rising-weeks", rules.risingWeeks),
                             ("missed-weeks", rules.missedWeeks)] {
            #expect(text.contains("\n  \(key): \(value) "), "pain-rules: '\(key)' is missing or not its default")
        }
        #expect(text.contains("\n# after:"))
        for plugin in BuiltInPlugins.types {
            let descriptor = plugin.descriptor
            #expect(text.contains("- plugin: \(descriptor.id)\n"))
            for option in descriptor.options {
                let shown = option.defaultValue.map { "\(option.key): \($0)" } ?? "\(option.key):"
                #expect(text.contains(shown), "\(descriptor.id): '\(shown)' is missing")
                #expect(text.contains(option.summary.prefix(30)), "\(descriptor.id).\(option.key) has no comment")
            }
        }
        for key in ["see-a-clinician:", "stop-if:", "numbness, tingling or weakness", "deload:", "phases:"] {
            #expect(text.contains(key))
        }
    }

    @Test func theIdComesFromTheFileName() throws {
        try withTemporaryDirectory { dir in
            let result = try ProtractBinary.run(["new", "Desk Break_2.yaml"], in: dir)
            #expect(result.status == 0, "\(result)")
            let text = try String(contentsOf: dir.appendingPathComponent("Desk Break_2.yaml"), encoding: .utf8)
            #expect(text.contains("\nid: desk-break-2\n"))
            #expect(StarterProgramme.id(forFileName: "plans/x.yml") == "x")
            #expect(StarterProgramme.id(forFileName: "-") == "my-programme")
            #expect(StarterProgramme.id(forFileName: "___.yaml") == "my-programme")
        }
    }

    /// `new 123.yaml` wrote `id: 123`, which YAML reads as a number and the schema's text-only id
    /// refuses. An id a YAML reader could take for a number, boolean, null or date is quoted.
    @Test(arguments: [("123", "\"123\""), ("true", "\"true\""), ("null", "\"null\""), ("0x1f", "\"0x1f\""),
                      ("1e-5", "\"1e-5\""), ("no", "\"no\""), ("2026-12-07", "\"2026-12-07\""), ("my-plan", "my-plan")])
    func anIdThatReadsAsANumberIsQuoted(stem: String, written: String) throws {
        try withTemporaryDirectory { dir in
            let result = try ProtractBinary.run(["new", stem + ".yaml"], in: dir)
            #expect(result.status == 0, "\(result)")
            let text = try String(contentsOf: dir.appendingPathComponent(stem + ".yaml"), encoding: .utf8)
            #expect(text.contains("\nid: \(written)\n"), "\(text.prefix(900))")
            let validated = try ProtractBinary.run(["validate", stem + ".yaml"], in: dir)
            #expect(validated.status == 0, "\(validated)")
        }
    }

    @Test func neverReplacesAFile() throws {
        try withTemporaryDirectory { dir in
            try dir.write("mine\n", to: "my-plan.yaml")
            let result = try ProtractBinary.run(["new", "my-plan.yaml"], in: dir)
            #expect(result.status == 73, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr == """
                protract: error: my-plan.yaml already exists; it was not changed
                  help: choose another file name: 'protract new' never replaces a file

                """)
            #expect(try String(contentsOf: dir.appendingPathComponent("my-plan.yaml"), encoding: .utf8) == "mine\n")
            let forced = try ProtractBinary.run(["new", "my-plan.yaml", "--force"], in: dir)
            #expect(forced.status == 64, "--force is not offered: \(forced)")
            #expect(try String(contentsOf: dir.appendingPathComponent("my-plan.yaml"), encoding: .utf8) == "mine\n")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            #expect(leftovers == ["my-plan.yaml"])
        }
    }

    @Test func aMissingFolderIsAClearError() throws {
        try withTemporaryDirectory { dir in
            let result = try ProtractBinary.run(["new", "no-such-folder/my-plan.yaml"], in: dir)
            #expect(result.status == 73, "\(result)")
            #expect(result.stderr.contains("does not exist"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        }
    }
}

/// Issue 14: the starter's commented per-exercise doses validate and plan when uncommented.
@Suite struct StarterExerciseDoseTests {
    @Test func theCommentedPerExerciseDosesValidateWhenUncommented() throws {
        let starter = try ProtractBinary.run(["new", "-"])
        #expect(starter.status == 0, "\(starter)")
        var lines = starter.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let plain = try #require(lines.firstIndex(of: "        exercises: [scapular-push-up, prone-y-t-w, plank, chin-tuck]"))
        let commented = try #require(lines.firstIndex { $0.hasPrefix("        # exercises:") })
        #expect(commented == plain + 1, "the example stands under the line it replaces")
        var end = commented + 1
        while lines.indices.contains(end), lines[end].hasPrefix("        #   - ") { end += 1 }
        #expect(end - commented == 5)
        for index in commented..<end { lines[index] = "        " + lines[index].dropFirst("        # ".count) }
        lines.remove(at: plain)
        try withTemporaryDirectory { dir in
            try dir.write(lines.joined(separator: "\n"), to: "my-plan.yaml")
            let validated = try ProtractBinary.run(["validate", "my-plan.yaml"], in: dir)
            #expect(validated.status == 0, "\(validated)")
            let planned = try ProtractBinary.run(
                ["plan", "my-plan.yaml", "--start", "2026-12-07", "--time-zone", "UTC", "--baseline", "push-ups=6"], in: dir)
            #expect(planned.status == 0, "\(planned)")
            let text = planned.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains("Wall slide 2 x 10"), "\(text.prefix(3000))")
            #expect(text.contains("Prone Y-T-W raise 2 x 6"))
        }
    }
}
