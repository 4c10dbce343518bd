import ArgumentParser
import PlanKit
import YAMLKit

/// The person's inputs as flags; each overrides the same key of `--profile`.
struct PlanOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A YAML file with the person's inputs (name, start, days, time, time-zone, weeks, baseline, skip).", valueName: "file"))
    var profile: String?

    @Option(help: ArgumentHelp("The person's name, shown in the plan.", valueName: "name"))
    var name: String?

    @Option(help: ArgumentHelp("First day of week 1 (default: the next Monday).", valueName: "yyyy-mm-dd"))
    var start: String?

    @Option(help: ArgumentHelp("Training days, comma-separated (default: the programme's).", valueName: "mon,wed,fri"))
    var days: String?

    @Option(help: ArgumentHelp("Session start time, 24-hour (default: the programme's).", valueName: "hh:mm"))
    var time: String?

    @Option(help: ArgumentHelp("IANA time zone, e.g. Europe/London (default: the system's).", valueName: "zone"))
    var timeZone: String?

    // `.unconditional`: '--weeks -1' is a number out of range, not a missing value.
    @Option(parsing: .unconditional, help: ArgumentHelp("Plan length in weeks (default: the programme's).", valueName: "n"))
    var weeks: Int?

    @Option(help: ArgumentHelp(
        "A date with no training, or several separated by commas; repeat for more.", valueName: "yyyy-mm-dd[,...]"))
    var skip: [String] = []

    @Option(help: ArgumentHelp("A baseline test, e.g. push-ups=6: the most good-form push-ups in one set (in a rehab programme such as upper-back-rehab, only push-ups with pain at or under 3/10, or its pain rules' limit, count); with few or no full push-ups, add knee-push-ups=N, the most on your knees; repeat for more ('protract plugins' lists each plugin's keys).", valueName: "key=value"))
    var baseline: [String] = []

    @Option(help: ArgumentHelp(
        "A red-flag symptom you have (see 'protract screen PROGRAMME'); the plan is refused.", valueName: "name"))
    var symptom: [String] = []

    @Flag(help: "Answer no to every red-flag question, as 'protract screen --none' (on a terminal they are asked otherwise).")
    var none = false

    /// The flags given that make a new plan's inputs, as typed (`--baseline`), in declaration order.
    var givenFlags: [String] {
        let given: [(String, Bool)] = [
            ("--profile", profile != nil), ("--name", name != nil), ("--start", start != nil), ("--days", days != nil),
            ("--time", time != nil), ("--time-zone", timeZone != nil), ("--weeks", weeks != nil), ("--skip", !skip.isEmpty),
            ("--baseline", !baseline.isEmpty), ("--none", none),
        ]
        return given.filter(\.1).map(\.0)
    }

    /// The dates of every `--skip`, each of which may list several separated by commas.
    var skipDates: [CivilDate] {
        skip.flatMap { $0.split(separator: ",").compactMap { CivilDate(parsing: String($0)) } }
    }

    /// Checks the flags' syntax; their meaning is checked once the programme is known.
    func validateSyntax() throws {
        try SystemPath.checkNamed(profile, "--profile")
        if let name { try Self.checkText(name, flag: "--name", rule: .name) }
        if let start, CivilDate(parsing: start) == nil {
            throw ValidationError("--start '\(shown(start))' is not a date; write YYYY-MM-DD, such as 2026-12-07")
        }
        if let days { _ = try Self.parseDays(days) }
        if let time, TimeOfDay(parsing: time) == nil {
            throw ValidationError("--time '\(shown(time))' is not a time; write HH:MM in 24-hour form, such as 07:30")
        }
        if let timeZone, let problem = AthleteRules.timeZoneProblem(timeZone) {
            throw ValidationError("--time-zone: \(problem)")
        }
        if let weeks, let problem = AthleteRules.weeksProblem(weeks, field: "--weeks") {
            throw ValidationError(problem)
        }
        for date in skip.lazy.flatMap({ $0.split(separator: ",", omittingEmptySubsequences: false) })
        where CivilDate(parsing: String(date)) == nil {
            throw ValidationError("--skip '\(shown(String(date)))' is not a date; write YYYY-MM-DD, or several separated by commas")
        }
        if let problem = AthleteRules.skipProblem(fromFlags: skipDates.count) {
            throw ValidationError(problem)
        }
        _ = try Self.parseBaseline(baseline)
        try Self.checkScreeningFlags(symptom: symptom, none: none)
    }

    /// Refuses free text for `flag` that `rule` does not accept (a control character, a line
    /// break, too long), as `validate` refuses it in a file.
    static func checkText(_ text: String, flag: String, rule: TextRule) throws {
        guard let problem = rule.problem(with: text) else { return }
        let (message, help) = rule.explain(problem, field: flag)
        throw ValidationError("\(message); \(help)")
    }

    /// Refuses `--none` with `--symptom`, and a symptom named twice; the names themselves are
    /// checked against the programme's red flags once it is loaded (`Screening`).
    static func checkScreeningFlags(symptom: [String], none: Bool) throws {
        if none, !symptom.isEmpty { throw ValidationError("--none and --symptom cannot be used together") }
        if Set(symptom).count != symptom.count {
            throw ValidationError("--symptom names the same symptom twice; give each once")
        }
    }

    static func parseDays(_ text: String) throws -> [Weekday] {
        var result: [Weekday] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = String(part).trimmed
            guard let day = Weekday(name: name) else {
                throw ValidationError("--days: '\(shown(name))' is not a day; write days such as mon,wed,fri")
            }
            if result.contains(day) {
                throw ValidationError(AthleteRules.repeatedDay(day, in: "--days"))
            }
            result.append(day)
        }
        return result.sorted()
    }

    /// One `--baseline KEY=NUMBER`: the number is nil when it has too many digits for any
    /// baseline (its range is checked, and named, once the programme is known).
    struct BaselineFlag {
        var key: String
        var value: Int?
        var text: String
    }

    /// Reads `--baseline` flags: each KEY=NUMBER, each key once (a repeated key is refused, as a
    /// repeated key is in a profile).
    static func parseBaseline(_ items: [String]) throws -> [BaselineFlag] {
        var result: [BaselineFlag] = []
        for item in items {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let digits = parts.count == 2 ? parts[1].drop { $0 == "-" || $0 == "+" } : ""
            guard parts.count == 2, !parts[0].isEmpty, parts[1].count - digits.count <= 1, !digits.isEmpty,
                digits.allSatisfy({ $0.isASCII && $0.isNumber })
            else {
                throw ValidationError("--baseline '\(shown(item))' must be KEY=NUMBER, such as push-ups=6")
            }
            let key = String(parts[0])
            if let earlier = result.first(where: { $0.key == key }) {
                throw ValidationError(
                    "--baseline \(shown(key)) is given twice (\(shown(earlier.text)) and \(shown(String(parts[1])))); give each key once")
            }
            result.append(BaselineFlag(key: key, value: Int(parts[1]), text: String(parts[1])))
        }
        return result
    }
}

/// User input quoted in a message, with anything a terminal acts on shown as a visible escape.
func shown(_ text: String) -> String {
    TerminalText.visible(text)
}
