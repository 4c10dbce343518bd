import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PlanKit
import YAMLKit

/// How a command finds its course: `--course NAME` in the data folder, or `--journal FILE`.
/// With neither, the only course in the data folder.
struct CourseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The course, by name (see 'protract courses'); needed when there are several.", valueName: "name"))
    var course: String?

    @Option(help: ArgumentHelp("The journal file to use instead of the course's own, in the data folder.", valueName: "file"))
    var journal: String?

    @Option(help: ArgumentHelp("Today's date, instead of the clock's (for tests and scripts).", valueName: "yyyy-mm-dd", visibility: .hidden))
    var today: String?

    func validateSyntax() throws {
        // The name is not checked as a new course's is (`start`): one that is not a course name
        // (`Kim`) names no course there is, and is refused as such, with the courses that are
        // (`existingStore`), rather than with a name of its form that may name none.
        try Self.check(course: course, journal: journal, newCourse: false)
        if let today, CivilDate(parsing: today) == nil {
            throw ValidationError("--today '\(shown(today))' is not a date; write YYYY-MM-DD")
        }
    }

    /// Refuses --course with --journal, and, for a `newCourse` (`start`), a course name that is
    /// not a course id, with one of its form that is.
    static func check(course: String?, journal: String?, newCourse: Bool = true) throws {
        try SystemPath.checkNamed(journal, "--journal")
        if newCourse, let course, let problem = Identifier.problem(with: course, noun: "course") {
            throw ValidationError("--course: \(shown(problem.message)); \(problem.help)")
        }
        if course != nil, journal != nil {
            throw ValidationError("--course and --journal cannot be used together: --journal names the file itself")
        }
    }

    /// The journal of the course this command works on, which must exist: 66 when it does not,
    /// 64 when several courses exist and none is named.
    func existingStore() throws(JournalStore.Failure) -> JournalStore {
        var store = try existingJournal()
        store.logCommand = ProtractCommand.Log.logCommand(self).joined(separator: " ")
        CoursePlan.useJournal(store.path, logCommand: store.logCommand)
        return store
    }

    private func existingJournal() throws(JournalStore.Failure) -> JournalStore {
        if let journal {
            let store = JournalStore(path: SystemPath(journal))
            guard store.exists else {
                throw JournalStore.Failure(
                    status: ExitStatus.noInput, message: "no journal at \(SystemPath(journal).display)",
                    help: "start a course there with 'protract start PROGRAMME --journal \(SystemPath(journal).shellWord)'")
            }
            return store
        }
        let directory = try CourseDirectory.current().get()
        let names = directory.names()
        if let course {
            guard names.contains(course) else {
                throw JournalStore.Failure(
                    status: ExitStatus.noInput, message: "no course is called '\(course)'",
                    help: directory.unknownCourseHelp(for: course))
            }
            return JournalStore(path: directory.journal(named: course))
        }
        switch names.count {
        case 0:
            throw JournalStore.Failure(
                status: ExitStatus.noInput, message: "no course has been started (none in \(directory.folder.display))",
                help: "start one with 'protract start PROGRAMME', such as 'protract start upper-back-rehab --baseline push-ups=6'")
        case 1:
            return JournalStore(path: directory.journal(named: names[0]))
        default:
            throw JournalStore.Failure(
                status: ExitStatus.usage, message: "there are \(names.count) courses: \(names.joined(separator: ", "))",
                help: "pick one with --course NAME")
        }
    }

    /// The course's journal read and its plan made as of today, for the commands that show the
    /// course (`plan`, `next`, `progress`: `command`, named in what a failure says to run again);
    /// each failure reported on stderr and thrown as its exit status. `wordsPastChanges`: see
    /// `CoursePlan.load`.
    func coursePlan(console: Console, command: String, wordsPastChanges: Bool = true) throws -> CoursePlan {
        let read: (file: JournalFile, source: SourceFile)
        do throws(JournalStore.Failure) {
            read = try existingStore().read()
        } catch {
            throw error.report(console)
        }
        let journal = read.file.course
        var loaded = try CoursePlan.load(
            journal, today: todayDate(in: journal.athlete.timeZone), console: console,
            journal: (read.file, read.source, .reads(command: command), self), wordsPastChanges: wordsPastChanges)
        // The commands the plan names (`log --symptom lasting-pain`) choose this course.
        loaded.plan.courseFlags = ProtractCommand.Log.selectionFlags(self)
        return loaded
    }

    /// Today: `--today`, else the clock's date in `zone`.
    func todayDate(in zone: String) -> CivilDate {
        if let today, let date = CivilDate(parsing: today) { return date }
        return WallClock.today(in: zone)
    }
}
