import YAMLKit

/// What a valid programme's safety section should still change: a stop rule or clinician note
/// that restates a pain score, which is load management (`pain-rules`, written into the plan's pain
/// monitoring) and would tell the person two things.
enum SafetyWarnings {
    /// One warning per item of `safety` that restates a pain score, at the item as written under
    /// `root`.
    static func thresholds(in safety: Safety, root: Node?) -> [Diagnostic] {
        safety.thresholdProblems.map { problem in
            let items = root?.mapping?["safety"]?.mapping?[problem.key]?.sequence ?? []
            let node = items.indices.contains(problem.index) ? items[problem.index] : nil
            return Diagnostic(
                .warning, "'\(problem.key)' item \(problem.index + 1) restates a pain score (\(problem.found))",
                at: node?.range, path: "safety.\(problem.key)[\(problem.index)]",
                help: "how much pain is acceptable is load management: set it in 'pain-rules', whose lines every plan's "
                    + "pain monitoring shows, and keep stop rules and red flags for signs that stop training")
        }
    }
}
