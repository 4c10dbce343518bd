import PlanKit
import YAMLKit

/// The journal as text for a person (`log --list`) or a spreadsheet (`log --export csv`).
enum JournalExport {
    /// One line for an entry: `as planned; pain 2/10; next morning 1/10`.
    /// The exercises are named by `name` (``exerciseNames(of:console:)``: `knee push-up`, as the
    /// plan says them; a phone user's trial could not tell `wall-push-up-plus` from an id to type).
    /// A red flag is its sign as `redFlags` (the course's programme's) word it (`red flag: pain
    /// that is worse when you cough or sneeze`), not its name: the line is for a person.
    static func summary(
        _ log: SessionLog, name: (String) -> String = { $0 }, redFlags: [RedFlag] = RedFlag.standard
    ) -> String {
        var parts: [String] = []
        let work = log.done.map { "\(name($0.exerciseID)) \($0.sets.map(String.init).joined(separator: ","))" }
        if log.asPlanned {
            parts.append(work.isEmpty ? "as planned" : "as planned except " + work.joined(separator: ", "))
        } else {
            parts.append(work.isEmpty ? "not done as planned" : work.joined(separator: ", "))
        }
        if let pain = log.pain { parts.append("pain \(pain)/10") }
        if let morning = log.morningPain { parts.append("next morning \(morning)/10") }
        if !log.hurt.isEmpty { parts.append("hurt: " + log.hurt.map(name).joined(separator: ", ")) }
        if let retest = log.retest { parts.append("retest \(retest) reps") }
        if !log.symptoms.isEmpty { parts.append(redFlagText(log.symptoms, in: redFlags)) }
        return parts.joined(separator: "; ")
    }

    /// `red flag: SIGN`, or `red flags: SIGN · SIGN` (a sign holds commas, and a summary's parts are
    /// joined by semicolons), for the names `ids`: the separator the stop reason uses too.
    static func redFlagText(_ ids: [String], in redFlags: [RedFlag] = RedFlag.standard) -> String {
        (ids.count == 1 ? "red flag: " : "red flags: ") + ids.map { RedFlag.sign(of: $0, in: redFlags) }.joined(separator: " · ")
    }

    /// `summary(log)` and the first words of its note, for a line that names the entry:
    /// `as planned; pain 2/10; note: left shoulder tight`. A note of more than one line, or longer
    /// than 40 characters, is cut with `…`.
    static func brief(
        _ log: SessionLog, name: (String) -> String = { $0 }, redFlags: [RedFlag] = RedFlag.standard
    ) -> String {
        guard let note = log.note else { return summary(log, name: name, redFlags: redFlags) }
        let first = note.prefix { $0 != "\n" }
        let cut = first.count > 40 || first.count < note.count
        return summary(log, name: name, redFlags: redFlags) + "; note: " + first.prefix(40) + (cut ? "…" : "")
    }

    /// A note after `label` (`note: `), each of its lines on a line of its own, the lines after
    /// the first under it: a note of two lines does not run together as one.
    static func noteLines(_ note: String, label: String) -> [String] {
        let lines = note.split(separator: "\n", omittingEmptySubsequences: false)
        let under = String(repeating: " ", count: label.count)
        return lines.enumerated().map { index, line in (index == 0 ? label : under) + line }
    }

    /// `log --list`: a heading, then each entry with its note under it, wrapped to the console's
    /// width (the wrapper shows control characters as visible escapes).
    static func list(_ course: Course, console: Console) -> String {
        // A course named after its programme (the default) says the name once.
        let programme = course.name == course.programmeID ? "" : "programme \(course.programmeID) · "
        var text = console.wrapped([
            "\(course.name) · \(programme)started \(course.athlete.start.longDisplay) · "
                + "\(plural(course.logs.count, "session")) logged"
        ])
        let name = exerciseNames(of: course, console: console)
        for log in course.logs {
            text += console.wrapped(
                summary(log, name: name), first: log.date.longDisplay.padded(to: 16) + "  ",
                rest: String(repeating: " ", count: 18))
            if let note = log.note {
                let lines = note.split(separator: "\n", omittingEmptySubsequences: false)
                text += console.wrapped(lines.map { "    " + $0 }, hanging: 0)
            }
        }
        if !course.clinicianVisits.isEmpty {
            text += console.wrapped([
                "Seen a clinician and told to go on (log --seen-clinician): "
                    + course.clinicianVisits.map(\.longDisplay).joined(separator: ", ")
            ])
        }
        return text
    }

    /// The exercises' names for the middle of a sentence (`knee push-up`), from the course's
    /// programme's catalog, else the built-in one; an id neither has stays an id. Nothing is said
    /// when neither loads: the command that needs the programme says why.
    static func exerciseNames(of course: Course, console: Console) -> (String) -> String {
        var quiet = console
        quiet.quiet = true
        guard let catalog = CoursePlan.programmeIfItLoads(of: course, console: quiet)?.catalog
            ?? (try? Environment.load(console: quiet))?.catalog
        else { return { $0 } }
        return { catalog.sentenceName(of: $0) }
    }

    /// The CSV header (RFC 4180).
    static let csvHeader = [
        "date", "as_planned", "done", "pain", "morning_pain", "symptoms", "note", "hurt", "retest", "session", "status",
        "prescribed", "short", "decision", "week", "programme_week",
    ]

    /// `log --export csv` of `course` as of `today`: with the course's plan when its programme can
    /// be read now (its problems unsaid: `plan` says them); else the entries alone, with a note
    /// that names `plan` with the flags that chose the course (`selection`).
    static func csv(_ course: Course, today: CivilDate, selection: CourseOptions, console: Console) -> String {
        let plan = CoursePlan.programmeIfItLoads(of: course, console: console)
            .flatMap { try? Planner().plan($0, course: course, today: today) }
        if plan == nil {
            let why = ProtractCommand.Log.courseCommand("plan", selection).joined(separator: " ")
            console.note(
                "the course's programme cannot be read now, so the CSV has the entries alone, without the "
                    + "session each stands for or the missed ones ('\(why)' says why)", first: "protract: note: ")
        }
        return csv(course, plan: plan)
    }

    /// `log --export csv`: RFC 4180, CRLF line ends; `done` as `knee-push-up=6 6 5;plank=30 25`,
    /// symptoms and the exercises that hurt separated by `;`. With the course's plan (`plan`; nil
    /// when its programme cannot be read), one row per session so far, in order: `session` is the
    /// session's date, `status` `done`, `done later` (the entry's `date` after it) or `missed`
    /// (a row with no entry), and `done` for an entry "as planned" each exercise of the session
    /// with the dose the plan gave it that session unless the entry logs other sets; without it,
    /// one row per entry, `done` what the entry lists and the columns after `retest` empty. New
    /// columns go last, so the ones before them keep their places: `prescribed`, the session's
    /// doses in `done`'s form (what `done` is read against); `short`, `true` when an exercise was
    /// done with less than prescribed (an entry "as planned" may still log a set short, so
    /// `as_planned` alone does not say it); `decision`, what the pain rules made of the session
    /// (`the next session steps back`), as the plan says it; `week` and `programme_week`, the
    /// course's week and the programme's week it trained (they differ after a week that did not count).
    static func csv(_ course: Course, plan: Plan? = nil) -> String {
        var rows = [csvHeader]
        var entries = course.logs
        var programmeWeeks: [Int: Int] = [:]
        for week in plan?.weeks ?? [] { programmeWeeks[week.number] = week.programmeWeek }
        for session in plan?.sessions ?? [] {
            guard let record = session.record else { continue }
            let status = switch record.status {
            case .done: "done"
            case .moved: "done later"
            case .missed: "missed"
            }
            let log = record.log.flatMap { log in entries.firstIndex { $0.date == log.date }.map { entries.remove(at: $0) } }
            let row = log.map { fields($0, session: session) } ?? Array(repeating: "", count: 9)
            let prescriptions = session.blocks.flatMap(\.prescriptions).filter { !$0.dose.isTest }
            let prescribed = prescriptions.map { prescription in
                "\(prescription.exerciseID)=" + Array(repeating: String(prescription.dose.amount), count: prescription.sets)
                    .joined(separator: " ")
            }
            let short = log.map { log in
                prescriptions.contains { prescription in
                    let sets = log.sets(of: prescription)
                    return sets.count < prescription.sets || sets.contains { $0 < prescription.dose.amount }
                }
            }
            rows.append(row + [
                session.date.description, status, prescribed.joined(separator: ";"),
                short.map { $0 ? "true" : "false" } ?? "", record.decision ?? "", String(session.week),
                programmeWeeks[session.week].map(String.init) ?? "",
            ])
        }
        // Entries no session took (none when the plan is there, as `log` checks each entry).
        rows += entries.map { fields($0, session: nil) + Array(repeating: "", count: csvHeader.count - 9) }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// An entry's fields, in the header's order up to `retest`; `session`, the session it stands
    /// for in the course's plan, nil when the plan cannot be made.
    private static func fields(_ log: SessionLog, session: PlannedSession?) -> [String] {
        [
            log.date.description, log.asPlanned ? "true" : "false", done(log, in: session),
            log.pain.map(String.init) ?? "", log.morningPain.map(String.init) ?? "",
            log.symptoms.joined(separator: ";"), log.note.map(spreadsheetText) ?? "", log.hurt.joined(separator: ";"),
            log.retest.map(String.init) ?? "",
        ]
    }

    /// The `done` field. An entry "as planned" with `session`, the session it stands for: each of
    /// the session's exercises in its order, as the course's replay counts it
    /// (``SessionLog/sets(of:)``): the sets the entry logs for it, else the dose the plan gave,
    /// so that the row says what was done (a retest's count has a column of its own and stays
    /// out). Any other entry, or without `session`: what the entry lists, as it lists it.
    private static func done(_ log: SessionLog, in session: PlannedSession?) -> String {
        var work = log.done
        if log.asPlanned, let session {
            let prescriptions = session.blocks.flatMap(\.prescriptions).filter { !$0.dose.isTest }
            work = prescriptions.compactMap { prescription in
                let sets = log.sets(of: prescription)
                // An exercise logged as not done (no sets) says so: `plank=`.
                guard !sets.isEmpty || log.work(for: prescription.exerciseID) != nil else { return nil }
                return SessionLog.Work(exerciseID: prescription.exerciseID, sets: sets)
            }
            // What the entry lists that the session does not prescribe (none once `log` checked it).
            work += log.done.filter { logged in !prescriptions.contains { $0.exerciseID == logged.exerciseID } }
        }
        return work.map { "\($0.exerciseID)=\($0.sets.map(String.init).joined(separator: " "))" }.joined(separator: ";")
    }

    /// Free text as a spreadsheet shows it: a note that starts with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return (which Excel, LibreOffice and Google Sheets read as a formula: `-2 reps`
    /// shows as `#NAME?`, `=HYPERLINK(…)` becomes a link) gets an apostrophe in front, as OWASP
    /// advises for CSV exports. The journal keeps the note as written.
    static func spreadsheetText(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// A field, quoted when it holds a comma, a quote or a line break (quotes doubled).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
