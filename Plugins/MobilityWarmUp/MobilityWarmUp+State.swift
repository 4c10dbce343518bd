public import PlanKit

extension MobilityWarmUp {
    /// What the warm-up carries from session to session: how many times each drill list has been
    /// prescribed, which sets where the rotation starts.
    ///
    /// The count is kept per drill list (the ids in order) because two session templates may list
    /// different drills; a list's count advances only when a block with that list is prescribed,
    /// so templates that alternate each rotate through all of their own drills.
    ///
    /// Every drill that hurt (`log --hurt`) is kept, in the order it hurt, so that no warm-up gives
    /// it again; each block swaps it for a drill of its own choosing (see `MobilityWarmUp.swaps`).
    public struct State: Sendable, Hashable {
        /// A drill that hurt, and when.
        public struct Hurt: Sendable, Hashable {
            /// The drill's id.
            public var drill: String
            /// The session it hurt in.
            public var date: CivilDate

            /// Creates a record of a drill that hurt.
            public init(drill: String, date: CivilDate) {
                self.drill = drill
                self.date = date
            }
        }

        /// Prescriptions so far, by drill list (ids joined with commas).
        public var prescribed: [String: Int]
        /// Prescriptions so far across every list: the plugin's session count.
        public var sessions: Int
        /// Every drill that hurt, in the order it hurt (each once).
        public var hurt: [Hurt] = []
        /// The swaps a warm-up has said already, as `list|drill` (a drill list as in `prescribed`).
        public var announced: Set<String> = []

        /// Whether `id` has hurt.
        public func hasHurt(_ id: String) -> Bool { hurt.contains { $0.drill == id } }

        /// The state before the first session.
        public init() {
            prescribed = [:]
            sessions = 0
        }

        /// Records one more prescription of the drill list `key` (ids joined with commas) and
        /// returns its 1-based number for that list.
        /// The list's long key is hashed once, its count moved on in place.
        mutating func advance(forList key: String) -> Int {
            sessions += 1
            return Self.countingOne(&prescribed[key, default: 0])
        }

        /// `count` plus one, kept.
        private static func countingOne(_ count: inout Int) -> Int {
            count += 1
            return count
        }
    }
}
