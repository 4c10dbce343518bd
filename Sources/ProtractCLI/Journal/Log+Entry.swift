import PlanKit

/// The entry `log`'s flags describe, and whether they describe one.
extension ProtractCommand.Log {
    /// Whether any flag that describes an entry was given.
    var describesEntry: Bool {
        asPlanned || !done.isEmpty || pain != nil || morning != nil || !hurt.isEmpty || !symptom.isEmpty
            || note != nil || retest != nil
    }

    /// Whether this is `--morning N` alone: the next morning's pain for an entry already logged.
    var isMorningOnly: Bool {
        morning != nil && !asPlanned && done.isEmpty && pain == nil && hurt.isEmpty && symptom.isEmpty && note == nil
            && retest == nil && edit == nil
    }

    /// The entry the flags describe for `day`: what `log` adds, or what `--edit` puts in place.
    func entry(on day: CivilDate) -> SessionLog {
        SessionLog(
            date: day, asPlanned: asPlanned, done: (try? LogFlags.parseDone(done)) ?? [], pain: pain, morningPain: morning,
            hurt: hurt, symptoms: symptom, note: note.map(SystemPath.text), retest: retest)
    }

    /// Whether the flags say what to log: checked in `run`, after ArgumentParser has refused
    /// any unknown option (`--lsit`), which `validate` would hide behind "say what to log".
    func checkEntryIsDescribed() throws(JournalStore.Failure) {
        // --list, --remove, --export and --seen-clinician take no entry (validate refuses one).
        guard !list, remove == nil, export == nil, !seenClinician else { return }
        if !describesEntry {
            // On a terminal, `log` asks instead (LogTerminal.swift), and so does `--edit`
            // (LogEditTerminal.swift), the entry's answers the defaults.
            if Console.isInteractive { return }
            throw .usage(
                "say what to log: --as-planned, --done EXERCISE=N,N,..., --pain N, --morning N, --symptom NAME or --note TEXT",
                help: "see 'protract log --help'; on a terminal, 'protract log' asks")
        }
        if !isMorningOnly, !asPlanned, done.isEmpty, symptom.isEmpty {
            let replaces = edit == nil ? "" : " (--edit replaces the whole entry: give every flag it should keep)"
            throw .usage(
                "say what was done: --as-planned when every exercise went as written, and --done EXERCISE=N,N,... "
                    + "for each one that did not (such as '--done knee-push-up=6,6,5')" + replaces,
                help: "see 'protract log --help'")
        }
    }
}
