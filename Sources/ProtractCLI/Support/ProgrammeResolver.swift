import ArgumentParser
import Foundation
import PlanKit
import YAMLKit

/// Finds a programme by built-in id or path, loads it and configures its plugins, printing
/// diagnostics and throwing the matching exit status on failure.
struct ProgrammeResolver {
    let environment: Environment

    /// The path a programme argument names: an existing file, else a built-in id.
    func path(for argument: String) throws -> String {
        // Anything at that path, even a dangling link or a FIFO, is read (and refused) as a file.
        if SystemPath(argument).linkStatus() != nil { return argument }
        let builtIns = environment.files.programmePaths
        let ids = builtIns.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        if let index = ids.firstIndex(of: argument) {
            // NAME.yaml and NAME.yml: the first in name order is used, and the choice is said.
            let others = ids.indices.filter { ids[$0] == argument && $0 != index }.map { builtIns[$0] }
            if !others.isEmpty {
                environment.console.err(
                    "protract: warning: \(([builtIns[index]] + others).joined(separator: " and ")) are both the built-in "
                        + "programme '\(argument)'; using \(builtIns[index])\n")
            }
            return builtIns[index]
        }
        let looksLikePath = argument.contains("/") || argument.hasSuffix(".yaml") || argument.hasSuffix(".yml")
        if looksLikePath {
            environment.console.error("cannot read \(SystemPath.display(argument)): no such file")
        } else {
            let hint = Suggestion.nearest(to: argument, in: ids).map { "did you mean '\($0)'? " } ?? ""
            var unique: [String] = []
            for id in ids where !unique.contains(id) { unique.append(id) }
            let known = unique.isEmpty
                ? "there are no built-in programmes in \(environment.files.directory.path) (only the exercise catalog)"
                : "the built-in programmes are " + unique.joined(separator: ", ")
            environment.console.error(
                "no built-in programme is called '\(argument)' and no file has that name", help: hint + known)
        }
        throw ExitStatus.noInput
    }

    /// Loads, checks and configures the programme.
    func configured(_ argument: String) throws -> ConfiguredProgramme {
        let source = try InputFile.read(try path(for: argument), as: .programme, console: environment.console)
        return try environment.console.decoded(source) { source throws(YAMLError) in
            try environment.configured(try YAMLDocument.load(source))
        }
    }
}
