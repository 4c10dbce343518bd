import YAMLKit

/// What comes after the programme's last week, written under `after:`: the criteria for being
/// discharged (done with the programme) and the maintenance dose that keeps what was gained.
/// Shown at the end of the text plan, in JSON, and in the last calendar event's description.
///
/// ```yaml
/// after:
///   discharge:
///     - 10 full push-ups in one set with good form and pain at or under 2/10
///     - no more pain the next morning than before the session
///   maintenance:
///     - 1-2 sessions a week of the last week's push-ups and stabilisers
/// ```
public struct AfterTheProgramme: Sendable, Hashable, Codable {
    /// When the person is done with the programme: each a criterion to check at the end (the last
    /// week's retest), all of them met.
    public var discharge: [String]
    /// How to keep what was gained once discharged: how often, and what.
    public var maintenance: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case discharge, maintenance
    }

    /// The rule of each item of each list, declared once for `validate` and the schema.
    static let textRules: KeyValuePairs<CodingKeys, TextRule> = [.discharge: .sentence, .maintenance: .sentence]

    /// Creates the section.
    public init(discharge: [String], maintenance: [String]) {
        self.discharge = discharge
        self.maintenance = maintenance
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        discharge = keys.decodeEachIfPresent(String.self, forKey: .discharge, recorder: recorder)
        maintenance = keys.decodeEachIfPresent(String.self, forKey: .maintenance, recorder: recorder)
        keys.checkTexts(Self.textRules, recorder: recorder)
        for key in CodingKeys.allCases {
            keys.checkCount(forKey: key, limit: Limits.safetyItems, noun: "items", owner: "'after'",
                            recorder: recorder, help: "keep the list short enough to read")
        }
        if discharge.isEmpty, maintenance.isEmpty, !recorder.failed {
            recorder.report(
                "'after' needs 'discharge' or 'maintenance'", at: decoder.sourceRange, path: decoder.codingPath,
                help: "list when the person is done with the programme (discharge) and how to keep it up "
                    + "(maintenance), or leave 'after' out")
        }
        try recorder.check()
    }

    /// Whether there is nothing to show.
    public var isEmpty: Bool { discharge.isEmpty && maintenance.isEmpty }
}
