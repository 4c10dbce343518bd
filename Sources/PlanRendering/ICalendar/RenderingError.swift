/// Why a plan could not be rendered.
public enum RenderingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The person's time zone is not an IANA zone this system knows.
    case unknownTimeZone(String)
    /// A reminder asked for a negative number of minutes before the session.
    case negativeReminder(minutes: Int)
    /// The plan has no sessions, and a calendar file must hold at least one event.
    case noSessions

    /// What went wrong and what to do about it.
    public var description: String {
        switch self {
        case .unknownTimeZone(let identifier):
            return "unknown time zone '\(identifier)': expected an IANA name such as Europe/London or America/New_York"
        case .negativeReminder(let minutes):
            return "a reminder must come before the session: expected 0 or more minutes, found \(minutes)"
        case .noSessions:
            return "the plan has no sessions, so there is nothing to put in a calendar"
        }
    }
}
