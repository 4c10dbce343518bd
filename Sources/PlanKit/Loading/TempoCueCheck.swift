import YAMLKit

/// Finds cues that state a tempo in words ("2 s down, 1 s pause, 2 s up") other than the one the
/// plan gives the exercise: the plan prints the tempo with the dose, and a cue that says otherwise
/// leaves the person to choose. Warnings, not errors: the programme still plans.
enum TempoCueCheck {
    /// The seconds a text states for lowering, the pause and raising, when it states both lowering
    /// and raising ("3 s down ... 1 s up"); a lone "2 s pause" is an end-range hold, not a tempo.
    static func statedTempo(in text: String) -> (down: Int, pause: Int?, up: Int)? {
        // Most cues state no seconds at all: a cue without an ASCII digit is passed over before
        // the word split (the split was 8% of a whole `plan` command's instructions).
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        var found: [String: Int] = [:]
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        for (index, word) in words.enumerated() {
            guard let seconds = Int(word), index + 2 < words.count,
                ["s", "sec", "secs", "second", "seconds"].contains(words[index + 1])
            else { continue }
            let phase = words[index + 2]
            if ["down", "pause", "up"].contains(phase), found[phase] == nil { found[phase] = seconds }
        }
        guard let down = found["down"], let up = found["up"] else { return nil }
        return (down, found["pause"], up)
    }

    /// Whether a stated tempo disagrees with `tempo`.
    static func contradicts(_ stated: (down: Int, pause: Int?, up: Int), _ tempo: Tempo) -> Bool {
        let phases = tempo.phases
        return stated.down != phases[0] || stated.up != phases[2] || (stated.pause.map { $0 != phases[1] } ?? false)
    }

    /// One warning per exercise, cue and place: the cues of every reps exercise a block with a
    /// `tempo` names, against that tempo (at the block's `tempo`), and the cues of the programme's
    /// own exercises against their own tempo (at the cue). The built-in catalog's cues state no
    /// tempo (a test keeps them so).
    static func warnings(_ draft: ProgrammeDraft, catalog: ExerciseCatalog) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for site in draft.blocks {
            let mapping = site.block.node.mapping
            let tempoNode = mapping?["tempo"]
            guard let blockTempo = tempoNode?.scalar.flatMap({ Tempo(parsing: $0.value) }) else { continue }
            var stack = (mapping?.entries ?? []).filter { $0.key != "plugin" && $0.key != "tempo" }.map(\.value)
            var named: [String] = []
            while let node = stack.popLast() {
                if let scalar = node.scalar {
                    if catalog.contains(scalar.value) { named.append(scalar.value) }
                } else if let items = node.sequence {
                    stack += items.reversed()
                } else if let entries = node.mapping?.entries {
                    stack += entries.map(\.value).reversed()
                }
            }
            var seen: Set<String> = []
            for id in named where seen.insert(id).inserted {
                guard let exercise = catalog.exercise(id), exercise.kind == .reps else { continue }
                for cue in exercise.cues + [exercise.shortCue] {
                    guard let stated = statedTempo(in: cue), contradicts(stated, blockTempo) else { continue }
                    warnings.append(Diagnostic(
                        .warning,
                        "a cue of '\(id)' says \(describe(stated)), but this block's tempo is \(blockTempo): \"\(cue)\"",
                        at: tempoNode?.range,
                        path: CodingPathFormatter.string(site.path + [AnyCodingKey("tempo")]),
                        help: "the plan prints the tempo with the dose; keep seconds out of the cue, or make them agree"))
                }
            }
        }
        // The programme's own exercises, against their own tempo, at the cue.
        let exerciseNodes = draft.root?.mapping?["exercises"]?.sequence ?? []
        for (index, node) in exerciseNodes.enumerated() {
            guard let id = node.mapping?["id"]?.scalar?.value, let exercise = draft.exercises.first(where: { $0.id == id }),
                exercise.kind == .reps, let tempo = exercise.tempo
            else { continue }
            for (offset, cueNode) in (node.mapping?["cues"]?.sequence ?? []).enumerated() {
                guard let cue = cueNode.scalar?.value, let stated = statedTempo(in: cue), contradicts(stated, tempo)
                else { continue }
                warnings.append(Diagnostic(
                    .warning, "this cue says \(describe(stated)), but the exercise's tempo is \(tempo)",
                    at: cueNode.range, path: "exercises[\(index)].cues[\(offset)]",
                    help: "the plan prints the tempo with the dose; keep seconds out of the cue, or make them agree"))
            }
        }
        return warnings.uniqued().inSourceOrder()
    }

    private static func describe(_ stated: (down: Int, pause: Int?, up: Int)) -> String {
        "\(stated.down) s down, " + (stated.pause.map { "\($0) s pause, " } ?? "") + "\(stated.up) s up"
    }
}
