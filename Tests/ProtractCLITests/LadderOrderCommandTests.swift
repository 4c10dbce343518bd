import Foundation
import Testing

/// `validate` refuses a push-up ladder written hardest-first and warns about one that skips steps
/// the catalog has between two of its steps (a physiotherapist's trial: a hardest-first ladder was
/// accepted and the plan stepped the client down, calling each regression "next step").
@Suite struct LadderOrderCommandTests {
    static func programme(ladder: String) -> String {
        validProgramme.replacingOccurrences(
            of: "{plugin: push-up-progression, sets: 3}", with: "{plugin: push-up-progression, ladder: \(ladder)}")
    }

    @Test func aHardestFirstLadderIsAnErrorAtEachStepOutOfOrder() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.programme(ladder: "[push-up-plus, push-up, knee-push-up, wall-push-up]"), to: "p.yaml")
            let result = try ProtractBinary.run(["validate", "p.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.hasPrefix("p.yaml:10:62: error: ladder step 'push-up' is easier than 'push-up-plus', "
                + "listed before it: a ladder is climbed in the order written, easiest first\n"), "\(result)")
            #expect(result.stderr.contains("p.yaml:10:71: error: ladder step 'knee-push-up'"), "\(result)")
            #expect(result.stderr.contains("p.yaml:10:85: error: ladder step 'wall-push-up'"), "\(result)")
            #expect(result.stderr.contains("= help: list the steps easiest first (the catalog's easier and harder "
                + "links put 'push-up' below 'push-up-plus'), such as [wall-push-up, knee-push-up, push-up, push-up-plus]"),
                "\(result)")
            #expect(result.stderr.contains("p.yaml:10:48: note: 'push-up-plus' is listed here"), "\(result)")
            let plan = try ProtractBinary.run(["plan", "p.yaml", "--none", "--start", "2026-12-07"], in: dir)
            #expect(plan.status == 65, "no plan steps the person down: \(plan)")
        }
    }

    @Test func aLadderThatSkipsStepsIsAWarningAndStillPlans() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.programme(ladder: "[wall-push-up, push-up-plus]"), to: "p.yaml")
            let result = try ProtractBinary.run(["validate", "p.yaml"], in: dir)
            #expect(result.status == 0, "a warning is not an error: \(result)")
            #expect(result.stdout == "ok: 1 programme valid, 1 warning above\n", "\(result)")
            #expect(result.stderr.hasPrefix("p.yaml:10:62: warning: the ladder goes from 'wall-push-up' straight to "
                + "'push-up-plus', skipping 'high-incline-push-up', 'low-incline-push-up', 'knee-push-up', 'push-up', "
                + "which the catalog has between them\n"), "\(result)")
            let plan = try ProtractBinary.run(["plan", "p.yaml", "--none", "--start", "2026-12-07"], in: dir)
            #expect(plan.status == 0, "\(plan)")
        }
    }
}
