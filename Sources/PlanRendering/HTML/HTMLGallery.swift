import PlanKit
import YAMLKit

/// The exercise gallery: each exercise of the plan once, in the order it first comes, as a card
/// (figure, name, what it works, cues, kit, easier and harder steps); the week pages link to the
/// cards by their anchors (`#ex-3`), numbered so that no catalog text ends up in an id.
struct HTMLGallery {
    /// How a card sits in its page.
    enum Level {
        /// In the handout's gallery: an `h3` in an `article`.
        case gallery
        /// The whole page (`protract exercises ID --format html`): an `h1`.
        case page
    }

    let catalog: ExerciseCatalog
    /// The plan's exercise ids in the order they first come.
    let ids: [String]
    /// Each id's card number, from 1.
    let numbers: [String: Int]

    init(catalog: ExerciseCatalog, plan: Plan) {
        self.catalog = catalog
        var ids: [String] = []
        var numbers: [String: Int] = [:]
        for session in plan.sessions {
            for block in session.blocks {
                for prescription in block.prescriptions where numbers[prescription.exerciseID] == nil {
                    ids.append(prescription.exerciseID)
                    numbers[prescription.exerciseID] = ids.count
                }
            }
        }
        self.ids = ids
        self.numbers = numbers
    }

    /// The anchor of an exercise's card (`ex-3`), or nil for one not in the plan.
    func anchor(of id: String) -> String? {
        numbers[id].map { "ex-\($0)" }
    }

    func write(to page: inout HTMLBuilder) {
        page.open("div", ["class": "gallery"])
        page.newline()
        for (offset, id) in ids.enumerated() {
            if let exercise = catalog.exercise(id) {
                Self.card(exercise, id: id, index: offset + 1, catalog: catalog, level: .gallery, to: &page)
            } else {
                page.element("article", ["class": "card", "id": "ex-\(offset + 1)"]) { page in
                    Self.placeholder(id, to: &page)
                    page.element("h3", id)
                }
            }
            page.newline()
        }
        page.close("div")
    }

    /// One exercise's card.
    static func card(
        _ exercise: Exercise, id: String, index: Int, catalog: ExerciseCatalog, level: Level, to page: inout HTMLBuilder
    ) {
        let name = exercise.name.trimmed.isEmpty ? id : exercise.name.trimmed
        page.open("article", ["class": "card", "id": "ex-\(index)"])
        if level == .page { page.element("h1", name) }
        if let svg = ExerciseFigure.svg(for: exercise, idPrefix: "fig\(index)-") {
            page.element("div", ["class": "fig"]) { $0.trusted(svg) }
        } else {
            placeholder(name, to: &page)
        }
        if level == .gallery { page.element("h3", name) }
        if !exercise.summary.trimmed.isEmpty { page.element("p", exercise.summary.trimmed) }
        page.open("dl", ["class": "facts"])
        let muscles = exercise.muscles.filter { !$0.trimmed.isEmpty }
        if !muscles.isEmpty { fact(&page, "Works", muscles.joined(separator: ", ")) }
        fact(&page, "Dose", dose(exercise))
        if !exercise.equipment.isEmpty { fact(&page, "Needs", Kit.words(exercise.equipment)) }
        page.close("dl")
        let cues = exercise.cues.filter { !$0.trimmed.isEmpty }
        if !cues.isEmpty {
            page.element(level == .page ? "h2" : "h4", "How to do it")
            page.element("ul") { page in
                for cue in cues { page.element("li", cue) }
            }
        }
        if !exercise.shortCue.trimmed.isEmpty { page.element("p", ["class": "muted"], "In short: " + exercise.shortCue.trimmed) }
        page.open("dl", ["class": "facts"])
        fact(&page, "Easier", PrescriptionText.tooHard(exercise, catalog: catalog)
            .dropFirst(PrescriptionText.tooHardLabel.count).description)
        let harder = exercise.harder.map { catalog.exercise($0.value)?.name.trimmed ?? $0.value }
        if !harder.isEmpty { fact(&page, "Harder", harder.joined(separator: " or ") + ", once this is easy") }
        if level == .page, let source = exercise.source?.trimmed, !source.isEmpty { fact(&page, "Source", source) }
        page.close("dl")
        page.close("article")
    }

    /// The neutral stand-in for an exercise with no figure: a framed box with its name, and a
    /// text alternative that says there is no drawing.
    static func placeholder(_ name: String, to page: inout HTMLBuilder) {
        page.element("div", ["class": "fig none", "role": "img", "aria-label": "No drawing for " + name + "; see the cues"]) {
            $0.text(name)
        }
    }

    /// `repetitions, per side, tempo 2-1-2`.
    private static func dose(_ exercise: Exercise) -> String {
        var dose = [exercise.kind == .hold ? "timed hold" : "repetitions"]
        if exercise.perSide { dose.append("each side") }
        if let tempo = exercise.tempo { dose.append("tempo \(tempo)") }
        if let hold = exercise.holdSeconds { dose.append("\(hold) s hold at the end") }
        if let positions = exercise.positionsNote { dose.append(positions) }
        return dose.joined(separator: ", ")
    }

    private static func fact(_ page: inout HTMLBuilder, _ term: String, _ value: String) {
        page.element("dt", term)
        page.element("dd", value)
    }
}
