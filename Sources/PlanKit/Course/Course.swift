/// One person following one programme over time: the inputs the plan was started with and the
/// journal of every session logged. A course is the person's own data: it is saved as a YAML
/// journal file and never reset or overwritten without being asked.
public struct Course: Sendable, Hashable, Codable {
    /// The journal format this build writes and reads; a newer one is refused, never rewritten.
    public static let formatVersion = 1

    /// The format version the journal was written in.
    public var version: Int
    /// The course's name (`upper-back-rehab`, or the name given to `start --course`).
    public var name: String
    /// The programme's id.
    public var programmeID: String
    /// The programme file's path when it is not a built-in programme.
    public var programmeFile: String?
    /// A hash of the programme file when the course started, so a later edit is noticed.
    public var programmeHash: String
    /// The person and their choices, as given to `start`.
    public var athlete: Athlete
    /// Every session logged, in date order.
    public var logs: [SessionLog]
    /// The most sessions the course's plan has held, kept when a change to the journal made it
    /// shorter (a missed week logged late counts again): the sessions after the plan's end up to
    /// this number once stood in a calendar, and its export cancels them. Nil while it never shrank.
    public var longestPlan: Int?
    /// The red-flag screening when the course started, which its plans repeat in their header;
    /// nil in a journal written before it was kept.
    public var screening: Plan.Screening?
    /// The days the person saw a physiotherapist or GP about pain not easing and was told to go
    /// on (`log --seen-clinician`), in date order: pain not easing is read again from the
    /// sessions after the latest (``PainNotEasing``).
    public var clinicianVisits: [CivilDate] = []

    /// Creates a course.
    public init(
        name: String, programmeID: String, programmeFile: String? = nil, programmeHash: String, athlete: Athlete,
        logs: [SessionLog] = [], version: Int = Course.formatVersion
    ) {
        self.version = version
        self.name = name
        self.programmeID = programmeID
        self.programmeFile = programmeFile
        self.programmeHash = programmeHash
        self.athlete = athlete
        self.logs = logs
    }
}
