extension PlanPlugin {
    /// The descriptor's options, each typed by its declaration's schema.
    public static var optionsSchema: JSONSchema {
        descriptor.optionsSchema()
    }
}
