/// The JSON Schema (draft 2020-12) of a programme file, built from the model and from each
/// plugin's declared options, for `protract schema` and for editors with a YAML language server.
///
/// Every model key comes from the model's own coding keys through an exhaustive `switch`, so a key
/// added to the model does not compile until the schema describes it. The schema checks shapes
/// (keys, types, ranges, patterns); the rules that need the catalog or the whole file (exercise
/// ids that exist, phases adding up to `weeks`) stay with `protract validate`.
public struct ProgrammeSchema: Sendable {
    /// The dialect the schema is written in.
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"
    /// The schema's default `$id`.
    public static let defaultID = "urn:protract:schema:programme"

    /// The schema's description.
    static let summary = "A Protract programme file: schedule, phases, deloads, session templates of plugin blocks, "
        + "the programme's own exercises and its safety text. Check it fully with 'protract validate FILE'."

    /// The plugins whose blocks the schema accepts, in registry order.
    public var plugins: [any PlanPlugin.Type]
    /// The schema's `$id`.
    public var id: String
    /// The exercises whose ids an editor completes: the catalog's, and a programme's own.
    public var exercises: [Exercise]

    /// Creates the schema for programmes that use these plugins and name these exercises.
    public init(plugins: [any PlanPlugin.Type], exercises: [Exercise] = [], id: String = ProgrammeSchema.defaultID) {
        self.plugins = plugins
        self.exercises = exercises
        self.id = id
    }

    /// The whole schema document.
    public var document: JSONValue {
        let root = JSONSchema.object(
            Programme.CodingKeys.allCases.map { ($0.stringValue, Self.schema(for: $0)) },
            required: ["id", "title", "summary", "weeks", "schedule", "safety"])
        let definitions: [(key: String, value: JSONValue)] = [
            ("schedule", Self.schedule.value),
            ("phase", Self.phase.value),
            ("deload", Self.deload.value),
            ("pain-rules", Self.painRules.value),
            ("session", Self.session.value),
            ("block", block.value),
        ] + plugins.map { (Self.definitionName($0.descriptor.id), Self.pluginBlock($0).value) } + [
            ("exercise", ExerciseSchema.exercise.value),
            (ExerciseSchema.idDefinition, ExerciseSchema.id(known: exercises).value),
            ("safety", Self.safety.value),
            ("after", Self.after.value),
        ]
        return Self.document(id: id, title: "Protract programme", summary: Self.summary, root: root, definitions: definitions)
    }

    /// A schema document: the dialect, `$id`, title and description, then the root object's
    /// keywords, then `$defs`.
    static func document(
        id: String, title: String, summary: String, root: JSONSchema, definitions: [(key: String, value: JSONValue)]
    ) -> JSONValue {
        var document: JSONValue = [
            "$schema": .string(dialect),
            "$id": .string(id),
            "title": .string(title),
            "description": .string(summary),
        ]
        for key in root.value.keys { document = document.setting(key, to: root.value[key] ?? .null) }
        return document.setting("$defs", to: .object(definitions))
    }

    /// The schema as pretty-printed JSON, the same bytes on every run.
    public var rendered: String { document.rendered }

    /// The `$defs` name of a plugin's block: `plugin-push-up-progression`.
    public static func definitionName(_ pluginID: String) -> String { "plugin-" + pluginID }

    static func schema(for key: Programme.CodingKeys) -> JSONSchema {
        switch key {
        case .id:
            return JSONSchema.identifier.described(
                "The programme's id, kebab-case (upper-back-rehab); 'protract plan ID' finds built-in programmes by it.")
        case .title:
            return JSONSchema.text(Programme.textRules[rule: key]).described(
                "The display title, shown at the top of every plan.")
        case .summary:
            return JSONSchema.text(Programme.textRules[rule: key]).described(
                "One line, shown by 'protract programmes'.")
        case .description:
            return JSONSchema.text(Programme.textRules[rule: key]).described(
                "Longer prose: what is going on, who the programme is for and why it works; shown in every plan.")
        case .timeline:
            return JSONSchema.text(Programme.textRules[rule: key]).described(
                "What to expect and when: how soon things usually change, and when to get checked if they do not; "
                    + "shown in every plan.")
        case .purpose:
            return JSONSchema.oneOf(ProgrammePurpose.allCases.map(\.rawValue)).withDefault("training").described(
                "rehab: for people whose push-ups hurt; the push-ups baseline counts only push-ups with good form "
                    + "and pain at or under pain-rules.progress-up-to (3/10 by default), and the push-up ladder starts one step below the training "
                    + "mapping. training: for people without pain. Default: training.")
        case .weeks:
            return JSONSchema.integer(1...Programme.maxWeeks).described(
                "How many weeks the programme runs; a person can shorten or lengthen it with --weeks.")
        case .schedule: return JSONSchema.reference("schedule")
        case .phases:
            return JSONSchema.array(of: .reference("phase"), maxItems: Limits.phases).described(
                "Named runs of weeks, in order; their weeks must add up to 'weeks'. Default: none.")
        case .deload: return JSONSchema.reference("deload")
        case .sessions:
            return JSONSchema.array(of: .reference("session"), minItems: 1, maxItems: Limits.sessionTemplates).described(
                "Session templates, assigned in turn to the training days (A, B, A, B …). Required unless every "
                    + "phase has its own 'sessions'.")
        case .exercises:
            return JSONSchema.array(of: .reference("exercise"), maxItems: Limits.programmeExercises).described(
                "Exercises the programme adds to the built-in catalog; blocks may use them by id. Default: none.")
        case .safety: return JSONSchema.reference("safety")
        case .after: return JSONSchema.reference("after")
        case .painRules: return JSONSchema.reference("pain-rules")
        case .sources:
            return JSONSchema.lines(Programme.textRules[rule: key], maxItems: Limits.sources).described(
                "Where the programme's numbers come from; listed at the end of every plan. Default: none.")
        }
    }

    static func schema(for key: Schedule.CodingKeys) -> JSONSchema {
        switch key {
        case .days:
            return JSONSchema.array(of: .weekday, minItems: 1, uniqueItems: true).described(
                "The training days, such as [mon, wed, fri]; a person can choose others with --days.")
        case .time: return JSONSchema.timeOfDay
        case .minRestHours:
            return JSONSchema.integer(0...168).withDefault(0).described(
                "The fewest hours from the start of one session to the start of the next; the days must allow it.")
        case .minSessionsPerWeek:
            return JSONSchema.integer(Schedule.minSessionsPerWeekRange).withDefault(.int(Schedule.defaultMinSessionsPerWeek))
                .described("The fewest sessions a week the programme is written for; a plan on fewer days says so. "
                    + "At most the number of days. Default: 2, or the number of days when there are fewer.")
        }
    }

    static let schedule = JSONSchema.object(
        Schedule.CodingKeys.allCases.map { ($0.stringValue, schema(for: $0)) }, required: ["days", "time"]
    ).described("When sessions happen: the training days, the start time and the least rest between sessions.")

    static func schema(for key: Phase.CodingKeys) -> JSONSchema {
        switch key {
        case .name:
            return JSONSchema.text(Phase.textRules[rule: key]).described(
                "The phase's name (Activate), unique in the programme.")
        case .weeks: return JSONSchema.integer(Phase.weeksRange).described("How many weeks the phase lasts.")
        case .focus: return JSONSchema.text(Phase.textRules[rule: key]).described("What the phase works on, in a line.")
        case .sessions:
            return JSONSchema.array(of: .reference("session"), minItems: 1, maxItems: Limits.sessionTemplates).described(
                "The phase's own session templates, used in its weeks instead of the programme's 'sessions' "
                    + "(same shape). Progression carries across the phase boundary: an exercise or push-up step "
                    + "already under way keeps its dose; one new in the phase starts at its start dose. "
                    + "Default: the programme's 'sessions'.")
        }
    }

    static let phase = JSONSchema.object(
        Phase.CodingKeys.allCases.map { ($0.stringValue, schema(for: $0)) }, required: ["name", "weeks"]
    ).described("A named run of weeks with one focus.")

    static func schema(for key: PainRules.CodingKeys) -> JSONSchema {
        let standard = PainRules.standard
        switch key {
        case .progressUpTo:
            return JSONSchema.integer(PainRules.painScale).withDefault(.int(standard.progressUpTo)).described(
                "Pain during a session (0-10) at or under this, settled by the next morning, with the reps done: "
                    + "the plan progresses as written.")
        case .holdUpTo:
            return JSONSchema.integer(PainRules.painScale).withDefault(.int(standard.holdUpTo)).described(
                "Pain during a session at or under this (and above progress-up-to) holds the dose; above it, "
                    + "the next session steps back.")
        case .settledUpTo:
            return JSONSchema.integer(PainRules.painScale).withDefault(.int(standard.settledUpTo)).described(
                "Next-morning pain at or under this counts as settled; above it, the next session steps back.")
        case .risingWeeks:
            return JSONSchema.integer(1...52).withDefault(.int(standard.risingWeeks)).described(
                "Weekly pain higher than the week before this many weeks running steps back.")
        case .missedWeeks:
            return JSONSchema.integer(1...52).withDefault(.int(standard.missedWeeks)).described(
                "This many weeks or more without a logged session: the next session steps back one level.")
        case .unratedPain:
            return JSONSchema.oneOf(PainRules.UnratedPain.allCases.map(\.rawValue))
                .withDefault(.string(standard.unratedPain.rawValue)).described(
                    "A session logged without its pain during it: progress, as if within the limits, or hold the dose.")
        }
    }

    static let painRules = JSONSchema.object(PainRules.CodingKeys.allCases.map { ($0.stringValue, schema(for: $0)) })
        .described("How logged pain and performance steer the next session (the pain-monitoring model). Default: "
            + "progress at 3/10 or less, hold at 4-5/10, step back above 5/10 or when not settled by the next morning.")

    static func schema(for key: DeloadPolicy.CodingKeys) -> JSONSchema {
        switch key {
        case .every:
            return JSONSchema.integer(DeloadPolicy.everyRange).described("Every N-th week is a deload week (4: weeks 4, 8, 12 …).")
        case .weeks:
            return JSONSchema.array(of: .integer(1...Programme.maxWeeks), maxItems: Limits.deloadWeeks, uniqueItems: true).described(
                "Deload weeks named one by one, instead of or as well as 'every'.")
        case .volume:
            return JSONSchema.percentage.described("The share of working sets kept in a deload week, such as 60%.")
        }
    }

    static let deload = JSONSchema.object(
        DeloadPolicy.CodingKeys.allCases.map { ($0.stringValue, schema(for: $0)) }, required: ["volume"]
    ).with("anyOf", [
        ["required": ["every"]],
        ["required": ["weeks"], "properties": ["weeks": ["minItems": 1]]],
    ]).described("When deload weeks fall ('every', 'weeks' or both) and how much of the work they keep.")

    static func schema(for key: SessionTemplate.CodingKeys) -> JSONSchema {
        switch key {
        case .days:
            return JSONSchema.array(of: .weekday, minItems: 1, uniqueItems: true).described(
                "Weekdays the template is pinned to, such as [mon]: a session on one of them uses this template. "
                    + "Each must be a training day (schedule.days), and no day may have two templates in one list. "
                    + "Sessions on other days take the unpinned templates in turn. Default: none (in turn).")
        case .title:
            return JSONSchema.text(SessionTemplate.textRules[rule: key]).described(
                "The session's title, shown in the plan and the calendar.")
        case .notes:
            return JSONSchema.lines(SessionTemplate.textRules[rule: key], maxItems: Limits.notesPerSession).described(
                "Notes shown with every session made from the template. Default: none.")
        case .blocks:
            return JSONSchema.array(of: .reference("block"), minItems: 1, maxItems: Limits.blocksPerSession).described(
                "The blocks, in the order they are done; each names the plugin that fills it.")
        }
    }

    static let session = JSONSchema.object(
        SessionTemplate.CodingKeys.allCases.map { ($0.stringValue, schema(for: $0)) }, required: ["title", "blocks"]
    ).described("A session template: a title and its blocks.")

    /// A block: `plugin` picks the plugin, whose options schema then checks the other keys.
    var block: JSONSchema {
        let ids = plugins.map { $0.descriptor.id }
        let choices: [JSONValue] = plugins.map { plugin in
            let id = plugin.descriptor.id
            return [
                "if": ["properties": ["plugin": ["const": .string(id)]], "required": ["plugin"]],
                "then": JSONSchema.reference(Self.definitionName(id)).value,
            ]
        }
        return JSONSchema.object(
            [("plugin", JSONSchema.oneOf(ids).described("The plugin that fills the block ('protract plugins').")),
             ("title", JSONSchema.text(.title).described("The heading the block is shown under, instead of the plugin's."))],
            required: ["plugin"], open: true
        ).with("allOf", .array(choices)).described("One block of a session: a plugin and that plugin's options.")
    }

    /// A plugin's block: its options schema with `plugin` first.
    static func pluginBlock(_ plugin: any PlanPlugin.Type) -> JSONSchema {
        let descriptor = plugin.descriptor
        return descriptor.optionsSchema()
            .addingFirstProperty(
                "title", JSONSchema.text(.title).described("The heading the block is shown under, instead of the plugin's."))
            .addingFirstProperty("plugin", JSONSchema(["const": .string(descriptor.id)]))
            .described(descriptor.name + ": " + descriptor.summary)
    }

    static func schema(for key: Safety.CodingKeys) -> JSONSchema {
        switch key {
        case .stopIf:
            return JSONSchema.lines(Safety.textRules[rule: key], minItems: 1, maxItems: Limits.safetyItems).described(
                "Signs to stop the session at once.")
        case .redFlags:
            return JSONSchema.array(
                of: .anyOf([JSONSchema.oneOf(RedFlag.standard.map(\.id)), Self.redFlag]), minItems: 1,
                maxItems: Limits.redFlags, uniqueItems: true
            ).described(
                "The red flags: what the screening asks before the first plan, the plan lists under 'See a clinician' "
                    + "and --symptom names. Each a standard red flag by name, or the programme's own. "
                    + "Default: every standard red flag.")
        case .seeAClinician:
            return JSONSchema.lines(Safety.textRules[rule: key], minItems: 1, maxItems: Limits.safetyItems).described(
                "Other reasons to see a clinician before going on, which no screening question asks.")
        case .painMonitoring:
            return JSONSchema.lines(Safety.textRules[rule: key], maxItems: Limits.safetyItems).described(
                "The pain-monitoring rules that guide effort. Default: none.")
        }
    }

    static func schema(for key: AfterTheProgramme.CodingKeys) -> JSONSchema {
        switch key {
        case .discharge:
            return JSONSchema.lines(AfterTheProgramme.textRules[rule: key], maxItems: Limits.safetyItems).described(
                "When the person is done with the programme: criteria checked at the end (the last week's "
                    + "retest), such as full push-ups with good form and little pain, and no pain the next morning.")
        case .maintenance:
            return JSONSchema.lines(AfterTheProgramme.textRules[rule: key], maxItems: Limits.safetyItems).described(
                "How to keep what was gained: how often and what, such as 1-2 sessions a week.")
        }
    }

    // At least one key, as validate asks ('after' needs 'discharge' or 'maintenance').
    static let after = JSONSchema.object(
        AfterTheProgramme.CodingKeys.allCases.map { ($0.stringValue, schema(for: $0)) }
    ).with("minProperties", .int(1)).described(
        "What comes after the last week: discharge criteria and a maintenance dose; shown at the end of every "
            + "plan, in JSON and in the last calendar event. Default: none.")

    static func schema(for key: RedFlag.CodingKeys) -> JSONSchema {
        switch key {
        case .id:
            return JSONSchema.identifier.described("The name --symptom and 'protract log' use (cough-pain).")
        case .sign:
            return JSONSchema.text(RedFlag.textRules[rule: key]).described(
                "The sign, as the plan lists it and the screening asks it (pain that is worse when you cough or sneeze).")
        case .urgency:
            return JSONSchema.oneOf(RedFlag.Urgency.allCases.map(\.rawValue)).described(
                "How soon: emergency (999 or A&E now), urgent (a GP today, or NHS 111 or the local out-of-hours line), "
                    + "clinician (before training again).")
        case .advice:
            return JSONSchema.text(RedFlag.textRules[rule: key]).described("What to do. Default: the urgency's advice.")
        }
    }

    /// A programme's own red flag.
    static let redFlag = JSONSchema.object(
        RedFlag.CodingKeys.allCases.map { ($0.stringValue, schema(for: $0)) }, required: ["symptom", "sign", "urgency"])

    static let safety = JSONSchema.object(
        Safety.CodingKeys.allCases.map { ($0.stringValue, schema(for: $0)) }, required: ["stop-if", "see-a-clinician"]
    ).described("When to stop and when to see a clinician; shown at the top of every plan.")
}
