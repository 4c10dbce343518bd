import Foundation
import Testing

/// Issue 14, through the built binary: a stabilizer block's items may carry their own doses and
/// harder variants, a mobility drill with a dose of its own is stabilizer work, a harder variant is
/// said when it comes (and can be turned off), and one exercise with two progressions in two
/// templates is refused with both places.
@Suite struct ExerciseDoseCommandTests {
    /// A programme whose one stabilizer block is `block` (indented as a block's keys).
    static func programme(_ block: String, second: String? = nil, exercises: String = "", weeks: Int = 8) -> String {
        """
        id: doses
        title: Doses
        summary: A test.
        weeks: \(weeks)
        schedule: {days: [mon, thu], time: "07:30", min-rest-hours: 48}
        sessions:
          - title: A
            blocks:
              - plugin: stabilizer-strength
        \(block)
        """ + (second.map { "\n  - title: B\n    blocks:\n      - plugin: stabilizer-strength\n\($0)" } ?? "") + """

        \(exercises)safety:
          stop-if: [sharp pain]
          see-a-clinician: [numbness in the arms]

        """
    }

    /// `protract validate plan.yaml` of `text`, which must fail with exit 65.
    func refused(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        try withTemporaryDirectory { dir in
            try dir.write(text, to: "plan.yaml")
            let result = try ProtractBinary.run(["validate", "plan.yaml"], in: dir)
            #expect(result.status == 65, "\(result)", sourceLocation: sourceLocation)
            return result.stderr
        }
    }

    /// `protract plan plan.yaml` of `text` as text, which must succeed.
    func planned(_ text: String, _ extra: [String] = [], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        try withTemporaryDirectory { dir in
            try dir.write(text, to: "plan.yaml")
            let result = try ProtractBinary.run(
                ["plan", "plan.yaml", "--start", "2026-12-07", "--time-zone", "UTC", "--none"] + extra, in: dir)
            #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
            return Self.flat(result.stdout)
        }
    }

    /// `text` with every run of white space (line wraps included) as one space.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func eachExerciseIsPlannedAtItsOwnDose() throws {
        let text = try planned(Self.programme("""
                    sets: 2-3
                    reps: 10-15
                    exercises:
                      - scapular-push-up
                      - {id: prone-y-t-w, reps: {start: 6, target: 10}}
                      - {id: wall-slide, sets: 2-3, reps: 10-15, rest-seconds: 60}
                      - {id: plank, hold-seconds: 15-30}
            """))
        #expect(text.contains("Scapular push-up 2 x 10, tempo 2-1-2, 2 s hold, rest 45 s"), "\(text)")
        #expect(text.contains("Prone Y-T-W raise 2 x 6, tempo 2-1-2, 2 s hold, rest 45 s"))
        #expect(text.contains("Wall slide 2 x 10, 2 s hold, rest 60 s"))
        #expect(text.contains("Forearm plank 2 x 15 s, rest 45 s"))
    }

    @Test func anItemsValueOutOfRangeIsRefusedWhereItIsWritten() throws {
        let stderr = try refused(Self.programme("""
                    exercises:
                      - scapular-push-up
                      - {id: prone-y-t-w, reps: {start: 12, target: 8}}
            """))
        #expect(stderr.contains("plan.yaml:12:57: error: 'reps' target 8 is below its start 12\n"), "\(stderr)")
        #expect(stderr.contains("      = in: sessions[0].blocks[0].exercises[1].reps.target\n"))
        #expect(stderr.contains("      = help: make the target at least 12, or write one number to keep reps fixed\n"))
    }

    @Test func anItemsRangeWrittenLargestFirstSaysToSwapIt() throws {
        let stderr = try refused(Self.programme("""
                    exercises:
                      - scapular-push-up
                      - {id: prone-y-t-w, reps: 12-8}
            """))
        #expect(stderr.contains("plan.yaml:12:37: error: 'reps' target 8 is below its start 12\n"), "\(stderr)")
        #expect(stderr.contains("      = help: write the fewest reps first and the most second, such as 8-12\n"))
    }

    @Test func aMobilityDrillWithoutADoseSaysHowToMakeItStabilizerWork() throws {
        let stderr = try refused(Self.programme("        exercises: [scapular-push-up, wall-slide]"))
        #expect(stderr.contains("plan.yaml:10:39: error: 'wall-slide' is a mobility exercise, not a stabilizer\n"), "\(stderr)")
        #expect(stderr.contains("      = in: sessions[0].blocks[0].exercises[1]\n"))
        #expect(stderr.contains("      = help: mobility drills belong in a mobility-warmup block's 'drills', or give it its "
            + "own dose to make it stabilizer work here: - {id: wall-slide, reps: 10-15};"))
    }

    @Test func anItemsHarderSequenceIsChecked() throws {
        let stderr = try refused(Self.programme("        exercises: [{id: chin-tuck, harder: [cat-cow]}]"))
        #expect(stderr.contains("plan.yaml:10:46: error: 'cat-cow' is a mobility exercise, not a stabilizer variant\n"),
                "\(stderr)")
        #expect(stderr.contains("      = in: sessions[0].blocks[0].exercises[0].harder[0]\n"))
        #expect(stderr.contains("      = help: name harder stabilizer exercises, easiest first"))
    }

    /// The flip-flop of issue 14: the plank at 10-20 s in template A and 30-60 s in template B
    /// planned 10, 30, 10 … seconds; now `validate` refuses it with both places.
    @Test func oneExerciseWithTwoProgressionsIsRefusedWithBothPlaces() throws {
        let text = Self.programme(
            "        exercises: [plank]\n        hold-seconds: {start: 10, target: 20}",
            second: "        exercises: [plank]\n        hold-seconds: {start: 30, target: 60}")
        let stderr = try refused(text)
        #expect(stderr.contains("plan.yaml:15:21: error: 'plank' progresses with hold-seconds 30-60 here but "
            + "hold-seconds 10-20 in sessions[0].blocks[0].exercises[0]; an exercise has one progression across the "
            + "templates that list it\n"), "\(stderr)")
        #expect(stderr.contains("      = in: sessions[1].blocks[0].exercises[0]\n"))
        #expect(stderr.contains("      = help: give 'plank' the same hold-seconds in both blocks"))
        #expect(stderr.contains("plan.yaml:10:21: note: 'plank' is first dosed here\n"))
        // The same progression in both templates (rest may differ) plans.
        let same = Self.programme(
            "        exercises: [plank]\n        hold-seconds: 10-20",
            second: "        exercises: [{id: plank, rest-seconds: 60}]\n        hold-seconds: {start: 10, target: 20}")
        _ = try planned(same)
    }

    static let customYT = """
        exercises:
          - id: prone-y-t
            name: Prone Y-T raise
            category: stabilizer
            kind: reps
            muscles: [lower trapezius, middle trapezius]
            summary: Prone Y and T raises.
            cues: [lie face down, raise the arms in a Y then a T]
            short-cue: thumbs up · neck long
            harder: [prone-y-t-w-light-load]

        """

    /// Issue 14: a custom prone-y-t with `harder: [prone-y-t-w-light-load]` was replaced by the
    /// harder variant; the plan says so in the change, and `progress-to-harder: false` keeps it.
    /// A phase's own templates may dose an exercise their own way: their weeks never interleave
    /// with the programme's. The dose goes on from where the phase before left it, rising to the
    /// new range's start in one step. Two doses within one phase's templates are still refused.
    @Test func aPhaseMayDoseAnExerciseItsOwnWay() throws {
        let text = Self.programme("""
                    exercises: [chin-tuck]
                    sets: 2-3
                    reps: 10-15
            """, weeks: 4) + """
            phases:
              - name: Learn
                weeks: 2
                sessions:
                  - title: Learn
                    blocks:
                      - {plugin: stabilizer-strength, exercises: [chin-tuck], sets: 2, reps: 6-8}
              - name: Load
                weeks: 2

            """
        let plan = try planned(text)
        // Learn: 2 x 6, then 2 x 7; Load starts at its range's start, 2 x 10 (not a step past it,
        // 2 x 12), then goes on from there.
        #expect(plan.contains("WEEK 1 · Learn Mon 7 Dec · 07:30-07:33 · Learn Stabilizers Chin tuck 2 x 6,"), "\(plan)")
        #expect(plan.contains("Chin tuck 2 x 10, 5 s hold, rest 45 s [+3 reps if last week's 2 x 7"), "\(plan)")
        #expect(plan.contains("Chin tuck 2 x 12, 5 s hold, rest 45 s [+2 reps if last week's 2 x 10"), "\(plan)")
        // The same two doses in one phase's two templates take turns in a week: refused.
        let twoInOnePhase = text.replacingOccurrences(of: """
                      - {plugin: stabilizer-strength, exercises: [chin-tuck], sets: 2, reps: 6-8}
            """, with: """
                      - {plugin: stabilizer-strength, exercises: [chin-tuck], sets: 2, reps: 6-8}
                  - title: Learn B
                    blocks:
                      - {plugin: stabilizer-strength, exercises: [chin-tuck], sets: 2, reps: 8-10}
            """)
        let stderr = try refused(twoInOnePhase)
        #expect(Self.flat(stderr).contains("'chin-tuck' progresses with reps 8-10 here but reps 6-8 in phases[0].sessions[0]"),
                "\(stderr)")
    }

    @Test func aHarderVariantIsSaidAndCanBeTurnedOff() throws {
        let block = "        exercises: [prone-y-t]\n        sets: 2\n        reps: 8-10"
        let on = try planned(Self.programme(block, exercises: Self.customYT, weeks: 12))
        #expect(on.contains("Prone Y-T-W raise with light weights"), "\(on)")
        #expect(on.contains("[harder variant: prone Y-T-W raise with light weights, back to 2 x 6]"), "\(on)")
        let off = try planned(
            Self.programme(block + "\n        progress-to-harder: false", exercises: Self.customYT, weeks: 12))
        #expect(!off.contains("light weights"), "\(off)")
        #expect(off.contains("[top of the progression (2 x 10) and no harder variant: stay here, with good form]"), "\(off)")
        // An item's own sequence: none.
        let none = try planned(
            Self.programme("        exercises: [{id: prone-y-t, sets: 2, reps: 8-10, harder: []}]",
                           exercises: Self.customYT, weeks: 12))
        #expect(!none.contains("light weights"), "\(none)")
    }

    /// The loop: a course of a programme with per-exercise doses logs and replays.
    @Test func aCourseWithPerExerciseDosesReplays() throws {
        try Courses.with { courses in
            let programme = Self.programme("""
                        exercises:
                          - {id: wall-slide, sets: 2, reps: 10-15}
                          - {id: plank, hold-seconds: 15-30}
                """)
            try courses.dir.write(programme, to: "doses.yaml")
            let start = try courses.run(["start", "doses.yaml", "--start", "2026-12-07", "--time-zone", "UTC"])
            #expect(start.status == 0, "\(start)")
            for day in ["07", "10", "14"] {
                try courses.log(["--course", "doses", "--date", "2026-12-\(day)", "--as-planned", "--pain", "1"])
            }
            let plan = try courses.run(["plan", "--course", "doses", "--today", "2026-12-15"])
            #expect(plan.status == 0, "\(plan)")
            let text = Self.flat(plan.stdout)
            // Week 2 rises from what was logged, each exercise within its own dose.
            #expect(text.contains("Done: pain 1/10 during Stabilizers: Wall slide 2 x 12, Forearm plank 2 x 18 s"), "\(text)")
            #expect(text.contains("Wall slide 2 x 14, 2 s hold, rest 45 s [+2 reps if last week's 2 x 12"), "\(text)")
        }
    }

    /// Rule S3's cap, through `validate`: a physiotherapist's `{id: prone-y-t-w, reps: 6-12}` validated
    /// ok, and 11-12 were never prescribed. A warning at the reps (exit 0); the plan does not repeat it.
    @Test func repsAboveTheYTWCapAreAWarningAtTheReps() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.programme("        exercises: [{id: prone-y-t-w, reps: 6-12}, chin-tuck]"), to: "plan.yaml")
            let result = try ProtractBinary.run(["validate", "plan.yaml"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout == "ok: 1 programme valid, 1 warning above\n", "\(result)")
            #expect(result.stderr.hasPrefix("plan.yaml:10:45: warning: 'prone-y-t-w' is done through 3 positions, at most "
                + "10 reps per position (rule S3): 'reps' 6-12 is prescribed as 6-10, never above 10\n"), "\(result)")
            #expect(result.stderr.contains("= in: sessions[0].blocks[0].exercises[0].reps"), "\(result)")
            let plan = try ProtractBinary.run(["plan", "plan.yaml", "--none", "--start", "2026-12-07"], in: dir)
            #expect(plan.status == 0 && !plan.stderr.contains("rule S3"), "\(plan)")
        }
    }
}
