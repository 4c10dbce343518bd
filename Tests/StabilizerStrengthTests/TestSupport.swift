import Foundation
import PlanKit
import StabilizerStrength
import Testing
import YAMLKit
import ProtractTestSupport

/// Shared helpers: the real catalog, the flagship's blocks, option decoding as the engine does it,
/// and a small planner that threads the plugin's state through a plan.
enum Support {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built-in catalog, `Programs/exercises.yaml`.
    static func catalog() throws -> ExerciseCatalog {
        let url = root.appendingPathComponent("Programs/exercises.yaml")
        let bytes = try [UInt8](Data(contentsOf: url))
        return try ProgrammeLoader.catalog(from: SourceFile(name: "Programs/exercises.yaml", bytes: bytes))
    }

    /// The options of the `stabilizer-strength` block of each session template of the flagship,
    /// `Programs/upper-back-rehab.yaml`, decoded as the engine decodes them.
    static func flagshipOptions() throws -> [StabilizerOptions] {
        let url = root.appendingPathComponent("Programs/upper-back-rehab.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let programme = try #require(try YAMLParser().parse(text))
        let sessions = try #require(programme.mapping?["sessions"]?.sequence)
        var options: [StabilizerOptions] = []
        for (sessionIndex, session) in sessions.enumerated() {
            let blocks = try #require(session.mapping?["blocks"]?.sequence)
            for (blockIndex, block) in blocks.enumerated()
            where block.mapping?["plugin"]?.scalar?.value == StabilizerStrength.descriptor.id {
                options.append(try NodeDecoder().decode(
                    StabilizerOptions.self, from: block.removingKey("plugin"),
                    codingPath: path(session: sessionIndex, block: blockIndex)))
            }
        }
        return options
    }

    /// The coding path of a block in a programme: `sessions[0].blocks[1]`.
    static func path(session: Int, block: Int) -> [any CodingKey] {
        [Key("sessions"), Key(session), Key("blocks"), Key(block)]
    }

    /// Decodes the first block of a YAML list of blocks (`- plugin: stabilizer-strength …`) as the
    /// engine would decode `sessions[0].blocks[1]`.
    static func decodeBlock(_ yaml: String) throws -> StabilizerOptions {
        let list = try #require(try YAMLParser().parse(yaml))
        let block = try #require(list.sequence?.first)
        return try NodeDecoder().decode(
            StabilizerOptions.self, from: block.removingKey("plugin"), codingPath: path(session: 0, block: 1))
    }

    /// Decodes a block and makes the plugin; the diagnostics of the first step that fails.
    static func diagnostics(_ yaml: String, catalog: ExerciseCatalog) throws -> [Diagnostic] {
        do {
            _ = try StabilizerStrength(options: try decodeBlock(yaml), catalog: catalog)
            return []
        } catch let error as YAMLError {
            return error.diagnostics
        }
    }

    /// A coding key for building diagnostic paths in tests.
    typealias Key = AnyCodingKey
}

/// One session's stabilizer block in a planned run.
struct PlannedBlock: Hashable {
    var week: Int
    var sessionNumber: Int
    var sessionInWeek: Int
    var template: Int
    var isDeload: Bool
    var block: BlockPlan
}

/// The shape of a plan to run the plugin over.
struct PlanShape {
    var weeks: Int
    var sessionsPerWeek: Int
    /// Every n-th week is a deload week; nil for none.
    var deloadEvery: Int? = 4
    /// The share of sets a deload week keeps.
    var deloadPercent: Int = 60
    var baseline: [String: Int] = [:]
    var start = CivilDate(year: 2026, month: 12, day: 7)
}

/// Runs the plugin over a plan: templates in turn, `start` from the first template's plugin.
struct Runner {
    var catalog: ExerciseCatalog
    var templates: [StabilizerOptions]

    func run(_ shape: PlanShape) throws -> (summary: String?, blocks: [PlannedBlock]) {
        let plugins = try templates.map { try StabilizerStrength(options: $0, catalog: catalog) }
        let firstDay = try #require(shape.start)
        let athlete = Athlete(start: firstDay, baseline: shape.baseline)
        let start = try #require(plugins.first).start(for: athlete, catalog: catalog)
        var state = start.state
        var blocks: [PlannedBlock] = []
        var number = 0
        let full = try #require(Percentage(100))
        let cut = try #require(Percentage(shape.deloadPercent))
        for week in 1...shape.weeks {
            let deload = shape.deloadEvery.map { week % $0 == 0 } ?? false
            for index in 1...shape.sessionsPerWeek {
                number += 1
                let template = (number - 1) % plugins.count
                let session = SessionContext(
                    week: week, weeks: shape.weeks, sessionNumber: number, sessionInWeek: index,
                    sessionsThisWeek: shape.sessionsPerWeek, date: firstDay.adding(days: (week - 1) * 7 + index - 1),
                    phase: nil, isDeload: deload, deloadVolume: deload ? cut : full, catalog: catalog)
                let block = plugins[template].prescribe(session, state: &state)
                blocks.append(PlannedBlock(
                    week: week, sessionNumber: number, sessionInWeek: index, template: template, isDeload: deload,
                    block: block))
            }
        }
        return (start.summary, blocks)
    }
}


extension Prescription {
    /// `scapular-push-up 2 x 10` or `plank 2 x 20 s`, for compact expectations.
    var short: String { "\(exerciseID) \(sets) x \(dose)" }

    /// Sets x reps or sets x seconds.
    var volume: Int { totalReps + totalHoldSeconds }
}
