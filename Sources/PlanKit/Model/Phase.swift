import YAMLKit

/// A named run of weeks with one focus (`Activate`, weeks 1-2).
public struct Phase: Sendable, Hashable, Decodable {
    /// The phase's name.
    public var name: String
    /// How many weeks it lasts.
    public var weeks: Int
    /// What the phase works on, in a line.
    public var focus: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, weeks, focus
    }

    /// The rule of each free-text key, declared once for `validate` and the schema.
    static func textRule(for key: CodingKeys) -> TextRule? {
        switch key {
        case .name: .name
        case .focus: .sentence
        case .weeks: nil
        }
    }

    /// The allowed length of a phase, in weeks.
    public static let weeksRange = 1...Programme.maxWeeks

    /// Creates a phase.
    public init(name: String, weeks: Int, focus: String? = nil) {
        self.name = name
        self.weeks = weeks
        self.focus = focus
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        name = recorder.attempt("") { try keys.decode(String.self, forKey: .name) }
        weeks = recorder.attempt(1) {
            try keys.decode(Int.self, forKey: .weeks, in: Self.weeksRange, help: "a phase lasts 1 week or more, "
                + "and no longer than the longest programme (\(Programme.maxWeeks) weeks)")
        }
        focus = recorder.attempt(nil) { try keys.decodeIfPresent(String.self, forKey: .focus) }
        for (key, text) in [(CodingKeys.name, name), (.focus, focus)] {
            keys.checkText(text, forKey: key, rule: Self.textRule(for: key), recorder: recorder, path: decoder.codingPath)
        }
        try recorder.check()
    }
}

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

    /// The allowed values of `every`.
    public static let everyRange = 2...Programme.maxWeeks

    /// Creates a policy.
    public init(every: Int?, weeks: [Int] = [], volume: Percentage) {
        self.every = every
        self.weeks = weeks
        self.volume = volume
    }

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
                        recorder: recorder, path: decoder.codingPath, help: "use 'every' for a regular deload")
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

extension Percentage {
    /// 100%.
    public static let full = Percentage(clamped: 100)

    init(clamped percent: Int) {
        self.percent = min(max(percent, 1), 100)
    }
}

/// One week number in a deload's `weeks` list: a week of the longest programme (1 to
/// `Programme.maxWeeks`); `Programme` checks it against the programme's own weeks.
private struct DeloadWeek: Decodable {
    var number: Int

    init(from decoder: any Decoder) throws {
        let range = 1...Programme.maxWeeks
        let path = CodingPathFormatter.string(decoder.codingPath)
        if let written = BoundedInteger.overflowingText(in: decoder) {
            throw YAMLError("deload week \(written) is outside weeks 1 to \(range.upperBound)", at: decoder.sourceRange,
                            path: path)
        }
        number = try decoder.singleValueContainer().decode(Int.self)
        guard range.contains(number) else {
            throw YAMLError("deload week \(number) is outside weeks 1 to \(range.upperBound)", at: decoder.sourceRange,
                            path: path)
        }
    }
}
