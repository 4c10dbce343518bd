public import PlanKit

extension PushUpProgression {
    /// The push-up block's options as JSON Schema: the descriptor's keys with their types.
    public static var optionsSchema: JSONSchema {
        descriptor.optionsSchema(types: [
            "ladder": .array(of: .exerciseID, minItems: 2, maxItems: Limits.exercisesPerBlock, uniqueItems: true),
            "reps": .string(pattern: "^ *[0-9]{1,2} *[-–] *[0-9]{1,2} *$"),
            "progress-every": .oneOf(ProgressEvery.allCases.map(\.rawValue)),
            "sets": .integer(Options.setsRange),
            "rest-seconds": .integer(Options.restRange),
            "tempo": .tempo,
            // Typed ahead of its option; it appears in the schema once the descriptor lists it.
            "retest-every": .integer(Options.retestRange),
        ])
    }
}
