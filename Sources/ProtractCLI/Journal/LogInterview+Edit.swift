import PlanKit
import PlanRendering
import YAMLKit

/// `protract log --edit DATE` on a terminal: the session's questions asked again, each answer
/// the entry logged already when Enter is pressed (a phone user's trial had to retype the whole
/// entry as flags to change one figure).
extension LogInterview {
    /// Asks `session`'s questions again for the entry `old`, each keeping what `old` records on
    /// Enter; `-` clears an answer that is optional. Returns the entry to put in its place.
    func edit(_ session: Session, entry old: SessionLog, _ prompter: LinePrompter) throws(LinePrompter.Cancelled) -> SessionLog {
        prompter.say("Editing \(old.date.longDisplay), \(shown(session.title)): Enter keeps what is logged.")
        var entry = SessionLog(date: old.date, asPlanned: true)
        var asked: Set<String> = []
        for item in session.items where item.dose.isTest && entry.retest == nil {
            entry.retest = try prompter.ask(
                "Retest, \(shown(item.name)): reps in the one set to technical failure \(Self.keeps(old.retest.map(String.init))):"
            ) { Self.keeping(old.retest, $0, Self.retest) }
        }
        for item in session.items where !item.dose.isTest && asked.insert(item.exerciseID).inserted {
            // What the entry logged for it: its sets, 0 for an exercise an entry not "as planned"
            // left out (not done), or nil for one done as planned.
            let logged = old.done.first { $0.exerciseID == item.exerciseID }?.sets ?? (old.asPlanned ? nil : [0])
            let was = logged.map { " (logged: \($0.map(String.init).joined(separator: ",")))" } ?? ""
            let asPlanned = try prompter.ask("\(shown(item.label))\(was): done as planned? \(logged == nil ? "[Y/n]" : "[y/N]")") {
                $0.isEmpty ? .success(logged == nil) : Self.yesOrNo($0)
            }
            if asPlanned { continue }
            let what = item.isHold ? "Seconds held in each set" : "Reps in each set"
            let example = Self.example(item)
            let hint = logged.map { "Enter keeps \($0.map(String.init).joined(separator: ","))" } ?? "or 0 if not done"
            let sets = try prompter.ask("\(what), e.g. \(example) (\(hint)):") { text in
                if text.isEmpty, let logged { return .success(logged) }
                return Self.sets(text, hold: item.isHold, example: example)
            }
            if item.isDone(asPlannedBy: sets) {
                prompter.say("\(sets.map(String.init).joined(separator: ",")) is \(item.sets) x \(item.dose): done as planned", indent: "  ")
                continue
            }
            entry.done.append(SessionLog.Work(exerciseID: item.exerciseID, sets: sets))
        }
        entry.pain = try prompter.ask("Pain during the session, 0-10 \(Self.keeps(old.pain.map { "\($0)" })):") {
            Self.keeping(old.pain, $0, Self.pain)
        }
        if let pain = entry.pain, pain > painRules.progressUpTo {
            let items = Self.distinctItems(of: session)
            let keptItems = items.filter { old.hurt.contains($0.exerciseID) }
            if !items.isEmpty {
                prompter.write(Self.numbered(items.map { shown($0.name) }, width: prompter.width))
                let hint = keptItems.isEmpty
                    ? "Enter for none" : "Enter keeps \(keptItems.map { shown($0.name) }.joined(separator: ", ")), - for none"
                let kept = keptItems.isEmpty ? nil : keptItems.map(\.exerciseID)
                let hurt = try prompter.ask("Did any exercise cause it? (numbers from the list, comma-separated, or \(hint)):") { text in
                    Self.keeping(kept, text) { text in Self.hurt(text, items: items).map { $0.isEmpty ? nil : $0 } }
                }
                entry.hurt = hurt ?? []
            }
        }
        if old.date < today {
            let when = old.date.adding(days: 1) == today ? "this morning" : "the next morning (\(old.date.adding(days: 1).shortDisplay))"
            entry.morningPain = try prompter.ask("Pain \(when), 0-10 \(Self.keeps(old.morningPain.map { "\($0)" })):") {
                Self.keeping(old.morningPain, $0, Self.pain)
            }
        }
        // The red flags: Enter keeps those logged; a new one is asked again, as when logging.
        let kept = redFlags.filter { old.symptoms.contains($0.id) }
        var flags: [RedFlag] = []
        while true {
            prompter.say("Red flags: any means see a clinician before you train again.")
            let names = zip(1..., redFlags).map { "\($0) \($1.id)" }
            prompter.write(LineWrapper(width: prompter.width).wrap(segments: names, first: "  ", rest: "  ").joined(separator: "\n") + "\n")
            let hint = kept.isEmpty ? "Enter for none" : "Enter keeps \(kept.map(\.id).joined(separator: ", ")), - for none"
            flags = try prompter.ask("Any of these? (numbers, comma-separated; \(hint)):") { text in
                if text.isEmpty { return .success(kept) }
                if text == "-" { return .success([]) }
                return Self.redFlags(text, in: redFlags)
            }
            if !flags.contains(where: { !old.symptoms.contains($0.id) }) { break }
            if try Self.confirmRedFlags(flags, prompter) { break }
        }
        entry.symptoms = flags.map(\.id)
        let shownNote = old.note.map { note in
            let first = note.prefix { $0 != "\n" }
            return "'" + first.prefix(30) + (first.count > 30 || first.count < note.count ? "…" : "") + "'"
        }
        entry.note = try prompter.ask("A note \(Self.keeps(shownNote)):", pasted: true) { Self.keeping(old.note, $0, Self.note) }
        return entry
    }

    /// `(Enter keeps 4, - for none)` for a value logged, `(Enter to skip)` without one.
    static func keeps(_ value: String?) -> String {
        value.map { "(Enter keeps \($0), - for none)" } ?? "(Enter to skip)"
    }

    /// An optional answer with a default: Enter keeps `old`, `-` clears it, anything else is read by `parse`.
    static func keeping<T>(_ old: T?, _ text: String, _ parse: (String) -> Result<T?, LinePrompter.Reason>) -> Result<T?, LinePrompter.Reason> {
        if let old, text.isEmpty { return .success(old) }
        if old != nil, text == "-" { return .success(nil) }
        return parse(text)
    }

    /// `  1 Cat-cow` and so on, one a line, numbers aligned, wrapped to `width`.
    static func numbered(_ names: [String], width: Int) -> String {
        let wrapper = LineWrapper(width: width)
        var list = ""
        for (number, name) in zip(1..., names) {
            let first = "\(number < 10 && names.count >= 10 ? " " : "")  \(number) "
            list += wrapper.wrap(name, first: first, rest: String(repeating: " ", count: first.count)).joined(separator: "\n") + "\n"
        }
        return list
    }
}
