import Foundation
import PlanKit
import PushUpProgression
import Testing
import YAMLKit
import ProtractTestSupport

/// Helpers shared by the push-up progression suites.
enum Support {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The real built-in catalog, `Programs/exercises.yaml`.
    static let catalog: ExerciseCatalog = {
        let url = root.appendingPathComponent("Programs/exercises.yaml")
        do {
            let bytes = try [UInt8](Data(contentsOf: url))
            return try ProgrammeLoader.catalog(from: SourceFile(name: "exercises.yaml", bytes: bytes))
        } catch {
            Issue.record("could not load the catalog at \(url.path): \(error)")
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
    static let blockPath: [any CodingKey] = [Key("sessions"), Key(0), Key("blocks"), Key(2)]

    /// Parses a YAML list whose first item is a block and decodes its options as the engine does.
    static func options(_ yaml: String) throws(YAMLError) -> PushUpProgression.Options {
        guard let item = try YAMLParser().parse(yaml)?.sequence?.first else {
            throw YAMLError("the test's YAML holds no block", at: nil)
        }
        return try NodeDecoder().decode(
            PushUpProgression.Options.self, from: item.removingKey("plugin"), codingPath: blockPath)
    }

    /// Decodes a block and makes the plugin with the real catalog.
    static func plugin(_ yaml: String) throws(YAMLError) -> PushUpProgression {
        try PushUpProgression(options: try options(yaml), catalog: catalog)
    }

    /// The diagnostics of configuring a block, empty when it is good.
    static func diagnostics(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try plugin(yaml)
            return []
        } catch {
            return error.diagnostics
        }
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
struct PlannedSession: Hashable {
    var week: Int
    var sessionInWeek: Int
    var isDeload: Bool
    var block: BlockPlan

    var prescription: Prescription? { block.prescriptions.first }
    var reps: Int {
        if case .reps(let count)? = prescription?.dose { return count }
        return 0
    }
    var volume: Int { block.prescriptions.reduce(0) { $0 + $1.totalReps } }
    /// `knee-push-up 3 x 5`.
    var summary: String { "\(prescription?.exerciseID ?? "-") \(prescription?.sets ?? 0) x \(reps)" }
}

/// A plan's shape: weeks, sessions each week, and deloads.
struct PlanShape {
    var weeks: Int
    /// Sessions in each week; `sessionsPerWeek(week)`.
    var sessionsInWeek: (Int) -> Int
    /// Deload every this many weeks (weeks 4, 8, … for 4); nil for none.
    var deloadEvery: Int? = 4
    var deloadPercent = 60
    /// Deload weeks named one by one, as well as `deloadEvery`.
    var deloadWeeks: Set<Int> = []

    init(weeks: Int, perWeek: Int, deloadEvery: Int? = 4, deloadPercent: Int = 60) {
        self.weeks = weeks
        self.sessionsInWeek = { _ in perWeek }
        self.deloadEvery = deloadEvery
        self.deloadPercent = deloadPercent
    }

    init(weeks: Int, sessionsInWeek: @escaping (Int) -> Int, deloadEvery: Int? = 4, deloadPercent: Int = 60) {
        self.weeks = weeks
        self.sessionsInWeek = sessionsInWeek
        self.deloadEvery = deloadEvery
        self.deloadPercent = deloadPercent
    }

    func isDeload(_ week: Int) -> Bool {
        if deloadWeeks.contains(week) { return true }
        guard let every = deloadEvery else { return false }
        return week % every == 0
    }
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
    /// Runs `start` and then `prescribe` for every session of a plan, as the engine does.
    func run(baseline: Int?, shape: PlanShape, catalog: ExerciseCatalog = Support.catalog) -> PlanRun {
        let monday = CivilDate(year: 2026, month: 12, day: 7) ?? CivilDate(daysSinceEpoch: 0)
        let athlete = Athlete(start: monday, baseline: baseline.map { ["push-ups": $0] } ?? [:])
        let start = start(for: athlete, catalog: catalog)
        var state = start.state
        var sessions: [PlannedSession] = []
        var number = 0
        guard let deload = Percentage(shape.deloadPercent), let full = Percentage(100) else {
            Issue.record("bad deload percentage \(shape.deloadPercent)")
            return PlanRun(startState: start.state, summary: start.summary, sessions: [])
        }
        for week in 1...max(shape.weeks, 1) {
            let count = shape.sessionsInWeek(week)
            guard count > 0 else { continue }
            for index in 1...count {
                number += 1
                let isDeload = shape.isDeload(week)
                let context = SessionContext(
                    week: week, weeks: shape.weeks, sessionNumber: number, sessionInWeek: index,
                    sessionsThisWeek: count, date: monday.adding(days: (week - 1) * 7 + index - 1), phase: nil,
                    isDeload: isDeload, deloadVolume: isDeload ? deload : full,
                    catalog: catalog)
                let block = prescribe(context, state: &state)
                sessions.append(PlannedSession(week: week, sessionInWeek: index, isDeload: isDeload, block: block))
            }
        }
        return PlanRun(startState: start.state, summary: start.summary, sessions: sessions)
    }
}

