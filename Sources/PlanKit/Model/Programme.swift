import YAMLKit

/// A programme as its author wrote it: schedule, phases, deloads, session templates, its own
/// exercises and its safety text. Decoded from a programme file; checked against the catalog and
/// the plugins by `ProgrammeValidator`.
public struct Programme: Sendable {
    /// The stable id (`upper-back-rehab`), used to pick a built-in programme.
    public var id: String
    /// The display title.
    public var title: String
    /// One line, shown by `protract programmes`.
    public var summary: String
    /// Longer prose: what is going on, who it is for and why this plan works.
    public var description: String?
    /// What to expect and when: how soon things usually change, and when to get checked if they
    /// do not.
    public var timeline: String?
    /// What the programme is for: `rehab` (people in pain: a pain-free baseline and a lower start) or
    /// `training` (the default).
    public var purpose: ProgrammePurpose
    /// How many weeks the programme runs.
    public var weeks: Int
    /// When sessions happen.
    public var schedule: Schedule
    /// The phases, in order; their weeks add up to `weeks`. Empty when the programme has none.
    public var phases: [Phase]
    /// When deload weeks fall, if the programme has them.
    public var deload: DeloadPolicy?
    /// How logged pain and performance steer the next session (`pain-rules:`; the defaults when absent).
    public var painRules: PainRules
    /// Session templates, assigned in turn to the training days.
    public var sessions: [SessionTemplate]
    /// Exercises the programme adds to the built-in catalog.
    public var exercises: [Exercise]
    /// When to stop and when to see a clinician.
    public var safety: Safety
    /// Where the programme's numbers come from.
    public var sources: [String]
    /// What comes after the last week: discharge criteria and a maintenance dose (`after:`); nil
    /// when the programme does not say.
    public var after: AfterTheProgramme?

    /// The largest number of weeks a programme may have (ten years).
    public static let maxWeeks = 520

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, summary, description, timeline, purpose, weeks, schedule, phases, deload, sessions, exercises, safety, after, sources
        case painRules = "pain-rules"
    }

    /// The rule of each free-text key (each item's, for a list), declared once for `validate` and
    /// the schema.
    static let textRules: KeyValuePairs<CodingKeys, TextRule> = [
        .title: .title, .summary: .sentence, .description: .prose, .timeline: .prose, .sources: .sentence,
    ]

    /// The phase a 1-based week falls in, if the programme has phases (as written: a plan of
    /// another length asks its `ScheduleFit`).
    public func phase(forWeek week: Int) -> Phase? {
        ScheduleFit(programme: self, weeks: weeks, days: schedule.days).phase(forWeek: week)
    }

    /// Whether the 1-based week is a deload week.
    public func isDeload(week: Int) -> Bool {
        deload?.isDeload(week: week) ?? false
    }
}

extension Programme: Decodable {
    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        func path(_ key: CodingKeys) -> [any CodingKey] { decoder.codingPath + [key] }

        id = keys.decodeID(forKey: .id, noun: "programme", recorder: recorder).value
        title = recorder.attempt("") { try keys.decode(String.self, forKey: .title) }
        summary = recorder.attempt("") { try keys.decode(String.self, forKey: .summary) }
        description = recorder.attempt(nil) { try keys.decodeIfPresent(String.self, forKey: .description) }
        timeline = recorder.attempt(nil) { try keys.decodeIfPresent(String.self, forKey: .timeline) }
        purpose = recorder.attempt(.training) {
            try keys.decodeIfPresent(ProgrammePurpose.self, forKey: .purpose) ?? .training
        }
        let weeks = recorder.attempt {
            try keys.decode(Int.self, forKey: .weeks, in: 1...Self.maxWeeks, help: "most rehab programmes run 6 to 12 weeks")
        }
        self.weeks = weeks ?? 0
        schedule = recorder.attempt(Schedule(days: [], time: TimeOfDay(clampedHour: 7, minute: 0), minRestHours: 0)) {
            try keys.decode(Schedule.self, forKey: .schedule)
        }
        phases = keys.decodeEachIfPresent(Phase.self, forKey: .phases, recorder: recorder)
        deload = recorder.attempt(nil) { try keys.decodeIfPresent(DeloadPolicy.self, forKey: .deload) }
        painRules = recorder.attempt(.standard) { try keys.decodeIfPresent(PainRules.self, forKey: .painRules) ?? .standard }
        sessions = keys.decodeEachIfPresent(SessionTemplate.self, forKey: .sessions, recorder: recorder)
        exercises = keys.decodeEachIfPresent(Exercise.self, forKey: .exercises, recorder: recorder)
        safety = recorder.attempt(Safety(stopIf: [], seeAClinician: [])) { try keys.decode(Safety.self, forKey: .safety) }
        sources = keys.decodeEachIfPresent(String.self, forKey: .sources, recorder: recorder)
        after = recorder.attempt(nil) { try keys.decodeIfPresent(AfterTheProgramme.self, forKey: .after) }

        keys.checkTexts(Self.textRules, recorder: recorder)
        // An optional section left empty (`deload:` with nothing under it) reads as absent, which
        // would silently mean no deloads, no phases or the default pain rules: said instead, as the
        // schema does. (An empty list of exercises or sources means what it says.)
        for key in [CodingKeys.phases, .deload, .painRules] where keys.contains(key) {
            guard let node = (try? keys.superDecoder(forKey: key))?.yamlNode, node.isNull else { continue }
            recorder.report(
                "'\(key.stringValue)' is empty", at: keys.keyRange(forKey: key), path: path(key),
                help: "write what it holds under it (see docs/authoring.md), or remove the line")
        }

        // A 'weeks' that failed to decode (or is out of range) has its own diagnostic; checks
        // against it would only mislead.
        if weeks != nil { checkPhases(keys: keys, recorder: recorder, path: path(.phases)) }
        // Deload weeks are checked against the longest programme when 'weeks' failed.
        checkDeload(weeks: weeks, keys: keys, recorder: recorder, path: path(.deload))
        if !schedule.days.isEmpty { checkPinnedDays(recorder: recorder) }
        keys.checkNotEmpty(.sessions, recorder: recorder, message: "'sessions' must hold at least one session template")
        // The programme's own templates serve the weeks of phases without their own: none are
        // needed when every phase has its own (the phases cover every week).
        if !keys.contains(.sessions), phases.isEmpty || phases.contains(where: { $0.sessions.isEmpty }) {
            recorder.report(
                "missing key 'sessions' at the top level", at: recorder.node.map { SourceRange(at: $0.range.start) },
                path: [CodingKeys.sessions],
                help: phases.isEmpty
                    ? "add 'sessions:' with at least one session template"
                    : "add 'sessions:' with at least one session template, or give every phase its own 'sessions'")
        }
        keys.checkCount(forKey: .phases, limit: Limits.phases, noun: "phases", owner: "a programme", recorder: recorder)
        keys.checkCount(forKey: .sessions, limit: Limits.sessionTemplates, noun: "session templates",
                        owner: "a programme", recorder: recorder,
                        help: "templates are assigned in turn to the training days; a few are enough")
        keys.checkCount(forKey: .exercises, limit: Limits.programmeExercises, noun: "exercises", owner: "a programme",
                        recorder: recorder,
                        help: "keep the programme's own exercises few; put a large set in a catalog file")
        keys.checkCount(forKey: .sources, limit: Limits.sources, noun: "sources", owner: "a programme",
                        recorder: recorder, help: "list the main sources only")
        Self.checkUniqueIDs(exercises, recorder: recorder, path: path(.exercises))
        try recorder.check()
    }

    private func checkPhases(
        keys: KeyedDecodingContainer<CodingKeys>, recorder: DecodingRecorder, path: [any CodingKey]
    ) {
        // When a phase failed to decode, its weeks are unknown: the sum would only mislead.
        let phaseNodes = (try? keys.superDecoder(forKey: .phases))?.yamlNode?.sequence ?? []
        guard !phases.isEmpty, phases.count == phaseNodes.count else { return }
        // Each phase is 1 to `maxWeeks` weeks and there are at most `Limits.phases`: the sum fits.
        let total = phases.reduce(0) { $0 + $1.weeks }
        if total != weeks {
            let list = phases.map { "\($0.name) \($0.weeks)" }.joined(separator: " + ")
            recorder.report(
                "the phases add up to \(total) weeks (\(list)), but the programme has \(weeks)",
                at: keys.keyRange(forKey: .phases), path: path,
                help: "make the phases' weeks add up to \(weeks), or change 'weeks' to \(total)")
        }
        // Point at the second name, with a note at the first, as for duplicate exercise ids.
        // (The guard above makes every phase's index one of the nodes'.)
        func nameRange(_ index: Int) -> SourceRange? {
            phaseNodes[index].mapping?["name"]?.range ?? phaseNodes[index].range
        }
        var seen: [String: Int] = [:]
        for (index, phase) in phases.enumerated() {
            if let first = seen[phase.name] {
                recorder.record(YAMLError(Diagnostic(
                    .error, "phases \(first + 1) and \(index + 1) are both named '\(phase.name)'", at: nameRange(index),
                    path: CodingPathFormatter.string(path + [AnyCodingKey(index), AnyCodingKey("name")]),
                    help: "give each phase its own name",
                    notes: [Diagnostic(.note, "phase \(first + 1) is named '\(phase.name)' here", at: nameRange(first))])))
            } else {
                seen[phase.name] = index
            }
        }
    }

    /// Templates pinned to weekdays, in each list of templates (the programme's and each phase's):
    /// each pinned day is a training day, no day has two templates, and a list whose templates are
    /// all pinned covers every training day.
    private func checkPinnedDays(recorder: DecodingRecorder) {
        let all = allTemplates
        let training = schedule.days.map(\.shortName).joined(separator: ", ")
        var lists: [Int?] = sessions.isEmpty ? [] : [nil]
        lists += phases.indices.filter { !phases[$0].sessions.isEmpty }.map { Optional($0) }
        for list in lists {
            let members = templateIndices(forPhase: list).filter { all.indices.contains($0) }.map { all[$0] }
            var owner: [Weekday: (place: TemplatePlace, template: SessionTemplate, range: SourceRange?)] = [:]
            var wrong = false
            for (place, template) in members {
                for (offset, day) in template.days.enumerated() {
                    let range = template.dayRanges.indices.contains(offset) ? template.dayRanges[offset] : template.range
                    let path = place.path + [AnyCodingKey("days"), AnyCodingKey(offset)]
                    guard schedule.days.contains(day) else {
                        recorder.report(
                            "session template '\(template.title)' is pinned to \(day.displayName), which is not a "
                                + "training day (schedule.days: \(training))",
                            at: range, path: path,
                            help: "pin it to one of \(training), or add \(day.shortName) to schedule.days")
                        wrong = true
                        continue
                    }
                    // A day written twice in one template has its own diagnostic.
                    guard template.days.firstIndex(of: day) == offset else { continue }
                    if let first = owner[day] {
                        wrong = true
                        recorder.record(YAMLError(Diagnostic(
                            .error, "session templates '\(first.template.title)' (\(first.place.pathString)) and "
                                + "'\(template.title)' (\(place.pathString)) are both pinned to \(day.displayName)",
                            at: range, path: CodingPathFormatter.string(path),
                            help: "pin one template to each day; a session has one template",
                            notes: [Diagnostic(.note, "'\(first.template.title)' is pinned to \(day.displayName) here",
                                               at: first.range)])))
                    } else {
                        owner[day] = (place, template, range)
                    }
                }
            }
            // Every template pinned: a training day without one would have nothing to do. (Not said
            // when a pin is wrong: fixing it is likely to cover the day.)
            guard !wrong, !members.isEmpty, members.allSatisfy({ !$0.template.days.isEmpty }) else { continue }
            let uncovered = schedule.days.filter { owner[$0] == nil }
            if let day = uncovered.first, let first = members.first {
                let where_ = list.map { "phase '\(phases[$0].name)'" } ?? "the programme"
                recorder.report(
                    "every session template of \(where_) is pinned to a day, but \(day.displayName) (a training day) "
                        + "has none", at: first.template.range, path: first.place.path,
                    help: "pin a template to \(day.shortName), leave one template unpinned to take the other days "
                        + "in turn, or remove \(day.shortName) from schedule.days")
            }
        }
    }

    private func checkDeload(
        weeks written: Int?, keys: KeyedDecodingContainer<CodingKeys>, recorder: DecodingRecorder, path: [any CodingKey]
    ) {
        let weeks = written ?? Self.maxWeeks
        guard keys.contains(.deload), let node = (try? keys.superDecoder(forKey: .deload))?.yamlNode
        else { return }
        if written != nil, let every = deload?.every, every > weeks {
            recorder.report(
                "a deload every \(every) weeks never happens in a programme of \(weeks) weeks",
                at: node.mapping?["every"]?.range ?? node.range, path: path + [AnyCodingKey("every")],
                help: "lower 'every', or remove 'deload'")
        }
        // The weeks as written, so that each one outside is reported even when another part of
        // 'deload' failed (a week that is not a whole number has its own error).
        let weekNodes = node.mapping?["weeks"]?.sequence ?? []
        var listed: Set<Int> = []
        for (index, weekNode) in weekNodes.enumerated() {
            guard let text = weekNode.scalar?.value, let week = Int(text) else { continue }
            let place = weekNode.range
            let itemPath = path + [AnyCodingKey("weeks"), AnyCodingKey(index)]
            if !(1...weeks).contains(week) {
                recorder.report(
                    "deload week \(week) is outside \(written == nil ? "" : "the programme's ")weeks 1 to \(weeks)",
                    at: place, path: itemPath,
                    help: "name weeks from 1 to \(weeks)" + (written == nil ? "" : ", or make the programme longer with 'weeks'"))
            } else if !listed.insert(week).inserted {
                recorder.report(
                    "deload week \(week) is listed twice", at: place, path: itemPath, help: "name each deload week once")
            }
        }
    }

    static func checkUniqueIDs(_ exercises: [Exercise], recorder: DecodingRecorder, path: [any CodingKey]) {
        var first: [String: Exercise] = [:]
        for (index, exercise) in exercises.enumerated() where !exercise.id.isEmpty {
            if let earlier = first[exercise.id] {
                recorder.record(YAMLError(Diagnostic(
                    .error, "two exercises have the id '\(exercise.id)'", at: exercise.idRange,
                    path: CodingPathFormatter.string(path + [AnyCodingKey(index), AnyCodingKey("id")]),
                    help: "give each exercise its own id",
                    notes: [Diagnostic(.note, "'\(exercise.id)' is first used here", at: earlier.idRange)])))
            } else {
                first[exercise.id] = exercise
            }
        }
    }
}
