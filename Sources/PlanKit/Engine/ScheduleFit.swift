/// How a person's plan fits the programme it comes from: phases stretched to a longer plan, and
/// what to say when the plan is shorter than its phases or has fewer sessions a week than the
/// programme is written for.
///
/// A longer plan stretches every phase in proportion (8 weeks of 2 + 4 + 2 become 16 weeks of
/// 4 + 8 + 4) rather than pouring the extra weeks into the last phase; a shorter one keeps the
/// phases as written, so the person does the first weeks as the programme means them, and is told
/// which phases the plan does not reach.
public struct ScheduleFit: Sendable {
    /// The last week of each phase in the plan, in phase order.
    public let phaseEnds: [Int]
    /// What the person is told about the fit (shown with the plan's first session), or nothing:
    /// `tooFewDays` and `tooShort`, those that apply.
    public var notes: [String] { [tooFewDays, tooShort].compactMap { $0 } }
    /// Why the plan's training days are fewer than the programme needs, or nil.
    public let tooFewDays: String?
    /// Which phases a plan shorter than the programme does not reach, or nil.
    public let tooShort: String?
    private let phases: [Phase]
    /// The programme's deload policy, the weeks it lists stretched in proportion as the phases are.
    private let deload: DeloadPolicy?

    /// The fit of a plan `weeks` long with `days` training days a week.
    public init(programme: Programme, weeks: Int, days: [Weekday]) {
        phases = programme.phases
        phaseEnds = Self.ends(of: programme.phases, programmeWeeks: programme.weeks, planWeeks: weeks)
        deload = programme.deload.map { policy in
            DeloadPolicy(
                every: policy.every,
                weeks: policy.weeks.map { Self.stretched(week: $0, programmeWeeks: programme.weeks, planWeeks: weeks) },
                volume: policy.volume)
        }
        let minimum = programme.schedule.minSessionsPerWeek
        if !days.isEmpty, days.count < minimum {
            let sessions = days.count == 1 ? "1 session a week" : "\(days.count) sessions a week"
            tooFewDays = (
                "\(sessions) (\(days.map(\.displayName).joined(separator: " "))) is fewer than the \(minimum) this "
                    + "programme needs: each step comes after fewer sessions than it was written for, so take a step "
                    + "only when the last one felt easy, and add a training day if you can (ACSM: 2-3 days a week)")
        } else {
            tooFewDays = nil
        }
        if weeks < programme.weeks {
            // A shorter plan keeps the phases as written: those that start after its end are not reached.
            let ends = phaseEnds
            let missing = zip(programme.phases, ends).filter { $0.1 - $0.0.weeks + 1 > weeks }.map(\.0.name)
            let whole = "plan at least \(programme.weeks) weeks for the whole programme"
            var note = "this plan is \(weeks == 1 ? "1 week" : "\(weeks) weeks"), shorter than the programme's \(programme.weeks): "
            if let current = Self.phase(forWeek: weeks, phases: programme.phases, ends: ends), !missing.isEmpty {
                let names = spokenList(missing)
                note += "it ends in the \(current.name) phase, and \(names) \(missing.count == 1 ? "is" : "are") not reached; "
            } else {
                note += "it ends before the programme's last weeks; "
            }
            tooShort = note + whole
        } else {
            tooShort = nil
        }
    }

    /// Whether a 1-based week of the plan is a deload week: every `every`-th week, and the weeks
    /// `weeks` lists, which a longer plan stretches in proportion as it does the phases (weeks 4
    /// and 8 of 8 are weeks 10 and 20 of a 20-week plan), so that they stay at the same points.
    public func isDeload(week: Int) -> Bool {
        deload?.isDeload(week: week) ?? false
    }

    /// A week of the programme in a plan `planWeeks` long: as written, or in proportion when the
    /// plan is longer.
    static func stretched(week: Int, programmeWeeks: Int, planWeeks: Int) -> Int {
        guard planWeeks > programmeWeeks, programmeWeeks > 0 else { return week }
        return max(1, (week * planWeeks + programmeWeeks / 2) / programmeWeeks)
    }

    /// The phase a 1-based week of the plan falls in, if the programme has phases.
    public func phase(forWeek week: Int) -> Phase? {
        phaseIndex(forWeek: week).map { phases[$0] }
    }

    /// The index of the phase a 1-based week of the plan falls in, if the programme has phases.
    public func phaseIndex(forWeek week: Int) -> Int? {
        guard !phases.isEmpty else { return nil }
        for (index, end) in zip(phases.indices, phaseEnds) where week <= end { return index }
        return phases.count - 1
    }

    private static func phase(forWeek week: Int, phases: [Phase], ends: [Int]) -> Phase? {
        for (phase, end) in zip(phases, ends) where week <= end { return phase }
        return phases.last
    }

    /// Each phase's last week: as written, or stretched in proportion for a longer plan (each
    /// phase at least one week longer than the one before ends, the last at the plan's end).
    static func ends(of phases: [Phase], programmeWeeks: Int, planWeeks: Int) -> [Int] {
        var written: [Int] = []
        var end = 0
        for phase in phases {
            // Phases are at most `maxWeeks` long and few (`Limits.phases`), but a programme made in
            // code is not checked: the sum must still never trap.
            end = end.addingReportingOverflow(phase.weeks).overflow ? Int.max : end + phase.weeks
            written.append(end)
        }
        let total = written.last ?? 0
        guard planWeeks > programmeWeeks, total == programmeWeeks, total > 0 else { return written }
        var stretched: [Int] = []
        for (index, end) in written.enumerated() {
            let previous = stretched.last ?? 0
            let room = planWeeks - (written.count - 1 - index)  // leave a week for each later phase
            let scaled = (end * planWeeks + total / 2) / total
            stretched.append(index == written.count - 1 ? planWeeks : min(max(scaled, previous + 1), room))
        }
        return stretched
    }
}
