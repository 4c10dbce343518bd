public import YAMLKit

/// One `sessions:` item of a journal file as written, decoded with located diagnostics.
///
/// ```yaml
/// - date: 2026-12-09
///   as-planned: false
///   done:
///     knee-push-up: [6, 6, 5]
///   pain: 3
///   morning-pain: 2
///   hurt: [knee-push-up]
///   symptoms: [sharp-pain]
///   note: felt it in the last set
///   retest: 9
/// ```
///
/// `as-planned` may be left out: true when there is no `done`, false when there is.
public struct JournalEntry: Sendable, Decodable {
    /// The entry as a log.
    public var log: SessionLog
    /// Where the date was written.
    public var dateRange: SourceRange?
    /// The exercise ids of `done` and `hurt` with where each was written, for checks against a catalog.
    public var exerciseIDs: [Located<String>]
    /// The symptoms with where each was written, for checks against a programme's red flags.
    public var symptoms: [Located<String>]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case date
        case asPlanned = "as-planned"
        case done, pain
        case morningPain = "morning-pain"
        case hurt, symptoms, note, retest
    }

    /// The rules for the entry's free text.
    static let textRules: KeyValuePairs<CodingKeys, TextRule> = [.note: .prose]

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        // The coding path and the paths under it are made only for a problem to report.
        var path: [any CodingKey] { keys.codingPath }
        let date = recorder.attempt(nil) { try keys.decode(Located<CivilDate>.self, forKey: .date) }
        let pain = recorder.attempt(nil) {
            try keys.decodeIfPresent(Int.self, forKey: .pain, in: Limits.pain, help: "rate pain from 0 (none) to 10 (the worst)")
        }
        let morning = recorder.attempt(nil) {
            try keys.decodeIfPresent(
                Int.self, forKey: .morningPain, in: Limits.pain, help: "rate pain from 0 (none) to 10 (the worst)")
        }
        let note = recorder.attempt(nil) { try keys.decodeIfPresent(String.self, forKey: .note) }
        // retest: the reps of the session's max test (optional: journals written before it read as they were).
        let retest = recorder.attempt(nil) {
            try keys.decodeIfPresent(
                Int.self, forKey: .retest, in: Limits.loggedAmount,
                help: "write the reps of the retest's one set, such as 'retest: 9'")
        }
        keys.checkTexts(Self.textRules, recorder: recorder, refusingBlank: false)
        let asPlanned = recorder.attempt(nil) { try keys.decodeIfPresent(Bool.self, forKey: .asPlanned) }

        // symptoms: red-flag names, each once: a standard red flag's (the names of every earlier
        // version are among them) or a programme's own, which the journal cannot know of.
        // Most entries have neither symptoms nor hurt: one lookup each says so, where the count's
        // check and the decoding asked twice more.
        var symptoms: [Located<String>] = []
        if keys.contains(.symptoms) {
            keys.checkCount(forKey: .symptoms, limit: Limits.redFlags, noun: "symptoms", owner: "an entry",
                            recorder: recorder, help: "name each symptom once")
            symptoms = keys.decodeEachIfPresent(Located<String>.self, forKey: .symptoms, recorder: recorder)
        }
        var seenSymptoms: Set<String> = []
        for (index, symptom) in symptoms.enumerated() {
            var itemPath: [any CodingKey] { path + [CodingKeys.symptoms, AnyCodingKey(index)] }
            if RedFlag.named(symptom.value) == nil, !Identifier.isValid(symptom.value) {
                let ids = RedFlag.standard.map(\.id)
                let hint = Suggestion.nearest(to: symptom.value, in: ids).map { "did you mean '\($0)'? " } ?? ""
                recorder.report("unknown symptom '\(symptom.value)'", at: symptom.range, path: itemPath,
                                help: hint + "the symptoms are " + ids.joined(separator: ", ")
                                    + ", or a programme's own red flag (kebab-case)")
            } else if !seenSymptoms.insert(symptom.value).inserted {
                recorder.report("'symptoms' names '\(symptom.value)' twice", at: symptom.range, path: itemPath,
                                help: "name each symptom once")
            }
        }

        // hurt: exercise ids, each once (optional: journals written before it read as they were).
        var hurt: [Located<String>] = []
        if keys.contains(.hurt) {
            keys.checkCount(forKey: .hurt, limit: Limits.prescriptionsPerSession, noun: "exercises", owner: "an entry",
                            recorder: recorder, help: "name each exercise that hurt once")
            hurt = keys.decodeEachIfPresent(Located<String>.self, forKey: .hurt, recorder: recorder)
        }
        var hurtIDs: [Located<String>] = []
        for (index, id) in hurt.enumerated() {
            var itemPath: [any CodingKey] { path + [CodingKeys.hurt, AnyCodingKey(index)] }
            if let problem = Identifier.problem(with: id.value, noun: "exercise") {
                recorder.report(problem.message, at: id.range, path: itemPath, help: problem.help)
            } else if hurtIDs.contains(where: { $0.value == id.value }) {
                recorder.report("'hurt' names '\(id.value)' twice", at: id.range, path: itemPath,
                                help: "name each exercise that hurt once")
            } else {
                hurtIDs.append(id)
            }
        }

        // done: {exercise-id: [reps or seconds per set]}.
        var done: [SessionLog.Work] = []
        var ids: [Located<String>] = []
        if keys.contains(.done), (try? keys.decodeNil(forKey: .done)) != true,
            let map = recorder.attempt({ try keys.nestedContainer(keyedBy: AnyCodingKey.self, forKey: .done) })
        {
            if map.allKeys.count > Limits.prescriptionsPerSession {
                recorder.report(
                    "'done' lists \(map.allKeys.count) exercises; an entry may have at most \(Limits.prescriptionsPerSession)",
                    at: keys.keyRange(forKey: .done), path: path + [CodingKeys.done],
                    help: "log only the exercises of that session")
            }
            for key in map.allKeys {
                var keyPath: [any CodingKey] { path + [CodingKeys.done, key] }
                let id = Located(key.stringValue, at: map.keyRange(forKey: key))
                if let problem = Identifier.problem(with: id.value, noun: "exercise") {
                    recorder.report(problem.message, at: id.range, path: keyPath, help: problem.help)
                    continue
                }
                ids.append(id)
                if let sets = Self.sets(in: map, forKey: key, recorder: recorder, path: keyPath) {
                    done.append(SessionLog.Work(exerciseID: id.value, sets: sets))
                }
            }
        }
        exerciseIDs = ids + hurtIDs
        self.symptoms = symptoms
        dateRange = date?.range
        try recorder.check()
        log = SessionLog(
            date: date?.value ?? CivilDate.earliest, asPlanned: asPlanned ?? done.isEmpty, done: done, pain: pain,
            morningPain: morning, hurt: hurtIDs.map(\.value), symptoms: symptoms.map(\.value), note: note,
            retest: retest)
    }

    /// One exercise's sets: a list of 1 to `Limits.loggedSets` whole numbers, each within
    /// `Limits.loggedAmount`; nil after reporting a problem.
    private static func sets(
        in map: KeyedDecodingContainer<AnyCodingKey>, forKey key: AnyCodingKey, recorder: DecodingRecorder,
        path: @autoclosure () -> [any CodingKey]
    ) -> [Int]? {
        let help = "write reps, or seconds held, per set, such as [6, 6, 5]"
        guard var list = recorder.attempt({ try map.nestedUnkeyedContainer(forKey: key) }) else { return nil }
        let count = list.count ?? 0
        if count == 0 || count > Limits.loggedSets {
            recorder.report(
                count == 0 ? "'\(key.stringValue)' lists no sets"
                    : "'\(key.stringValue)' lists \(count) sets; the most is \(Limits.loggedSets)",
                at: map.sourceRange(forKey: key), path: path(), help: help)
            return nil
        }
        var sets: [Int] = []
        var failed = false
        while !list.isAtEnd {
            let index = list.currentIndex
            guard let item = try? list.superDecoder() else { break }
            var itemPath: [any CodingKey] { path() + [AnyCodingKey(index)] }
            let allowed = Limits.loggedAmount
            var bounds: String {
                "set \(index + 1) of '\(key.stringValue)' must be from \(allowed.lowerBound) to \(allowed.upperBound)"
            }
            if let written = BoundedInteger.overflowingText(in: item) {
                recorder.report("\(bounds), found \(written)", at: item.sourceRange, path: itemPath, help: help)
                failed = true
                continue
            }
            guard let value = recorder.attempt({ try item.singleValueContainer().decode(Int.self) }) else {
                failed = true
                continue
            }
            guard allowed.contains(value) else {
                recorder.report("\(bounds), found \(value)", at: item.sourceRange, path: itemPath, help: help)
                failed = true
                continue
            }
            sets.append(value)
        }
        return failed ? nil : sets
    }
}
