public import YAMLKit
public import PlanKit

/// One ladder step's own dose: its rep range, the reps added each time, and how often they are
/// added, written under `step-doses:` as `wall-push-up: {reps: 12-18, add: 2, every: session}`.
///
/// The easy steps carry little load (hands on a wall about 20-40% of body mass, on a bench about
/// 55%: Ebben et al. 2011), so the sources dose them with more reps and bigger steps than the
/// floor push-up: wall push-ups to 3 x 20 within 3-7 days (repscroll), 3 x 12-15 at each incline
/// height (calisthenics.build), table push-ups in weeks 3-5 of an 8-10-week rehab ladder (Sevinsky).
public struct StepDose: Sendable, Hashable, Decodable {
    /// Repetitions per set on this step: start at the bottom, move on at the top.
    public var reps: RepRange
    /// Repetitions per set added each time the dose rises.
    public var add: Int
    /// How often the dose rises on this step; nil for the block's `progress-every`.
    public var every: PushUpProgression.ProgressEvery?

    /// The allowed reps added per rise.
    public static let addRange = 1...5

    enum CodingKeys: String, CodingKey, CaseIterable {
        case reps, add, every
    }

    /// Creates a step dose.
    public init(reps: RepRange, add: Int = 1, every: PushUpProgression.ProgressEvery? = nil) {
        self.reps = reps
        self.add = add
        self.every = every
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        reps = recorder.attempt(RepRange.standard) { try keys.decode(RepRange.self, forKey: .reps) }
        add = recorder.attempt(1) {
            try keys.decodeIfPresent(
                Int.self, forKey: .add, in: Self.addRange, help: "add 1 to 5 reps per set each time the dose rises"
            ) ?? 1
        }
        every = recorder.attempt(nil) { try keys.decodeIfPresent(PushUpProgression.ProgressEvery.self, forKey: .every) }
        try recorder.check()
    }

    /// `{reps: 12-18, add: 2, every: session}`.
    var yamlText: String {
        "{reps: \(reps), add: \(add)" + (every.map { ", every: \($0.rawValue)" } ?? "") + "}"
    }
}

/// The `step-doses` option: each named step's own dose, in the order written.
public struct StepDoses: Sendable, Hashable, Decodable, YAMLWritable {
    /// The doses, by step id, in the order written.
    public var entries: [(id: Located<String>, dose: StepDose)]

    /// The sources' doses for the easy steps (see `StepDose`): wall 12-18, high incline 10-15 and
    /// low incline 8-12, each +2 reps a session (+1 on the low incline); the harder steps keep the
    /// block's `reps`.
    public static let standard = StepDoses([
        ("wall-push-up", StepDose(reps: RepRange(lower: 12, upper: 18) ?? .standard, add: 2, every: .session)),
        ("high-incline-push-up", StepDose(reps: RepRange(lower: 10, upper: 15) ?? .standard, add: 2, every: .session)),
        ("low-incline-push-up", StepDose(reps: RepRange(lower: 8, upper: 12) ?? .standard, add: 1, every: .session)),
    ])

    /// Creates doses from (step id, dose) pairs.
    public init(_ entries: [(String, StepDose)]) {
        self.entries = entries.map { (Located($0.0), $0.1) }
    }

    /// The dose for `id`, if this option names it.
    public func dose(for id: String) -> StepDose? {
        entries.first { $0.id.value == id }?.dose
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(keyedBy: AnyCodingKey.self)
        let recorder = decoder.recorder()
        entries = []
        for key in keys.allKeys {
            let dose = recorder.attempt(StepDose(reps: .standard)) { try keys.decode(StepDose.self, forKey: key) }
            entries.append((Located(key.stringValue, at: keys.keyRange(forKey: key)), dose))
        }
        try recorder.check()
    }

    /// `{wall-push-up: {reps: 12-18, add: 2, every: session}, …}`.
    public var yamlText: String {
        "{" + entries.map { "\($0.id.value): \($0.dose.yamlText)" }.joined(separator: ", ") + "}"
    }

    public static func == (lhs: StepDoses, rhs: StepDoses) -> Bool {
        lhs.entries.map(\.id.value) == rhs.entries.map(\.id.value) && lhs.entries.map(\.dose) == rhs.entries.map(\.dose)
    }

    public func hash(into hasher: inout Hasher) {
        for entry in entries {
            hasher.combine(entry.id.value)
            hasher.combine(entry.dose)
        }
    }

    /// The JSON Schema: a mapping from step ids to `{reps, add, every}`.
    static let schema = JSONSchema([
        "type": "object",
        "propertyNames": JSONSchema.exerciseID.value,
        "additionalProperties": JSONSchema.object([
            ("reps", .string(pattern: "^ *[0-9]{1,2} *[-–] *[0-9]{1,2} *$")),
            ("add", .integer(StepDose.addRange)),
            ("every", .oneOf(PushUpProgression.ProgressEvery.allCases.map(\.rawValue))),
        ], required: ["reps"]).value,
    ])
}
