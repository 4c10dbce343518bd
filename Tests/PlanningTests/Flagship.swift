import Foundation
import MobilityWarmUp
import PlanKit
import PushUpProgression
import StabilizerStrength
import Testing
import YAMLKit

/// Loads the real catalog and programmes from the repository and plans them with the real plugins.
enum Flagship {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func source(_ relativePath: String) throws -> SourceFile {
        let url = repository.appendingPathComponent(relativePath)
        return SourceFile(name: relativePath, bytes: Array(try Data(contentsOf: url)))
    }

    static func registry() throws -> PluginRegistry {
        try PluginRegistry([MobilityWarmUp.self, StabilizerStrength.self, PushUpProgression.self])
    }

    static func catalog() throws -> ExerciseCatalog {
        try ProgrammeLoader.catalog(from: source("Programs/exercises.yaml"))
    }

    static func programme(_ name: String = "upper-back-rehab") throws -> Programme {
        let registry = try registry()
        let loader = ProgrammeLoader(validator: ProgrammeValidator(catalog: try catalog(), pluginIDs: registry.ids))
        return try loader.programme(from: source("Programs/\(name).yaml"))
    }

    static func configured(_ programme: Programme) throws -> ConfiguredProgramme {
        try registry().configure(programme, catalog: catalog())
    }

    static let ladder = [
        "wall-push-up", "high-incline-push-up", "low-incline-push-up", "knee-push-up", "push-up", "push-up-plus",
    ]
}
