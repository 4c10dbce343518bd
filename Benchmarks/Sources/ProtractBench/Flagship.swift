import Foundation
import MobilityWarmUp
import PlanKit
import PushUpProgression
import StabilizerStrength
import YAMLKit

/// The built-in files and the flagship programme, loaded the way the CLI loads them.
struct Flagship {
    let programs: String
    let catalog: ExerciseCatalog
    let registry: PluginRegistry
    let programme: Programme

    /// Finds `Programs/`: `$PROTRACT_PROGRAMS`, else the nearest `Programs/` above this executable
    /// or the current folder.
    static func locatePrograms() throws -> String {
        if let path = ProcessInfo.processInfo.environment["PROTRACT_PROGRAMS"], !path.isEmpty { return path }
        for start in [URL(fileURLWithPath: Spawn.selfPath).deletingLastPathComponent(), URL(fileURLWithPath: FileManager.default.currentDirectoryPath)] {
            var folder = start
            for _ in 0..<8 {
                let candidate = folder.appendingPathComponent("Programs")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("exercises.yaml").path) {
                    return candidate.path
                }
                folder.deleteLastPathComponent()
            }
        }
        throw BenchError("cannot find Programs/; set PROTRACT_PROGRAMS")
    }

    static func load() throws -> Flagship {
        let programs = try locatePrograms()
        let registry = try PluginRegistry([MobilityWarmUp.self, StabilizerStrength.self, PushUpProgression.self])
        let catalog = try ProgrammeLoader.catalog(from: try source(programs + "/exercises.yaml"))
        let loader = ProgrammeLoader(validator: ProgrammeValidator(catalog: catalog, pluginIDs: registry.ids))
        let programme = try loader.programme(from: try source(programs + "/upper-back-rehab.yaml"))
        return Flagship(programs: programs, catalog: catalog, registry: registry, programme: programme)
    }

    static func source(_ path: String) throws -> SourceFile {
        SourceFile(name: path, bytes: try MemoryCase.readFile(path))
    }

    /// The flagship stretched to `weeks` weeks with `perWeek` sessions a week: phases scaled to
    /// the length (1:2:1), rest lowered to 24 h where six sessions a week need it.
    func variant(weeks: Int, perWeek: Int) throws -> ConfiguredProgramme {
        var programme = programme
        programme.weeks = weeks
        let days: [Weekday] = switch perWeek {
        case 1: [.monday]
        case 3: [.monday, .wednesday, .friday]
        default: Array(Weekday.allCases.prefix(perWeek))
        }
        let rest = perWeek > 3 ? 24 : programme.schedule.minRestHours
        programme.schedule = Schedule(days: days, time: programme.schedule.time, minRestHours: rest)
        if programme.phases.count == 3 {
            let quarter = max(weeks / 4, 1)
            let sizes = weeks >= 3 ? [quarter, weeks - 2 * quarter, quarter] : [weeks, 0, 0]
            programme.phases = zip(programme.phases, sizes).filter { $0.1 > 0 }.map { phase, size in
                Phase(name: phase.name, weeks: size, focus: phase.focus)
            }
        }
        return try registry.configure(programme, catalog: catalog)
    }

    static let athlete = Athlete(
        start: CivilDate(year: 2026, month: 12, day: 7) ?? CivilDate(daysSinceEpoch: 0), timeZone: "Europe/London",
        baseline: ["push-ups": 6])
}
