import ArgumentParser
import PlanKit
import YAMLKit

extension ProtractCommand {
    /// `protract courses`: the courses in the data folder.
    struct Courses: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "courses",
            abstract: "List your courses: name, programme, start, sessions logged and the last one.",
            discussion: HelpLayout.discussion("""
                Courses live in $XDG_DATA_HOME/protract/ (default ~/.local/share/protract/), one \
                journal NAME.yaml each. A journal that cannot be read is reported and the others \
                are listed; the exit status is then 65 (damaged) or 66 (unreadable), the first one's. A .yaml file whose name is not a course \
                name (lowercase letters, digits and hyphens) is not listed; a note says how to use it.

                \(ExitStatus.helpText)
                """))

        func run() throws {
            let console = Console()
            let directory: CourseDirectory
            do {
                directory = try CourseDirectory.current().get()
            } catch {
                throw error.report(console)
            }
            let names = directory.names()
            defer { Self.noteOtherFiles(directory, console: console) }
            if names.isEmpty {
                console.out("No courses yet in \(directory.folder.display). Start one with 'protract start PROGRAMME'.\n")
                return
            }
            var rows = [["course", "programme", "start", "logged", "last"]]
            var failure: ExitCode?  // the first journal's that cannot be read: 66 unreadable, 65 damaged
            for name in names {
                let store = JournalStore(path: directory.journal(named: name))
                do {
                    let course = try store.read().file.course
                    rows.append([
                        course.name == name ? name : "\(name) (\(course.name))", course.programmeID,
                        course.athlete.start.description, String(course.logs.count),
                        course.logs.last?.date.description ?? "-",
                    ])
                } catch {
                    let status = error.report(console)
                    failure = failure ?? status
                    rows.append([name, "(cannot be read: see above)", "", "", ""])
                }
            }
            let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
            var text = ""
            guard widths.reduce(8, +) <= console.width else {
                // Narrower than the table (a phone): each course's name, then its facts under it.
                for row in rows.dropFirst() {
                    let facts = row[2].isEmpty ? row[1]
                        : "programme \(row[1]) · started \(row[2]) · \(row[3]) logged · last \(row[4])"
                    text += console.wrapped([row[0], "  " + facts])  // shown with visible escapes
                }
                console.out(text)
                if let failure { throw failure }
                return
            }
            for row in rows {
                let cells = row.enumerated().map { index, cell in index == 4 ? cell : cell.padded(to: widths[index]) }
                var line = cells.joined(separator: "  ")
                while line.hasSuffix(" ") { line.removeLast() }
                text += TerminalText.visible(line) + "\n"
            }
            console.out(text)
            if let failure { throw failure }
        }

        /// Says why a `.yaml` file in the folder whose name is no course id is not listed, and how
        /// to use it.
        static func noteOtherFiles(_ directory: CourseDirectory, console: Console) {
            for file in directory.otherFiles() {
                let name = String(file.dropLast(5))
                let rename = Identifier.kebabCase(name).map { "rename it '\($0).yaml' to list it as a course, or " } ?? ""
                let path = SystemPath(bytes: directory.folder.bytes + Array("/\(file)".utf8))
                console.note(
                    "'\(TerminalText.visible(file))' is not listed: a course's name is lowercase letters, digits and "
                        + "hyphens; \(rename)use it with --journal \(path.shellWord)",
                    first: "protract: note: ")
            }
        }
    }
}

