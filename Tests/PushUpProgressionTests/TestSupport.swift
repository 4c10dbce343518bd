import PlanKit
import PushUpProgression
import Testing
import YAMLKit
import ProtractTestSupport

/// What only the push-up suites need: the flagship's blocks and a view of a run by rung and reps.
/// Decoding, configuring and running blocks come from `ProtractTestSupport`.
enum Support {
    /// The real built-in catalog, `Programs/exercises.yaml`.
    static let catalog: ExerciseCatalog = {
        do {
            return try Repository.catalog()
        } catch {
            Issue.record("could not load the catalog: \(error)")
            return ExerciseCatalog()
        }
    }()

    /// The flagship's push-up block (Programs/upper-back-rehab.yaml), written as it is there: it
    /// progresses once a week.
    static let flagshipBlock = """
        - plugin: push-up-progression
          ladder: [wall-push-up, high-incline-push-up, low-incline-push-up, knee-push-up, push-up, push-up-plus]
          sets: 3
          reps: 5-8
          progress-every: week
          rest-seconds: 90
          tempo: 2-1-2
        """

    /// The flagship's block with the default per-session rule (r/bodyweightfitness): the block the
    /// flagship had before it took `progress-every: week`, kept for the per-session tests.
    static let sessionBlock = """
        - plugin: push-up-progression
          ladder: [wall-push-up, high-incline-push-up, low-incline-push-up, knee-push-up, push-up, push-up-plus]
          sets: 3
          reps: 5-8
          rest-seconds: 90
          tempo: 2-1-2
        """

    /// The path a block has in a programme, as the engine passes it: `sessions[0].blocks[2]`.
    static let blockPath = PluginBlock.path(session: 0, block: 2)

    /// Parses a YAML list whose first item is a block and decodes its options as the engine does.
    static func options(_ yaml: String) throws(YAMLError) -> PushUpProgression.Options {
        try PluginBlock.options(PushUpProgression.self, yaml, at: blockPath)
    }

    /// Decodes a block and makes the plugin with the real catalog.
    static func plugin(_ yaml: String) throws(YAMLError) -> PushUpProgression {
        try PluginBlock.plugin(PushUpProgression.self, yaml, catalog: catalog, at: blockPath)
    }

    /// The diagnostics of configuring a block, empty when it is good.
    static func diagnostics(_ yaml: String) -> [Diagnostic] {
        PluginBlock.diagnostics(PushUpProgression.self, yaml, catalog: catalog, at: blockPath)
    }

    /// The one diagnostic a bad block gives.
    static func onlyDiagnostic(_ yaml: String) throws -> Diagnostic {
        let found = diagnostics(yaml)
        try #require(found.count == 1, "expected one diagnostic, found \(found)")
        return found[0]
    }

    /// A block with the flagship ladder and the given extra lines.
    static func block(_ lines: String...) -> String {
        (["- plugin: push-up-progression"] + lines.map { "  " + $0 }).joined(separator: "\n")
    }
}

/// A coding key for building diagnostic paths in tests.
typealias Key = AnyCodingKey

/// One planned session of the push-up block.
typealias PlannedSession = PluginRun<PushUpProgression>.Session

extension PluginRun<PushUpProgression>.Session {
    var prescription: Prescription? { block.prescriptions.first }
    var reps: Int {
        if case .reps(let count)? = prescription?.dose { return count }
        return 0
    }
    var volume: Int { block.prescriptions.reduce(0) { $0 + $1.totalReps } }
    /// `knee-push-up 3 x 5`.
    var summary: String { "\(prescription?.exerciseID ?? "-") \(prescription?.sets ?? 0) x \(reps)" }
}

/// A plan run: the start and every session's block.
struct PlanRun: Hashable {
    var startState: PushUpProgression.State
    var summary: String?
    var sessions: [PlannedSession]

    /// The sessions of one week.
    func week(_ number: Int) -> [PlannedSession] { sessions.filter { $0.week == number } }
    /// Each session as `exercise sets x reps`.
    var summaries: [String] { sessions.map(\.summary) }
    /// Push-up volume (sets x reps) per week.
    var volumeByWeek: [Int: Int] {
        sessions.reduce(into: [:]) { $0[$1.week, default: 0] += $1.volume }
    }
}

extension PushUpProgression {
    /// Runs `start` and then `prescribe` for every session of a plan, as the engine does, for an
    /// athlete with `baseline` push-ups (none for nil).
    func run(baseline: Int?, shape: PlanShape, catalog: ExerciseCatalog = Support.catalog) -> PlanRun {
        var shape = shape
        shape.baseline = baseline.map { ["push-ups": $0] } ?? [:]
        do {
            let run = try PluginRun([self], shape: shape, catalog: catalog)
            return PlanRun(
                startState: run.start.state, summary: run.start.summary,
                sessions: run.sessions)
        } catch {
            Issue.record("could not run the plan: \(error)")
            return PlanRun(startState: start(for: shape.athlete, catalog: catalog).state, summary: nil, sessions: [])
        }
    }
}
