import PlanKit

/// One set of a warm-up drill, from the synthesised template in domain-facts §3.
///
/// Repetition counts are per side for per-side drills. Tempo and end-range pauses come from the
/// catalog entry, so a programme that redefines a drill's pause changes its time too.
struct DrillDose: Sendable, Hashable {
    /// Repetitions for the built-in drills (domain-facts §3 template; 1 set each).
    static let builtInReps: [String: Int] = [
        "cat-cow": 8,  // 8 slow reps
        "open-book": 6,  // 6 per side, 2 s pause (catalog)
        "quadruped-t-spine-rotation": 6,  // 6 per side
        "thread-the-needle": 5,  // 5 per side, 3 s hold (catalog)
        "wall-slide": 10,  // 10
        "foam-roller-extension": 5,  // 5 reps, 3 s pause (catalog)
    ]
    /// Repetitions for a programme's own repetition drill: per side, or on both sides at once.
    static let otherReps = (perSide: 6, bothSides: 8)
    /// Seconds for a hold-kind drill (per side when the drill is per side).
    static let holdSeconds = 30

    /// One set of `exercise` as a prescription with no rest (the changeover is the only break).
    static func prescription(for exercise: Exercise, sets: Int) -> Prescription {
        let isHold = exercise.kind == .hold
        let reps = builtInReps[exercise.id] ?? (exercise.perSide ? otherReps.perSide : otherReps.bothSides)
        return Prescription(
            exerciseID: exercise.id, sets: sets, dose: isHold ? .hold(seconds: holdSeconds) : .reps(reps),
            perSide: exercise.perSide, tempo: isHold ? nil : exercise.tempo,
            holdSeconds: isHold ? nil : exercise.holdSeconds, restSeconds: 0,
            note: exercise.shortCue.isEmpty ? nil : exercise.shortCue)
    }
}
