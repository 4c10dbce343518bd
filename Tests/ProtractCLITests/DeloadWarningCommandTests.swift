import Foundation
import Testing

/// `validate` warns about deload weeks that defeat what a deload is for, a lighter week after weeks
/// of loading (a physiotherapist's trial: `deload: {weeks: [1, 2, 3, 4]}` in a 4-week programme,
/// and a deload in week 1, validated ok without a word). Warnings: the file still plans.
@Suite struct DeloadWarningCommandTests {
    /// The command-line tests' programme, `weeks` long, with `deload` on line 6.
    static func programme(weeks: Int = 8, deload: String) -> String {
        validProgramme
            .replacingOccurrences(of: "weeks: 8\n", with: "weeks: \(weeks)\n")
            .replacingOccurrences(of: "min-rest-hours: 48}\n", with: "min-rest-hours: 48}\ndeload: \(deload)\n")
    }

    static let purpose = "= help: a deload is a lighter week after weeks of loading, for the body to catch up "
        + "(every 4-8 weeks, about a week long: Bell et al. 2024); "

    @Test(arguments: [
        (4, "{weeks: [1, 2, 3, 4], volume: 60%}", [
            "p.yaml:6:17: warning: every week of the programme's 4 is a deload week: no week is at full volume",
            purpose + "keep most weeks regular, such as 'every: 4', or remove 'deload' and lower the sets",
        ]),
        (8, "{weeks: [1, 5], volume: 60%}", [
            "p.yaml:6:18: warning: week 1 is a deload week, before any week of loading",
            "= in: deload.weeks[0]",
            purpose + "remove week 1, or name a later week, after the loading it follows",
        ]),
        (8, "{every: 4, weeks: [5], volume: 60%}", [
            "p.yaml:6:28: warning: deload weeks 4 and 5 come in a row",
            "= in: deload.weeks[0]",
            purpose + "keep one of them, with regular weeks between deloads",
        ]),
        (8, "{weeks: [6, 7, 8], volume: 60%}", [
            "p.yaml:6:21: warning: deload weeks 6, 7 and 8 come in a row",
            "= in: deload.weeks[1]",
        ]),
        (8, "{every: 3, weeks: [4], volume: 60%}", [
            "p.yaml:6:28: warning: deload weeks 3 and 4 come in a row",
        ]),
    ])
    func deloadsThatDefeatTheirPurposeAreLocatedWarnings(weeks: Int, deload: String, expected: [String]) throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.programme(weeks: weeks, deload: deload), to: "p.yaml")
            let result = try ProtractBinary.run(["validate", "p.yaml"], in: dir)
            #expect(result.status == 0, "a warning is not an error: \(result)")
            #expect(result.stdout == "ok: 1 programme valid, 1 warning above\n", "\(result)")
            for line in expected { #expect(result.stderr.contains(line), "\(line)\n\(result)") }
            let plan = try ProtractBinary.run(["plan", "p.yaml", "--none", "--start", "2026-12-07"], in: dir)
            #expect(plan.status == 0, "\(plan)")
            #expect(!plan.stderr.contains("deload"), "plan does not repeat validate's warnings: \(plan)")
        }
    }

    @Test(arguments: ["{every: 4, volume: 60%}", "{weeks: [4, 8], volume: 60%}", "{every: 2, volume: 50%}"])
    func regularDeloadsDrawNoWarning(deload: String) throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.programme(deload: deload), to: "p.yaml")
            let result = try ProtractBinary.run(["validate", "p.yaml"], in: dir)
            #expect(result.status == 0 && result.stdout == "ok: 1 programme valid\n" && result.stderr.isEmpty, "\(result)")
        }
    }

    /// The trial's case: 12 weeks, a deload every 3 and the push-ups' `retest-last-week` put the
    /// max test in a deload week; a warning at the retest, and the file still valid.
    @Test func aRetestInADeloadWeekIsAWarningAtTheRetest() throws {
        let text = Self.programme(weeks: 12, deload: "{every: 3, volume: 50%}")
            .replacingOccurrences(
                of: "{plugin: push-up-progression, sets: 3}", with: "{plugin: push-up-progression, sets: 3, retest-last-week: true}")
        try withTemporaryDirectory { dir in
            try dir.write(text, to: "p.yaml")
            let result = try ProtractBinary.run(["validate", "p.yaml"], in: dir)
            #expect(result.status == 0, "a warning is not an error: \(result)")
            #expect(result.stdout == "ok: 1 programme valid, 1 warning above\n", "\(result)")
            #expect(result.stderr.hasPrefix("""
                p.yaml:11:66: warning: the last week's retest (week 12) falls in a deload week: the programme ends on a max-effort test in a week of cut sets
                   11 |       - {plugin: push-up-progression, sets: 3, retest-last-week: true}
                      |                                                                  ^~~~
                      = in: sessions[0].blocks[1].retest-last-week
                      = help: move the deload off week 12 (write 'deload: {weeks: [3, 6, 9], volume: 50%}') so that the test comes on a regular week, or leave out 'retest-last-week' and test earlier with 'retest-every'

                """), "\(result)")
            // With the deload moved, no warning.
            try dir.write(text.replacingOccurrences(of: "{every: 3, volume: 50%}", with: "{weeks: [3, 6, 9], volume: 50%}"),
                          to: "moved.yaml")
            let moved = try ProtractBinary.run(["validate", "moved.yaml"], in: dir)
            #expect(moved.status == 0 && moved.stdout == "ok: 1 programme valid\n" && moved.stderr.isEmpty, "\(moved)")
        }
    }
}
