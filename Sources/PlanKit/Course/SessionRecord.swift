/// What the journal says about a planned session: done on its day, done on a later day, or
/// missed; what was logged; and what that changes for the sessions after it.
public struct SessionRecord: Sendable, Hashable, Codable {
    /// Whether and when the session happened.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Logged on the session's own date.
        case done
        /// Logged on a later date, before the next session.
        case moved
        /// Not logged before the next session came round.
        case missed
    }

    /// Whether and when the session happened.
    public var status: Status
    /// The journal entry; nil when missed.
    public var log: SessionLog?
    /// What the outcome changes for the next sessions and why; nil when the plan goes on as written.
    public var decision: String?

    /// Creates a record.
    public init(status: Status, log: SessionLog?, decision: String?) {
        self.status = status
        self.log = log
        self.decision = decision
    }

    /// The decision's wording for a verdict.
    static func decision(for verdict: Verdict) -> String? {
        switch verdict {
        case .progress: nil
        case .hold(let why): "\(why): the next session holds the dose"
        case .stepBack(let why): "\(why): the next session steps back"
        case .stop(let why): why
        }
    }
}
