import PlanKit

extension PushUpProgression {
    /// The form cues for every session: shoulder blades forward, one straight line, neck neutral;
    /// the exercise is the one at `place` in `catalog`, read in place.
    static func cues(for place: Int?, in catalog: ExerciseCatalog) -> String {
        let kneeling = place.map {
            has(catalog.exercises[$0].id, "knee") || has(catalog.exercises[$0].shortCue, "knees-to-head")
        } ?? false
        // Whole literals, not an interpolation: nothing is built for a session.
        return kneeling
            ? "shoulder blades pushed forward at the top · one straight line knees to head · neck neutral"
            : "shoulder blades pushed forward at the top · one straight line head to heels · neck neutral"
    }

    /// Whether `text` holds `part`, byte for byte, read where the strings keep them: asked for
    /// every session of a plan, and the library's `contains` costs a hundred times more.
    private static func has(_ text: String, _ part: String) -> Bool {
        var text = text, part = part
        return text.withUTF8 { text in
            part.withUTF8 { part in
                guard !part.isEmpty, part.count <= text.count else { return part.isEmpty }
                return (0...(text.count - part.count)).contains { text[$0..<($0 + part.count)].elementsEqual(part) }
            }
        }
    }
}
