public import PlanKit
import YAMLKit

/// The words shown for one prescription: dose, tempo, pause, rest and the reason for a change.
enum PrescriptionText {
    /// `3 x 8`, `2 x 20 s`, `3 x 6 each side`.
    static func dose(_ prescription: Prescription) -> String {
        let amount: String
        switch prescription.dose {
        case .reps(let count): amount = "\(prescription.sets) x \(count)"
        case .hold(let seconds): amount = "\(prescription.sets) x \(seconds) s"
        case .maxTest: return testDose
        }
        return prescription.perSide ? amount + " each side" : amount
    }

    /// Whether the dose is a timed hold (which has no tempo).
    static func isHold(_ dose: Dose) -> Bool {
        if case .hold = dose { return true }
        return false
    }

    /// A test's dose: one set, as many good-form reps as the person can do.
    static let testDose = "1 set to technical failure"

    /// `3 min`, or `150 s` when not whole minutes.
    static func restWords(_ seconds: Int) -> String {
        seconds % 60 == 0 ? "\(seconds / 60) min" : "\(seconds) s"
    }

    /// The dose and how to do it, in every format: `3 x 8`, `tempo 2-1-2`, `2 s hold`, `rest 90 s`
    /// (a test's rest after it: `then rest 3 min`).
    static func parts(_ prescription: Prescription) -> [String] {
        var parts = [dose(prescription)]
        if !isHold(prescription.dose), let tempo = prescription.tempo {
            parts.append("tempo \(tempo)")
        }
        if let hold = prescription.holdSeconds, hold > 0 {
            parts.append("\(hold) s hold")
        }
        if prescription.dose.isTest {
            if prescription.restSeconds > 0 { parts.append("then rest \(restWords(prescription.restSeconds))") }
        } else if prescription.restSeconds > 0 {
            parts.append("rest \(prescription.restSeconds) s")
        }
        return parts
    }

    /// The details as wrap units: ``parts(_:)`` with commas (`3 x 8,` `tempo 2-1-2,` `2 s hold,`
    /// `rest 90 s`), then the change in brackets as one unit (kept on one line when it fits).
    static func units(_ prescription: Prescription) -> [String] {
        var units = LineWrapper.joined(parts(prescription).map(LineWrapper.unit), trailer: ",")
        if let change = prescription.change?.trimmed, !change.isEmpty {
            units.append(LineWrapper.unit("[" + change + "]"))
        }
        return units
    }
}

extension Prescription {
    /// The dose as the plan, the calendar and the handout write it: `3 x 8`, `2 x 20 s`,
    /// `1 x 6 each side`, `1 set to technical failure`.
    public var doseText: String { PrescriptionText.dose(self) }
}

extension PrescriptionText {
    /// What to do when an exercise is too hard or hurts: its catalog's easier variants by name
    /// (`Knee push-up or Wall push-up`), or, with none, a smaller dose. Shown with the exercise's
    /// full cues in every format.
    static func tooHard(_ exercise: Exercise?, catalog: ExerciseCatalog) -> String {
        let easier = (exercise?.easier ?? []).map { catalog.exercise($0.value)?.name.trimmed ?? $0.value }
        guard !easier.isEmpty else { return tooHardLabel + fallback }
        return tooHardLabel + easier.joined(separator: " or ") + " instead"
    }

    /// The words before the alternative.
    static let tooHardLabel = "too hard or it hurts: "

    /// The alternative when the catalog has no easier variant.
    static let fallback = "a smaller range or fewer reps; else leave it out today"
}

extension PlanWeek {
    /// A week's heading before its marks: `Week 8`, and in a course that grew, the programme week
    /// it trains when that is another (`Week 8 (programme week 7)`), since the phase's focus counts
    /// programme weeks (`week 8 opens with a retest`). `word` is `Week`, or `WEEK` in text.
    func title(_ word: String = "Week") -> String {
        "\(word) \(number)" + (programmeWeek == number ? "" : " (programme week \(programmeWeek))")
    }

    /// What a week's heading says after its number: the phase, and `deload week` in one.
    var marks: [String] {
        [phase?.trimmed ?? "", isDeload ? "deload week" : ""].filter { !$0.isEmpty }
    }
}

extension PlannedSession {
    /// `07:30-08:05`, or `23:30-00:10 next day`: written into one string as it goes (every
    /// session's heading has it).
    var times: String {
        var times = start.description
        times += "-"
        times += end.description
        if endsNextDay { times += " next day" }
        return times
    }
}

/// Prose written over several lines (a programme's `description: |`): its paragraphs, each on
/// one line, for a renderer to wrap.
enum Paragraphs {
    /// The paragraphs of `text`, split at blank lines, each paragraph's lines joined by spaces.
    static func split(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(line).trimmed
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }
}
