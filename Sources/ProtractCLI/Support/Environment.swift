import Foundation
import PlanKit
import YAMLKit

/// Loads the built-in catalog once per command, with errors that say the installation is broken.
struct Environment {
    let files: BuiltInFiles
    let catalog: ExerciseCatalog
    let registry: PluginRegistry
    let console = Console()

    var loader: ProgrammeLoader {
        ProgrammeLoader(validator: ProgrammeValidator(catalog: catalog, pluginIDs: registry.ids))
    }

    /// Decodes, checks and configures a programme: its own rules, the catalog, then each block's
    /// plugin options, so `validate` and `plan` report the same problems.
    func configured(_ document: YAMLDocument) throws(YAMLError) -> ConfiguredProgramme {
        try registry.configure(try loader.programme(from: document), catalog: catalog)
    }

    static func load() throws -> Environment {
        let console = Console()
        let files: BuiltInFiles
        do {
            files = try BuiltInFiles.locate()
        } catch {
            if let override = error.override {
                console.error(
                    "PROTRACT_PROGRAMS is set to '\(override)', but that folder has no \(BuiltInFiles.catalogFileName)",
                    help: "point PROTRACT_PROGRAMS at Protract's Programs folder, or unset it to use the installed one")
            } else {
                console.error(
                    "cannot find Protract's built-in programmes and exercise catalog",
                    help: "set PROTRACT_PROGRAMS to the Programs folder; searched " + error.searched.joined(separator: ", "))
            }
            throw ExitStatus.software
        }
        let source: SourceFile
        do {
            source = try InputFile.read(files.catalogPath, as: .catalog)
        } catch {
            console.error("cannot read the built-in catalog \(error.path): \(error.reason)")
            throw error.notRegular ? ExitStatus.noInput : ExitStatus.software
        }
        do {
            let catalog = try ProgrammeLoader.catalog(from: source)
            return Environment(files: files, catalog: catalog, registry: try registry())
        } catch let error as YAMLError {
            console.report(error.diagnostics, in: source)
            console.error("the built-in exercise catalog is invalid; reinstall Protract or fix the file above")
            throw ExitStatus.software
        }
    }

    /// The built-in plugins' registry, or exit status 70 with a message when their list is broken.
    static func registry() throws -> PluginRegistry {
        do {
            return try PluginRegistry(BuiltInPlugins.types)
        } catch {
            Console().error("the plugin list is broken: \(error.message)")
            throw ExitStatus.software
        }
    }
}
