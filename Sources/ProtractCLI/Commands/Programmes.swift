import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PlanKit
import YAMLKit

extension ProtractCommand {
    /// `protract programmes`: lists the built-in programmes.
    struct Programmes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "programmes",
            abstract: "List the built-in programmes.",
            discussion: HelpLayout.discussion("Use a programme's id with 'protract plan ID', or copy its file to write your own."))

        func run() throws {
            let environment = try Environment.load()
            let console = environment.console
            var rows: [(id: String, title: String, weeks: String, summary: String)] = []
            var broken = false
            var notRegular = false
            let paths = environment.files.programmePaths
            guard !paths.isEmpty else {
                console.error(
                    "no programmes found in \(environment.files.directory.path): it holds only the exercise catalog",
                    help: "a built-in programme is a .yaml file beside \(BuiltInFiles.catalogFileName); "
                        + "point PROTRACT_PROGRAMS at Protract's Programs folder, or unset it to use the installed one")
                throw ExitStatus.software
            }
            // Ids must be unique: a second file with an id already listed is an error, not a second row.
            var firstPath: [String: String] = [:]
            for path in paths {
                let source: SourceFile
                do {
                    source = try InputFile.read(path, as: .programme)
                } catch {
                    console.error("cannot read \(error.path): \(error.reason)")
                    if error.notRegular { notRegular = true } else { broken = true }
                    continue
                }
                do {
                    let programme = try environment.loader.programme(from: source)
                    if let first = firstPath[programme.id] {
                        console.error(
                            "\(first) and \(path) both hold the programme id '\(programme.id)'; it is listed once, from \(first)",
                            help: "give each programme its own id; 'protract plan ID' finds a built-in programme by its file name")
                        broken = true
                        continue
                    }
                    firstPath[programme.id] = path
                    // Shown with visible escapes: nothing a file holds reaches the terminal raw.
                    rows.append((
                        TerminalText.visible(programme.id), TerminalText.visible(programme.title),
                        "\(programme.weeks) wk, "
                            + (programme.schedule.days.count == 7 ? "daily" : "\(programme.schedule.days.count)x a week"),
                        TerminalText.visible(programme.summary)))
                } catch {
                    console.report(error.diagnostics, in: source)
                    broken = true
                }
            }
            let idWidth = rows.map(\.id.count).max() ?? 0
            let weeksWidth = rows.map(\.weeks.count).max() ?? 0
            // Title and summary wrapped in their column; on a narrow screen (a phone) below the id.
            let column = String(repeating: " ", count: idWidth + weeksWidth + 4)
            let columns = console.width - column.count >= 24
            var text = ""
            for row in rows {
                if columns {
                    let head = row.id.padded(to: idWidth) + "  " + row.weeks.padded(to: weeksWidth, leading: true) + "  "
                    text += console.wrapped(row.title, first: head, rest: column)
                    text += console.wrapped(row.summary, first: column, rest: column)
                } else {
                    text += console.wrapped(row.id + " · " + row.weeks, first: "", rest: "  ")
                    text += console.wrapped([row.title, row.summary].map { "  " + $0 }, hanging: 0)
                }
            }
            console.out(text)
            if broken { throw ExitStatus.software }
            if notRegular { throw ExitStatus.noInput }
        }
    }
}
