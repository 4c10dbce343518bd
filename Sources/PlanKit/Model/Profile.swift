public import YAMLKit

/// A person's inputs written in a small YAML file (`--profile me.yaml`); flags override it.
///
/// ```yaml
/// name: Sam
/// start: 2026-12-07
/// days: [mon, wed, fri]
/// time: "07:30"
/// time-zone: Europe/London
/// weeks: 8
/// baseline: {push-ups: 6}
/// skip: [2026-12-25]
/// ```
public struct Profile: Sendable, Decodable {
    /// One baseline entry with where its key and value were written.
    public struct BaselineEntry: Sendable, Hashable {
        /// The key (`push-ups`).
        public var key: Located<String>
        /// The value; a whole number too large for an `Int` is kept as `Int.max` (or `Int.min`),
        /// outside every baseline's range, so that the range is what gets reported.
        public var value: Located<Int>
        /// The value as the person wrote it, for messages.
        public var written: String
    }

    /// The person's name.
    public var name: String?
    /// The first day of week 1.
    public var start: Located<CivilDate>?
    /// Training days.
    public var days: [Weekday]?
    /// Where the training days were written.
    public var daysRange: SourceRange?
    /// Session start time.
    public var time: TimeOfDay?
    /// IANA time zone name, with where it was written (the CLI checks that it exists).
    public var timeZone: Located<String>?
    /// Plan length.
    public var weeks: Located<Int>?
    /// Baseline tests.
    public var baseline: [BaselineEntry]
    /// Dates with no training.
    public var skip: [CivilDate]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, start, days, time
        case timeZone = "time-zone"
        case weeks, baseline, skip
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        name = recorder.attempt(nil) { try keys.decodeIfPresent(String.self, forKey: .name) }
        start = recorder.attempt(nil) { try keys.decodeIfPresent(Located<CivilDate>.self, forKey: .start) }
        days = keys.contains(.days) ? keys.decodeEach(Weekday.self, forKey: .days, recorder: recorder) : nil
        daysRange = keys.sourceRange(forKey: .days)
        keys.checkTexts([.name: .name], recorder: recorder, refusingBlank: false)
        time = recorder.attempt(nil) { try keys.decodeIfPresent(TimeOfDay.self, forKey: .time) }
        timeZone = recorder.attempt(nil) { try keys.decodeIfPresent(Located<String>.self, forKey: .timeZone) }
        weeks = recorder.attempt(nil) {
            try keys.decodeIfPresent(Located<Int>.self, forKey: .weeks, outside: AthleteRules.weeks)
        }
        keys.checkCount(forKey: .skip, limit: Limits.skipDates, noun: "dates", owner: "a profile", recorder: recorder,
                        help: "list only the dates within the plan")
        skip = keys.decodeEachIfPresent(CivilDate.self, forKey: .skip, recorder: recorder)
        baseline = []
        if keys.contains(.baseline), (try? keys.decodeNil(forKey: .baseline)) != true,
            let map = recorder.attempt({ try keys.nestedContainer(keyedBy: AnyCodingKey.self, forKey: .baseline) })
        {
            for key in map.allKeys {
                let name = Located(key.stringValue, at: map.keyRange(forKey: key))
                let node = (try? map.superDecoder(forKey: key))?.yamlNode
                if let (value, written) = BoundedInteger.saturated(node) {
                    baseline.append(BaselineEntry(key: name, value: Located(value, at: node?.range), written: written))
                } else if let value = recorder.attempt({ try map.decode(Located<Int>.self, forKey: key) }) {
                    baseline.append(BaselineEntry(key: name, value: value, written: String(value.value)))
                }
            }
        }
        if let days {
            // The same rule as --days: each training day once.
            let items = (try? keys.superDecoder(forKey: .days))?.yamlNode?.sequence ?? []
            var seen: Set<Weekday> = []
            // (When a day failed to decode, positions no longer match the items: it is reported already.)
            for (index, day) in days.enumerated() where items.count == days.count && !seen.insert(day).inserted {
                recorder.report(
                    AthleteRules.repeatedDay(day, in: "'days'"), at: items[index].range,
                    path: decoder.codingPath + [CodingKeys.days, AnyCodingKey(index)],
                    help: "name each training day once")
            }
        }
        if let days, days.isEmpty, !recorder.failed {
            recorder.report("'days' must name at least one day", at: keys.sourceRange(forKey: .days),
                            path: decoder.codingPath + [CodingKeys.days],
                            help: "write the days as a list, such as [mon, wed, fri], or leave 'days' out for the programme's")
        }
        try recorder.check()
    }
}
