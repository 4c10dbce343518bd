import MobilityWarmUp
import PlanKit
import PushUpProgression
import StabilizerStrength

/// The composition root's plugin list: every plugin the planner has, in one plain list.
enum BuiltInPlugins {
    static let types: [any PlanPlugin.Type] = [
        MobilityWarmUp.self,
        StabilizerStrength.self,
        PushUpProgression.self,
    ]

    /// The registry; the list above has unique ids, which a test checks.
    static func registry() throws(PlanError) -> PluginRegistry {
        try PluginRegistry(types)
    }
}
