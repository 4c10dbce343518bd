/// Writes large YAML files the way a person writes them: block style, comments, nested mappings,
/// flow lists for short lists, block lists for cues, quoted strings where a colon needs them.
/// Deterministic: the same size gives the same bytes.
struct YAMLGenerator {
    /// Roughly how many bytes to write; the result stops at the first exercise past it.
    var targetBytes: Int

    static let muscles = [
        "serratus anterior", "middle trapezius", "lower trapezius", "rhomboids", "thoracic extensors",
        "pectoralis major", "triceps", "anterior deltoid", "deep neck flexors", "rectus abdominis",
    ]
    static let cues = [
        "start on hands and knees, hands under the shoulders, knees under the hips",
        "push the floor away so the shoulder blades slide forward around the ribs",
        "keep one straight line from head to heels; do not let the hips sink",
        "neck long and neutral, eyes on the floor just ahead of the hands",
        "lower for two seconds, pause, then press up for two seconds",
        "breathe out as you press; stop the set when the form slips",
    ]

    /// A catalog file (`catalog:` and `exercises:`) whose `easier`/`harder` links all resolve.
    func catalog() -> String {
        var out = """
            # A generated exercise catalog for protract-bench.
            #
            # Every exercise below is a variation on the built-in ones; the numbers only make ids unique.

            catalog: Generated benchmark catalog
            exercises:

            """
        var index = 0
        // Whole ladders only, so every `harder` link names an exercise that is written.
        while out.utf8.count < targetBytes || index % 6 != 0 {
            if index % 6 == 0 {
                out += "\n  # -----------------------------------------------------------------------------------\n"
                out += "  # Family \(index / 6): a ladder of six steps, easiest first.\n"
                out += "  # -----------------------------------------------------------------------------------\n\n"
            }
            out += exercise(index, indent: "  ")
            index += 1
        }
        return out
    }

    /// A programme with many session templates and its own exercises (the bulk of the bytes).
    func programme() -> String {
        var out = """
            # A generated programme for protract-bench: many templates and programme-local exercises.
            id: generated-benchmark
            title: Generated benchmark programme
            summary: Large on purpose, to time YAMLKit; written the way a coach writes a programme.
            description: |
              This programme exists to be read. It has many session templates, each with the three
              plugins' blocks and their options, and a long list of its own exercises.
            weeks: 12
            schedule:
              days: [mon, wed, fri]        # three sessions a week
              time: "07:30"
              min-rest-hours: 48
            phases:
              - name: Activate
                weeks: 3
                focus: learn the positions at low load
              - name: Build
                weeks: 6
                focus: more reps, sets and hold time
              - name: Integrate
                weeks: 3
                focus: the highest good-form step
            deload:
              every: 4
              volume: 60%
            sessions:

            """
        for session in 0..<200 {
            out += """
                  # Template \(session).
                  - title: "Session \(session): stability and push-ups"
                    blocks:
                      - plugin: mobility-warmup
                        minutes: \(5 + session % 5)
                        foam-roller: false
                        drills: [cat-cow, open-book, wall-slide]
                      - plugin: stabilizer-strength
                        exercises: [scapular-push-up, prone-y-t-w, plank, chin-tuck]
                        sets: {start: 2, target: 3}
                        reps: {start: 10, target: 15}
                        hold-seconds: {start: 10, target: 30}
                        rest-seconds: 45
                      - plugin: push-up-progression
                        ladder: [wall-push-up, knee-push-up, push-up]
                        sets: 3
                        reps: 5-8
                        tempo: 2-1-2

                """
        }
        out += "exercises:\n"
        var index = 0
        while out.utf8.count < targetBytes || index % 6 != 0 {
            out += exercise(index, indent: "  ")
            index += 1
        }
        out += """
            safety:
              stop-if:
                - sharp, sudden or intense pain, or pain that does not settle when you stop
                - "pain above 5/10 during an exercise"
              see-a-clinician:
                - numbness, tingling or weakness down the arms or hands
            sources:
              - "generated: protract-bench"

            """
        return out
    }

    private static func id(_ index: Int) -> String { "bench-step-\(index)" }

    private func exercise(_ index: Int, indent: String) -> String {
        let step = index % 6
        let isHold = index % 5 == 4
        var lines = [
            "- id: \(Self.id(index))",
            "  name: Bench step \(index)",
            "  category: \(["mobility", "stabilizer", "push-up"][index % 3])",
            "  kind: \(isHold ? "hold" : "reps")",
        ]
        if index % 2 == 1 { lines.append("  per-side: true") }
        if !isHold { lines.append("  tempo: 2-1-2                 # down, pause, up") }
        if index % 4 == 0 { lines.append("  hold-seconds: \(1 + index % 30)") }
        let muscles = (0..<3).map { Self.muscles[(index + $0 * 3) % Self.muscles.count] }
        lines.append("  muscles: [\(muscles.joined(separator: ", "))]")
        if index % 3 == 0 { lines.append("  equipment: [wall, mat]") }
        lines.append("  summary: Step \(step + 1) of its ladder; it trains the muscles that hold the shoulder blades.")
        lines.append("  cues:")
        for offset in 0..<(3 + index % 3) {
            lines.append("    - " + Self.cues[(index + offset) % Self.cues.count])
        }
        lines.append("  short-cue: shoulder blades forward · one straight line · neck neutral")
        if step > 0 { lines.append("  easier: [\(Self.id(index - 1))]") }
        if step < 5 { lines.append("  harder: [\(Self.id(index + 1))]") }
        lines.append("  source: \"generated: family \(index / 6), step \(step + 1)\"")
        return lines.map { indent + $0 }.joined(separator: "\n") + "\n\n"
    }
}
