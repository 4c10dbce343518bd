import YAMLKit

/// The JSON Schema of one exercise, in a programme's `exercises` or in a catalog file.
enum ExerciseSchema {
    /// The `$defs` name of an exercise id.
    static let idDefinition = "exercise-id"

    /// An exercise id: one of `known` (each with its name and summary, so that an editor completes
    /// the ids and shows what each one is), or any kebab-case id, since a programme may add its own
    /// exercises and `protract validate` checks that an id exists.
    static func id(known exercises: [Exercise]) -> JSONSchema {
        var seen: Set<String> = []
        let listed = exercises.filter { seen.insert($0.id).inserted }.map { exercise in
            JSONSchema(["const": .string(exercise.id)]).described(
                TerminalText.visible(exercise.name) + ": " + TerminalText.visible(exercise.summary))
        }
        return JSONSchema.anyOf(listed + [JSONSchema.identifier.described(
            "An exercise of the programme's own 'exercises' (kebab-case); 'protract validate' checks that it exists.")])
            .described("An exercise id from the catalog ('protract exercises') or the programme's own 'exercises'.")
    }

    static func schema(for key: Exercise.CodingKeys) -> JSONSchema {
        switch key {
        case .id:
            return JSONSchema.identifier.described(
                "The exercise's id, kebab-case and not already in the catalog; blocks name the exercise by it.")
        case .name:
            return JSONSchema.text(Exercise.textRules[rule: key]).described(
                "The display name (Scapular push-up).")
        case .category:
            return JSONSchema.oneOf(Exercise.Category.allCases.map(\.rawValue)).described(
                "The part of a session it belongs to; each plugin takes exercises of its own category.")
        case .kind:
            return JSONSchema.oneOf(Exercise.Kind.allCases.map(\.rawValue)).described(
                "reps: counted in repetitions; hold: held for a number of seconds.")
        case .perSide:
            return JSONSchema.boolean.withDefault(false).described("Whether the dose counts each side separately.")
        case .tempo: return JSONSchema.tempo.described("The default tempo, for repetition exercises only.")
        case .holdSeconds:
            return JSONSchema.integer(Exercise.holdSecondsRange).described("A pause held at end range on every repetition, in seconds.")
        case .positions:
            return JSONSchema.lines(Exercise.textRules[rule: key], maxItems: 8).described(
                "Positions each set goes through in turn, the reps done in each (prone Y-T-W: [Y, T, W]). Default: none.")
        case .muscles:
            return JSONSchema.lines(Exercise.textRules[rule: key], minItems: 1, maxItems: Limits.listItems).described(
                "The muscles it targets.")
        case .equipment:
            return JSONSchema.lines(Exercise.textRules[rule: key], maxItems: Limits.listItems).described(
                "What it needs beyond the floor. Default: none.")
        case .summary: return JSONSchema.text(Exercise.textRules[rule: key]).described("One sentence on what it is for.")
        case .cues:
            return JSONSchema.lines(Exercise.textRules[rule: key], minItems: 1, maxItems: Limits.cues).described(
                "Form cues, shown in full the first time the exercise appears in a plan.")
        case .shortCue:
            return JSONSchema.text(Exercise.textRules[rule: key]).described(
                "A condensed cue for later appearances.")
        case .easier:
            return JSONSchema.array(of: .exerciseID, maxItems: Limits.listItems).described("Ids of easier variants. Default: none.")
        case .harder:
            return JSONSchema.array(of: .exerciseID, maxItems: Limits.listItems).described("Ids of harder variants. Default: none.")
        case .needsStep:
            return JSONSchema.exerciseID.described(
                "For a stabilizer done in a push-up position: the push-up step done from the same position "
                    + "(wall-push-up, low-incline-push-up, knee-push-up, push-up); stabilizer-strength gives it only "
                    + "once the person's push-up step is that step or harder. Default: none (always allowed).")
        case .source:
            return JSONSchema.text(Exercise.textRules[rule: key]).described(
                "Where the exercise or its dose comes from.")
        case .figure:
            return FigureSchema.figure
        }
    }

    /// An exercise; a hold has no tempo.
    static let exercise = JSONSchema.object(
        Exercise.CodingKeys.allCases.map { ($0.stringValue, schema(for: $0)) },
        required: ["id", "name", "category", "kind", "muscles", "summary", "cues", "short-cue"]
    ).with("if", ["properties": ["kind": ["const": "hold"]], "required": ["kind"]])
        .with("then", ["not": ["required": ["tempo"]]])
        .described("An exercise: what it is, how it is dosed, how to do it well, and its easier and harder steps.")
}
