import MobilityWarmUp
import PlanKit
import Testing
import YAMLKit
import ProtractTestSupport

/// What only the MobilityWarmUp suites need: blocks written as bare mappings, diagnostics as lines,
/// and a compact form of a block. Decoding and running blocks come from `ProtractTestSupport`.
enum Support {
    /// The real built-in catalog, `Programs/exercises.yaml`.
    static func catalog() throws -> ExerciseCatalog {
        try Repository.catalog()
    }

    /// The first day of the suites' plans.
    static let firstDay = CivilDate(daysSinceEpoch: 20_000)

    /// Decodes a block written as YAML (a mapping with or without `plugin`) into options.
    static func options(_ yaml: String) throws -> MobilityWarmUp.Options {
        try PluginBlock.options(MobilityWarmUp.self, yaml)
    }

    /// Makes the plugin from a block written as YAML.
    static func plugin(_ yaml: String, catalog: ExerciseCatalog) throws -> MobilityWarmUp {
        try PluginBlock.plugin(MobilityWarmUp.self, yaml, catalog: catalog)
    }

    /// The diagnostics of decoding `yaml` and making the plugin, as `LINE:COLUMN: error: MESSAGE`
    /// lines plus `help:` lines; nil when that succeeds.
    static func failure(_ yaml: String, catalog: ExerciseCatalog) -> [String]? {
        let diagnostics = PluginBlock.diagnostics(MobilityWarmUp.self, yaml, catalog: catalog)
        guard !diagnostics.isEmpty else { return nil }
        return diagnostics.map { diagnostic in
            var line = diagnostic.description
            if !diagnostic.path.isEmpty { line += " [\(diagnostic.path)]" }
            if let help = diagnostic.help { line += " help: \(help)" }
            return line
        }
    }

    /// Session contexts for a plan: `weeks` x `perWeek`, deload every 4th week at 60%.
    static func sessions(
        weeks: Int, perWeek: Int, catalog: ExerciseCatalog, deloadEvery: Int? = 4
    ) -> [SessionContext] {
        do {
            return try PlanShape(weeks: weeks, perWeek: perWeek, deloadEvery: deloadEvery, start: firstDay)
                .sessions(catalog: catalog)
        } catch {
            Issue.record("could not make the sessions: \(error)")
            return []
        }
    }

    /// Runs `start` once and `prescribe` for every session, cycling through `plugins` as session
    /// templates (session 1 uses the first, session 2 the second, ...), sharing one state.
    static func run(_ plugins: [MobilityWarmUp], sessions: [SessionContext], catalog: ExerciseCatalog) -> [BlockPlan] {
        guard !plugins.isEmpty else { return [] }
        do {
            return try PluginRun(plugins, sessions: sessions, athlete: Athlete(start: firstDay), catalog: catalog)
                .sessions.map(\.block)
        } catch {
            Issue.record("could not run the plan: \(error)")
            return []
        }
    }

    /// `cat-cow 1x8`, `open-book 2x6/side`, `towel-thoracic-extension 1x30s`: a compact form for
    /// exact expectations.
    static func summary(_ block: BlockPlan) -> [String] {
        block.prescriptions.map { prescription in
            let dose: String
            switch prescription.dose {
            case .reps(let reps): dose = "\(reps)"
            case .hold(let seconds): dose = "\(seconds)s"
            case .maxTest: dose = "max"
            }
            return "\(prescription.exerciseID) \(prescription.sets)x\(dose)" + (prescription.perSide ? "/side" : "")
        }
    }
}
