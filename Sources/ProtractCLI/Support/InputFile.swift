import Foundation
import YAMLKit

/// Reads input files, turning every failure into a message that says what to do.
enum InputFile {
    /// Why a file could not be read.
    struct ReadError: Error {
        var path: String
        var reason: String
        /// Set when the file exists and is readable but is over the size limit: that makes it
        /// invalid input (exit 65) with a located diagnostic, not missing input (exit 66).
        var oversized: Oversized? = nil
    }

    /// A file refused for its size, with its first bytes so the diagnostic can quote line 1.
    struct Oversized: Sendable {
        var head: SourceFile
        var diagnostic: Diagnostic
    }

    /// How much of an oversized file is read to quote its first line.
    static let headBytes = 4096

    /// The largest file Protract reads; larger ones are refused before they are loaded.
    static let maxBytes = YAMLLimits.default.maxInputBytes

    /// Reads a file whole.
    static func read(_ path: String) throws(ReadError) -> SourceFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(path: path, reason: "no such file")
        }
        if isDirectory.boolValue {
            throw ReadError(path: path, reason: "it is a directory, not a file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(path: path, reason: "permission denied or unreadable")
        }
        defer { try? handle.close() }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
            let reason = "the file is \(size) bytes, over the limit of \(maxBytes) bytes"
            let head = SourceFile(name: path, bytes: Array((try? handle.read(upToCount: headBytes)) ?? Data()))
            let diagnostic = Diagnostic(
                .error, reason, at: SourceRange(at: SourceLocation(line: 1, column: 1)),
                help: "a programme file is a few kilobytes; split the data or check that this is the right file")
            throw ReadError(path: path, reason: reason, oversized: Oversized(head: head, diagnostic: diagnostic))
        }
        do {
            // Read at most one byte past the limit, so a growing file or a device cannot exhaust memory.
            let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
            return SourceFile(name: path, bytes: Array(data))
        } catch {
            throw ReadError(path: path, reason: "it could not be read (\(error.localizedDescription))")
        }
    }
}
