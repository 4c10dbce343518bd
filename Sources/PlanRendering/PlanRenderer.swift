public import PlanKit

/// Writes a whole plan in one format: ``TextRenderer``, ``JSONRenderer``, ``ICalendarRenderer``.
///
/// Each renderer takes the options its format needs when it is made; `protract plan` makes the
/// one its format names, in one place, and writes whatever it returns. A new format is a new
/// conforming type and a line there.
public protocol PlanRenderer: Sendable {
    /// The whole plan in this format, ending in a line break.
    /// - Parameters:
    ///   - plan: The plan to write.
    ///   - catalog: Where exercise names and cues come from; an id missing from it is shown as is.
    /// - Throws: ``RenderingError`` when the plan cannot be written in this format.
    func render(_ plan: Plan, catalog: ExerciseCatalog) throws -> String
}
