public import PlanKit

extension PushUpProgression {
    /// The baseline key read: the most good-form full push-ups in one set.
    public static let baselineKey = "push-ups"

    /// The plugin's id, options, baseline key and example block.
    public static let descriptor = PluginDescriptor(
        id: "push-up-progression",
        name: "Push-up progression",
        summary: "One step of a push-up ladder per session (wall to push-up plus), started from the push-ups "
            + "baseline and climbed by double progression: a rep a session (or a week, for people in pain) up the "
            + "range, then the next step at the bottom, at most one step a week; deloads cut sets; form cues every "
            + "session; optional max-rep retests.",
        options: [
            .init(
                key: "ladder", type: "list of push-up exercise ids, at least 2, no repeats",
                defaultValue: "[" + Options.standardLadder.joined(separator: ", ") + "]",
                summary: "The steps, easiest first; each must be a catalog exercise of category push-up."),
            .init(
                key: "reps", type: "rep range LOW-HIGH, 1 <= LOW < HIGH <= 30", defaultValue: "5-8",
                summary: "A step starts at LOW reps per set and gains a rep each session (or week, see "
                    + "progress-every); after HIGH, the next step."),
            .init(
                key: "progress-every", type: "session or week", defaultValue: "session",
                summary: "session: +1 rep per set every session, the next step the session after the top "
                    + "(r/bodyweightfitness, for people without pain). week: +1 rep per set on the week's first "
                    + "session, the same dose all week, the next step after a full week at the top (for people "
                    + "in pain: load rises no faster than the pain-monitoring model allows)."),
            .init(
                key: "sets", type: "whole number, 1 to 6", defaultValue: "3",
                summary: "Working sets outside deload weeks; deload weeks cut them by the programme's deload share."),
            .init(
                key: "rest-seconds", type: "whole number, 15 to 300", defaultValue: "90",
                summary: "Rest between sets, in seconds."),
            .init(
                key: "tempo", type: "tempo DOWN-PAUSE-UP[-PAUSE], seconds 0 to 10 each",
                defaultValue: nil,
                summary: "The tempo for every step; when absent, each exercise's own tempo, else 2-1-2."),
            .init(
                key: "retest-every", type: "whole number of weeks, 2 to 12", defaultValue: nil,
                summary: "When set, a one-set max test of the current step (the top of the range as the floor) opens "
                    + "the first session of weeks N, 2N, …, moved past deload weeks; re-plan with the new count. "
                    + "When absent, no retests."),
        ],
        baselineKeys: [
            .init(
                key: baselineKey,
                summary: "The most good-form full push-ups you can do in one set (0 if none); picks the start step: "
                    + "0 wall, 1-2 high incline, 3-5 low incline, 6-11 knees, 12-19 full, 20+ push-up plus.",
                range: 0...200),
        ],
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
