import MobilityWarmUp
import PlanKit
import PushUpProgression
import StabilizerStrength

/// The composition root's plugin list: every plugin the planner has, in one plain list, with
/// unique ids (a test checks).
enum BuiltInPlugins {
    static let types: [any PlanPlugin.Type] = [
        MobilityWarmUp.self,
        StabilizerStrength.self,
        PushUpProgression.self,
    ]
}
