extension Limits {
    /// Sessions one journal may hold: one a day for the longest plan (`Programme.maxWeeks` weeks).
    public static let journalSessions = Programme.maxWeeks * 7
    /// Sets logged for one exercise in one session (a programme prescribes at most 6).
    public static let loggedSets = 12
    /// Reps, or seconds held, logged for one set: 0 (not done) to 600 (ten minutes of a hold;
    /// far above any prescription, whose reps stop at 50 and holds at 120 s).
    public static let loggedAmount = 0...600
    /// Pain during a session or the next morning, on the 0-10 scale.
    public static let pain = 0...10
}
