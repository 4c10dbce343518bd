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
            var node = items.indices.contains(problem.index) ? items[problem.index] : nil
            if problem.key == "red-flags" { node = node?.mapping?["sign"] ?? node }
            return Diagnostic(
                .warning, "'\(problem.key)' item \(problem.index + 1) restates a pain score (\(problem.found))",
                at: node?.range, path: "safety.\(problem.key)[\(problem.index)]",
                help: "how much pain is acceptable is load management: set it in 'pain-rules', whose lines every plan's "
                    + "pain monitoring shows, and keep stop rules and red flags for signs that stop training")
        }
    }
    /// The most pain the pain-monitoring model accepts during a session: above it, the load is
    /// too much (Silbernagel et al. 2007; research/domain-facts.md §4.6).
    static let modelLimit = 5

    /// A warning for each of the programme's `pain-rules` thresholds above the model's 5/10, at
    /// the value as written: a clinician may mean it, but the plan then trains through pain the
    /// model says to stop at.
    static func painRules(_ rules: PainRules, root: Node?) -> [Diagnostic] {
        let written = root?.mapping?["pain-rules"]?.mapping
        let thresholds: [(key: String, value: Int, meaning: String)] = [
            ("progress-up-to", rules.progressUpTo, "lets the plan progress"),
            ("hold-up-to", rules.holdUpTo, "holds the dose rather than stepping back"),
            ("settled-up-to", rules.settledUpTo, "counts as settled the next morning"),
        ]
        return thresholds.filter { $0.value > modelLimit }.map { threshold in
            Diagnostic(
                .warning, "'\(threshold.key)' is \(threshold.value): pain up to \(threshold.value)/10 \(threshold.meaning)",
                at: written?[threshold.key]?.range, path: "pain-rules.\(threshold.key)",
                help: "the pain-monitoring model accepts up to \(modelLimit)/10 (4-5 holds, above 5 steps back); "
                    + "keep it only if you mean the person to train through more")
        }
    }
}
