#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import YAMLKit

/// The help for a file the person named that is not there: the nearest file name in its folder
/// (`my-plan.yml` for `my-plan.yaml`), else, for a programme, how to find one that is.
enum MissingFileHelp {
    /// `did you mean 'plans/my-plan.yml'?`, or for a programme with no near name, where the
    /// built-in programmes are listed; nil for other files with no near name.
    static func help(for argument: String, role: InputFile.Role) -> String? {
        let cut = argument.lastIndex(of: "/").map { argument.index(after: $0) } ?? argument.startIndex
        let folder = String(argument[..<cut])
        let name = String(argument[cut...])
        let path = folder.isEmpty ? "." : folder
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            let noFolder = "there is no folder '\(folder)'"
            return role == .programme || role == .programmeOrCatalog
                ? noFolder + "; " + listing(role) : noFolder
        }
        // Files only (a link to one too): a folder is no programme.
        let names = entries.filter { entry in
            guard !entry.hasPrefix("."), entry != name, let info = SystemPath(path + "/" + entry).status() else {
                return false
            }
            return FileKind(info) == .regular
        }.sorted()
        if !name.isEmpty, let near = Suggestion.nearest(to: name, in: names) {
            return "did you mean '\(folder)\(near)'?"
        }
        let nothingNear = "no file in \(folder.isEmpty ? "this folder" : folder) has a name close to '\(name)'"
        return role == .programme || role == .programmeOrCatalog ? nothingNear + "; " + listing(role) : nil
    }

    /// Where the built-in programmes are listed, for a command that takes `role`.
    private static func listing(_ role: InputFile.Role) -> String {
        role == .programme
            ? "'protract programmes' lists the built-in programmes, which every command takes by id "
                + "(protract plan upper-back-rehab)"
            : "'protract programmes' lists the built-in programmes, and 'protract new FILE' writes a starter programme"
    }
}
