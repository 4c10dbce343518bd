public import YAMLKit

/// How pain and performance logged after a session steer the next one: the pain-monitoring model
/// (Silbernagel et al. 2007; Tom Goom's zones: 3 or less safe, 4-5 acceptable, above 5 not;
/// research/domain-facts.md §4.6). Programme data under `pain-rules:`, so a clinician can change
/// the thresholds; every key has a documented default.
///
/// ```yaml
/// pain-rules:
///   progress-up-to: 3     # pain during at or under this, settled next morning, reps done: progress
///   hold-up-to: 5         # above progress-up-to and at or under this, or reps missed: hold the dose
///   settled-up-to: 3      # next-morning pain at or under this counts as settled
///   rising-weeks: 2       # pain higher than the week before this many weeks running: step back
///   missed-weeks: 2       # this many weeks or more without a logged session: step back one level
///   unrated-pain: progress  # a session logged without its pain: progress (as within the limits) or hold
/// ```
public struct PainRules: Sendable, Hashable, Decodable {
    /// Pain during a session at or under this (and settled, with the reps done) lets the plan progress.
    public var progressUpTo: Int
    /// Pain during a session at or under this holds the dose; above it, the next session steps back.
    public var holdUpTo: Int
    /// Next-morning pain at or under this counts as settled; above it, the next session steps back.
    public var settledUpTo: Int
    /// Weekly pain higher than the week before this many weeks running steps back.
    public var risingWeeks: Int
    /// This many weeks or more without a logged session steps back one level.
    public var missedWeeks: Int
    /// What a session logged without its pain during it does: progress, as if within the limits
    /// (the default), or hold the dose (a clinician who wants every rise to rest on a rating).
    public var unratedPain: UnratedPain

    /// See ``unratedPain``.
    public enum UnratedPain: String, Sendable, Hashable, Decodable, NamedCases {
        case progress, hold
    }

    /// The defaults: progress at 3/10 or less, hold at 4-5/10, step back above 5/10, settled by
    /// the next morning at 3/10 or less, rising two weeks running, two weeks missed.
    public static let standard = PainRules(progressUpTo: 3, holdUpTo: 5, settledUpTo: 3, risingWeeks: 2, missedWeeks: 2)

    /// Creates rules.
    public init(
        progressUpTo: Int, holdUpTo: Int, settledUpTo: Int, risingWeeks: Int, missedWeeks: Int,
        unratedPain: UnratedPain = .progress
    ) {
        self.progressUpTo = progressUpTo
        self.holdUpTo = holdUpTo
        self.settledUpTo = settledUpTo
        self.risingWeeks = risingWeeks
        self.missedWeeks = missedWeeks
        self.unratedPain = unratedPain
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case progressUpTo = "progress-up-to"
        case holdUpTo = "hold-up-to"
        case settledUpTo = "settled-up-to"
        case risingWeeks = "rising-weeks"
        case missedWeeks = "missed-weeks"
        case unratedPain = "unrated-pain"
    }

    /// Pain is rated 0-10.
    public static let painScale = 0...10

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        let standard = Self.standard
        func pain(_ key: CodingKeys, _ fallback: Int) -> Int {
            recorder.attempt(fallback) {
                try keys.decodeIfPresent(Int.self, forKey: key, in: Self.painScale, help: "pain is rated 0 to 10")
                    ?? fallback
            }
        }
        func weeks(_ key: CodingKeys, _ fallback: Int) -> Int {
            recorder.attempt(fallback) {
                try keys.decodeIfPresent(Int.self, forKey: key, in: 1...52, help: "a number of weeks, 1 to 52") ?? fallback
            }
        }
        progressUpTo = pain(.progressUpTo, standard.progressUpTo)
        holdUpTo = pain(.holdUpTo, standard.holdUpTo)
        settledUpTo = pain(.settledUpTo, standard.settledUpTo)
        risingWeeks = weeks(.risingWeeks, standard.risingWeeks)
        missedWeeks = weeks(.missedWeeks, standard.missedWeeks)
        unratedPain = recorder.attempt(standard.unratedPain) {
            try keys.decodeIfPresent(UnratedPain.self, forKey: .unratedPain) ?? standard.unratedPain
        }
        if !recorder.failed, holdUpTo < progressUpTo {
            recorder.report(
                "'hold-up-to' (\(holdUpTo)) is below 'progress-up-to' (\(progressUpTo))",
                at: keys.sourceRange(forKey: .holdUpTo), path: decoder.codingPath + [CodingKeys.holdUpTo],
                help: "pain that holds the dose must be at least the pain that lets it progress")
        }
        try recorder.check()
    }

    /// The pain-monitoring text the plan prints, made from these rules so that what the plan says
    /// and what the engine does never disagree.
    public var guidance: [String] {
        let held = switch holdUpTo - progressUpTo {
        case 0: "reps missed"
        case 1: "\(holdUpTo)/10, or reps missed"
        default: "\(progressUpTo + 1)-\(holdUpTo)/10, or reps missed"
        }
        // No pain is above 10/10: a threshold of 10 never stops or steps back, and is not said to.
        let top = Self.painScale.upperBound
        var stepBack = holdUpTo < top ? ["above \(holdUpTo)/10"] : []
        if settledUpTo < top { stepBack.append("not settled by the next morning") }
        stepBack.append(rising)
        let reasons = stepBack.count == 1 ? stepBack[0]
            : stepBack.dropLast().joined(separator: ", ") + ", or " + stepBack[stepBack.count - 1]
        return [
            "rate pain 0-10 during each session and the next morning, and log it with 'protract log' "
                + (unratedPain == .hold
                    ? "(a session logged without its pain holds the dose)"
                    : "(a pain not rated is taken as within these limits)"),
            "\(Self.atMost(progressUpTo)) during the session, settled (\(Self.atMost(settledUpTo))) by the next morning, "
                + "and the reps done: the plan progresses as written",
            "\(held): the next session holds the same dose",
        ] + (holdUpTo < top ? ["above \(holdUpTo)/10 during an exercise: stop that exercise for the day"] : []) + [
            "\(reasons): the next session steps back",
            "any red-flag symptom: stop and see a clinician",
        ]
    }

    /// `higher than the week before 2 weeks running`, or `higher than the week before` for one week.
    var rising: String {
        risingWeeks == 1 ? "higher than the week before" : "higher than the week before \(risingWeeks) weeks running"
    }

    /// `3/10 or less`, or `no pain` for 0.
    private static func atMost(_ pain: Int) -> String {
        pain == 0 ? "no pain" : "\(pain)/10 or less"
    }
}
