public import PlanKit
import YAMLKit

extension MobilityWarmUp {
    /// The default rotation: the catalog's mobility drills that move (repetition drills) in catalog
    /// order, without the ones that need a foam roller unless `foamRoller` is true.
    ///
    /// Hold drills such as towel thoracic extension are long static stretches, better after
    /// training (domain-facts §3); a block may still list them.
    public static func defaultDrills(in catalog: ExerciseCatalog, foamRoller: Bool) -> [Exercise] {
        catalog.exercises.filter { exercise in
            exercise.category == .mobility && exercise.kind == .reps && (foamRoller || !needsRoller(exercise))
        }
    }

    /// Whether a drill needs a foam roller.
    public static func needsRoller(_ exercise: Exercise) -> Bool {
        exercise.equipment.contains("foam-roller")
    }

    /// The listed drills found in the catalog, with a diagnostic for each one that cannot be used.
    static func resolve(
        _ listed: [Located<String>], options: Options, catalog: ExerciseCatalog, problems: inout [Diagnostic]
    ) -> [Exercise] {
        var drills: [Exercise] = []
        var seen: Set<String> = []
        let mobility = catalog.exercises.filter { $0.category == .mobility }.map(\.id)
        for (index, id) in listed.enumerated() {
            let path = options.path(of: "drills[\(index)]")
            guard let exercise = catalog.exercise(id.value) else {
                problems.append(catalog.unknownExercise(id, path: path))
                continue
            }
            if exercise.category != .mobility {
                problems.append(Diagnostic(
                    .error, "'\(id.value)' is a \(exercise.category.label) exercise, not a mobility drill",
                    at: id.range, path: path,
                    help: "'drills' takes mobility drills: " + mobility.joined(separator: ", ")))
            } else if needsRoller(exercise), !options.foamRoller {
                problems.append(Diagnostic(
                    .error, "'\(id.value)' needs a foam roller, but 'foam-roller' is false", at: id.range, path: path,
                    help: "set 'foam-roller: true' if a roller is available, or remove '\(id.value)' from 'drills'"))
            } else if !seen.insert(id.value).inserted {
                problems.append(Diagnostic(
                    .error, "'\(id.value)' is listed twice in 'drills'", at: id.range, path: path,
                    help: "list each drill once; the warm-up rotates through them"))
            } else {
                drills.append(exercise)
            }
        }
        if listed.count < WarmUpFiller.minimumDrills {
            problems.append(Diagnostic(
                .error, "'drills' must list at least two drills, found \(listed.count)", at: options.drillsRange,
                path: options.path(of: "drills"), help: "add mobility drills such as 'cat-cow' and 'open-book'"))
        }
        return drills
    }

    /// `3 min 8 s`, `2 min` or `50 s`.
    static func duration(_ seconds: Int) -> String {
        let (minutes, rest) = seconds.quotientAndRemainder(dividingBy: 60)
        switch (minutes, rest) {
        case (0, _): return "\(rest) s"
        case (_, 0): return "\(minutes) min"
        default: return "\(minutes) min \(rest) s"
        }
    }
}
