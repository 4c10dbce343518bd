extension PlanPlugin {
    /// The descriptor's options, each accepting any value; plugins give their options real types
    /// by implementing `optionsSchema` with `descriptor.optionsSchema(types:)`.
    public static var optionsSchema: JSONSchema {
        descriptor.optionsSchema()
    }
}
