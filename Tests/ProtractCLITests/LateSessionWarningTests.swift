import Foundation
import Testing

/// A session template that ends by midnight at its programme's `time` may not at a later
/// `--time` (or a profile's `time`): `plan` and `start` still make the plan, its sessions ending
/// the next day, and say so once per template on stderr, with the latest time that fits.
@Suite struct LateSessionWarningTests {
    /// A two-week programme of one long session template, 'Everything' (about 4 h 45 min).
    static let everything = """
        id: everything
        title: Everything
        summary: One long session.
        weeks: 2
        schedule: {days: [mon, wed, fri], time: "07:30", min-rest-hours: 48}
        sessions:
          - title: Everything
            blocks:
              - {plugin: mobility-warmup, minutes: 6}
              - {plugin: stabilizer-strength, exercises: [scapular-push-up, prone-y-t-w, plank, chin-tuck, wall-scapular-push-up, knee-scapular-push-up], sets: 6, reps: 40, hold-seconds: 120, rest-seconds: 240}
              - {plugin: push-up-progression, sets: 3}
        safety:
          stop-if: [sharp pain]
          see-a-clinician: [numbness in the arms]

        """

    static let inputs = ["--start", "2026-12-07", "--time-zone", "UTC", "--none"]

    static func warnings(_ stderr: String) -> Int {
        stderr.components(separatedBy: "protract: warning: ").count - 1
    }

    @Test func aTimeThatCarriesSessionsPastMidnightIsWarnedOfOncePerTemplate() throws {
        try withTemporaryDirectory { dir in
            let file = try dir.write(Self.everything, to: "everything.yaml")
            #expect(try ProtractBinary.run(["validate", file.path]).status == 0)
            let late = try ProtractBinary.run(["plan", file.path, "--time", "22:00"] + Self.inputs)
            #expect(late.status == 0, "\(late)")
            #expect(late.stdout.contains("Mon 7 Dec · 22:00-02:44 next day · Everything"), "\(late.stdout.prefix(3000))")
            // Six sessions end after midnight: one warning for their template.
            #expect(late.stderr == """
                protract: warning: with --time 22:00 the 'Everything' sessions end after midnight (they take up to about 4 h 45 min): \
                the plan shows them ending the next day
                  help: choose an earlier time for them to end by midnight: 19:10 or before, such as '--time 19:10'

                """, "\(late)")
            // The time it suggests fits every session.
            let early = try ProtractBinary.run(["plan", file.path, "--time", "19:10"] + Self.inputs)
            #expect(early.status == 0 && early.stderr.isEmpty && !early.stdout.contains("next day"), "\(early)")
        }
    }

    @Test func eachTemplateIsWarnedOfAndAProfilesTimeIsNamed() throws {
        try withTemporaryDirectory { dir in
            let profile = try dir.write("time: \"23:50\"\n", to: "me.yaml")
            let result = try ProtractBinary.run(
                ["plan", "upper-back-rehab", "--profile", profile.path, "--weeks", "1"] + Self.inputs)
            #expect(result.status == 0, "\(result)")
            #expect(Self.warnings(result.stderr) == 2, "\(result)")
            #expect(result.stderr.contains("protract: warning: with the time 23:50 of \(profile.path) the 'Stability and push-ups' "
                + "sessions end after midnight"), "\(result)")
            #expect(result.stderr.contains("the 'Upper back, neck and push-ups' sessions end after midnight"), "\(result)")
            // Its own time, the programme's, warns of nothing.
            let own = try ProtractBinary.run(["plan", "upper-back-rehab", "--weeks", "1"] + Self.inputs)
            #expect(own.status == 0 && own.stderr.isEmpty, "\(own)")
        }
    }

    @Test func startWarnsAsPlanDoes() throws {
        try Courses.with { courses in
            let file = try courses.dir.write(Self.everything, to: "everything.yaml")
            let started = try courses.run(["start", file.path, "--time", "22:00"] + Self.inputs)
            #expect(started.status == 0, "\(started)")
            #expect(Self.warnings(started.stderr) == 1, "\(started)")
            #expect(started.stderr.hasPrefix("protract: warning: with --time 22:00 the 'Everything' sessions end after midnight"),
                    "\(started)")
            #expect(started.stderr.contains("started course 'everything'"), "\(started)")
        }
    }
}
