/// The sets of a dose done as planned (`3 x 8`: `[8, 8, 8]`), made once for each dose and shared
/// by every outcome that has it: a course's replay reads them for every prescription of every
/// session logged as planned, and an array made for each cost more than the rules that read it.
struct PlannedSets {
    /// A dose: repetitions or seconds per set, and how many sets.
    private struct Dose: Hashable {
        var amount: Int
        var count: Int
    }

    /// The sets made so far, by dose.
    private var made: [Dose: [Int]] = [:]

    /// `amount` `count` times, made the first time it is asked for.
    mutating func sets(_ amount: Int, count: Int) -> [Int] {
        let dose = Dose(amount: amount, count: count)
        if let sets = made[dose] { return sets }
        let sets = Array(repeating: amount, count: count)
        made[dose] = sets
        return sets
    }
}
