public import YAMLKit
public import PlanKit

/// One item of a stabilizer block's `exercises`: an exercise id (`plank`), or a mapping that gives
/// the exercise its own dose and variants (`{id: prone-y-t-w, reps: {start: 8, target: 12}}`).
///
/// Every key but `id` is optional and overrides the block's value for this exercise only, with
/// the block's forms and ranges; `harder` names the exercise's own sequence of harder variants
/// in place of the catalog's `harder` (`[]`: none).
public struct ExerciseEntry: Sendable, Equatable, Decodable {
    /// The catalog id, with where it was written.
    public var id: Located<String>
    /// Working sets for this exercise, when not the block's.
    public var sets: StartTarget?
    /// Repetitions per set for this exercise, when not the block's.
    public var reps: StartTarget?
    /// Seconds per hold for this exercise, when not the block's.
    public var holdSeconds: StartTarget?
    /// Rest between sets for this exercise, when not the block's.
    public var restSeconds: Int?
    /// The harder variants this exercise moves on to, in order, in place of the catalog's; nil
    /// when the item does not say (the catalog's then, if the block allows).
    public var harder: [Located<String>]?

    /// The keys of the mapping form.
    enum Key: String, CaseIterable {
        case id, sets, reps
        case holdSeconds = "hold-seconds"
        case restSeconds = "rest-seconds"
        case harder

        var codingKey: AnyCodingKey { AnyCodingKey(rawValue) }
    }

    /// An item that names `id` only.
    public init(_ id: String, sets: StartTarget? = nil, reps: StartTarget? = nil, holdSeconds: StartTarget? = nil,
                restSeconds: Int? = nil, harder: [String]? = nil) {
        self.id = Located(id)
        self.sets = sets
        self.reps = reps
        self.holdSeconds = holdSeconds
        self.restSeconds = restSeconds
        self.harder = harder.map { $0.map { Located($0) } }
    }

    /// Whether the item gives the dose that an exercise of `kind` is counted in (`reps` for
    /// repetitions, `hold-seconds` for a hold): what lets a block take an exercise of another
    /// category.
    public func statesDose(for kind: Exercise.Kind) -> Bool {
        kind == .reps ? reps != nil : holdSeconds != nil
    }

    /// Whether the item gives any of the exercise's dose (sets, reps or hold) itself.
    public var hasOwnDose: Bool { sets != nil || reps != nil || holdSeconds != nil }

    public init(from decoder: any Decoder) throws {
        guard let node = decoder.yamlNode, node.mapping != nil else {
            id = try Located<String>(from: decoder)
            return
        }
        let keys = try decoder.container(listing: Key.allCases.map(\.rawValue))
        let recorder = decoder.recorder()
        id = recorder.attempt(Located("")) { try keys.decode(Located<String>.self, forKey: Key.id.codingKey) }
        sets = recorder.attempt(nil) { try keys.decodeIfPresent(StartTarget.self, forKey: Key.sets.codingKey) }
        reps = recorder.attempt(nil) { try keys.decodeIfPresent(StartTarget.self, forKey: Key.reps.codingKey) }
        holdSeconds = recorder.attempt(nil) {
            try keys.decodeIfPresent(StartTarget.self, forKey: Key.holdSeconds.codingKey)
        }
        restSeconds = recorder.attempt(nil) {
            try keys.decodeIfPresent(
                Int.self, forKey: Key.restSeconds.codingKey, in: StabilizerOptions.restRange,
                help: StabilizerOptions.Declared.restSeconds.help)
        }
        if keys.contains(Key.harder.codingKey), (try? keys.decodeNil(forKey: Key.harder.codingKey)) != true {
            keys.checkCount(forKey: Key.harder.codingKey, limit: Limits.listItems, noun: "harder variants",
                            owner: "an exercise", recorder: recorder, help: "name the next few harder variants, easiest first")
            harder = keys.decodeEach(Located<String>.self, forKey: Key.harder.codingKey, recorder: recorder)
        }
        let itemPath = decoder.codingPath
        let check = RangeCheck(keys: keys, recorder: recorder, path: itemPath)
        if let sets { check.dose(sets, key: Key.sets.codingKey, allowed: StabilizerOptions.setsRange, unit: "sets") }
        if let reps {
            check.dose(reps, key: Key.reps.codingKey, allowed: StabilizerOptions.repsRange, unit: "repetitions per set")
        }
        if let holdSeconds {
            check.dose(holdSeconds, key: Key.holdSeconds.codingKey, allowed: StabilizerOptions.holdRange,
                       unit: "seconds per hold")
        }
        try recorder.check()
    }

    /// Values only; where they were written does not matter.
    public static func == (lhs: ExerciseEntry, rhs: ExerciseEntry) -> Bool {
        lhs.id == rhs.id && lhs.sets == rhs.sets && lhs.reps == rhs.reps && lhs.holdSeconds == rhs.holdSeconds
            && lhs.restSeconds == rhs.restSeconds && lhs.harder?.map(\.value) == rhs.harder?.map(\.value)
    }
}
