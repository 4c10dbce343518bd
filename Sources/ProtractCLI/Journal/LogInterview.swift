import PlanKit
import PlanRendering
import YAMLKit

/// The questions `protract log` asks on a terminal: which session, how each exercise went, pain
/// during it (and the morning after, when that is missing), red flags and a note. It only asks and
/// builds the answers; the command saves them. Everything it needs is given, so the tests drive
/// it with scripted lines.
struct LogInterview {
    /// One session of the course's plan, as far as logging it goes.
    struct Session: Equatable {
        var date: CivilDate
        var title: String
        var items: [Item]
    }

    /// One prescription of a session: `Knee push-up 3 x 6`.
    struct Item: Equatable {
        var exerciseID: String
        var name: String
        var sets: Int
        var dose: Dose
        var perSide = false

        /// `Knee push-up 3 x 6`, `Forearm plank 2 x 10 s`, `Open book 1 x 6 each side`.
        var label: String { "\(name) \(sets) x \(dose)" + (perSide ? " each side" : "") }

        /// Whether `sets` is the prescription exactly: as many sets as asked, each at the dose.
        func isDone(asPlannedBy sets: [Int]) -> Bool {
            sets.count == self.sets && sets.allSatisfy { $0 == dose.amount }
        }

        var isHold: Bool {
            if case .hold = dose { return true }
            return false
        }
    }

    /// The next morning's pain for an entry logged already.
    struct MorningPain: Equatable {
        var date: CivilDate
        var pain: Int
    }

    /// What the answers add to the journal: a new entry, the morning's pain of an earlier one, or
    /// both; neither when every session is logged and nothing was added.
    struct Answers: Equatable {
        var entry: SessionLog?
        var morning: MorningPain?
        /// Why no session was asked about, when none was: the exit status of a run that logs nothing.
        var nothingDue: NothingDue?
    }

    /// Why there is no session to log.
    enum NothingDue: Equatable {
        /// No session is due yet (before the first one): a wrong time to log, as a `--date`
        /// before the first session is (64).
        case notYet
        /// Every session up to today is logged, or the course has ended: as a second entry (73).
        case loggedAlready
    }

    /// Every session of the plan, in date order (those after today too: they end the last
    /// window a log can fall in).
    var sessions: [Session]
    /// The journal's entries, in date order.
    var logs: [SessionLog]
    /// The course's start.
    var start: CivilDate
    var today: CivilDate
    /// The programme's pain rules: pain above `progressUpTo` asks which exercise caused it.
    var painRules = PainRules.standard
    /// The programme's red flags, as `protract screen PROGRAMME` asks them.
    var redFlags: [RedFlag] = RedFlag.standard
    /// `protract log` with the flags that chose the course (`--course NAME`), for the commands
    /// the questions suggest.
    var command = "protract log"
    /// An exercise's name by its id, for what an entry records (`knee push-up`).
    var name: (String) -> String = { $0 }
    /// The command that begins a new course of the programme, for a course that has ended.
    var newCourse = "protract start PROGRAMME --course NEW-NAME"

    /// The session to offer: the latest on or before today after the last one logged; nil when
    /// every session up to today is logged (or none is due yet).
    var offered: Int? {
        let lastLogged = logs.map(\.date).max()
        return sessions.indices.last { index in
            sessions[index].date <= today && lastLogged.map { sessions[index].date > $0 } ?? true
        }
    }

    /// Asks the questions and returns the answers; `date` (from `--date`) answers the first one.
    func run(_ prompter: LinePrompter, date given: (index: Int, date: CivilDate)? = nil) throws(LinePrompter.Cancelled) -> Answers {
        let chosen: (index: Int, date: CivilDate)
        if let given {
            chosen = given
        } else if let offered {
            let session = sessions[offered]
            prompter.say("Log \(session.date.longDisplay), \(shown(session.title))?")
            // A session whose day has gone may have been done on it or since (today, late): which
            // one dates the entry, and so decides whether its next morning has come, and the rest
            // before the next session. Enter alone would date it on its day either way.
            let question = session.date < today
                ? "Enter if you did it on \(session.date.shortDisplay), t if today, or type the day you did it (YYYY-MM-DD):"
                : "Enter for yes, or type another date (YYYY-MM-DD):"
            chosen = try prompter.ask(question) { pick($0, default: offered) }
        } else {
            return try nothingDue(prompter)
        }
        let session = sessions[chosen.index]
        if given != nil || chosen.index != offered || chosen.date != session.date {
            let late = chosen.date == session.date ? "" : ", done on \(chosen.date.longDisplay)"
            prompter.say("Logging \(session.date.longDisplay), \(shown(session.title))\(late).")
        }
        var entry = SessionLog(date: chosen.date, asPlanned: true)
        var asked: Set<String> = []
        for item in session.items where item.dose.isTest && entry.retest == nil {
            entry.retest = try prompter.ask(
                "Retest, \(shown(item.name)): reps in the one set to technical failure (Enter to skip):", Self.retest)
        }
        for item in session.items where !item.dose.isTest && asked.insert(item.exerciseID).inserted {
            let asPlanned = try prompter.ask("\(shown(item.label)): done as planned? [Y/n]", Self.yesOrNo)
            if asPlanned { continue }
            let what = item.isHold ? "Seconds held in each set" : "Reps in each set"
            let example = Self.example(item)
            let sets = try prompter.ask("\(what), e.g. \(example) (or 0 if not done):") {
                Self.sets($0, hold: item.isHold, example: example)
            }
            // Every set at the dose is the session as planned (a trial's n, then 6,6,6 for 3 x 6,
            // was recorded as a deviation): said, so that the person sees it taken so.
            if item.isDone(asPlannedBy: sets) {
                prompter.say("\(sets.map(String.init).joined(separator: ",")) is \(item.sets) x \(item.dose): done as planned", indent: "  ")
                continue
            }
            entry.done.append(SessionLog.Work(exerciseID: item.exerciseID, sets: sets))
        }
        entry.pain = try prompter.ask("Pain during the session, 0-10 (Enter to skip):", Self.pain)
        if let pain = entry.pain, pain > painRules.progressUpTo {
            entry.hurt = try askHurt(session, prompter)
        }
        if chosen.date < today {
            let when = chosen.date.adding(days: 1) == today ? "this morning" : "the next morning (\(chosen.date.adding(days: 1).shortDisplay))"
            entry.morningPain = try prompter.ask("Pain \(when), 0-10 (Enter to skip):", Self.pain)
        }
        var answers = Answers(entry: entry)
        if let previous = logs.last(where: { $0.date < chosen.date }), previous.morningPain == nil,
            Self.recalls(morningAfter: previous.date, today: today)
        {
            answers.morning = try askMorning(after: previous.date, prompter)
        }
        // A red flag stops the course: asked again before it is taken, so that a mistaken tap on
        // a phone does not end it; no asks the question again.
        var flags = try askRedFlags(prompter)
        while !flags.isEmpty, !(try Self.confirmRedFlags(flags, prompter)) { flags = try askRedFlags(prompter) }
        answers.entry?.symptoms = flags.map(\.id)
        // Asked after a red flag too: what happened, in the person's words, is what a clinician
        // most wants on that entry (the command stops the plan once it is saved).
        // Several lines pasted at once are one note.
        answers.entry?.note = try prompter.ask("A note (Enter for none):", pasted: true, Self.note)
        return answers
    }

    /// Every session up to today is logged, or none is due: says so, and asks the latest entry's
    /// next-morning pain when it is missing and the morning has come.
    private func nothingDue(_ prompter: LinePrompter) throws(LinePrompter.Cancelled) -> Answers {
        guard let last = logs.last else {
            if let first = sessions.first {
                prompter.say("Nothing to log yet: the first session is \(first.date.longDisplay), \(shown(first.title)).")
            } else {
                prompter.say("Nothing to log: the plan has no sessions.")
            }
            return Answers(nothingDue: .notYet)
        }
        // Sessions skipped before the latest one logged are not offered, but are not "logged" either.
        // An entry covers the latest session on or before its date (one done late is logged later).
        let covered = Set(logs.compactMap { log in sessions.last { $0.date <= log.date }?.date })
        let unlogged = sessions.filter { $0.date < last.date && !covered.contains($0.date) }.count
        if unlogged == 0, let final = sessions.last, covered.contains(final.date) {
            prompter.say(
                "The course has ended: its last session, \(final.date.longDisplay), \(shown(final.title)), is logged. "
                    + "To train on, begin a new course with '\(newCourse)'.")
        } else if unlogged == 0 {
            prompter.say("Every session up to today is logged (the latest on \(last.date.longDisplay)).")
        } else {
            prompter.say(
                "Nothing new to log since \(last.date.longDisplay), the latest session logged; "
                    + "\(unlogged == 1 ? "1 session" : "\(unlogged) sessions") before it \(unlogged == 1 ? "was" : "were") not logged "
                    + "('\(command) --date YYYY-MM-DD' logs one done late).")
        }
        guard last.morningPain == nil, last.date < today, Self.recalls(morningAfter: last.date, today: today) else {
            return Answers(nothingDue: .loggedAlready)
        }
        return Answers(morning: try askMorning(after: last.date, prompter), nothingDue: .loggedAlready)
    }

    /// Whether the morning after a session on `date` is recent enough to ask about: within the
    /// last week (notes on paper may hold it). A person asked on 13 Apr about the morning after
    /// 27 Mar (a trial) cannot say; `--morning N --date DATE` still logs it.
    static func recalls(morningAfter date: CivilDate, today: CivilDate) -> Bool {
        date.adding(days: 1).days(until: today) <= 7
    }

    private func askMorning(after date: CivilDate, _ prompter: LinePrompter) throws(LinePrompter.Cancelled) -> MorningPain? {
        let when = date.adding(days: 1) == today ? "this morning" : "the morning"
        let pain = try prompter.ask("Pain \(when) after \(date.shortDisplay)'s session, 0-10 (Enter to skip):", Self.pain)
        return pain.map { MorningPain(date: date, pain: $0) }
    }

    /// Pain above the rules' "progress" threshold: which exercises of the session caused it, by
    /// number (or id), comma-separated; none for Enter. A session can hurt in more than one place,
    /// as `--hurt` can be given more than once.
    private func askHurt(_ session: Session, _ prompter: LinePrompter) throws(LinePrompter.Cancelled) -> [String] {
        let items = Self.distinctItems(of: session)
        guard !items.isEmpty else { return [] }
        prompter.write(Self.numbered(items.map { shown($0.name) }, width: prompter.width))
        return try prompter.ask("Did any exercise cause it? (numbers from the list, comma-separated, or Enter for none):") {
            Self.hurt($0, items: items)
        }
    }

    /// The session's exercises, each once, in its order: the list the hurt question numbers.
    static func distinctItems(of session: Session) -> [Item] {
        var items: [Item] = []
        for item in session.items where !items.contains(where: { $0.exerciseID == item.exerciseID }) { items.append(item) }
        return items
    }

    /// The red flags: each with its question on the course's first entry; after that, by name in
    /// a few lines (the questions are the same every session, and a list of 18 at every log is
    /// one a person stops reading), with `?` for the questions again.
    private func askRedFlags(_ prompter: LinePrompter) throws(LinePrompter.Cancelled) -> [RedFlag] {
        if logs.isEmpty { return try askRedFlagsInFull(prompter) }
        prompter.say("Red flags since the last session: any means see a clinician before you train again.")
        let names = zip(1..., redFlags).map { "\($0) \($1.id)" }
        prompter.write(LineWrapper(width: prompter.width).wrap(segments: names, first: "  ", rest: "  ").joined(separator: "\n") + "\n")
        let answer = try prompter.ask("Any of these? (numbers, comma-separated; ? to read them in full; Enter for none):") { text in
            text == "?" ? .success(nil) : Self.redFlags(text, in: redFlags).map { Optional($0) }
        }
        if let answer { return answer }
        return try askRedFlagsInFull(prompter)
    }

    /// Whether the person means `flags`, which stop the course: each named with its sign, then
    /// `Stop the course and see a clinician? [y/N]`; Enter or no is false.
    static func confirmRedFlags(_ flags: [RedFlag], _ prompter: LinePrompter) throws(LinePrompter.Cancelled) -> Bool {
        let named = flags.map { "\($0.id) (\($0.sign))" }.joined(separator: "; ")
        prompter.say(
            "A red flag stops the course: no further sessions until a clinician has seen you. "
                + "You reported: \(named).")
        return try prompter.ask("Stop the course and see a clinician? [y/N]") { text in
            switch text.lowercased() {
            case "y", "yes": .success(true)
            case "", "n", "no": .success(false)
            default: .failure(.init("type y if you have it, or n (or Enter) to choose again"))
            }
        }
    }

    private func askRedFlagsInFull(_ prompter: LinePrompter) throws(LinePrompter.Cancelled) -> [RedFlag] {
        let wrapper = LineWrapper(width: prompter.width)
        var list = prompter.wrapped("Red flags: any of these means see a clinician before you train again.") + "\n"
        for (number, flag) in zip(1..., redFlags) {
            let first = "\(number < 10 && redFlags.count >= 10 ? " " : "")  \(number) "
            let lines = wrapper.wrap("\(flag.id): \(flag.question)", first: first, rest: String(repeating: " ", count: first.count))
            list += lines.joined(separator: "\n") + "\n"
        }
        prompter.write(list)
        return try prompter.ask("Any of these? (numbers, comma-separated, Enter for none):") { Self.redFlags($0, in: redFlags) }
    }

    /// The first answer: Enter (or yes) for the session offered, on its day; `t` for today; or the
    /// day it was done, which logs the latest session on or before it.
    func pick(_ text: String, default offered: Int?) -> Result<(index: Int, date: CivilDate), LinePrompter.Reason> {
        if let offered, ["", "y", "yes"].contains(text.lowercased()) {
            return .success((offered, sessions[offered].date))
        }
        // `t` (or `today`): done today, whichever session that is.
        guard let date = ["t", "today"].contains(text.lowercased()) ? today : CivilDate(parsing: text) else {
            return .failure(.init("type a date as YYYY-MM-DD, such as \(today), t for today, or press Enter"))
        }
        if date > today {
            return .failure(.init("\(date.longDisplay) is after today (\(today.longDisplay)); log a session once it is done"))
        }
        if date < start {
            return .failure(.init("\(date.longDisplay) is before the course started (\(start.longDisplay))"))
        }
        guard let index = sessions.indices.last(where: { sessions[$0].date <= date }) else {
            return .failure(.init("no session of the plan falls on or before \(date.longDisplay)"))
        }
        if let existing = logs.first(where: { $0.date == date }) {
            // What it records, and the command that changes it with its own flags to start from.
            let edit = ([command, "--edit", "\(date)"] + ProtractCommand.Log.entryFlags(existing)).joined(separator: " ")
            return .failure(.init(
                "a session is logged on \(date.longDisplay) already (\(JournalExport.brief(existing, name: name))); '\(edit)' changes it",
                isLoggedAlready: true))
        }
        let session = sessions[index]
        let windowEnd = sessions.indices.contains(index + 1) ? sessions[index + 1].date : session.date.adding(days: 7)
        if let log = logs.first(where: { $0.date >= session.date && $0.date < windowEnd }) {
            // "type another date" only when one is typed: `--date` (no session offered) exits.
            return .failure(.init(
                "the session of \(session.date.longDisplay) is logged already (on \(log.date.longDisplay))"
                    + (offered == nil ? "" : "; type another date"),
                isLoggedAlready: true))
        }
        return .success((index, date))
    }
}
