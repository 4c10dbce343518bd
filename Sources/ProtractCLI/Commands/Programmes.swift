import ArgumentParser
import PlanKit
import YAMLKit

extension ProtractCommand {
    /// `protract programmes`: lists the built-in programmes.
    struct Programmes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "programmes",
            abstract: "List the built-in programmes.",
            discussion: "Use a programme's id with 'protract plan ID', or copy its file to write your own.")

        func run() throws {
            let environment = try Environment.load()
            let console = environment.console
            var rows: [(id: String, title: String, weeks: String, summary: String)] = []
            var broken = false
            for path in environment.files.programmePaths {
                do {
                    let programme = try environment.loader.programme(from: try InputFile.read(path, as: .programme))
                    rows.append((programme.id, programme.title, "\(programme.weeks) wk", programme.summary))
                } catch let error as InputFile.ReadError {
                    console.error("cannot read \(error.path): \(error.reason)")
                    broken = true
                } catch let error as YAMLError {
                    if let source = try? InputFile.read(path, as: .programme) { console.report(error.diagnostics, in: source) }
                    broken = true
                }
            }
            let idWidth = rows.map(\.id.count).max() ?? 0
            let weeksWidth = rows.map(\.weeks.count).max() ?? 0
            var text = ""
            for row in rows {
                text += row.id.padding(toLength: idWidth) + "  " + row.weeks.padding(toLength: weeksWidth, left: true)
                text += "  " + row.title + "\n"
                text += String(repeating: " ", count: idWidth + weeksWidth + 4) + row.summary + "\n"
            }
            console.out(text)
            if broken { throw ExitStatus.software }
        }
    }
}

extension String {
    func padding(toLength length: Int, left: Bool = false) -> String {
        let pad = String(repeating: " ", count: max(0, length - count))
        return left ? pad + self : self + pad
    }
}
