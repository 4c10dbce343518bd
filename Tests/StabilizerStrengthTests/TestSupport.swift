import PlanKit
import StabilizerStrength
import Testing
import YAMLKit
import ProtractTestSupport

/// What only the stabilizer suites need: the flagship's blocks, option decoding at the block's place
/// and a view of a run by template. Decoding and running blocks come from `ProtractTestSupport`.
enum Support {
    /// The built-in catalog, `Programs/exercises.yaml`.
    static func catalog() throws -> ExerciseCatalog {
        try Repository.catalog()
    }

    /// The options of the `stabilizer-strength` block of each session template of the flagship,
    /// `Programs/upper-back-rehab.yaml`, decoded as the engine decodes them.
    static func flagshipOptions() throws -> [StabilizerOptions] {
        try PluginBlock.programmeOptions(StabilizerStrength.self)
    }

    /// Decodes the first block of a YAML list of blocks (`- plugin: stabilizer-strength …`) as the
    /// engine would decode `sessions[0].blocks[1]`.
    static func decodeBlock(_ yaml: String) throws -> StabilizerOptions {
        try PluginBlock.options(StabilizerStrength.self, yaml, at: PluginBlock.path(session: 0, block: 1))
    }

    /// Decodes a block and makes the plugin; the diagnostics of the first step that fails.
    static func diagnostics(_ yaml: String, catalog: ExerciseCatalog) throws -> [Diagnostic] {
        PluginBlock.diagnostics(StabilizerStrength.self, yaml, catalog: catalog, at: PluginBlock.path(session: 0, block: 1))
    }
}

/// One session's stabilizer block in a planned run.
typealias PlannedBlock = PluginRun<StabilizerStrength>.Session

/// Runs the plugin over a plan: templates in turn, `start` from the first template's plugin.
struct Runner {
    var catalog: ExerciseCatalog
    var templates: [StabilizerOptions]

    func run(_ shape: PlanShape) throws -> (summary: String?, blocks: [PlannedBlock]) {
        let plugins = try templates.map { try StabilizerStrength(options: $0, catalog: catalog) }
        let run = try PluginRun(plugins, shape: shape, catalog: catalog)
        return (run.start.summary, run.sessions)
    }
}

extension Prescription {
    /// `scapular-push-up 2 x 10` or `plank 2 x 20 s`, for compact expectations.
    var short: String { "\(exerciseID) \(sets) x \(dose)" }

    /// Sets x reps or sets x seconds.
    var volume: Int { totalReps + totalHoldSeconds }
}
