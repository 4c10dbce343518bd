import YAMLKit

/// Deload weeks that plan but defeat what a deload is for: a lighter week after weeks of loading,
/// so the body catches up (Bell et al. 2024: every 5.6 ± 2.3 weeks, lasting about a week;
/// research/domain-facts.md §4.4). Warnings, not errors: a clinician may mean them.
enum DeloadWarnings {
    /// What every help says a deload is for.
    static let purpose = "a deload is a lighter week after weeks of loading, for the body to catch up "
        + "(every 4-8 weeks, about a week long: Bell et al. 2024)"

    /// A deload in week 1 (before any loading), deload weeks that leave no regular week, and deload
    /// weeks in a row; each at the week as written under `root` (the item of `deload.weeks`, or
    /// `deload.every` for a week it makes).
    static func warnings(_ programme: Programme, root: Node?) -> [Diagnostic] {
        guard let deload = programme.deload else { return [] }
        let weeks = programme.weeks
        let deloads = (1...max(weeks, 1)).filter { deload.isDeload(week: $0) }
        guard !deloads.isEmpty else { return [] }
        let node = root?.mapping?["deload"]
        let items = node?.mapping?["weeks"]?.sequence ?? []
        // Where a deload week is written: its item of `weeks`, else `every`, else the section.
        func place(of week: Int) -> (range: SourceRange?, path: String) {
            if let index = items.firstIndex(where: { $0.scalar.flatMap { Int($0.value) } == week }) {
                return (items[index].range, "deload.weeks[\(index)]")
            }
            if let every = node?.mapping?["every"], deload.every.map({ week % $0 == 0 }) == true {
                return (every.range, "deload.every")
            }
            return (node?.range, "deload")
        }
        if deloads.count == weeks {
            let at = node?.mapping?["weeks"].map { ($0.range, "deload.weeks") } ?? (node?.range, "deload")
            return [Diagnostic(
                .warning,
                weeks == 1
                    ? "the programme's one week is a deload week: no week is at full volume"
                    : "every week of the programme's \(weeks) is a deload week: no week is at full volume",
                at: at.0, path: at.1,
                help: purpose + "; keep most weeks regular, such as 'every: 4', or remove 'deload' and lower the sets")]
        }
        var found: [Diagnostic] = []
        if deloads.first == 1 {
            let at = place(of: 1)
            found.append(Diagnostic(
                .warning, "week 1 is a deload week, before any week of loading", at: at.range, path: at.path,
                help: purpose + "; remove week 1, or name a later week, after the loading it follows"))
        }
        // Each run of deload weeks in a row, at its second week.
        var run: [Int] = []
        for week in deloads + [Int.max] {
            if let last = run.last, week == last + 1 {
                run.append(week)
                continue
            }
            if run.count > 1 {
                let at = place(of: run[1])
                let named = run.count == 2
                    ? "\(run[0]) and \(run[1])"
                    : run.dropLast().map(String.init).joined(separator: ", ") + " and \(run[run.count - 1])"
                found.append(Diagnostic(
                    .warning, "deload weeks \(named) come in a row", at: at.range, path: at.path,
                    help: purpose + "; keep one of them, with regular weeks between deloads"))
            }
            run = [week]
        }
        return found
    }
}
