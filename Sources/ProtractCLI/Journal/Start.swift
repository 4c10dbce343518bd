import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PlanKit
import PlanRendering
import YAMLKit

extension ProtractCommand {
    /// `protract start PROGRAMME`: begins a course and prints its first week.
    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "start",
            abstract: "Begin a course: keep the programme and your inputs in a journal, and show the first week.",
            discussion: HelpLayout.discussion("""
                The journal is $XDG_DATA_HOME/protract/NAME.yaml (default ~/.local/share/protract/), \
                NAME being --course or the programme's id, or the file given with --journal: one or \
                the other, not both. An existing course is never replaced. Log each session with 'protract log' \
                (see docs/journal.md). On a terminal it first asks the programme's red-flag questions, \
                as 'plan' does (--none answers no to all of them).

                The push-ups baseline is the most push-ups you can do in one set with good form; for a \
                rehab programme (upper-back-rehab), with pain at or under 3/10 too (or the limit its pain \
                rules set).

                Examples:
                  protract start upper-back-rehab --baseline push-ups=6 --name Sam
                  protract start my-programme.yaml --profile me.yaml --course shoulder-2027

                \(ExitStatus.helpText) A red-flag --symptom exits with 3 and starts nothing.
                """))

        @Argument(help: "A built-in programme id or a programme file.", completion: .file(extensions: ["yaml", "yml"]))
        var programme: String

        @OptionGroup var inputs: PlanOptions

        @Option(help: ArgumentHelp("The course's name (default: the programme's id); not with --journal.", valueName: "name"))
        var course: String?

        @Option(help: ArgumentHelp(
            "Keep the journal in this file instead of the data folder; not with --course.", valueName: "file"))
        var journal: String?

        @Option(help: ArgumentHelp("Today's date, instead of the clock's (for tests and scripts): the default start is the Monday after it.", valueName: "yyyy-mm-dd", visibility: .hidden))
        var today: String?

        mutating func validate() throws {
            try inputs.validateSyntax()
            try CourseOptions.check(course: course, journal: journal)
            if let today, CivilDate(parsing: today) == nil {
                throw ValidationError("--today '\(shown(today))' is not a date; write YYYY-MM-DD")
            }
        }

        func run() throws {
            let console = Console()
            let environment = try Environment.load()
            let path = try environment.path(for: programme)
            let configured = try environment.configured(programme: path)
            let (athlete, plan) = try inputs.newPlan(
                configured, named: programme, console: console, command: "start", today: today.flatMap(CivilDate.init(parsing:)))
            let bytes: [UInt8]
            do {
                bytes = try InputFile.read(path, as: .programme).bytes
            } catch {
                console.error("cannot read \(error.path): \(error.reason)")
                throw ExitStatus.noInput
            }
            let builtIn = environment.files.programmePaths.contains(path)
            let name = course ?? configured.programme.id
            var record = Course(
                name: name, programmeID: configured.programme.id,
                programmeFile: builtIn ? nil : Self.absolute(path), programmeHash: ContentHash(of: bytes).description,
                athlete: athlete)
            record.screening = plan.screening
            let store: JournalStore
            // With other courses beside it, `log` needs the course's name.
            var named = course != nil
            // The `log` command for this course, as the messages suggest it.
            func logCommand(_ store: JournalStore) -> String {
                "protract log" + (journal != nil ? " --journal \(store.path.shellWord)" : named ? " --course \(name)" : "")
            }
            do throws(JournalStore.Failure) {
                if let journal {
                    store = JournalStore(path: SystemPath(journal))
                } else {
                    let directory = try CourseDirectory.current().get()
                    try directory.create()
                    store = JournalStore(path: directory.journal(named: name))
                    named = named || directory.names().contains { $0 != name }
                }
                let lock = try store.lock()
                defer { withExtendedLifetime(lock) {} }
                if store.exists, journal != nil, (try? store.read()) == nil {
                    // Not a journal at all (/dev/null, a programme file): not "a course exists".
                    throw JournalStore.Failure(
                        status: ExitStatus.cannotCreate,
                        message: "\(store.display) exists already and is not a course's journal; it was not changed",
                        help: "name a new file with --journal FILE")
                }
                if store.exists {
                    throw JournalStore.Failure(
                        status: ExitStatus.cannotCreate,
                        message: "a course called '\(name)' exists already (\(store.display)); it was not changed",
                        help: journal == nil
                            ? "pick another name with --course NAME ('protract courses' lists them), or go on with '\(logCommand(store))'"
                            : "choose another --journal file, or go on with '\(logCommand(store))'")
                }
                try store.create(record)
            } catch {
                throw error.report(console)
            }
            console.out(Self.firstWeek(of: plan, catalog: configured.catalog, console: console))
            console.note(
                "started course '\(name)': journal \(store.display)\n"
                    + "after each session: '\(logCommand(store)) --as-planned --pain N'")
        }

        /// The plan's text up to (not including) its second week: header, safety and week 1.
        static func firstWeek(of plan: PlanKit.Plan, catalog: ExerciseCatalog, console: Console) -> String {
            let options = TextRenderer.Options(width: console.width, colour: console.colourAllowed(on: 1), weeks: 1)
            let text = TextRenderer(options: options).render(plan, catalog: catalog)
            let more = plan.weeks.count - 1
            guard more > 0 else { return text }
            return text + "\n" + console.wrapped(["\(more) more week\(more == 1 ? "" : "s"): each session's dose follows what you log."])
        }

        /// `path` made absolute against the current folder, so the course finds its programme
        /// from anywhere.
        static func absolute(_ path: String) -> String {
            if path.hasPrefix("/") { return path }
            let cwd = FileManager.default.currentDirectoryPath
            return URL(fileURLWithPath: cwd).appendingPathComponent(path).standardizedFileURL.path
        }
    }
}
