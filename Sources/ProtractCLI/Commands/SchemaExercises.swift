import PlanKit
import YAMLKit

/// The exercises `protract schema --programme FILE` completes: the built-in catalog's and the
/// programme's own. A programme being edited often has a mistake; the schema is still printed
/// (an editor left without one checks nothing), with the file's problems as warnings and a line
/// saying what the schema leaves out.
struct SchemaExercises {
    let environment: Environment

    /// The built-in catalog's exercises with the programme's own that read, its problems reported
    /// as warnings; only an unreadable file (missing, not a regular file, over the size limit)
    /// throws.
    func exercises(of argument: String) throws -> [Exercise] {
        let console = environment.console
        let builtIn = environment.catalog.exercises
        let source = try InputFile.read(try environment.path(for: argument), as: .programme, console: console)
        let document: YAMLDocument
        do {
            document = try YAMLDocument.load(source, recoverDuplicateKeys: true)
        } catch {
            // Nothing of the file can be trusted once its YAML does not read.
            console.report(Self.asWarnings(error.diagnostics), in: source)
            console.note(
                "\(source.name) does not read as YAML (above): the schema completes the built-in catalog's exercise "
                    + "ids only; run this again once the file reads",
                first: "protract: warning: ")
            return builtIn
        }
        do {
            return try environment.configured(document).catalog.exercises
        } catch {
            console.report(Self.asWarnings(error.diagnostics), in: source)
        }
        let draft = try? environment.loader.draft(from: document)
        let own = draft?.exercises ?? []
        let broken = (draft?.exerciseLinks ?? []).map(\.id.value).filter { id in !own.contains { $0.id == id } }
        var said = "\(source.name) has problems (above): the schema completes the built-in catalog's exercise ids"
        let added = own.map(\.id).filter { !environment.catalog.contains($0) }
        if !added.isEmpty { said += " and the file's own that read (" + added.joined(separator: ", ") + ")" }
        if !broken.isEmpty {
            said += " and leaves out " + (broken.count == 1
                ? "'\(broken[0])', which does not read"
                : "the file's own that do not read (" + broken.joined(separator: ", ") + ")")
        }
        console.note(
            said + "; run this again once 'protract validate \(source.name)' passes", first: "protract: warning: ")
        return environment.catalog.adding(own).exercises
    }

    /// Errors shown as warnings: the schema is printed all the same.
    static func asWarnings(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if diagnostic.severity == .error { diagnostic.severity = .warning }
            return diagnostic
        }
    }
}
