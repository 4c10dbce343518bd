import PlanKit

/// Fills a warm-up of a given length from drills in order (domain-facts §3, §5).
///
/// 1. Include drills in order while the running total stays within the time, always at least two.
/// 2. If every drill got in and more than 60 s are left, give drills a second set, in order, while
///    the total still fits.
///
/// Times come from `DurationEstimator`, each drill's changeover included.
struct WarmUpFiller: Sendable {
    /// Seconds left over after one pass that earn second sets.
    static let secondSetThreshold = 60
    /// The most drills a warm-up always has, even past its time.
    static let minimumDrills = 2

    var estimator = DurationEstimator()

    /// The prescriptions for `drills` (already in this session's order) within `seconds`.
    func fill(_ drills: [Exercise], within seconds: Int) -> [Prescription] {
        var chosen: [Prescription] = []
        var total = 0
        for drill in drills {
            let one = DrillDose.prescription(for: drill, sets: 1)
            let time = estimator.seconds(for: one)
            guard chosen.count < Self.minimumDrills || total + time <= seconds else { break }
            chosen.append(one)
            total += time
        }
        guard chosen.count == drills.count, seconds - total > Self.secondSetThreshold else { return chosen }
        for index in chosen.indices {
            var two = chosen[index]
            two.sets = 2
            let extra = estimator.seconds(for: two) - estimator.seconds(for: chosen[index])
            guard total + extra <= seconds else { break }
            chosen[index] = two
            total += extra
        }
        return chosen
    }

    /// Seconds for every drill with two sets: the most a list can fill.
    func fullSeconds(_ drills: [Exercise]) -> Int {
        drills.reduce(0) { $0 + estimator.seconds(for: DrillDose.prescription(for: $1, sets: 2)) }
    }
}
