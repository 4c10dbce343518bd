import PlanKit

/// Writes a prescription's `change`: why it differs from the last time its exercise slot was done,
/// in words a person understands ("+2 reps (2 x 10 done on Fri 11 Dec, pain 2/10)" from a journal,
/// "+2 reps if last week's 2 x 10 was done with pain at or under 3/10" without one, "deload week:
/// sets 3 -> 2").
struct ChangeText: Sendable {
    /// The catalog, for variant names.
    var catalog: ExerciseCatalog
    /// The pain rules, for the condition a rise assumes when nothing was logged.
    var rules: PainRules = .standard
    /// The name of the session's phase, for a dose that a phase sets.
    var phase: String? = nil

    /// The change text for `now`, or nil when nothing changed or it is the exercise's first time.
    ///
    /// - Parameters:
    ///   - basis: what the journal logged of the slot's last session; nil when nothing was (a plan
    ///     without a journal): a rise then says what it assumes instead of stating it as done.
    ///   - toldTop: whether the plan already said the slot is at the top; set when it says so.
    func text(now: Given, last: Given?, step: Step, basis: ChangeBasis? = nil, toldTop: inout Bool) -> String? {
        guard let last else { return nil }
        if now.dose == last.dose {
            // Only the top of the progression is worth saying (once) when nothing changed.
            guard Self.saysTop(now: now, last: last, step: step, toldTop: toldTop) else { return nil }
            toldTop = true
            switch step {
            case .top:
                return "top of the progression (\(now.text)) and no harder variant: stay here, with good form"
            case .waiting(let harder, let reason):
                return "top of the progression for now (\(now.text)): \(catalog.sentenceName(of: harder)) "
                    + "comes \(reason)"
            case .taken(let harder):
                return "top of the progression (\(now.text)): its harder variant, \(catalog.sentenceName(of: harder)), "
                    + "is in this block already; stay here, with good form"
            default:
                return nil
            }
        }
        if now.deload {
            if now.exerciseID == last.exerciseID, now.amount == last.amount, now.kind == last.kind {
                return "deload week: sets \(last.sets) -> \(now.sets)"
            }
            return fallback(now: now, last: last)
        }
        switch step {
        case .more(let by, let from):
            if last.deload {
                // The rise builds on the dose before the deload; the deload week decides it.
                var text = "+\(more(by, now.kind)) on the \(from.text) before the deload week" + (basis == nil ? "," : "")
                appendReason(last.text, last: last, now: now, basis: basis, to: &text)
                return text
            }
            let added = now.amount - last.amount
            guard now.exerciseID == last.exerciseID, now.sets == last.sets, added > 0 else {
                return fallback(now: now, last: last)
            }
            var text = "+"
            text += more(added, now.kind)
            appendReason(last.text, last: last, now: now, basis: basis, to: &text)
            return text
        case .addSet(let from):
            // After a deload week the set is added to the dose before it, and the deload week decides.
            let why = reason(last.deload ? last.text : from.text, last: last, now: now, basis: basis)
            let added = last.deload ? "+1 set on the \(from.text) before the deload week" : "+1 set"
            guard now.kind == .hold else {
                let amount = "\(now.amount) reps"
                return basis == nil ? added + ", back to \(amount)," + why : added + why + ", back to \(amount)"
            }
            // A hold is not cut when a set is added; the week's rise is bounded instead.
            let each = now.amount == from.amount
                ? "\(now.amount) s each" : "\(now.amount) s each: the week's holds rise at most \(WeeklyRise.percent)%"
            return added + (basis == nil && last.deload ? "," : "") + why + ", " + each
        case .blockDose(let from):
            let was = from.exerciseID == now.exerciseID ? from.text : "\(catalog.sentenceName(of: from.exerciseID)) \(from.text)"
            return (phase.map { "\($0) phase: " } ?? "this week's block: ") + "now \(now.text) (was \(was)"
                + (last.deload ? " before the deload week)" : ")")
        case .harder(let from):
            let perSide = catalog.exercise(now.exerciseID)?.perSide == true ? " per side" : ""
            let dose = now.text + perSide
            let name = catalog.sentenceName(of: now.exerciseID)
            return "harder variant: \(name), " + (from.kind == now.kind ? "back to \(dose)" : dose)
        case .fitted(_, let reason):
            return "easier variant \(reason): \(catalog.sentenceName(of: now.exerciseID)), \(now.text)"
        case .top, .waiting, .taken, .first, .none:
            return last.deload ? "deload over: back to \(now.text)" : fallback(now: now, last: last)
        }
    }

    /// Whether `text(now:last:step:basis:toldTop:)` says that the slot is at the top of its
    /// progression (once, when the dose stays outside a deload week): it then sets `toldTop`.
    static func saysTop(now: Given, last: Given?, step: Step, toldTop: Bool) -> Bool {
        guard let last, now.dose == last.dose, !now.deload, !toldTop else { return false }
        switch step {
        case .top, .waiting, .taken: return true
        default: return false
        }
    }

    /// ` (2 x 10 done on Fri 11 Dec, pain 2/10)`, or ` if last week's 2 x 10 was done with pain at
    /// or under 3/10` when nothing was logged.
    private func reason(_ dose: String, last: Given, now: Given, basis: ChangeBasis?) -> String {
        var text = ""
        appendReason(dose, last: last, now: now, basis: basis, to: &text)
        return text
    }

    /// Appends ``reason(_:last:now:basis:)`` to `text`, in place: the most frequent change, a
    /// rise, is its `+2 reps` and this.
    private func appendReason(_ dose: String, last: Given, now: Given, basis: ChangeBasis?, to text: inout String) {
        ChangeBasis.appendReason(
            dose, of: last.exerciseID, last.week == now.week - 1 ? "last week's" : "the last", basis: basis, rules: rules,
            to: &text)
    }

    /// `2 reps`, `1 rep` or `5 s hold`.
    private func more(_ count: Int, _ kind: Exercise.Kind) -> String {
        kind == .hold ? String(count) + " s hold" : (count == 1 ? "1 rep" : String(count) + " reps")
    }

    /// For a slot's first session: why it starts at an easier variant than the block names; or,
    /// for one done through positions (prone Y-T-W), why its reps are not the `written` range but
    /// the `planned` one (rule S3: 6 or less to start, at most 10 per position); else nil.
    func firstText(
        slot: String, variant: String, reason: String, written: StartTarget? = nil, planned: StartTarget? = nil
    ) -> String? {
        if variant != slot { return "easier variant \(reason): the \(catalog.sentenceName(of: slot)) comes later" }
        guard let written, let planned, written.start != planned.start || written.target != planned.target,
            let exercise = catalog.exercise(variant), exercise.kind == .reps, let last = exercise.positions.last,
            exercise.positions.count > 1
        else { return nil }
        let list = exercise.positions.dropLast().joined(separator: ", ") + " and " + last
        return "\(planned) reps each position, not \(written): each rep goes through \(list), "
            + "so at most \(Progression.mostRepsPerPosition) each"
    }

    /// For differences no rule explains (blocks of different sessions with different ranges).
    private func fallback(now: Given, last: Given) -> String {
        if now.exerciseID != last.exerciseID {
            let (name, was) = (catalog.sentenceName(of: now.exerciseID), catalog.sentenceName(of: last.exerciseID))
            return "now \(name), \(now.text) (was \(was), \(last.text))"
        }
        return "now \(now.text) (was \(last.text))"
    }
}
