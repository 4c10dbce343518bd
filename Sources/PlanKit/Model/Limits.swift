public import YAMLKit

/// The most items each list in a programme, catalog or profile may hold, and the most work one plan
/// may hold.
///
/// Each count is far above what a person writes by hand (the built-in programmes use a tenth of
/// it or less), and together they bound the cost of a plan: a programme that `protract validate`
/// accepts plans at `Programme.maxWeeks` weeks, every day of the week, in a fixed, small amount of
/// time and memory. Text lengths are bounded separately, field by field. `docs/limits.md` lists
/// them all with what a person sees when one is crossed.
public enum Limits {
    /// Phases in a programme.
    public static let phases = 52
    /// Deload weeks named one by one.
    public static let deloadWeeks = Programme.maxWeeks
    /// Session templates in a programme.
    public static let sessionTemplates = 28
    /// Blocks in one session template.
    public static let blocksPerSession = 6
    /// Exercises a plugin block may list (stabilizer exercises, ladder steps, warm-up drills).
    public static let exercisesPerBlock = 10
    /// Exercises a programme adds to the catalog.
    public static let programmeExercises = 200
    /// Exercises in one catalog file.
    public static let catalogExercises = 500
    /// Items in an exercise's short lists (muscles, equipment, easier, harder).
    public static let listItems = 12
    /// Form cues of one exercise (the built-in catalog has at most 7).
    public static let cues = 10
    /// Items in each list of a programme's safety text (stop-if, see-a-clinician, pain-monitoring);
    /// every calendar event repeats them. The built-ins have at most 11.
    public static let safetyItems = 12
    /// A programme's red flags (`safety.red-flags`): the screening asks each. The standard list
    /// has 18.
    public static let redFlags = 24
    /// A programme's sources.
    public static let sources = 40
    /// Prescriptions in one session (the built-ins have at most 12): every block's exercises,
    /// warm-up drills and push-up sets together, as the programme's own plan has them.
    public static let prescriptionsPerSession = 24
    /// Notes on one session template.
    public static let notesPerSession = 6
    /// Dates to skip, from a profile and `--skip` together.
    public static let skipDates = 1000
    /// Prescriptions in one plan (every exercise of every session). The counts above keep any
    /// valid programme under it at `Programme.maxWeeks` weeks of daily sessions
    /// (520 x 7 sessions x 24 prescriptions = 87,360 at the very most); the planner checks it as a
    /// last guard.
    public static let prescriptionsPerPlan = 90_000
}

extension KeyedDecodingContainer {
    /// Reports a list written with more than `limit` items, at the list's key.
    ///
    /// - Parameters:
    ///   - noun: what the list holds, plural (`phases`).
    ///   - owner: what holds the list (`a programme`).
    public func checkCount(
        forKey key: Key, limit: Int, noun: String, owner: String, recorder: DecodingRecorder, help: String? = nil
    ) {
        guard contains(key), let count = (try? nestedUnkeyedContainer(forKey: key))?.count, count > limit else { return }
        recorder.report(
            "'\(key.stringValue)' lists \(count) \(noun); \(owner) may have at most \(limit)",
            at: keyRange(forKey: key) ?? sourceRange(forKey: key), path: codingPath + [key],
            help: help ?? "split the work into fewer, larger items, or into several programmes")
    }
}
