public import PlanKit

extension StabilizerStrength {
    /// The baseline read: the longest good-form forearm plank, in seconds, 0 to 600.
    public static let plankBaseline = PluginDescriptor.BaselineKey(
        key: "plank-seconds",
        summary: "The longest forearm plank you can hold with good form (hips level, neck neutral), in "
            + "seconds; the forearm plank starts at half of it (or the block's target, if lower) and never goes "
            + "above it; under 6 s, an easier plank instead.",
        range: 0...600)

    /// The id, options, baseline key and example block of `stabilizer-strength`.
    public static let descriptor = PluginDescriptor(
        id: "stabilizer-strength",
        name: "Stabilizer strength",
        summary: "Scapular push-ups, prone Y-T-W raises, planks and chin tucks, never harder than the person's "
            + "push-up step (the catalog's needs-step); each week adds reps or hold time up to the target, then a "
            + "set, then a harder variant or light load, at most 20% more a week; Y-T-W 10 per position at most; "
            + "deload weeks cut sets.",
        options: StabilizerOptions.Declared.all,
        baselineKeys: [plankBaseline],
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
