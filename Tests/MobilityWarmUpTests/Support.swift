import Foundation
import MobilityWarmUp
import PlanKit
import Testing
import YAMLKit
import ProtractTestSupport

/// Helpers shared by the MobilityWarmUp suites.
enum Support {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The real built-in catalog, `Programs/exercises.yaml`.
    static func catalog() throws -> ExerciseCatalog {
        let url = root.appendingPathComponent("Programs/exercises.yaml")
        let bytes = try [UInt8](Data(contentsOf: url))
        return try ProgrammeLoader.catalog(from: SourceFile(name: "exercises.yaml", bytes: bytes))
    }

    /// Decodes a block written as YAML (a mapping with or without `plugin`) into options.
    static func options(_ yaml: String) throws -> MobilityWarmUp.Options {
        let node = try #require(try YAMLParser().parse(yaml))
        return try NodeDecoder().decode(MobilityWarmUp.Options.self, from: node.removingKey("plugin"))
    }

    /// Makes the plugin from a block written as YAML.
    static func plugin(_ yaml: String, catalog: ExerciseCatalog) throws -> MobilityWarmUp {
        try MobilityWarmUp(options: try options(yaml), catalog: catalog)
    }

    /// The diagnostics of decoding `yaml` and making the plugin, as `LINE:COLUMN: error: MESSAGE`
    /// lines plus `help:` lines; nil when that succeeds.
    static func failure(_ yaml: String, catalog: ExerciseCatalog) -> [String]? {
        do {
            _ = try plugin(yaml, catalog: catalog)
            return nil
        } catch let error as YAMLError {
            return error.diagnostics.map { diagnostic in
                var line = diagnostic.description
                if !diagnostic.path.isEmpty { line += " [\(diagnostic.path)]" }
                if let help = diagnostic.help { line += " help: \(help)" }
                return line
            }
        } catch {
            return ["unexpected: \(error)"]
        }
    }

    /// Session contexts for a plan: `weeks` x `perWeek`, deload every 4th week at 60%.
    static func sessions(
        weeks: Int, perWeek: Int, catalog: ExerciseCatalog, deloadEvery: Int? = 4
    ) -> [SessionContext] {
        let start = CivilDate(daysSinceEpoch: 20_000)
        let deload = Percentage(60) ?? .full
        var contexts: [SessionContext] = []
        for week in 1...weeks {
            for index in 1...perWeek {
                let isDeload = deloadEvery.map { week % $0 == 0 } ?? false
                contexts.append(SessionContext(
                    week: week, weeks: weeks, sessionNumber: contexts.count + 1, sessionInWeek: index,
                    sessionsThisWeek: perWeek, date: start.adding(days: (week - 1) * 7 + (index - 1)), phase: nil,
                    isDeload: isDeload, deloadVolume: isDeload ? deload : .full, catalog: catalog))
            }
        }
        return contexts
    }

    /// Runs `start` once and `prescribe` for every session, cycling through `plugins` as session
    /// templates (session 1 uses the first, session 2 the second, ...), sharing one state.
    static func run(_ plugins: [MobilityWarmUp], sessions: [SessionContext], catalog: ExerciseCatalog) -> [BlockPlan] {
        guard let first = plugins.first else { return [] }
        var state = first.start(for: Athlete(start: CivilDate(daysSinceEpoch: 20_000)), catalog: catalog).state
        return sessions.enumerated().map { index, session in
            plugins[index % plugins.count].prescribe(session, state: &state)
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
            }
            return "\(prescription.exerciseID) \(prescription.sets)x\(dose)" + (prescription.perSide ? "/side" : "")
        }
    }
}

