/// What a rise in dose builds on: a session the course's journal logged, or, in a plan without a
/// journal (and for a course's sessions still to come), a session the plan only assumes was done.
///
/// A plugin keeps the basis of its last session from `adapt` and words its next change with
/// `reason(_:_:basis:rules:)`, so a plan never states as done what nobody logged:
///
/// ```
/// +1 rep (3 x 5 done on Mon 7 Dec, pain 2/10)                      the journal says so
/// +1 rep (3 x 5 asked, 8,8,8 done on Mon 7 Dec, pain 2/10)          and more was done
/// +1 rep (3 x 5 done on Mon 7 Dec, pain 2/10, next morning not rated)  the morning is still to come
/// +1 rep if last session's 3 x 5 was done with pain at or under 3/10   a plan without one
/// ```
public struct ChangeBasis: Sendable, Hashable {
    /// The date the session was done.
    public var date: CivilDate
    /// Pain during it, 0-10, when it was rated.
    public var pain: Int?
    /// Pain the next morning, 0-10, when it was rated. A rise after a session whose morning is not
    /// rated says so: the rise holds only if the morning settles, and a morning logged later
    /// re-plans it (a clinician's trial read a rise as final the evening of the session).
    public var morningPain: Int?
    /// The sets logged of each exercise whose sets differed from its prescription, by id: a rise
    /// that builds on them says what was done, not only what was asked.
    public var differing: [String: [Int]]

    /// Creates a basis.
    public init(date: CivilDate, pain: Int?, morningPain: Int? = nil, differing: [String: [Int]] = [:]) {
        self.date = date
        self.pain = pain
        self.morningPain = morningPain
        self.differing = differing
    }

    /// The basis a logged outcome gives; nil for a missed session. The outcome is borrowed: every
    /// plugin's `adapt` asks this of every block of a course's replay, and a copy of it was made
    /// and destroyed each time.
    public init?(_ outcome: borrowing BlockOutcome) {
        guard let log = outcome.log else { return nil }
        var differing: [String: [Int]] = [:]
        for (prescription, sets) in zip(outcome.prescribed.prescriptions, outcome.done) where !prescription.dose.isTest
            && (sets.count != prescription.sets || sets.contains { $0 != prescription.dose.amount })
        {
            differing[prescription.exerciseID] = sets
        }
        self.init(date: log.date, pain: log.pain, morningPain: log.morningPain, differing: differing)
    }

    /// Why a dose of `exerciseID` moves on from `dose`, with a leading space:
    /// - with a basis, the fact: ` (3 x 5 done on Mon 7 Dec, pain 2/10)`, or ` (3 x 5 asked, 8,8,8
    ///   done on Mon 7 Dec, pain 2/10)` when the sets logged differ from the dose; `, next morning
    ///   not rated` after the pain when the session's next morning has no rating;
    /// - without, the condition the plan assumes: ` if last session's 3 x 5 was done with pain at
    ///   or under 3/10` (`when` is `last session's`, `last week's`, `week 2's`).
    public static func reason(
        _ dose: String, of exerciseID: String, _ when: String, basis: ChangeBasis?, rules: PainRules
    ) -> String {
        var text = ""
        appendReason(dose, of: exerciseID, when, basis: basis, rules: rules, to: &text)
        return text
    }

    /// Appends ``reason(_:of:_:basis:rules:)`` to `text`: a change's words are written into one
    /// string piece by piece, where interpolations and concatenations made a string for each
    /// piece (a two-year course words hundreds of changes).
    public static func appendReason(
        _ dose: String, of exerciseID: String, _ when: String, basis: ChangeBasis?, rules: PainRules,
        to text: inout String
    ) {
        guard let basis else {
            text += " if "
            text += when
            text += " "
            text += dose
            text += " was done with pain at or under "
            text += String(rules.progressUpTo)
            text += "/10"
            return
        }
        text += " ("
        text += dose
        // Most sessions were done as asked: an empty table is not hashed into.
        if !basis.differing.isEmpty, let sets = basis.differing[exerciseID] {
            text += " asked, "
            for (index, reps) in sets.enumerated() {
                if index > 0 { text += "," }
                text += String(reps)
            }
        }
        text += " done on "
        basis.date.appendShortDisplay(to: &text)
        if let pain = basis.pain {
            text += ", pain "
            text += String(pain)
            text += "/10"
            if basis.morningPain == nil { text += ", next morning not rated" }
        } else {
            text += ", pain not rated"
        }
        text += ")"
    }
}
