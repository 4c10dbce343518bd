import PlanKit

/// Stable, unique event UIDs: `<32 hex digits>-<session number>@protract.invalid`.
///
/// The hex digits are the first 128 bits of SHA-256 over the programme id and a *person key*,
/// each length-prefixed so no two different pairs hash the same text. Every event of one plan
/// shares them, and the session number makes each event unique within the file. So:
/// - regenerating the same plan gives the same UIDs, and a client that re-imports the file
///   updates its events instead of duplicating them;
/// - what is not in the key can change without changing UIDs: the start time, the training
///   days, the session's content (regenerating after a time change moves the same events);
/// - another programme, or another person, gives other UIDs, so plans never overwrite each other.
///
/// The person key is the caller's (``ICalendarRenderer/Options/personKey``, e.g. the person's name,
/// a calendar id, or a course's ``courseKey(course:athlete:)``) when given; otherwise it is made from the inputs that tell people apart: the
/// name, the start date and the baselines. `protract.invalid` uses the `.invalid` top-level
/// domain (RFC 2606), which can never be someone else's domain.
struct UIDGenerator: Sendable, Hashable {
    /// The domain after the `@`.
    static let domain = "protract.invalid"

    /// The 32 hex digits shared by every UID of the plan.
    let planKey: String

    /// A generator for a programme and a person key.
    init(programmeID: String, personKey: String) {
        let fields = ["protract-uid-v1", programmeID, personKey]
        let text = fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "\n")
        planKey = String(SHA256Digest(text).hex.prefix(32))
    }

    /// A generator for a plan: the caller's person key when it has any text, else one derived
    /// from the athlete.
    init(plan: Plan, personKey: String?) {
        let given = personKey?.trimmed ?? ""
        self.init(programmeID: plan.programmeID, personKey: given.isEmpty ? Self.derivedKey(plan.athlete) : given)
    }

    /// The UID of the session with this number.
    func uid(forSession number: Int) -> String {
        "\(planKey)-\(number)@\(Self.domain)"
    }

    /// `course:3:sam;name=3:Sam;start=2026-12-07`: a course's person key. The course's name tells
    /// apart two courses of one person on one programme (a coach's second block for a client, which
    /// took the first one's events when the key was the name alone); the name and start tell apart
    /// courses of one name in two journal files. None of them changes while the course runs.
    static func courseKey(course: String, athlete: Athlete) -> String {
        let name = athlete.name?.trimmed ?? ""
        return "course:\(course.utf8.count):\(course);name=\(name.utf8.count):\(name);start=\(athlete.start)"
    }

    /// `athlete:name=Sam;start=2026-12-07;baseline=push-ups=6`: what differs between people when no
    /// key is given. The session time, days and time zone are left out on purpose, so changing them
    /// updates the same events.
    static func derivedKey(_ athlete: Athlete) -> String {
        let name = athlete.name?.trimmed ?? ""
        let baseline = athlete.baseline.sorted { $0.key < $1.key }
            .map { "\($0.key.utf8.count):\($0.key)=\($0.value)" }.joined(separator: ",")
        return "athlete:name=\(name.utf8.count):\(name);start=\(athlete.start);baseline=\(baseline)"
    }
}
