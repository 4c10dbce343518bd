import YAMLKit

/// Finds a session template that gives one exercise in two of its blocks, such as a wall slide
/// among the warm-up's drills and again as stabilizer work: the person would do it twice in one
/// session. A warning, not an error: the programme still plans. Read from the sessions a person
/// with no baseline is given over the programme's own weeks (`SessionWalk.dryRun`), so it sees
/// what the plugins really prescribe, the warm-up's chosen drills included.
enum RepeatedExerciseCheck {
    /// One warning per template and exercise, at the template, in template order.
    static func warnings(_ configured: ConfiguredProgramme) -> [Diagnostic] {
        // Per template: each repeated exercise, with the titles of the blocks that give it.
        var repeated: [Int: [(id: String, blocks: [String])]] = [:]
        SessionWalk.dryRun(configured) { session in
            var firstBlock: [String: Int] = [:]
            for (index, block) in session.blocks.enumerated() {
                for prescription in block.prescriptions {
                    let id = prescription.exerciseID
                    guard let first = firstBlock[id] else {
                        firstBlock[id] = index
                        continue
                    }
                    guard first != index, !(repeated[session.template] ?? []).contains(where: { $0.id == id })
                    else { continue }
                    repeated[session.template, default: []].append((id, [session.blocks[first].title, block.title]))
                }
            }
        }
        let all = configured.programme.allTemplates
        return repeated.keys.sorted().filter { all.indices.contains($0) }.flatMap { index in
            let template = all[index].template
            return (repeated[index] ?? []).map { found in
                Diagnostic(
                    .warning,
                    "session template '\(template.title)' gives '\(found.id)' in two blocks "
                        + "(\(found.blocks.joined(separator: " and "))): the person does it twice in one session",
                    at: template.range, path: all[index].place.pathString,
                    help: "keep it in one block: take it out of the other's list (a warm-up's 'drills', a "
                        + "stabilizer block's 'exercises')")
            }
        }
    }
}
