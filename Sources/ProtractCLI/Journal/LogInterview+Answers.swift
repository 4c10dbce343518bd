import PlanKit
import YAMLKit

/// The answers to the questions of `protract log` on a terminal, read from what the person
/// typed: each a value, or the reason to ask again.
extension LogInterview {
    /// Exercises of `items` by number (or id), comma-separated; none for Enter.
    static func hurt(_ text: String, items: [Item]) -> Result<[String], LinePrompter.Reason> {
        chosen(text, from: items, id: \.exerciseID).map { $0.map(\.exerciseID) }
    }

    static func yesOrNo(_ text: String) -> Result<Bool, LinePrompter.Reason> {
        switch text.lowercased() {
        case "", "y", "yes": .success(true)
        case "n", "no": .success(false)
        default: .failure(.init("answer y or n (Enter for yes)"))
        }
    }

    /// `6,6,5` for `3 x 6`: the example shows one rep short in the last set.
    static func example(_ item: Item) -> String {
        let sets = min(max(item.sets, 1), Limits.loggedSets)
        let amount = min(item.dose.amount, Limits.loggedAmount.upperBound)
        return (Array(repeating: amount, count: sets - 1) + [max(amount - 1, 0)]).map(String.init).joined(separator: ",")
    }

    /// The reps or seconds of each set: `6,6,5` (or `6 6 5`), each 0-600, at most 12 sets.
    static func sets(_ text: String, hold: Bool, example: String) -> Result<[Int], LinePrompter.Reason> {
        let unit = hold ? "seconds" : "reps"
        guard !text.isEmpty else {
            return .failure(.init("type the \(unit) of each set, such as \(example), or 0 if not done"))
        }
        let parts = text.contains(",")
            ? text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmed }
            : text.split(separator: " ").map(String.init)
        var sets: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.utf8.count <= 6, part.utf8.allSatisfy({ (48...57).contains($0) }), let value = Int(part) else {
                let negative = part.hasPrefix("-") && part.dropFirst().utf8.allSatisfy { (48...57).contains($0) } && part.count > 1
                return .failure(.init(
                    part.isEmpty ? "a set is missing between the commas; such as \(example)"
                        : negative ? "each set is from \(Limits.loggedAmount.lowerBound) to \(Limits.loggedAmount.upperBound) \(unit), found \(shown(part))"
                        : "'\(shown(part))' is not a whole number; type the \(unit) of each set, such as \(example)"))
            }
            guard Limits.loggedAmount.contains(value) else {
                return .failure(.init(
                    "each set is from \(Limits.loggedAmount.lowerBound) to \(Limits.loggedAmount.upperBound) \(unit), found \(value)"))
            }
            sets.append(value)
        }
        if sets.count > Limits.loggedSets {
            return .failure(.init("that is \(sets.count) sets; the most is \(Limits.loggedSets)"))
        }
        return .success(sets)
    }

    /// A retest's reps, 0-600, or nil for Enter.
    static func retest(_ text: String) -> Result<Int?, LinePrompter.Reason> {
        wholeNumber(
            text, in: Limits.loggedAmount, digits: 6,
            otherwise: "type the reps of the test's one set, a whole number from \(Limits.loggedAmount.lowerBound) to "
                + "\(Limits.loggedAmount.upperBound), or press Enter to skip")
    }

    /// A 0-10 rating, or nil for Enter.
    static func pain(_ text: String) -> Result<Int?, LinePrompter.Reason> {
        wholeNumber(
            text, in: Limits.pain, digits: 2,
            otherwise: "type a whole number from 0 (no pain) to 10 (the worst), or press Enter to skip")
    }

    /// A whole number of at most `digits` digits within `range`, or nil for Enter; anything else
    /// is asked again with `otherwise`.
    private static func wholeNumber(
        _ text: String, in range: ClosedRange<Int>, digits: Int, otherwise: String
    ) -> Result<Int?, LinePrompter.Reason> {
        if text.isEmpty { return .success(nil) }
        guard text.utf8.count <= digits, text.utf8.allSatisfy({ (48...57).contains($0) }), let value = Int(text),
            range.contains(value)
        else { return .failure(.init(otherwise)) }
        return .success(value)
    }

    /// Red flags by number (or by name), comma-separated; none for Enter.
    static func redFlags(_ text: String, in all: [RedFlag] = RedFlag.standard) -> Result<[RedFlag], LinePrompter.Reason> {
        chosen(text, from: all, id: \.id)
    }

    /// Items of a numbered list, by number (or by id), comma-separated, in the list's order and
    /// each once; none for Enter (or `none`, `no`, `n`).
    static func chosen<Item>(_ text: String, from items: [Item], id: (Item) -> String) -> Result<[Item], LinePrompter.Reason> {
        if text.isEmpty || ["none", "no", "n"].contains(text.lowercased()) { return .success([]) }
        let example = items.count >= 5 ? "2,5" : "1,\(items.count)"
        let numbers = items.count == 1 ? "type 1" : "type numbers from 1 to \(items.count), such as \(example)"
        var chosen: Set<String> = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let word = part.trimmed
            guard !word.isEmpty else {
                // `1,,` may be a number left out: asked again rather than taken as `1`.
                return .failure(.init(
                    "a number is missing between the commas; type numbers such as \(example), or press Enter for none"))
            }
            if let number = Int(word), items.indices.contains(number - 1) {
                chosen.insert(id(items[number - 1]))
            } else if let item = items.first(where: { id($0) == word.lowercased() }) {
                chosen.insert(id(item))
            } else {
                return .failure(.init("'\(shown(word))' is not on the list; \(numbers), or press Enter for none"))
            }
        }
        return .success(items.filter { chosen.contains(id($0)) })
    }

    /// Free text, up to the journal's limit for a note; nil for Enter.
    static func note(_ text: String) -> Result<String?, LinePrompter.Reason> {
        if text.isEmpty { return .success(nil) }
        let text = SystemPath.text(text)
        if let problem = TextRule.prose.problem(with: text) {
            let (message, help) = TextRule.prose.explain(problem, field: "the note")
            return .failure(.init("\(message); \(help)"))
        }
        return .success(text)
    }
}
