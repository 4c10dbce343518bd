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
        weeks = recorder.attempt(1) { try keys.decode(Int.self, forKey: .weeks) }
        focus = recorder.attempt(nil) { try keys.decodeIfPresent(String.self, forKey: .focus) }
        for (key, text) in [(CodingKeys.name, name), (.focus, focus)] {
            keys.checkText(text, forKey: key, rule: Self.textRule(for: key), recorder: recorder, path: decoder.codingPath)
        }
        if weeks < 1 {
            recorder.report("a phase lasts at least 1 week, found \(weeks)", at: keys.sourceRange(forKey: .weeks),
                            path: decoder.codingPath + [CodingKeys.weeks])
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
        every = recorder.attempt(nil) { try keys.decodeIfPresent(Int.self, forKey: .every) }
        weeks = keys.decodeEachIfPresent(Int.self, forKey: .weeks, recorder: recorder)
        volume = recorder.attempt(Percentage.full) { try keys.decode(Percentage.self, forKey: .volume) }
        if let every, every < 2 {
            recorder.report(
                "'every' must be 2 or more, found \(every)", at: keys.sourceRange(forKey: .every),
                path: decoder.codingPath + [CodingKeys.every], help: "every: 4 makes weeks 4, 8, 12 … deload weeks")
        }
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
