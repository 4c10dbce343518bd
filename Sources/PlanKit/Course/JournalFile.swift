public import YAMLKit

/// A course's journal file: what `protract start` writes and `protract log` adds to.
///
/// ```yaml
/// protract-journal: 1
/// course: upper-back-rehab
/// programme:
///   id: upper-back-rehab
///   hash: fnv1a64:9c2d0e4f61a8b3d7
/// person:
///   name: Sam
///   start: 2026-12-07
///   time-zone: Europe/London
///   baseline: {push-ups: 6}
/// sessions:
/// - date: 2026-12-07
///   as-planned: true
///   pain: 2
///   morning-pain: 1
/// ```
///
/// - `protract-journal` is the format version (`Course.formatVersion`); a newer one is refused,
///   located, before anything else is read.
/// - `programme` names the programme: its `id`, the `file` it was read from (absent for a built-in
///   programme) and the `hash` of that file's bytes (`ContentHash`).
/// - `person` holds the person's inputs with a profile's keys (`Profile`); `start` and
///   `time-zone` are required here.
/// - `sessions` holds one `JournalEntry` per logged date, each date once, none before `start`.
///
/// Reading goes through `NodeDecoder` with the same located diagnostics as a programme file;
/// writing goes through `YAMLWriter` (libyaml's emitter) and gives the same bytes for the same course.
public struct JournalFile: Sendable {
    /// The course the file holds.
    public var course: Course
    /// The person's inputs as written, with their places, for the checks that need the programme
    /// (`AthleteRules.problems(in:for:)`).
    public var person: Profile
    /// Each entry's exercise ids with their places, by date, for checks against the programme's catalog.
    public var exerciseIDs: [CivilDate: [Located<String>]]
    /// Each entry's symptoms with their places, by date, for checks against the programme's red flags.
    public var symptoms: [CivilDate: [Located<String>]] = [:]
    /// Where each entry's date is written.
    public var dates: [CivilDate: SourceRange] = [:]
    /// Where the programme's id is written, for the check that the programme file holds that id.
    public var programmeIDRange: SourceRange?

    /// The key that holds the format version.
    public static let versionKey = "protract-journal"
    /// Where a problem without a help of its own points: the journal's own page, not the
    /// programme's schema.
    static let help = "see what each key of a journal takes in docs/journal.md (\"The file\")"

    /// Reads a journal, refusing a newer format version before anything else.
    public static func read(_ document: YAMLDocument) throws(YAMLError) -> JournalFile {
        guard let root = document.root else {
            throw YAMLError(
                "the journal is empty", at: SourceRange(at: SourceLocation(line: 1, column: 1)),
                help: "a journal starts with '\(versionKey): \(Course.formatVersion)'; restore it from a backup, "
                    + "or remove it and start the course again")
        }
        try checkVersion(root)
        let decoded = try NodeDecoder(help: Self.help).decode(Document.self, from: root)
        return JournalFile(
            course: decoded.course, person: decoded.person, exerciseIDs: decoded.exerciseIDs, symptoms: decoded.symptoms,
            dates: decoded.dates, programmeIDRange: decoded.programmeIDRange)
    }

    /// Refuses a journal whose version is missing, not a whole number, or newer than this build's.
    static func checkVersion(_ root: Node) throws(YAMLError) {
        guard let mapping = root.mapping else { return }  // the decoder says what is wrong
        guard let entry = mapping.entry(forKey: versionKey) else {
            throw YAMLError(
                "the journal has no '\(versionKey)' key with its format version", at: root.range,
                help: "a journal written by Protract starts with '\(versionKey): \(Course.formatVersion)'")
        }
        guard let scalar = entry.value.scalar, scalar.style == .plain, let version = Int(scalar.value), version >= 1 else {
            throw YAMLError(
                "'\(versionKey)' must be a format version such as \(Course.formatVersion)", at: entry.value.range,
                path: versionKey)
        }
        if version > Course.formatVersion {
            throw YAMLError(
                "this journal is format version \(version), newer than this Protract reads (version \(Course.formatVersion))",
                at: entry.value.range, path: versionKey,
                help: "use a newer Protract for this course; this one does not change the file")
        }
    }

    /// The journal's YAML text.
    public static func text(for course: Course) throws(YAMLError) -> String {
        try YAMLWriter().write(value(for: course))
    }

    /// The journal as a tree of YAML values, in the order the file is written.
    public static func value(for course: Course) -> YAMLValue {
        var programme: [YAMLValue.Entry] = [.init("id", .string(course.programmeID))]
        if let file = course.programmeFile { programme.append(.init("file", .string(file))) }
        // A valid hash is plain (`fnv1a64:…` holds no ': '); anything else is quoted text.
        let hashStyle: YAMLValue.Style = ContentHash(parsing: course.programmeHash) == nil ? .text : .plain
        programme.append(.init("hash", .scalar(course.programmeHash, hashStyle)))
        let sessions = course.logs.sorted { $0.date < $1.date }.map(entry)
        var entries: [YAMLValue.Entry] = [
            .init(versionKey, .integer(course.version)),
            .init("course", .string(course.name)),
            .init("programme", .mapping(programme)),
            .init("person", person(course.athlete)),
        ]
        if let screening = course.screening { entries.append(.init("screening", .scalar(screening.rawValue, .plain))) }
        if let longest = course.longestPlan { entries.append(.init("longest-plan", .integer(longest))) }
        if !course.clinicianVisits.isEmpty {
            entries.append(.init("clinician-visits", .sequence(course.clinicianVisits.sorted().map(date), flow: true)))
        }
        entries.append(.init("sessions", sessions.isEmpty ? .sequence([], flow: true) : .sequence(sessions)))
        return .mapping(entries)
    }

    private static func date(_ date: CivilDate) -> YAMLValue { .scalar(date.description, .plain) }

    private static func person(_ athlete: Athlete) -> YAMLValue {
        var entries: [YAMLValue.Entry] = []
        if let name = athlete.name { entries.append(.init("name", .string(name))) }
        entries.append(.init("start", date(athlete.start)))
        if let days = athlete.days {
            entries.append(.init("days", .sequence(days.map { .string($0.shortName) }, flow: true)))
        }
        if let time = athlete.time { entries.append(.init("time", .string(time.description))) }
        entries.append(.init("time-zone", .string(athlete.timeZone)))
        if let weeks = athlete.weeks { entries.append(.init("weeks", .integer(weeks))) }
        if !athlete.skip.isEmpty { entries.append(.init("skip", .sequence(athlete.skip.map(date), flow: true))) }
        if !athlete.baseline.isEmpty {
            let baseline = athlete.baseline.sorted { $0.key < $1.key }.map { YAMLValue.Entry($0.key, .integer($0.value)) }
            entries.append(.init("baseline", .mapping(baseline, flow: true)))
        }
        return .mapping(entries)
    }

    private static func entry(_ log: SessionLog) -> YAMLValue {
        var entries: [YAMLValue.Entry] = [.init("date", date(log.date)), .init("as-planned", .boolean(log.asPlanned))]
        if !log.done.isEmpty {
            entries.append(.init("done", .mapping(log.done.map { work in
                .init(work.exerciseID, .sequence(work.sets.map(YAMLValue.integer), flow: true))
            })))
        }
        if let pain = log.pain { entries.append(.init("pain", .integer(pain))) }
        if let morning = log.morningPain { entries.append(.init("morning-pain", .integer(morning))) }
        if !log.hurt.isEmpty { entries.append(.init("hurt", .sequence(log.hurt.map(YAMLValue.string), flow: true))) }
        if !log.symptoms.isEmpty { entries.append(.init("symptoms", .sequence(log.symptoms.map(YAMLValue.string), flow: true))) }
        if let note = log.note { entries.append(.init("note", .string(note))) }
        if let retest = log.retest { entries.append(.init("retest", .integer(retest))) }
        return .mapping(entries)
    }
}

extension JournalFile {
    /// The whole file as written, decoded with located diagnostics.
    struct Document: Decodable {
        var course: Course
        var person: Profile
        var exerciseIDs: [CivilDate: [Located<String>]]
        var symptoms: [CivilDate: [Located<String>]]
        var dates: [CivilDate: SourceRange]
        var programmeIDRange: SourceRange?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case version = "protract-journal"
            case course, programme, person, screening, sessions
            case longestPlan = "longest-plan"
            case clinicianVisits = "clinician-visits"
        }

        enum ProgrammeKeys: String, CodingKey, CaseIterable {
            case id, file, hash
        }

        /// A programme file's path: one line, as long as a path may be.
        static let pathRule = TextRule(maxLength: 4096)

        init(from decoder: any Decoder) throws {
            let keys = try decoder.container(listing: CodingKeys.self)
            let recorder = decoder.recorder()
            let path = decoder.codingPath
            let version = recorder.attempt(Course.formatVersion) { try keys.decode(Int.self, forKey: .version) }
            let name = recorder.attempt(nil) { try keys.decode(Located<String>.self, forKey: .course) }
            if let name, let problem = Identifier.problem(with: name.value, noun: "course") {
                recorder.report(problem.message, at: name.range, path: path + [CodingKeys.course], help: problem.help)
            }

            var programmeID: String?
            var programmeFile: String?
            var hash: String?
            if let programme = recorder.attempt({
                try keys.superDecoder(forKey: .programme).container(listing: ProgrammeKeys.self)
            }) {
                let programmePath = path + [CodingKeys.programme]
                if let id = recorder.attempt(nil, { try programme.decode(Located<String>.self, forKey: .id) }) {
                    if let problem = Identifier.problem(with: id.value, noun: "programme") {
                        recorder.report(problem.message, at: id.range, path: programmePath + [ProgrammeKeys.id], help: problem.help)
                    }
                    programmeID = id.value
                    programmeIDRange = id.range
                }
                let file = recorder.attempt(nil) { try programme.decodeIfPresent(Located<String>.self, forKey: .file) }
                programme.checkTexts([.file: Self.pathRule], recorder: recorder, refusingBlank: false)
                if let file, !file.value.hasPrefix("/") {
                    recorder.report(
                        "'file' must be the programme file's absolute path, found '\(file.value)'", at: file.range,
                        path: programmePath + [ProgrammeKeys.file],
                        help: "Protract writes the full path of the programme file the course began with; "
                            + "write it as /path/to/programme.yaml, or remove 'file' for a built-in programme")
                }
                programmeFile = file?.value
                if let written = recorder.attempt(nil, { try programme.decode(Located<String>.self, forKey: .hash) }) {
                    if ContentHash(parsing: written.value) == nil {
                        recorder.report(
                            "'hash' must be '\(ContentHash.algorithm):' and 16 hex digits, found '\(written.value)'",
                            at: written.range, path: programmePath + [ProgrammeKeys.hash],
                            help: "Protract writes the programme file's hash when the course starts; restore it from a backup")
                    }
                    hash = written.value
                }
            }

            let person = recorder.attempt(nil) { try keys.decode(Profile.self, forKey: .person) }
            if let person {
                for (key, missing) in [("start", person.start == nil), ("time-zone", person.timeZone == nil)] where missing {
                    recorder.report(
                        "'person' has no '\(key)'", at: keys.keyRange(forKey: .person), path: path + [CodingKeys.person],
                        help: "a journal's person holds the start date and time zone the course began with")
                }
                // What holds for a person whatever the programme (the baseline and the days are
                // checked against the programme when the plan is made).
                let personPath = path + [CodingKeys.person]
                if let zone = person.timeZone, let problem = AthleteRules.timeZoneProblem(zone.value) {
                    recorder.report(
                        problem, at: zone.range, path: personPath + [Profile.CodingKeys.timeZone],
                        help: "write the zone the person lives in, from the IANA time zone database")
                }
                // A start no plan can have (the programme's length is checked with the programme).
                if let start = person.start,
                    let problem = AthleteRules.endProblem(start: start.value, weeks: person.weeks?.value ?? 1)
                {
                    recorder.report(
                        problem.message, at: start.range, path: personPath + [Profile.CodingKeys.start], help: problem.help)
                }
                if let weeks = person.weeks, let problem = AthleteRules.weeksProblem(weeks.value, field: "'weeks'") {
                    recorder.report(
                        problem, at: weeks.range, path: personPath + [Profile.CodingKeys.weeks],
                        help: "write a whole number of weeks from \(AthleteRules.weeks.lowerBound) to "
                            + "\(AthleteRules.weeks.upperBound), or remove 'weeks' for the programme's")
                }
            }

            // screening: what the red-flag screening was when the course started (optional: a
            // journal written before it was kept reads as it was).
            let screeningText = recorder.attempt(nil) { try keys.decodeIfPresent(Located<String>.self, forKey: .screening) }
            let screening = screeningText.flatMap { Plan.Screening(rawValue: $0.value) }
            if let text = screeningText, screening == nil {
                recorder.report(
                    "unknown screening '\(text.value)'", at: text.range, path: path + [CodingKeys.screening],
                    help: "Protract writes no-red-flags or not-done; remove it if unsure")
            }
            let longest = recorder.attempt(nil) {
                try keys.decodeIfPresent(
                    Int.self, forKey: .longestPlan, in: 1...(AthleteRules.weeks.upperBound * 7),
                    help: "Protract writes the most sessions the course's plan has held; remove it if unsure")
            }
            let visits = Self.clinicianVisits(in: keys, start: person?.start?.value, recorder: recorder)
            keys.checkCount(forKey: .sessions, limit: Limits.journalSessions, noun: "sessions", owner: "a journal",
                            recorder: recorder, help: "start a new course for the next programme")
            let entries = keys.decodeEachIfPresent(JournalEntry.self, forKey: .sessions, recorder: recorder)
            var first: [CivilDate: SourceRange?] = [:]  // where each date was first logged
            var ids: [CivilDate: [Located<String>]] = [:]
            var symptoms: [CivilDate: [Located<String>]] = [:]
            var dates: [CivilDate: SourceRange] = [:]
            for (index, entry) in entries.enumerated() {
                let date = entry.log.date
                // Made only for a problem to report.
                var entryPath: [any CodingKey] { path + [CodingKeys.sessions, AnyCodingKey(index), AnyCodingKey("date")] }
                if let earlier = first[date] {
                    recorder.record(YAMLError(Diagnostic(
                        .error, "\(date) is logged twice", at: entry.dateRange, path: CodingPathFormatter.string(entryPath),
                        help: "keep one entry per date: merge the two, or correct the date",
                        notes: [Diagnostic(.note, "first logged here", at: earlier)])))
                    continue
                }
                first[date] = entry.dateRange
                if date > CivilDate.lastPlanned {
                    recorder.report(
                        "\(date) is after \(CivilDate.lastPlanned), the last date Protract plans", at: entry.dateRange,
                        path: entryPath, help: "correct the date")
                }
                if let start = person?.start?.value, date < start {
                    recorder.report(
                        "\(date) is before the course's start, \(start)", at: entry.dateRange,
                        path: entryPath,
                        help: "correct the date, or the start under 'person'")
                }
                if !entry.exerciseIDs.isEmpty { ids[date] = entry.exerciseIDs }
                if !entry.symptoms.isEmpty { symptoms[date] = entry.symptoms }
                if let range = entry.dateRange { dates[date] = range }
            }
            try recorder.check()
            guard let name, let programmeID, let hash, let person, let start = person.start?.value,
                let zone = person.timeZone?.value
            else {
                throw YAMLError("the journal is incomplete", at: decoder.sourceRange)
            }
            var baseline: [String: Int] = [:]
            for item in person.baseline { baseline[item.key.value] = item.value.value }
            let athlete = Athlete(
                name: person.name, start: start, days: person.days, time: person.time, timeZone: zone,
                weeks: person.weeks?.value, skip: person.skip, baseline: baseline)
            course = Course(
                name: name.value, programmeID: programmeID, programmeFile: programmeFile, programmeHash: hash,
                athlete: athlete, logs: entries.map(\.log).sorted { $0.date < $1.date }, version: version)
            course.longestPlan = longest
            course.screening = screening
            course.clinicianVisits = visits
            self.person = person
            exerciseIDs = ids
            self.symptoms = symptoms
            self.dates = dates
        }

        /// `clinician-visits`: the days the person saw a clinician and was told to go on
        /// (`log --seen-clinician`), each a date of the course, once; in date order.
        static func clinicianVisits(
            in keys: KeyedDecodingContainer<CodingKeys>, start: CivilDate?, recorder: DecodingRecorder
        ) -> [CivilDate] {
            keys.checkCount(forKey: .clinicianVisits, limit: Limits.journalSessions, noun: "visits", owner: "a journal",
                            recorder: recorder, help: "keep the visits that still matter: the latest is the one read")
            let written = keys.decodeEachIfPresent(Located<CivilDate>.self, forKey: .clinicianVisits, recorder: recorder)
            var visits: [CivilDate] = []
            for (index, visit) in written.enumerated() {
                var path: [any CodingKey] { keys.codingPath + [CodingKeys.clinicianVisits, AnyCodingKey(index)] }
                if visits.contains(visit.value) {
                    recorder.report("'clinician-visits' names \(visit.value) twice", at: visit.range, path: path,
                                    help: "keep each day once")
                } else if let start, visit.value < start {
                    recorder.report("\(visit.value) is before the course's start, \(start)", at: visit.range, path: path,
                                    help: "correct the date, or remove it")
                } else if visit.value > CivilDate.lastPlanned {
                    recorder.report("\(visit.value) is after \(CivilDate.lastPlanned), the last date Protract plans",
                                    at: visit.range, path: path, help: "correct the date")
                } else {
                    visits.append(visit.value)
                }
            }
            return visits.sorted()
        }
    }
}
