/// The weeks of a programme, as written, that one block is planned in, and which of them are
/// deload weeks: what a plugin needs to warn about choices that clash with the programme's
/// calendar, such as a retest that falls in a deload week (`PlanPlugin.warnings(in:)`).
public struct BlockWeeks: Sendable, Hashable {
    /// The programme's number of weeks.
    public var programmeWeeks: Int
    /// The weeks the block's session template is planned in, in order: its phase's, for a phase's
    /// own template; else the weeks of every phase that uses the programme's templates (all weeks,
    /// without phases).
    public var weeks: [Int]
    /// The programme's deloads, if it has any.
    public var deload: DeloadPolicy?

    /// Creates the weeks of a block.
    public init(programmeWeeks: Int, weeks: [Int], deload: DeloadPolicy?) {
        self.programmeWeeks = programmeWeeks
        self.weeks = weeks
        self.deload = deload
    }

    /// The weeks of a block of `programme` whose template is `phase`'s own (nil: the programme's).
    public init(_ programme: Programme, phase: Int?) {
        var starts: [Int] = []
        var start = 1
        for phase in programme.phases {
            starts.append(start)
            start = min(start + phase.weeks, programme.weeks + 1)
        }
        func weeks(ofPhase index: Int) -> [Int] {
            let first = starts[index]
            let last = min(first + programme.phases[index].weeks - 1, programme.weeks)
            return first <= last ? Array(first...last) : []
        }
        let all = programme.weeks >= 1 ? Array(1...programme.weeks) : []
        let planned: [Int]
        if let phase, programme.phases.indices.contains(phase) {
            planned = weeks(ofPhase: phase)
        } else if programme.phases.isEmpty {
            planned = all
        } else {
            planned = programme.phases.indices.filter { programme.phases[$0].sessions.isEmpty }.flatMap(weeks(ofPhase:))
        }
        self.init(programmeWeeks: programme.weeks, weeks: planned, deload: programme.deload)
    }

    /// Whether the 1-based week is a deload week.
    public func isDeload(week: Int) -> Bool {
        deload?.isDeload(week: week) ?? false
    }

    /// Every deload week of the programme, in order.
    public var deloadWeeks: [Int] {
        programmeWeeks >= 1 ? (1...programmeWeeks).filter(isDeload(week:)) : []
    }

    /// How to take `week` out of the deloads, for a help: `deload: {weeks: [3, 6, 9], volume: 50%}`
    /// when `every` makes it one, `remove 12 from deload.weeks` when the list names it.
    public func deloadFix(freeing week: Int) -> String {
        guard let deload else { return "remove 'deload'" }
        let others = deloadWeeks.filter { $0 != week }
        if let every = deload.every, week % every == 0 {
            guard !others.isEmpty else { return "remove 'deload'" }
            guard others.count <= 8 else { return "list the deload weeks without week \(week) in 'deload.weeks'" }
            return "write 'deload: {weeks: [\(others.map(String.init).joined(separator: ", "))], volume: \(deload.volume)}'"
        }
        return others.isEmpty ? "remove 'deload'" : "remove \(week) from 'deload.weeks'"
    }
}
