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
    static let textRules: [CodingKeys: TextRule] = [.name: .name, .focus: .sentence]

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
        keys.checkTexts(Self.textRules, recorder: recorder)
        try recorder.check()
    }
}
