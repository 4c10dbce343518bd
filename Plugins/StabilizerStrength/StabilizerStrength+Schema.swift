public import PlanKit

extension StabilizerStrength {
    /// The stabilizer block's options as JSON Schema: the descriptor's keys with their types.
    public static var optionsSchema: JSONSchema {
        descriptor.optionsSchema(types: [
            "exercises": .array(of: .exerciseID, minItems: 1, maxItems: Limits.exercisesPerBlock, uniqueItems: true),
            "sets": dose(StabilizerOptions.setsRange),
            "reps": dose(StabilizerOptions.repsRange),
            "hold-seconds": dose(StabilizerOptions.holdRange),
            "rest-seconds": .integer(StabilizerOptions.restRange),
            "reps-step": .integer(StabilizerOptions.repsStepRange),
            "hold-step": .integer(StabilizerOptions.holdStepRange),
        ])
    }

    /// A `StartTarget`: one whole number, or `{start, target}`, each within `range`.
    static func dose(_ range: ClosedRange<Int>) -> JSONSchema {
        .anyOf([
            .integer(range),
            .object([("start", .integer(range)), ("target", .integer(range))], required: ["start", "target"]),
        ])
    }
}
