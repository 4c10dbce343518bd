/// The sets of a dose done as planned (`3 x 8`: `[8, 8, 8]`), made once for each dose and shared
/// by every outcome that has it: a course's replay reads them for every prescription of every
/// session logged as planned, and an array made for each cost more than the rules that read it.
struct PlannedSets {
    /// The sets made so far, one for each dose (repetitions or seconds per set, and how many
    /// sets). A programme has a few dozen doses: a list, searched, costs less than a table hashed.
    private var made: [(amount: Int, count: Int, sets: [Int])] = []

    /// `amount` `count` times, made the first time it is asked for.
    mutating func sets(_ amount: Int, count: Int) -> [Int] {
        if let known = made.firstIndex(where: { $0.amount == amount && $0.count == count }) { return made[known].sets }
        let sets = Array(repeating: amount, count: count)
        made.append((amount, count, sets))
        return sets
    }
}
