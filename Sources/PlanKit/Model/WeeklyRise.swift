/// The most a block's training volume (repetitions, or seconds held) may rise from one week to the
/// next, outside the first week of a new step or variant (a new exercise starts its own count).
///
/// 20% a week keeps the acute:chronic workload ratio (this week against the mean of the last four)
/// at about 1.29, inside the 0.8-1.3 range Gabbett 2016 (Br J Sports Med 50:273-80) found safest;
/// the practitioners' "10% a week" rule is stricter but unvalidated (domain-facts §4.2). Below five
/// repetitions or seconds a set, 20% is less than one, so one more per set is always allowed: the
/// smallest step there is (the double progression's +1 rep, domain-facts §4.3).
public enum WeeklyRise {
    /// The bound, in percent of the week before.
    public static let percent = 20

    /// The most `previous` may grow to: 20% more, rounded down, or `previous + minimum` when that
    /// is more (`minimum` is one repetition or second per set).
    public static func cap(_ previous: Int, minimum: Int = 1) -> Int {
        let (scaled, overflow) = previous.multipliedReportingOverflow(by: 100 + percent)
        guard !overflow else { return Int.max }
        return max(previous + minimum, scaled / 100)
    }
}
