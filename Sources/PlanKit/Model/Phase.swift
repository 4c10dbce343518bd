import YAMLKit

/// A named run of weeks with one focus (`Activate`, weeks 1-2), and the session templates its
/// weeks use when it has its own (`sessions:`; the programme's when it has none).
public struct Phase: Sendable, Decodable {
    /// The phase's name.
    public var name: String
    /// How many weeks it lasts.
    public var weeks: Int
    /// What the phase works on, in a line.
    public var focus: String?
    /// The phase's own session templates, used in its weeks instead of the programme's; empty
    /// when the phase uses the programme's `sessions`.
    public var sessions: [SessionTemplate] = []

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, weeks, focus, sessions
    }

    /// The rule of each free-text key, declared once for `validate` and the schema.
    static let textRules: KeyValuePairs<CodingKeys, TextRule> = [.name: .name, .focus: .sentence]

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
        sessions = keys.decodeEachIfPresent(SessionTemplate.self, forKey: .sessions, recorder: recorder)
        if keys.contains(.sessions) {
            keys.checkNotEmpty(.sessions, recorder: recorder, message: "a phase's 'sessions' must hold at least one session template",
                               help: "list the phase's templates, or remove 'sessions' to use the programme's")
        }
        keys.checkCount(forKey: .sessions, limit: Limits.sessionTemplates, noun: "session templates", owner: "a phase",
                        recorder: recorder, help: "a phase needs only a few templates; they are assigned in turn")
        keys.checkTexts(Self.textRules, recorder: recorder)
        try recorder.check()
    }
}
