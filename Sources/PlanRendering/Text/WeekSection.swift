import PlanKit
import YAMLKit

/// The weeks of the text plan: week headings, sessions, blocks and one line per exercise with its cues.
struct WeekSection: Sendable {
    var layout: TextLayout
    var catalog: ExerciseCatalog
    /// Where exercise details start, counted from the exercise's indent.
    var nameColumn: Int
    /// The name of every exercise the plan prescribes, by id (the id when the catalog has none):
    /// looked up once, not for every dose of a long course.
    private var names: [String: String] = [:]

    private static let exerciseIndent = 4
    fileprivate static let cueIndent = 6

    init(layout: TextLayout, catalog: ExerciseCatalog, plan: Plan) {
        self.init(layout: layout, catalog: catalog, exercises: Kit.exerciseIDs(in: plan))
    }

    /// The section for a plan that prescribes the exercises `ids` (`Kit.exerciseIDs(in:)`).
    init(layout: TextLayout, catalog: ExerciseCatalog, exercises ids: Set<String>) {
        self.layout = layout
        self.catalog = catalog
        // Each exercise measured once: a long course names the same few in every session.
        for id in ids { names[id] = catalog.exercise(id)?.name ?? id }
        let longest = names.values.map { TerminalText.visible($0).count }.max() ?? 0
        nameColumn = min(longest, max(12, (layout.width - Self.exerciseIndent) * 2 / 5))
    }

    /// Every week in order; full cues only for an exercise's first appearance in the plan.
    func lines(for plan: Plan, weeks: Int? = nil) -> [String] {
        var seen: Set<String> = []
        var cueLines = CueLines()
        var lines: [String] = []
        let next = plan.nextSession?.number
        for week in plan.weeks.prefix(weeks ?? plan.weeks.count) {
            lines.append("")
            lines += heading(for: week, cueLines: &cueLines)
            if week.sessions.isEmpty {
                lines += layout.wrap("No sessions this week.", indent: 0, hanging: 0)
            }
            for session in week.sessions {
                lines.append("")
                append(session, seen: &seen, cueLines: &cueLines, isNext: session.number == next, to: &lines)
            }
        }
        return lines
    }

    private func heading(for week: PlanWeek, cueLines: inout CueLines) -> [String] {
        let segments = [week.title("WEEK")] + week.marks
        var lines = layout.wrapper.wrap(segments: segments, first: "", rest: "  ").map { line in
            layout.style.bold(week.isDeload ? layout.style.highlightingDeload("deload week", in: line) : line)
        }
        // Notes first, then the focus; the heading says the programme week the focus's own week
        // numbers count (`WEEK 9 (programme week 8)`), so `programmeWeekNote` is not repeated.
        lines += layout.labelled("Note: ", each: week.notes, indent: 0)
        if let focus = week.focus, !focus.isBlank {
            lines += cueLines.labelled("Focus: ", focus, indent: 0, layout: layout)
        }
        return lines
    }

    /// Appends a session: its heading (`next` on the course's next session still to come, so that
    /// a person scrolling a long course on a phone finds it), notes, record and blocks. Appended
    /// in place, as its prescriptions are: a long course's sessions are thousands of lines.
    private func append(
        _ session: PlannedSession, seen: inout Set<String>, cueLines: inout CueLines, isNext: Bool, to lines: inout [String]
    ) {
        var segments = [session.date.shortDisplay, session.times, session.title]
        if isNext { segments.append("next") }
        lines += layout.wrapper.wrap(segments: segments, first: "", rest: "  ").map(layout.style.bold)
        lines += layout.labelled("Note: ", each: session.notes, indent: 2)
        if let record = session.record {
            for line in record.lines(name: name(of:)) { lines += cueLines.recordLine(line, layout: layout) }
            // A session whose time has passed: what was prescribed, one line a block, beside what
            // was done (the full doses, cues and reasons are in the JSON and the calendar).
            for block in session.blocks where !block.prescriptions.isEmpty {
                lines += cueLines.doneLine(block) {
                    let doses = block.prescriptions.map { name(of: $0.exerciseID) + " " + PrescriptionText.dose($0) }
                    let label = "  " + block.title + ": "
                    return layout.wrapper.wrap(
                        units: LineWrapper.joined(doses.map(LineWrapper.unit), trailer: ","), first: label,
                        rest: layout.spaces(label.count))
                }
            }
            return
        }
        for block in session.blocks {
            lines += layout.wrap(block.heading, indent: 2, hanging: 4)
            lines += layout.labelled("Note: ", each: block.notes, indent: Self.exerciseIndent)
            for prescription in block.prescriptions {
                let firstTime = seen.insert(prescription.exerciseID).inserted
                append(prescription, firstTime: firstTime, cueLines: &cueLines, to: &lines)
            }
        }
    }

    /// Appends a prescription's exercise line, its note, and its full cues the first time or its
    /// short cue after that.
    private func append(_ prescription: Prescription, firstTime: Bool, cueLines: inout CueLines, to lines: inout [String]) {
        lines += cueLines.exerciseLine(prescription) {
            exerciseLine(name: name(of: prescription.exerciseID), prescription)
        }
        // Wrapping drops the spaces around the note: it need not be trimmed first.
        if let note = prescription.note, !note.isBlank {
            lines += cueLines.wrapped(note, layout: layout)
        }
        // Read in place: `exercise(_:)` copies the whole exercise, for every dose of a long course.
        guard let place = catalog.place(of: prescription.exerciseID) else { return }
        if firstTime {
            let exercise = catalog.exercises[place]
            lines += layout.labelled("- ", each: exercise.cues, indent: Self.cueIndent).map(layout.style.dim)
            if let kit = Kit.line(for: exercise) { lines += layout.labelled("- ", kit, indent: Self.cueIndent) }
            lines += layout.labelled("- ", PrescriptionText.tooHard(exercise, catalog: catalog), indent: Self.cueIndent)
        } else if !catalog.exercises[place].shortCue.isBlank, prescription.note?.isBlank ?? true {
            // The prescription's own note already carries the cue for this session; the short cue
            // only stands in when there is no note.
            lines += cueLines.wrapped(catalog.exercises[place].shortCue, layout: layout).map(layout.style.dim)
        }
    }

    /// The exercise's name, or its id when the catalog has none.
    private func name(of id: String) -> String {
        names[id] ?? catalog.exercise(id)?.name ?? id
    }

    /// `    Knee push-up        3 x 5, tempo 2-1-2, rest 90 s [why]`, details wrapped under their column.
    private func exerciseLine(name: String, _ prescription: Prescription) -> [String] {
        let name = TerminalText.visible(name)
        let indent = Self.exerciseIndent
        let units = PrescriptionText.units(prescription)
        let detailColumn = indent + nameColumn + 2
        let hanging = layout.width - detailColumn >= 24 ? detailColumn : indent + 4
        let padded = name + layout.spaces(nameColumn - name.count)
        let first = layout.spaces(indent) + padded + "  "
        let firstUnit = units.first?.count ?? 0
        if first.count + firstUnit <= layout.width {
            return layout.wrapper.wrap(units: units, first: first, rest: layout.spaces(hanging))
        }
        // The name leaves no room: the name on its own, the details below it.
        let nameLines = layout.wrap(name, indent: indent, hanging: indent + 2)
        return nameLines + layout.wrapper.wrap(units: units, first: layout.spaces(hanging), rest: layout.spaces(hanging))
    }
}

/// The cue lines, exercise lines and past sessions' dose lines of a plan's sessions, and the phases'
/// focus lines of its weeks, each wrapped once: a ten-year plan repeats the same few cue lines
/// thousands of times, and the sessions of a week mostly repeat their doses; wrapping them again
/// each time was most of its text's cost.
private struct CueLines {
    private struct Wrapped: Hashable {
        var text: String
        var indent: Int
        var hanging: Int
        /// What the first line has after its indent (`Focus: `); continuation lines are indented past it.
        var label = ""
    }

    /// An exercise and its dose (`Knee push-up 3 x 5 each side`), as a prescription gives them.
    private struct Amount: Hashable {
        var exerciseID: String
        var sets: Int
        var dose: Dose
        var perSide: Bool

        init(_ prescription: Prescription) {
            (exerciseID, sets, dose, perSide) =
                (prescription.exerciseID, prescription.sets, prescription.dose, prescription.perSide)
        }

        /// Hashes the numbers, not the exercise's id (which is still compared): a long course looks
        /// up thousands of blocks, whose doses differ mostly in their numbers, and hashing every
        /// id's bytes was most of each look-up.
        func hash(into hasher: inout Hasher) {
            hasher.combine(sets)
            hasher.combine(dose)
            hasher.combine(perSide)
        }
    }

    /// What a past session's line for a block shows: its title and each exercise's dose.
    private struct Doses: Hashable {
        var title: String
        var doses: [Amount]

        /// Hashes the doses, not the title (which is still compared): a block's doses tell it
        /// from the others, and the title's bytes need not be hashed for every block.
        func hash(into hasher: inout Hasher) { hasher.combine(doses) }
    }

    /// What an exercise line shows: the exercise, its dose and the prescription's other details
    /// (not its note).
    private struct Details: Hashable {
        var amount: Amount
        var tempo: Tempo?
        var holdSeconds: Int?
        var restSeconds: Int
        var change: String?
    }

    private var byText: [Wrapped: [String]] = [:]
    private var byDetails: [Details: [String]] = [:]
    private var byDoses: [Doses: [String]] = [:]

    /// A past session's line for one block (`Push-ups: Knee push-up 3 x 5`), made by `make` the
    /// first time: a long course repeats the same doses session after session, and the key is
    /// found without writing them out.
    mutating func doneLine(_ block: BlockPlan, _ make: () -> [String]) -> [String] {
        let key = Doses(title: block.title, doses: block.prescriptions.map(Amount.init))
        if let lines = byDoses[key] { return lines }
        let lines = make()
        byDoses[key] = lines
        return lines
    }

    /// The exercise line of `prescription`, made by `make` the first time; found by what it shows,
    /// which is cheaper to hash than the whole prescription.
    mutating func exerciseLine(_ prescription: Prescription, _ make: () -> [String]) -> [String] {
        let key = Details(
            amount: Amount(prescription), tempo: prescription.tempo, holdSeconds: prescription.holdSeconds,
            restSeconds: prescription.restSeconds, change: prescription.change)
        if let lines = byDetails[key] { return lines }
        let lines = make()
        byDetails[key] = lines
        return lines
    }

    /// `text` wrapped at the cue indent.
    mutating func wrapped(_ text: String, layout: TextLayout) -> [String] {
        wrapped(text, indent: WeekSection.cueIndent, hanging: WeekSection.cueIndent, layout: layout)
    }

    /// `text`, trimmed, after `label` (`Focus: `), continuation lines aligned after the label: a
    /// phase's focus heads every week of the phase, and is trimmed only the first time.
    mutating func labelled(_ label: String, _ text: String, indent: Int, layout: TextLayout) -> [String] {
        let key = Wrapped(text: text, indent: indent, hanging: indent + label.count, label: label)
        if let lines = byText[key] { return lines }
        let lines = layout.labelled(label, text.trimmed, indent: indent)
        byText[key] = lines
        return lines
    }

    /// `text` wrapped with `indent` and `hanging` spaces.
    mutating func wrapped(_ text: String, indent: Int, hanging: Int, layout: TextLayout) -> [String] {
        let key = Wrapped(text: text, indent: indent, hanging: hanging)
        if let lines = byText[key] { return lines }
        let lines = layout.wrap(text, indent: indent, hanging: hanging)
        byText[key] = lines
        return lines
    }

    /// A past session's record line (`Done: pain 2/10 during`), continuation lines further in. A
    /// note written on several lines keeps them, each under the first: looked for byte by byte,
    /// and only the first time a line is seen (splitting every record line by characters cost 5%
    /// of a course's plan).
    mutating func recordLine(_ line: String, layout: TextLayout) -> [String] {
        let key = Wrapped(text: line, indent: 2, hanging: 4)
        if let lines = byText[key] { return lines }
        let parts = line.utf8.contains(UInt8(ascii: "\n"))
            ? line.split(separator: "\n", omittingEmptySubsequences: false) : [Substring(line)]
        let lines = parts.enumerated().flatMap { index, part in
            layout.wrap(String(part), indent: index == 0 ? 2 : 4, hanging: 4)
        }
        byText[key] = lines
        return lines
    }
}
