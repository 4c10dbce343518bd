import YAMLKit

/// When deload weeks fall and how much they keep.
public struct DeloadPolicy: Sendable, Hashable, Decodable {
    /// Every `every`-th week is a deload week (4: weeks 4, 8, 12 …).
    public var every: Int?
    /// Deload weeks named one by one, instead of or as well as `every`.
    public var weeks: [Int]
    /// The share of working sets kept in a deload week.
    public var volume: Percentage

    enum CodingKeys: String, CodingKey, CaseIterable {
        case every, weeks, volume
    }

    /// Creates a policy: every `every`-th week and the weeks listed, keeping `volume` of the sets.
    public init(every: Int? = nil, weeks: [Int] = [], volume: Percentage) {
        self.every = every
        self.weeks = weeks
        self.volume = volume
    }

    /// The allowed values of `every`.
    public static let everyRange = 2...Programme.maxWeeks

    /// Whether the 1-based week is a deload week.
    public func isDeload(week: Int) -> Bool {
        if weeks.contains(week) { return true }
        if let every, every > 0 { return week % every == 0 }
        return false
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        every = recorder.attempt(nil) {
            try keys.decodeIfPresent(
                Int.self, forKey: .every, in: Self.everyRange, help: "every: 4 makes weeks 4, 8, 12 … deload weeks")
        }
        keys.checkCount(forKey: .weeks, limit: Limits.deloadWeeks, noun: "weeks", owner: "a deload",
                        recorder: recorder, help: "use 'every' for a regular deload")
        weeks = keys.decodeEachIfPresent(DeloadWeek.self, forKey: .weeks, recorder: recorder).map(\.number)
        volume = recorder.attempt(Percentage.full) { try keys.decode(Percentage.self, forKey: .volume) }
        if every == nil, weeks.isEmpty, !recorder.failed {
            recorder.report(
                "a deload needs 'every' or 'weeks'", at: decoder.sourceRange, path: decoder.codingPath,
                help: "write 'every: 4' or 'weeks: [4, 8]'")
        }
        try recorder.check()
    }
}

/// One week number in a deload's `weeks` list, a whole number; `Programme` checks it against the
/// programme's own weeks, so that every week outside them is reported at once, with its range.
private struct DeloadWeek: Decodable {
    var number: Int

    init(from decoder: any Decoder) throws {
        if let overflowing = BoundedInteger.overflowingText(in: decoder) {
            throw YAMLError(Diagnostic(
                .error, "deload week \(overflowing) is outside weeks 1 to \(Programme.maxWeeks)",
                at: decoder.sourceRange, path: CodingPathFormatter.string(decoder.codingPath),
                help: "name weeks of the programme, from 1 to its 'weeks'"))
        }
        number = try decoder.singleValueContainer().decode(Int.self)
    }
}
