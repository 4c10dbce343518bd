extension MobilityWarmUp {
    /// What the warm-up carries from session to session: how many times each drill list has been
    /// prescribed, which sets where the rotation starts.
    ///
    /// The count is kept per drill list (the ids in order) because two session templates may list
    /// different drills; a list's count advances only when a block with that list is prescribed,
    /// so templates that alternate each rotate through all of their own drills.
    public struct State: Sendable, Hashable {
        /// Prescriptions so far, by drill list (ids joined with commas).
        public var prescribed: [String: Int]
        /// Prescriptions so far across every list: the plugin's session count.
        public var sessions: Int

        /// The state before the first session.
        public init() {
            prescribed = [:]
            sessions = 0
        }

        /// Records one more prescription of `drills` and returns its 1-based number for that list.
        mutating func advance(for drills: [String]) -> Int {
            let key = drills.joined(separator: ",")
            let number = (prescribed[key] ?? 0) + 1
            prescribed[key] = number
            sessions += 1
            return number
        }
    }
}
