#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes a command's result: to stdout, or atomically to a file that is never replaced without `--force`.
struct OutputWriter {
    struct WriteError: Error {
        var message: String
        var help: String?
    }

    /// The path, or nil (or "-") for stdout.
    var path: String?
    /// Whether an existing file may be replaced.
    var force: Bool

    var isStdout: Bool { path == nil || path == "-" }

    /// Refuses early, before any work, when the file exists and `--force` was not given.
    func checkWritable() throws(WriteError) {
        guard let path, !isStdout else { return }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw WriteError(message: "\(path) is a directory", help: "give a file name, such as plan.txt")
            }
            if !force {
                throw WriteError(
                    message: "\(path) already exists; it was not changed",
                    help: "pass --force to replace it, or choose another --output file")
            }
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var parentIsDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory.isEmpty ? "." : directory, isDirectory: &parentIsDirectory) {
            throw WriteError(message: "the folder \(directory) does not exist", help: "create it first")
        }
        if !parentIsDirectory.boolValue {
            throw WriteError(message: "\(directory) is a file, not a folder", help: "choose an --output path in a folder")
        }
    }

    /// Writes the text: a temporary file in the same folder, then a rename over the target.
    func write(_ text: String, console: Console) throws(WriteError) {
        guard let path, !isStdout else {
            console.out(text)
            return
        }
        try checkWritable()
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).protract-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary, options: [.withoutOverwriting])
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(message: "could not write \(path): \(error.localizedDescription)", help: nil)
        }
        defer { unlink(temporary.path) }
        // rename(2) replaces the target atomically (only with --force); link(2) refuses an existing
        // target atomically, so a file that appears meanwhile is never overwritten either.
        let status = force ? rename(temporary.path, path) : link(temporary.path, path)
        if status != 0 {
            let reason = String(cString: strerror(errno))
            throw WriteError(
                message: "could not write \(path): \(reason)",
                help: errno == EEXIST ? "pass --force to replace it, or choose another --output file" : nil)
        }
    }
}
