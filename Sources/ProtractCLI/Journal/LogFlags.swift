import ArgumentParser
import PlanKit
import YAMLKit

/// Reading `log`'s flags into the parts of an entry, with the journal's own bounds.
enum LogFlags {
    /// The options of `log` that take a value, and of those the ones given once at most.
    static let takingValues: Set<String> = [
        "--date", "--pain", "--morning", "--note", "--retest", "--remove", "--edit", "--export", "--course", "--journal",
        "--today", "--done", "--hurt", "--symptom",
    ]
    /// (`--today`, hidden and for tests and scripts, keeps ArgumentParser's rule: the last one.)
    static let once = takingValues.subtracting(["--done", "--hurt", "--symptom", "--today"])

    /// Refuses an option of one value given twice (`--pain 2 --pain 3` logged 3 without a word, a
    /// person's trial): which value was meant is the person's to say. Values are skipped as values
    /// (`--note --pain` is a note), and nothing after `--` counts.
    static func checkGivenOnce(_ arguments: [String]) throws {
        var seen: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if word == "--" { break }
            guard word.hasPrefix("--") else { continue }
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            guard takingValues.contains(name) else { continue }
            var value = parts.count == 2 ? String(parts[1]) : nil
            if value == nil, index < arguments.count {
                value = arguments[index]
                index += 1
            }
            guard once.contains(name) else { continue }
            if let first = seen[name] {
                throw ValidationError(
                    "\(name) is given twice (\(shown(first)), then \(shown(value ?? ""))); give it once, with the value you mean")
            }
            seen[name] = value ?? ""
        }
    }

    /// One `--done ID=6,6,5`. `isExercise` says whether a word is an exercise's id, for the hint
    /// on a comma written where a new `--done` was meant (``separated(_:sets:tail:isExercise:)``).
    static func parseDone(_ items: [String], isExercise: (String) -> Bool = { _ in false }) throws -> [SessionLog.Work] {
        var result: [SessionLog.Work] = []
        for item in items {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let example = "such as '--done knee-push-up=6,6,5' (reps per set) or '--done plank=30,25' (seconds held)"
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ValidationError("--done '\(shown(item))' must be EXERCISE=N,N,...; \(example)")
            }
            let id = String(parts[0])
            if let problem = Identifier.problem(with: id, noun: "exercise") {
                throw ValidationError("--done: \(shown(problem.message)); \(problem.help)")
            }
            var sets: [Int] = []
            let numbers = parts[1].split(separator: ",", omittingEmptySubsequences: false)
            for (index, number) in numbers.enumerated() {
                let text = number.trimmed
                guard isNumber(text) else {
                    let tail = numbers[index...].map { $0.trimmed }
                    let help = separated(id, sets: sets, tail: tail, isExercise: isExercise).map {
                        "a comma separates the sets of one exercise; each exercise has a --done of its own: '\(shown($0))'"
                    } ?? example
                    throw ValidationError("--done \(shown(id)): '\(shown(String(number)))' is not a whole number; \(help)")
                }
                guard let value = Int(text), Limits.loggedAmount.contains(value) else {
                    throw ValidationError(
                        "--done \(id): each set must be from \(Limits.loggedAmount.lowerBound) to "
                            + "\(Limits.loggedAmount.upperBound) reps or seconds, found \(shown(text))")
                }
                sets.append(value)
            }
            if sets.count > Limits.loggedSets {
                throw ValidationError("--done \(id) lists \(sets.count) sets; the most is \(Limits.loggedSets)")
            }
            if result.contains(where: { $0.exerciseID == id }) {
                throw ValidationError("--done \(id) is given twice; give each exercise once, with every set: \(id)=6,6,5")
            }
            result.append(SessionLog.Work(exerciseID: id, sets: sets))
        }
        if result.count > Limits.prescriptionsPerSession {
            throw ValidationError("--done is given \(result.count) times; a session has at most \(Limits.prescriptionsPerSession) exercises")
        }
        return result
    }

    /// Whether `text` is written as a whole number (`6`, or `-1`, which the range refuses).
    private static func isNumber(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.utf8.allSatisfy { (48...57).contains($0) }
    }

    /// The `--done` flags that `--done ID=SETS,TAIL` stands for when a comma was written where a
    /// new `--done` was meant, `tail` being its parts from the first that is not a number: each
    /// part `OTHER=N` or an exercise's id alone (`wall-slide`, by `isExercise`) begins another
    /// exercise, and numbers after it are its sets. `--done knee-push-up=6,6,scapular-push-up=8`
    /// gives `--done knee-push-up=6,6 --done scapular-push-up=8`; `--done knee-push-up=6,6,5,wall-slide`
    /// gives `--done knee-push-up=6,6,5 --done wall-slide=N,N,...`. Nil when a part is none of
    /// these (a typo such as `6,6,x`), or no set comes before the tail.
    static func separated(_ id: String, sets: [Int], tail: [String], isExercise: (String) -> Bool) -> String? {
        guard !sets.isEmpty, !tail.isEmpty else { return nil }
        var groups: [(id: String, sets: [String])] = [(id, sets.map(String.init))]
        for part in tail {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            if pieces.count == 2, Identifier.isValid(pieces[0]), pieces[0].first?.isLetter == true, isNumber(pieces[1]) {
                groups.append((pieces[0], [pieces[1]]))
            } else if isNumber(part), groups.count > 1 {
                groups[groups.count - 1].sets.append(part)
            } else if Identifier.isValid(part), isExercise(part) {
                groups.append((part, []))
            } else {
                return nil
            }
        }
        return groups.map { "--done \($0.id)=" + ($0.sets.isEmpty ? "N,N,..." : $0.sets.joined(separator: ",")) }
            .joined(separator: " ")
    }

    /// Whether `id` is an exercise of the built-in catalog; false when the catalog cannot be read
    /// (its problem is for the command to say, not a hint).
    static func isBuiltInExercise(_ id: String) -> Bool {
        var quiet = Console()
        quiet.quiet = true
        return (try? Environment.load(console: quiet))?.catalog.exercise(id) != nil
    }

    /// The `--hurt` ids: exercise ids, each once, at most a session's exercises. Whether the
    /// session has them is checked against the course's plan (`log` does, when it has the course).
    static func checkHurt(_ ids: [String]) throws {
        for id in ids {
            if let problem = Identifier.problem(with: id, noun: "exercise") {
                throw ValidationError("--hurt: \(shown(problem.message)); \(problem.help)")
            }
        }
        if let twice = ids.first(where: { id in ids.filter { $0 == id }.count > 1 }) {
            throw ValidationError("--hurt \(twice) is given twice; give each exercise once")
        }
        if ids.count > Limits.prescriptionsPerSession {
            throw ValidationError(
                "--hurt is given \(ids.count) times; a session has at most \(Limits.prescriptionsPerSession) exercises")
        }
    }

    /// A 0-10 pain rating given with `flag`.
    static func checkPain(_ value: Int?, flag: String) throws {
        guard let value, !Limits.pain.contains(value) else { return }
        throw ValidationError("\(flag) must be from 0 (no pain) to 10 (the worst), found \(value)")
    }

    /// The reps of a retest, within the journal's bounds for a set.
    static func checkRetest(_ value: Int?) throws {
        guard let value, !Limits.loggedAmount.contains(value) else { return }
        throw ValidationError(
            "--retest must be from \(Limits.loggedAmount.lowerBound) to \(Limits.loggedAmount.upperBound) reps, found \(value)")
    }

    /// A date given with `flag`.
    static func date(_ text: String?, flag: String) throws -> CivilDate? {
        guard let text else { return nil }
        guard let date = CivilDate(parsing: text) else {
            throw ValidationError("\(flag) '\(shown(text))' is not a date; write YYYY-MM-DD, such as 2026-12-09")
        }
        return date
    }
}
