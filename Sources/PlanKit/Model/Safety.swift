import YAMLKit

/// What stops a session and what sends the person to a clinician; shown in every output.
public struct Safety: Sendable, Hashable, Codable {
    /// Signs to stop the session at once.
    public var stopIf: [String]
    /// Reasons to see a clinician before going on (the red flags).
    public var seeAClinician: [String]
    /// The pain-monitoring rules that guide effort.
    public var painMonitoring: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case stopIf = "stop-if"
        case seeAClinician = "see-a-clinician"
        case painMonitoring = "pain-monitoring"
    }

    /// The rule of each item of each list, declared once for `validate` and the schema.
    static let textRules: [CodingKeys: TextRule] = [
        .stopIf: .sentence, .seeAClinician: .sentence, .painMonitoring: .sentence,
    ]

    /// Creates safety text.
    public init(stopIf: [String], seeAClinician: [String], painMonitoring: [String] = []) {
        self.stopIf = stopIf
        self.seeAClinician = seeAClinician
        self.painMonitoring = painMonitoring
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        stopIf = keys.decodeEach(String.self, forKey: .stopIf, recorder: recorder)
        seeAClinician = keys.decodeEach(String.self, forKey: .seeAClinician, recorder: recorder)
        painMonitoring = keys.decodeEachIfPresent(String.self, forKey: .painMonitoring, recorder: recorder)
        keys.checkTexts(Self.textRules, recorder: recorder)
        for key in CodingKeys.allCases {
            keys.checkCount(forKey: key, limit: Limits.safetyItems, noun: "items", owner: "the safety text",
                            recorder: recorder, help: "keep the list short enough to read")
        }
        for key in [CodingKeys.stopIf, .seeAClinician] {
            keys.checkNotEmpty(key, recorder: recorder,
                               help: "every programme states when to stop and when to get help")
        }
        try recorder.check()
    }
}
