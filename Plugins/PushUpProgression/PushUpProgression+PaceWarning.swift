import PlanKit
import YAMLKit

extension PushUpProgression {
    /// A block that writes `progress-every: week` but leaves `step-doses` to its default: the
    /// default gives the light wall, high and low incline steps their own session-by-session pace,
    /// so on those of the ladder's steps reps still rise every session. A warning at
    /// `progress-every` naming them (a physiotherapist's trial wrote weekly for a person in pain
    /// and got +2 reps a session on the wall push-up); the plan is as documented.
    static func paceWarnings(_ options: Options) -> [Diagnostic] {
        guard options.progressEvery == .week, options.place.ranges["progress-every"] != nil,
            options.place.ranges["step-doses"] == nil
        else { return [] }
        let ladder = Set(options.ladder.map(\.value))
        let faster = options.stepDoses.entries.filter { ladder.contains($0.id.value) && $0.dose.every == .session }
            .map(\.id.value)
        guard !faster.isEmpty else { return [] }
        let names = faster.map { "'\($0)'" }.joined(separator: ", ")
        return [Diagnostic(
            .warning,
            "'progress-every: week' does not pace \(names): the default step-doses raise "
                + (faster.count == 1 ? "it" : "them") + " every session",
            at: options.place.range("progress-every"), path: options.place.path("progress-every"),
            help: "write 'step-doses: {}' for the block's weekly pace on every step, or name those steps "
                + "with 'every: week', such as '\(faster[0]): {reps: 12-18, add: 1, every: week}'")]
    }
}
