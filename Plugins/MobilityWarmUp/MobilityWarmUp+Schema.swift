public import PlanKit

extension MobilityWarmUp {
    /// The warm-up block's options as JSON Schema: the descriptor's keys with their types.
    public static var optionsSchema: JSONSchema {
        descriptor.optionsSchema(types: [
            "minutes": .integer(minuteRange),
            "foam-roller": .boolean,
            "drills": .array(of: .exerciseID, minItems: 2, maxItems: Limits.exercisesPerBlock, uniqueItems: true),
            "rotate": .boolean,
        ])
    }
}
