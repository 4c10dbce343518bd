#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PlanKit
import YAMLKit

/// Where courses live: `$XDG_DATA_HOME/protract/`, or `~/.local/share/protract/` when
/// `XDG_DATA_HOME` is unset, empty or not an absolute path (as the XDG Base Directory
/// specification says); one journal per course, `NAME.yaml`.
struct CourseDirectory {
    /// The folder.
    let folder: SystemPath

    /// The folder for this environment, or a message saying why there is none.
    static func current(environment: [String: String] = environmentVariables("XDG_DATA_HOME", "HOME")) -> Result<CourseDirectory, JournalStore.Failure> {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return .success(CourseDirectory(folder: SystemPath(data + "/protract")))
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return .success(CourseDirectory(folder: SystemPath(home + "/.local/share/protract")))
        }
        return .failure(JournalStore.Failure(
            status: ExitStatus.noInput, message: "cannot find your data folder: neither XDG_DATA_HOME nor HOME is an absolute path",
            help: "set XDG_DATA_HOME (or HOME), or name the journal file with --journal FILE"))
    }

    /// The journal of the course called `name`.
    func journal(named name: String) -> SystemPath {
        SystemPath(bytes: folder.bytes + Array("/\(name).yaml".utf8))
    }

    /// The names of the courses in the folder, sorted: every `NAME.yaml` whose NAME is a course id.
    func names() -> [String] {
        yamlFiles().compactMap { entry -> String? in
            let name = String(entry.dropLast(5))
            return Identifier.isValid(name) ? name : nil
        }.sorted()
    }

    /// The help for `--course NAME` when no course of the folder is called NAME: the course it
    /// most likely stands for, only ever one that is there (`Kim` for `kim-rehab`); else the
    /// courses there are; else that there are none, and how to start one.
    func unknownCourseHelp(for name: String) -> String {
        let names = names()
        guard !names.isEmpty else {
            let course = Identifier.kebabCase(name) ?? "NAME"
            return "there are no courses in \(folder.display) yet; start one with 'protract start PROGRAMME --course \(course)'"
        }
        // The name as typed, then as the course name it folds to (`Jo Müller`: `jo-muller`).
        let guesses = [name] + (Identifier.kebabCase(name).map { [$0] } ?? [])
        if let nearest = guesses.lazy.compactMap({ Suggestion.nearest(to: $0, in: names) }).first {
            return "did you mean --course \(nearest)? 'protract courses' lists every course"
        }
        return "the courses are \(names.joined(separator: ", ")); 'protract courses' lists them"
    }

    /// The other `.yaml` files in the folder, sorted (a copy named `My course.yaml`): not courses,
    /// since a course's name is an id, but a person who put one there expects to hear why it is
    /// not listed. Hidden files are left out.
    func otherFiles() -> [String] {
        yamlFiles().filter { !$0.hasPrefix(".") && !Identifier.isValid(String($0.dropLast(5))) }.sorted()
    }

    private func yamlFiles() -> [String] {
        let path = SystemPath.argument(fromBytes: folder.bytes)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return entries.filter { $0.hasSuffix(".yaml") }
    }

    /// Creates the folder (and its parents) for a new course, readable by its owner only.
    func create() throws(JournalStore.Failure) {
        let path = SystemPath.argument(fromBytes: folder.bytes)
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw JournalStore.Failure(
                status: ExitStatus.cannotCreate, message: "cannot create the folder \(folder.display) for your courses",
                help: "check that you may write there, or name the journal file with --journal FILE")
        }
    }
}
