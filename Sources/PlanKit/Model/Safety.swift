import YAMLKit

/// What stops a session and what sends the person to a clinician; shown in every output.
///
/// Stop rules and red flags are kept apart from load management: how much pain is acceptable,
/// and what the next session does about it, is the pain rules' (`pain-rules:`), whose lines
/// lead `painMonitoring` in a plan. ``thresholdProblems`` finds a stop rule or clinician note that
/// restates a pain score.
public struct Safety: Sendable, Hashable, Codable {
    /// Signs to stop the session at once.
    public var stopIf: [String]
    /// The red flags: each sign, its urgency and advice. The screening questions, the plan's
    /// clinician lines and the `--symptom` names all come from this one list.
    public var redFlags: [RedFlag]
    /// Other reasons to see a clinician before going on, which no screening question asks.
    public var seeAClinician: [String]
    /// The pain-monitoring rules that guide effort.
    public var painMonitoring: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case stopIf = "stop-if"
        case redFlags = "red-flags"
        case seeAClinician = "see-a-clinician"
        case painMonitoring = "pain-monitoring"
    }

    /// The rule of each item of each list, declared once for `validate` and the schema.
    static let textRules: KeyValuePairs<CodingKeys, TextRule> = [
        .stopIf: .sentence, .seeAClinician: .sentence, .painMonitoring: .sentence,
    ]

    /// Creates safety text.
    public init(
        stopIf: [String], redFlags: [RedFlag] = RedFlag.standard, seeAClinician: [String], painMonitoring: [String] = []
    ) {
        self.stopIf = stopIf
        self.redFlags = redFlags
        self.seeAClinician = seeAClinician
        self.painMonitoring = painMonitoring
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        stopIf = keys.decodeEach(String.self, forKey: .stopIf, recorder: recorder)
        redFlags = keys.contains(.redFlags)
            ? keys.decodeEachIfPresent(RedFlag.self, forKey: .redFlags, recorder: recorder) : RedFlag.standard
        seeAClinician = keys.decodeEach(String.self, forKey: .seeAClinician, recorder: recorder)
        painMonitoring = keys.decodeEachIfPresent(String.self, forKey: .painMonitoring, recorder: recorder)
        keys.checkTexts(Self.textRules, recorder: recorder)
        for key in CodingKeys.allCases where key != .redFlags {
            keys.checkCount(forKey: key, limit: Limits.safetyItems, noun: "items", owner: "the safety text",
                            recorder: recorder, help: "keep the list short enough to read")
        }
        for key in [CodingKeys.stopIf, .seeAClinician] {
            keys.checkNotEmpty(key, recorder: recorder,
                               help: "every programme states when to stop and when to get help")
        }
        keys.checkCount(forKey: .redFlags, limit: Limits.redFlags, noun: "red flags", owner: "the safety text",
                        recorder: recorder, help: "keep the screening short enough to answer")
        if keys.contains(.redFlags) {
            keys.checkNotEmpty(.redFlags, recorder: recorder,
                               message: "'red-flags' must list at least one red flag",
                               help: "leave 'red-flags' out for the standard list, or name the ones that apply")
        }
        Self.checkUniqueSymptoms(redFlags, keys: keys, recorder: recorder)
        try recorder.check()
    }

    /// Two red flags with one name could not be told apart by `--symptom`.
    private static func checkUniqueSymptoms(
        _ flags: [RedFlag], keys: KeyedDecodingContainer<CodingKeys>, recorder: DecodingRecorder
    ) {
        var seen: Set<String> = []
        let nodes = (try? keys.superDecoder(forKey: .redFlags))?.yamlNode?.sequence ?? []
        for (index, flag) in flags.enumerated() where !flag.id.isEmpty && !seen.insert(flag.id).inserted {
            recorder.report(
                "the red flag '\(flag.id)' is listed twice", at: nodes.indices.contains(index) ? nodes[index].range : nil,
                path: keys.codingPath + [CodingKeys.redFlags, AnyCodingKey(index)],
                help: "list each red flag once")
        }
    }

    /// The red flags by urgency, most urgent first, each group under its urgency's advice
    /// (`Call 999 … or go to A&E now:`), each flag's ``RedFlag/line``.
    /// Then the other clinician notes (`Also see a clinician:`). Empty groups are left out.
    public var clinicianGroups: [(heading: String, items: [String])] {
        var groups = self.groups(of: RedFlag.Urgency.allCases)
        if !seeAClinician.isEmpty { groups.append(("Also see a clinician before you go on:", seeAClinician)) }
        return groups
    }

    /// The red flags of each of `urgencies` that has any, under its advice (`Call 999 … now:`).
    public func groups(of urgencies: [RedFlag.Urgency]) -> [(heading: String, items: [String])] {
        urgencies.map { urgency in
            let advice = urgency.advice
            return (advice.prefix(1).uppercased() + advice.dropFirst() + ":", redFlags.filter { $0.urgency == urgency }.map(\.line))
        }.filter { !$0.items.isEmpty }
    }

    /// A pain score (`5/10`) in a stop rule or a clinician note: how much pain is acceptable is
    /// load management, which the pain rules decide and the plan's pain monitoring states; the
    /// same number in a stop rule would tell the person two things. Each problem is the list's
    /// key, the item's index and the text found.
    public var thresholdProblems: [(key: String, index: Int, found: String)] {
        var problems: [(key: String, index: Int, found: String)] = []
        for (key, items) in [(CodingKeys.stopIf, stopIf), (.seeAClinician, seeAClinician), (.painMonitoring, painMonitoring)] {
            for (index, item) in items.enumerated() {
                if let found = Self.painScore(in: item) { problems.append((key.stringValue, index, found)) }
            }
        }
        for (index, flag) in redFlags.enumerated() {
            if let found = Self.painScore(in: flag.sign) { problems.append((CodingKeys.redFlags.stringValue, index, found)) }
        }
        return problems
    }

    /// The first `N/10` in `text`, if any.
    static func painScore(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        for index in scalars.indices where scalars[index] == "/" {
            var start = index
            while start > 0, ("0"..."9").contains(scalars[start - 1]) { start -= 1 }
            guard start < index, index + 2 < scalars.count, scalars[index + 1] == "1", scalars[index + 2] == "0" else { continue }
            if index + 3 < scalars.count, ("0"..."9").contains(scalars[index + 3]) { continue }
            return String(String.UnicodeScalarView(scalars[start...(index + 2)]))
        }
        return nil
    }
}
