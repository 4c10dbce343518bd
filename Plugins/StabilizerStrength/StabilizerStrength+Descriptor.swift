public import PlanKit

extension StabilizerStrength {
    /// The id, options, baseline key and example block of `stabilizer-strength`.
    public static let descriptor = PluginDescriptor(
        id: "stabilizer-strength",
        name: "Stabilizer strength",
        summary: "Scapular push-ups, prone Y-T-W raises, planks and chin tucks; each week adds reps or hold time "
            + "up to the target, then a set, then a harder variant or light load; deload weeks cut sets.",
        options: [
            .init(
                key: "exercises", type: "list of stabilizer exercise ids from the catalog, no repeats",
                defaultValue: "[scapular-push-up, prone-y-t-w, plank, chin-tuck]",
                summary: "The exercises, in order; each one progresses on its own, keyed by its id."),
            .init(
                key: "sets", type: "{start, target}, or one whole number; 1 to 6",
                defaultValue: "{start: 2, target: 3}",
                summary: "Working sets; a set is added when the reps or hold reach the target."),
            .init(
                key: "reps", type: "{start, target}, or one whole number; 1 to 50",
                defaultValue: "{start: 10, target: 15}",
                summary: "Repetitions per set for repetition exercises (per shape for Y-T-W, per side where marked)."),
            .init(
                key: "hold-seconds", type: "{start, target}, or one whole number; 5 to 120 seconds",
                defaultValue: "{start: 10, target: 30}",
                summary: "Seconds per set for hold exercises such as the plank."),
            .init(
                key: "rest-seconds", type: "whole number, 10 to 300", defaultValue: "45",
                summary: "Rest between sets, in seconds."),
            .init(
                key: "reps-step", type: "whole number, 1 to 10", defaultValue: "2",
                summary: "Repetitions added each week until the target."),
            .init(
                key: "hold-step", type: "whole number, 1 to 30 seconds", defaultValue: "5",
                summary: "Seconds added to holds each week until the target."),
        ],
        baselineKeys: [
            .init(
                key: plankBaselineKey,
                summary: "The longest forearm plank you can hold with good form (hips level, neck neutral), in "
                    + "seconds; it sets the plank's starting hold within the block's hold-seconds range.",
                range: plankBaselineRange)
        ],
        example: """
            - plugin: stabilizer-strength
              exercises: [scapular-push-up, prone-y-t-w, plank, chin-tuck]
              sets: {start: 2, target: 3}
              reps: {start: 10, target: 15}
              hold-seconds: {start: 10, target: 30}
              rest-seconds: 45
              reps-step: 2
              hold-step: 5
            """)
}
