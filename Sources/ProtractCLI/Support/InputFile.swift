import Foundation
import YAMLKit

/// Reads input files, turning every failure into a message that says what to do.
enum InputFile {
    /// Why a file could not be read.
    struct ReadError: Error {
        var path: String
        var reason: String
    }

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
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
            throw ReadError(path: path, reason: "it is \(size) bytes, over the limit of \(maxBytes) bytes")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(path: path, reason: "permission denied or unreadable")
        }
        defer { try? handle.close() }
        do {
            // Read at most one byte past the limit, so a growing file or a device cannot exhaust memory.
            let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
            return SourceFile(name: path, bytes: Array(data))
        } catch {
            throw ReadError(path: path, reason: "it could not be read (\(error.localizedDescription))")
        }
    }
}
