import ArgumentParser
import PlanKit

/// `protract log --seen-clinician`: the person saw a physiotherapist or GP about pain that has not
/// eased after 2 weeks of the plan (``PlanKit/PainNotEasing``), and was told to go on. The visit is
/// recorded in the journal (`clinician-visits:`), and the advice is read again from the sessions
/// after it: nothing is said until 2 more weeks have passed, and then only if the pain has not
/// eased since. Without it, the advice was repeated at every `log`, `next` and `plan` for the rest
/// of the course, however often the person had been seen.
extension ProtractCommand.Log {
    /// Refuses `--seen-clinician` with what it cannot go with: it records a visit, not a session
    /// (`modes` are the other modes given: `--list`, `--remove`, `--export`, `--edit`).
    func checkVisitFlags(modes: [String]) throws {
        guard seenClinician else { return }
        if let mode = modes.first {
            throw ValidationError("--seen-clinician and \(mode) cannot be used together")
        }
        if describesEntry || changeLater {
            throw ValidationError(
                "--seen-clinician records a visit on its own (with --date for another day than today); "
                    + "log the session with another 'protract log'")
        }
    }

    /// Adds the visit of `--date` (default `today`) to `course`, or says it is there already.
    func recordVisit(in course: inout Course, today: CivilDate) throws(JournalStore.Failure) -> Outcome {
        let day = date.flatMap(CivilDate.init(parsing:)) ?? today
        if day > today {
            throw .usage("\(day.longDisplay) is after today (\(today.longDisplay))", help: "record a visit once it has happened")
        }
        if day < course.athlete.start {
            throw .usage("\(day.longDisplay) is before the course started (\(course.athlete.start.longDisplay))")
        }
        let again = "pain not easing is looked at again from the sessions logged after it, once 2 weeks have passed"
        if course.clinicianVisits.contains(day) {
            return Outcome(message: "a visit to a clinician on \(day.longDisplay) is recorded already; " + again)
        }
        course.clinicianVisits.append(day)
        course.clinicianVisits.sort()
        return Outcome(message: "recorded that you saw a clinician on \(day.longDisplay); " + again)
    }
}
