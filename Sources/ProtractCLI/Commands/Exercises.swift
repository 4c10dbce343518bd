import ArgumentParser
import PlanKit
import PlanRendering
import YAMLKit

extension ProtractCommand {
    /// `protract exercises [ID]`: the exercise catalog, or one exercise in full.
    struct Exercises: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "exercises",
            abstract: "List the exercise catalog, or show one exercise with its cues and variants.",
            discussion: HelpLayout.discussion("""
                Blocks name exercises by these ids. With --programme, the programme's own \
                exercises are listed too.

                Examples:
                  protract exercises
                  protract exercises scapular-push-up
                  protract exercises --programme my-plan.yaml
                  protract exercises prone-y-t-w --format html > card.html   (a printable card)

                \(ExitStatus.helpText)
                """))

        @Argument(help: "An exercise id, to show that exercise in full.")
        var id: String?

        @Option(
            help: ArgumentHelp("Include this programme's own exercises (a built-in id or a file).", valueName: "file|id"),
            completion: .file(extensions: ["yaml", "yml"]))
        var programme: String?

        @Option(help: "Output format: text, or html for one exercise as a printable page (needs ID).")
        var format: Format = .text

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text
            case html
        }

        mutating func validate() throws {
            try SystemPath.checkNamed(programme, "--programme")
            if format == .html, id == nil {
                throw ValidationError("--format html shows one exercise as a card: give its ID, such as 'protract exercises cat-cow --format html'")
            }
        }

        func run() throws {
            let environment = try Environment.load()
            let configured = try programme.map { try environment.configured(programme: $0) }
            let catalog = configured?.catalog ?? environment.catalog
            let own = Set(configured?.programme.exercises.map(\.id) ?? [])
            let width = environment.console.width
            guard let id else {
                environment.console.out(ExerciseText.table(catalog.exercises, own: own, width: width))
                return
            }
            guard let exercise = catalog.exercise(id) else {
                let hint = Suggestion.nearest(to: id, in: catalog.ids).map { "did you mean '\($0)'? " } ?? ""
                environment.console.error(
                    "no exercise has the id '\(id)'",
                    help: hint + "'protract exercises' lists them"
                        + (programme == nil ? "; add --programme FILE to include a programme's own" : ""))
                throw ExitStatus.usage
            }
            switch format {
            case .text: environment.console.out(ExerciseText.full(exercise, catalog: catalog, width: width))
            case .html: environment.console.out(HTMLRenderer.card(for: exercise, catalog: catalog))
            }
        }
    }
}

/// How `exercises` prints the catalog and one exercise.
enum ExerciseText {
    /// Aligned columns that fit `width`: the id, kind and category never wrap; the name and the
    /// muscles share what is left and wrap inside their columns.
    static func table(_ exercises: [Exercise], own: Set<String>, width: Int) -> String {
        let headers = ["ID", "NAME", "KIND", "CATEGORY", "MUSCLES"]
        // Shown with visible escapes before measuring, so the columns line up.
        let rows = exercises.map { exercise in
            [exercise.id + (own.contains(exercise.id) ? " *" : ""), exercise.name, exercise.kind.rawValue,
             exercise.category.label, exercise.muscles.joined(separator: ", ")].map { TerminalText.visible($0) }
        }
        var widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        let fixed = widths[0] + widths[2] + widths[3] + 2 * (headers.count - 1)
        guard width - fixed >= 24 else { return stacked(rows, count: exercises.count, own: own, width: width) }
        let left = width - fixed
        // At least the longest word of a name, which stands whole ('shoulder-blade'), so the
        // columns after it stay aligned.
        let longestWord = rows.map { $0[1].split(separator: " ").map(\.count).max() ?? 0 }.max() ?? 0
        widths[1] = min(widths[1], max(12, longestWord, left * 2 / 5))
        widths[4] = max(12, left - widths[1])
        func line(_ cells: [String]) -> String {
            let wrapped = cells.indices.map { LineWrapper(width: widths[$0], longWords: .overflow).wrap(cells[$0]) }
            let height = wrapped.map(\.count).max() ?? 1
            var text = ""
            for row in 0..<height {
                var out = ""
                for (column, lines) in wrapped.enumerated() {
                    let cell = row < lines.count ? lines[row] : ""
                    out += column == cells.count - 1 ? cell : cell.padded(to: widths[column]) + "  "
                }
                while out.hasSuffix(" ") { out.removeLast() }
                text += out + "\n"
            }
            return text
        }
        var text = line(headers)
        for row in rows { text += line(row) }
        return text + "\n" + footer(count: exercises.count, own: own, width: width)
    }

    /// The table's rows for a screen too narrow for its columns (a phone): each exercise's id and
    /// name, then its kind, category and muscles, wrapped below.
    private static func stacked(_ rows: [[String]], count: Int, own: Set<String>, width: Int) -> String {
        var text = ""
        for row in rows {
            text += wrapped(row[0] + " · " + row[1], first: "", rest: "", width: width)
            text += wrapped(row[2] + " · " + row[3] + " · " + row[4], first: "  ", rest: "  ", width: width)
        }
        return text + "\n" + footer(count: count, own: own, width: width)
    }

    private static func footer(count: Int, own: Set<String>, width: Int) -> String {
        let text = plural(count, "exercise") + (own.isEmpty ? "" : " (* the programme's own)")
            + ". Show one in full with: protract exercises ID"
        return wrapped(text, first: "", rest: "", width: width)
    }

    /// One exercise: what it is, its dose, muscles, equipment, every cue, its variants and source.
    static func full(_ exercise: Exercise, catalog: ExerciseCatalog, width: Int) -> String {
        var text = "\(shown(exercise.name)) (\(shown(exercise.id)))\n"
        text += wrapped(exercise.summary, first: "  ", rest: "  ", width: width)
        var dose = [exercise.kind == .hold ? "timed hold" : "repetitions"]
        if exercise.perSide { dose.append("per side") }
        if let tempo = exercise.tempo { dose.append("tempo \(tempo)") }
        if let hold = exercise.holdSeconds { dose.append("\(hold) s hold at end range") }
        if let positions = exercise.positionsNote { dose.append("the reps in \(positions)") }
        let facts = [
            ("category", exercise.category.label),
            ("kind", dose.joined(separator: ", ")),
            ("muscles", exercise.muscles.joined(separator: ", ")),
            ("equipment", exercise.equipment.isEmpty ? "none" : exercise.equipment.joined(separator: ", ")),
        ]
        text += "\n"
        for (label, value) in facts {
            let indent = "  " + label.padded(to: 10) + " "
            text += wrapped(value, first: indent, rest: String(repeating: " ", count: indent.count), width: width)
        }
        text += "\nCues\n"
        for cue in exercise.cues { text += wrapped(cue, first: "  - ", rest: "    ", width: width) }
        text += wrapped("In short: " + exercise.shortCue, first: "  ", rest: "    ", width: width)
        for (title, ids) in [("Easier", exercise.easier), ("Harder", exercise.harder)] where !ids.isEmpty {
            text += "\n\(title)\n"
            for id in ids {
                let name = catalog.exercise(id.value)?.name ?? id.value
                text += wrapped("\(name) (\(id.value))", first: "  ", rest: "    ", width: width)
            }
        }
        if let source = exercise.source {
            text += "\nSource\n" + wrapped(source, first: "  ", rest: "  ", width: width)
        }
        return text
    }

    /// `text` wrapped to `width` after the prefixes, each line ending in a line break; a word
    /// longer than a line stands alone.
    static func wrapped(_ text: String, first: String, rest: String, width: Int) -> String {
        LineWrapper(width: width, longWords: .overflow).wrap(text, first: first, rest: rest).map { $0 + "\n" }.joined()
    }
}
