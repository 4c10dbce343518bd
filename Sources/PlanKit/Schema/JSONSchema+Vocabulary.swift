import YAMLKit

/// The value shapes programme files share: kebab-case ids, text, times, days, tempos and
/// percentages. Each pattern accepts what the matching model type reads, and no more.
extension JSONSchema {
    /// A kebab-case id such as `scapular-push-up` (`Identifier.isValid`).
    public static let identifier = JSONSchema.string(pattern: "^[a-z0-9]+(-[a-z0-9]+)*$")
        .with("maxLength", .int(Identifier.maxLength))

    /// The id of an exercise in the built-in catalog or the programme's own `exercises`: a
    /// reference to the document's `exercise-id` definition, which lists the ids an editor
    /// completes (`ExerciseSchema.id(known:)`).
    public static let exerciseID = reference(ExerciseSchema.idDefinition)
        .described("An exercise id from the catalog ('protract exercises') or the programme's own 'exercises'.")

    /// Text. YAML reads an unquoted `2024` or `true` as a number or a boolean, but Protract
    /// takes any scalar where it wants text, so the schema does too.
    public static let text = JSONSchema(["type": ["string", "number", "boolean"]])

    /// Text that `rule` accepts: 1 to `maxLength` characters (validate refuses only spaces as
    /// well, which one `pattern` cannot say beside the other), none that a terminal acts on (and no
    /// line break or tab in a single-line field). Plain `text` when `rule` is nil.
    public static func text(_ rule: TextRule?) -> JSONSchema {
        guard let rule else { return text }
        return text.with("minLength", .int(1)).with("maxLength", .int(rule.maxLength))
            .with("pattern", .string(TerminalText.pattern(allowingLineBreaks: rule.multiLine)))
    }

    /// A list of text lines, each one `rule` accepts, with at most `maxItems` of them.
    public static func lines(_ rule: TextRule? = nil, minItems: Int? = nil, maxItems: Int?) -> JSONSchema {
        .array(of: .text(rule), minItems: minItems, maxItems: maxItems)
    }

    /// A 24-hour time `HH:MM` (`TimeOfDay`); one-digit hours are accepted.
    public static let timeOfDay = JSONSchema.string(pattern: "^([01]?[0-9]|2[0-3]):[0-5][0-9]$")
        .described("A 24-hour time HH:MM, in quotes, such as \"07:30\".")

    /// A day of the week (`Weekday`): `mon` … `sun`, or a full name, in any letter case.
    public static let weekday: JSONSchema = {
        let short = Weekday.allCases.map(\.shortName)
        let caseless = Weekday.allCases.map { day in
            let letters = day.fullName.map { "[\($0)\($0.uppercased())]" }
            return letters.prefix(3).joined() + "(" + letters.dropFirst(3).joined() + ")?"
        }
        return JSONSchema.anyOf([.oneOf(short), .string(pattern: "^(" + caseless.joined(separator: "|") + ")$")])
            .described("A day of the week: " + short.joined(separator: ", ") + " (full names are accepted too).")
    }()

    /// A tempo `DOWN-PAUSE-UP` or `DOWN-PAUSE-UP-PAUSE`, each 0 to 10 seconds, not all 0 (`Tempo`).
    public static let tempo: JSONSchema = {
        let second = "(10|[0-9])"
        return JSONSchema.string(pattern: "^\(second)-\(second)-\(second)(-\(second))?$")
            .with("not", .object([(key: "pattern", value: .string("^0-0-0(-0)?$"))]))
            .described("Seconds down-pause-up, with an optional pause at the top, each 0 to 10 and not all 0, such as 2-1-2.")
    }()

    /// A percentage from 1% to 100%, written `60%` or as a bare whole number (`Percentage`).
    public static let percentage = JSONSchema.anyOf([
        .integer(1...100),
        .string(pattern: "^ *0*(100|[1-9][0-9]?) *%?$"),
    ]).described("A share from 1% to 100%, such as 60%.")
}
