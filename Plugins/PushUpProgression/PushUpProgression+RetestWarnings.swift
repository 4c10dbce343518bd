public import PlanKit
public import YAMLKit

extension PushUpProgression {
    /// Retests that the programme's deloads spoil, as written: the last week's retest
    /// (`retest-last-week`) given in a deload week, a max-effort test in a week of cut sets (the
    /// built-in upper-back-rehab moves its deload to week 5 for this); and a `retest-every` week
    /// that is a deload week with no regular week of the block after it, whose retest, passed on
    /// to the next regular week, is lost. Warnings: the plan still plans.
    public func warnings(in weeks: BlockWeeks) -> [Diagnostic] {
        let last = weeks.programmeWeeks
        var found: [Diagnostic] = []
        let endsOnDeload = options.retestLastWeek && weeks.weeks.contains(last) && weeks.isDeload(week: last)
        if endsOnDeload {
            found.append(Diagnostic(
                .warning,
                "the last week's retest (week \(last)) falls in a deload week: the programme ends on a max-effort "
                    + "test in a week of cut sets",
                at: options.place.range(Options.Declared.retestLastWeek.declaration.key),
                path: options.place.path(Options.Declared.retestLastWeek.declaration.key),
                help: "move the deload off week \(last) (\(weeks.deloadFix(freeing: last))) so that the test comes on a "
                    + "regular week, or leave out 'retest-last-week' and test earlier with 'retest-every'"))
        }
        if let every = options.retestEvery, every > 0 {
            let planned = Set(weeks.weeks)
            for week in weeks.weeks where week % every == 0 && weeks.isDeload(week: week) {
                // The week's retest goes to the next regular week the block is planned in, if any.
                var next = week + 1
                while planned.contains(next), weeks.isDeload(week: next) { next += 1 }
                guard !planned.contains(next), !(options.retestLastWeek && week == last) else { continue }
                found.append(Diagnostic(
                    .warning,
                    "the week-\(week) retest is lost: week \(week) is a deload week, and a retest in a deload week "
                        + "goes to the next regular week, which this block does not have",
                    at: options.place.range(Options.Declared.retestEvery.declaration.key),
                    path: options.place.path(Options.Declared.retestEvery.declaration.key),
                    help: "move the deload off week \(week) (\(weeks.deloadFix(freeing: week)))"
                        + (week == last ? ", or add 'retest-last-week: true' to test in the last week anyway" : "")))
            }
        }
        return found
    }
}
