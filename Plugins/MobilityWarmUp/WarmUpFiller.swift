import PlanKit

/// Fills a warm-up of a given length from drills in order (domain-facts §3, §5).
///
/// The time is the minutes asked for, to the nearest minute: up to 29 s past them, as "about 6 min"
/// says of 6 min 29 s.
///
/// 1. Include drills in order while the running total stays within the time, always at least two;
///    a drill that does not fit is passed over for a shorter one after it.
/// 2. While more than half a minute is left, give the drills more sets, a round at a time (a second
///    set for each drill in order while it fits, then a third), at most `maximumSets` each.
///
/// The warm-up then lasts the minutes asked for to the nearest minute, unless even `maximumSets` of
/// every drill fall short (`fullSeconds`): the plugin then says so in the block.
/// Times come from `DurationEstimator`, each drill's changeover included.
struct WarmUpFiller: Sendable {
    /// Seconds left over after a pass that earn more sets: more than half a minute, so that the
    /// warm-up rounds to the minutes asked for.
    static let moreSetsThreshold = 30
    /// The most drills a warm-up always has, even past its time.
    static let minimumDrills = 2
    /// The most sets of one drill (thread-the-needle, 3 rounds per side: domain-facts §3).
    static let maximumSets = 3

    var estimator = DurationEstimator()

    /// The prescriptions for `drills`, one set of each (`DrillDose`, already in this session's
    /// order), within `seconds` (to the nearest minute).
    func fill(_ drills: [Prescription], within target: Int) -> [Prescription] {
        let seconds = target + 29
        var chosen: [Prescription] = []
        var total = 0
        for one in drills {
            let time = estimator.seconds(for: one)
            guard chosen.count < Self.minimumDrills || total + time <= seconds else { continue }
            chosen.append(one)
            total += time
        }
        for sets in 2...Self.maximumSets {
            guard target - total > Self.moreSetsThreshold else { break }
            for index in chosen.indices where chosen[index].sets == sets - 1 {
                var more = chosen[index]
                more.sets = sets
                let extra = estimator.seconds(for: more) - estimator.seconds(for: chosen[index])
                guard total + extra <= seconds else { continue }
                chosen[index] = more
                total += extra
            }
        }
        return chosen
    }

    /// Seconds for every drill with `maximumSets` sets: the most a list can fill.
    func fullSeconds(_ drills: [Exercise]) -> Int {
        drills.reduce(0) { $0 + estimator.seconds(for: DrillDose.prescription(for: $1, sets: Self.maximumSets)) }
    }
}
