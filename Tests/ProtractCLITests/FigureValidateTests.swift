import Foundation
import Testing

/// `protract validate` on an exercise's `figure`, end to end through the built binary.
@Suite struct FigureValidateTests {
    static func programme(figure: String) -> String {
        """
        id: figure-plan
        title: Figure plan
        summary: A plan with a drawn exercise.
        weeks: 4
        schedule: {days: [mon, thu], time: "07:30"}
        sessions:
          - title: Push-ups
            blocks:
              - {plugin: push-up-progression}
        exercises:
          - id: wall-angel
            name: Wall angel
            category: mobility
            kind: reps
            muscles: [lower trapezius]
            summary: Arms slide up the wall from a W to a Y.
            cues: [back to the wall, ribs down]
            short-cue: ribs down
            figure:
        \(figure)
        safety:
          stop-if: [sharp pain]
          see-a-clinician: [numbness in the arms]

        """
    }

    @Test func aValidFigurePasses() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.programme(figure: """
                      view: front
                      props: [floor, wall]
                      start: {base: standing, upper-arm: -25, forearm: 75}
                      end: {base: standing, upper-arm: 60, forearm: 60, marks: [{arrow: hand, direction: 60, text: slide up}]}
                """), to: "plan.yaml")
            let result = try ProtractBinary.run(["validate", "plan.yaml"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout == "ok: 1 programme valid\n")
        }
    }

    @Test func aFigureThatDrawsNothingExits65WithEveryProblem() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.programme(figure: """
                      view: top
                      props: [wall]
                      start: {base: standing, elbow: 10}
                      end: {base: standing, forearm: 400, marks: [{line: hand}]}
                """), to: "plan.yaml")
            let result = try ProtractBinary.run(["validate", "plan.yaml"], in: dir, environment: ["NO_COLOR": "1"])
            #expect(result.status == 65, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr.contains("""
                plan.yaml:21:15: error: a wall cannot be drawn in a top view
                   21 |       props: [wall]
                      |               ^~~~
                      = in: exercises[0].figure.props[0]
                      = help: remove it, or use 'view: side' or 'view: front'
                """), "\(result)")
            #expect(result.stderr.contains("plan.yaml:22:31: error: unknown key 'elbow' in 'start'"), "\(result)")
            #expect(result.stderr.contains(
                "plan.yaml:23:38: error: 'forearm' must be from -180 to 180 degrees, found 400"), "\(result)")
            #expect(result.stderr.contains("plan.yaml:23:51: error: the line from 'hand' needs 'to'"), "\(result)")
            #expect(result.stderr.hasSuffix("validate: 4 errors in 1 of 1 file\n"), "\(result)")
        }
    }
}
