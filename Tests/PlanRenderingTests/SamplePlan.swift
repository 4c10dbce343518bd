import Foundation
import PlanKit
import Testing
import YAMLKit

/// A hand-built three-week plan over the built-in catalog, with every feature the renderers show:
/// a per-side exercise, a timed hold, an end-range pause, a tempo, notes, change texts, a session
/// moved from a skipped date, a session dropped from a week, a new push-up step and a deload week.
enum SamplePlan {
    /// The built-in catalog, read from `Programs/exercises.yaml` in the source tree.
    static func catalog() throws -> ExerciseCatalog {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("Programs/exercises.yaml")
        let bytes = try [UInt8](Data(contentsOf: url))
        return try ProgrammeLoader.catalog(from: SourceFile(name: "Programs/exercises.yaml", bytes: bytes))
    }

    /// A date that must exist.
    static func date(_ text: String) throws -> CivilDate {
        try #require(CivilDate(parsing: text))
    }

    /// The plan.
    static func plan(name: String? = "Sam") throws -> Plan {
        let start = try date("2026-12-07")
        let athlete = Athlete(
            name: name, start: start, timeZone: "Europe/London",
            skip: [try date("2026-12-18"), try date("2026-12-23")], baseline: ["push-ups": 6])
        let time = try #require(TimeOfDay(hour: 7, minute: 30))
        let safety = Safety(
            stopIf: [
                "sharp, sudden or intense pain, or pain that does not settle when you stop",
                "numbness, tingling or weakness spreading down an arm or into the hand",
            ],
            redFlags: ["chest-pain", "cough-pain", "sharp-pain"].compactMap(RedFlag.named),
            seeAClinician: [
                "pain lasting more than a week despite rest, or pain that keeps building between sessions",
            ],
            painMonitoring: [
                "0-3/10 during exercise is fine; 4-5/10 means hold the current step; over 5/10 means stop",
                "if the pain is worse the next morning, go back one step",
            ])
        let build = "more reps, sets and hold time, then harder positions; climb the ladder"
        let weeks = [
            PlanWeek(
                number: 1, startDate: start, phase: "Activate",
                focus: "learn the positions at low load, shoulder blades forward, one straight line, neck neutral",
                isDeload: false,
                sessions: [
                    try session(1, 1, "2026-12-07", .a, push: ("knee-push-up", 3, 5, nil), plank: (2, 20, nil)),
                    try session(1, 2, "2026-12-09", .b, push: ("knee-push-up", 3, 6, "+1 rep: 3 x 5 done last session"),
                        plank: (2, 20, nil)),
                    try session(1, 3, "2026-12-11", .a, push: ("knee-push-up", 3, 7, "+1 rep: 3 x 6 done last session"),
                        plank: (2, 20, nil)),
                ]),
            PlanWeek(
                number: 2, startDate: try date("2026-12-14"), phase: "Build", focus: build, isDeload: false,
                sessions: [
                    try session(2, 4, "2026-12-14", .b, push: ("knee-push-up", 3, 8, "+1 rep: 3 x 7 done last session"),
                        plank: (2, 25, "+5 s: 2 x 20 s held every session last week")),
                    try session(2, 5, "2026-12-16", .a, push: ("push-up", 3, 5,
                        "3 x 8 reached last session: next rung, push-up, back to 3 x 5"), plank: (2, 25, nil)),
                    try session(2, 6, "2026-12-19", .b, push: ("push-up", 3, 6, "+1 rep: 3 x 5 done last session"),
                        plank: (2, 25, nil), notes: ["moved from Fri 18 Dec, a skipped date"]),
                ]),
            PlanWeek(
                number: 3, startDate: try date("2026-12-21"), phase: "Build", focus: build, isDeload: true,
                sessions: [
                    try session(3, 7, "2026-12-21", .a, push: ("push-up", 2, 6, "deload week: sets 3 -> 2"),
                        plank: (1, 25, "deload week: sets 2 -> 1"), deload: true),
                    try session(3, 8, "2026-12-25", .b, push: ("push-up", 2, 6, nil), plank: (1, 25, nil), deload: true),
                ],
                notes: ["Wed 23 Dec skipped: no other day this week keeps 48 h of rest; session dropped"]),
        ]
        var plan = Plan(
            programmeID: "upper-back-rehab", programmeTitle: "Push-ups without upper-back pain",
            summary: "Free the upper back, rebuild the shoulder-blade stabilisers, then the push-up.",
            athlete: athlete, days: [.monday, .wednesday, .friday], time: time, minRestHours: 48,
            startingPoints: ["push-ups: baseline 6 push-ups -> knee push-up, 3 x 5 (the hardest step done for 3 x 5)"],
            safety: safety, weeks: weeks)
        plan.description = """
            The shoulder blades are not held in place.
            This plan strengthens what holds them.

            Then it climbs a push-up ladder.
            """
        plan.timeline = "Easier within 2-3 sessions; most back pain settles within about 6 weeks."
        plan.sources = ["Kang et al. 2019: push-up plus", "NHS back-pain guidance"]
        plan.screening = .notDone
        return plan
    }

    /// The two session templates.
    enum Template { case a, b }

    /// A session: warm-up, stabilizers (with the plank hold), then the push-up step.
    static func session(
        _ week: Int, _ number: Int, _ day: String, _ template: Template,
        push: (id: String, sets: Int, reps: Int, change: String?), plank: (sets: Int, seconds: Int, change: String?),
        notes: [String] = [], deload: Bool = false
    ) throws -> PlannedSession {
        let tempo = Tempo(phases: [2, 1, 2])
        let warmUp: [Prescription] = template == .a
            ? [
                Prescription(exerciseID: "cat-cow", sets: 1, dose: .reps(8), restSeconds: 0),
                Prescription(exerciseID: "open-book", sets: 1, dose: .reps(6), perSide: true, holdSeconds: 2, restSeconds: 0),
            ]
            : [
                Prescription(exerciseID: "thread-the-needle", sets: 1, dose: .reps(5), perSide: true, restSeconds: 0),
                Prescription(exerciseID: "open-book", sets: 1, dose: .reps(6), perSide: true, holdSeconds: 2, restSeconds: 0),
            ]
        let stabilizerSets = deload ? 1 : 2
        let second: Prescription = template == .a
            ? Prescription(
                exerciseID: "scapular-push-up", sets: stabilizerSets, dose: .reps(10), tempo: tempo, holdSeconds: 2,
                restSeconds: 45, change: deload && number == 7 ? "deload week: sets 2 -> 1" : nil)
            : Prescription(
                exerciseID: "prone-y-t-w", sets: stabilizerSets, dose: .reps(6), tempo: tempo, holdSeconds: 2,
                restSeconds: 45, note: "each shape: Y, T and W")
        var blocks = [
            BlockPlan(pluginID: "mobility-warmup", title: "Warm-up (6 min)", prescriptions: warmUp),
            BlockPlan(
                pluginID: "stabilizer-strength", title: "Stabilizers",
                prescriptions: [
                    second,
                    Prescription(
                        exerciseID: "plank", sets: plank.sets, dose: .hold(seconds: plank.seconds), restSeconds: 60,
                        change: plank.change),
                ],
                notes: deload && number == 7 ? ["deload week: sets cut to 60%"] : []),
            BlockPlan(
                pluginID: "push-up-progression", title: "Push-ups",
                prescriptions: [
                    Prescription(
                        exerciseID: push.id, sets: push.sets, dose: .reps(push.reps), tempo: tempo, restSeconds: 90,
                        change: push.change)
                ]),
        ]
        // What each block reports to the progress summary, as the real plugins fill it in.
        blocks[1].progress = BlockProgress(chart: "Stabilizers", totalling: blocks[1].prescriptions)
        blocks[2].progress = BlockProgress(chart: "Push-ups", totalling: blocks[2].prescriptions, followingSteps: true)
        return PlannedSession(
            week: week, number: number, date: try date(day), start: try #require(TimeOfDay(hour: 7, minute: 30)),
            durationMinutes: template == .a ? 35 : 32,
            title: template == .a ? "Stability and push-ups" : "Mobility, stabilizers and push-ups",
            blocks: blocks, notes: notes)
    }
}
