public import PlanKit

extension PushUpProgression {
    /// The baseline read: the most good-form full push-ups in one set, 0 to 200.
    public static let baseline = PluginDescriptor.BaselineKey(
        key: "push-ups",
        summary: "The most good-form full push-ups you can do in one set (0 if none); in a rehab programme, "
            + "only push-ups with pain within its pain rules' progress-up-to (3/10 unless it says otherwise) count. Picks the start step: 0 wall, 1-2 high incline, "
            + "3-5 low incline, 6-11 knees, 12-19 full, 20+ push-up plus (the top: every count from 20 starts "
            + "there); a rehab programme starts one step lower.",
        range: 0...200)

    /// The second baseline: the most good-form knee push-ups in one set, for a person with few or
    /// no full push-ups. It places the start as a retest on the knee push-up would (``LadderStart``).
    public static let kneeBaseline = PluginDescriptor.BaselineKey(
        key: "knee-push-ups",
        summary: "The most good-form knee push-ups you can do in one set, for a person with few or no full push-ups "
            + "(the same pain limit counts in a rehab programme). With the knee push-up's reps L-H (5-8 unless the "
            + "block says otherwise): 1 to L-1 picks the low incline, L to 1.5 x H - 1 the knees, from 1.5 x H the full "
            + "push-up; a rehab programme starts one step lower. With push-ups as well, the higher start wins.",
        range: 0...200)

    /// The plugin's id, options, baseline key and example block.
    public static let descriptor = PluginDescriptor(
        id: "push-up-progression",
        name: "Push-up progression",
        summary: "One step of a push-up ladder per session (wall to push-up plus), started from the push-ups "
            + "baseline (a step lower in a rehab programme) and climbed by double progression: reps added each "
            + "session (or week, for people in pain) up the step's range, the easy steps faster and higher, then "
            + "the next step at the bottom, at most one step a week and a week's reps at most 20% above the last; "
            + "deloads cut sets; form cues every session; optional max-rep retests.",
        options: Options.Declared.all,
        baselineKeys: [baseline, kneeBaseline],
        example: """
            - plugin: push-up-progression
              ladder: [wall-push-up, high-incline-push-up, low-incline-push-up, knee-push-up, push-up, push-up-plus]
              reps: 5-8
              progress-every: week
              sets: 3
              rest-seconds: 90
              tempo: 2-1-2
            """)
}
