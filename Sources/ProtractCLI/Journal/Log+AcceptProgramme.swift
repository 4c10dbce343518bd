import ArgumentParser
import PlanKit
import YAMLKit

/// `protract log --accept-programme`: the course's programme file was changed (a coach's edit, or
/// a new version of a built-in programme), and the change is meant. The journal records the file
/// as it is now (its `hash:` under `programme:`), and the warning that it changed, which every
/// command of the course gives until then, stops. Past sessions logged as planned stand for the
/// doses of the programme as it is now, as the warning said; nothing else in the journal changes.
extension ProtractCommand.Log {
    /// Refuses `--accept-programme` with what it cannot go with: it changes the course, not a
    /// session (`modes` are the other modes given: `--list`, `--remove`, `--export`, `--edit`).
    func checkAcceptFlags(modes: [String]) throws {
        guard acceptProgramme else { return }
        if let other = modes.first ?? (seenClinician ? "--seen-clinician" : nil) {
            throw ValidationError("--accept-programme and \(other) cannot be used together")
        }
        if describesEntry || date != nil || changeLater {
            throw ValidationError(
                "--accept-programme accepts the programme as it is now on its own; log a session with another 'protract log'")
        }
    }

    /// Records the course's programme as it is now, under the journal's lock: refused when the
    /// programme does not load (its problems said) or no longer fits the journal (located), and
    /// nothing is written when it has not changed.
    func runAcceptProgramme() throws {
        let console = Console()
        do throws(JournalStore.Failure) {
            let store = try selection.existingStore()
            let lock = try store.lock()
            defer { withExtendedLifetime(lock) {} }
            let read = try store.read()
            var course = read.file.course
            // Its problems are said as `plan` says them, and the journal is left as it is.
            let loaded: (configured: ConfiguredProgramme, path: String)
            do {
                loaded = try CoursePlan.loadedProgramme(of: course, console: console, warn: false)
            } catch {
                console.note("the journal \(store.path.display) was not changed", first: "protract: ")
                throw JournalStore.Failure(status: error as? ExitCode ?? ExitStatus.software, message: nil)
            }
            if let failure = CoursePlan.journalFailure(read, for: loaded.configured, use: .writes, selection: selection) {
                throw failure
            }
            let shown = SystemPath(loaded.path).display
            // Read a moment ago to load it: gone since, it is said as any file that cannot be read.
            guard let hash = CoursePlan.currentHash(ofProgramme: loaded.path) else {
                throw JournalStore.Failure(
                    status: ExitStatus.noInput, message: "cannot read \(shown); the journal was not changed")
            }
            guard hash != course.programmeHash else {
                console.out(console.wrapped(["the programme \(shown) has not changed since the course started; nothing to accept"]))
                return
            }
            course.programmeHash = hash
            try store.replace(with: course)
            console.out(console.wrapped([
                "accepted the programme \(shown) as it is now (\(hash)) for the course \(course.name): the plan follows it, "
                    + "past sessions logged as planned included",
            ]))
        } catch {
            throw error.report(console)
        }
    }
}
