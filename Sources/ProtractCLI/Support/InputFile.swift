#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import YAMLKit

/// Reads input files, turning every failure into a message that says what to do.
///
/// Only regular files are read: a FIFO, device or socket is refused (it could block forever or
/// never end), as a directory is. The kind is checked with `stat` before opening, and again with
/// `fstat` on the descriptor, which is opened with O_NONBLOCK so that a FIFO put in the file's
/// place in between cannot block the open either.
enum InputFile {
    /// Why a file could not be read.
    struct ReadError: Error {
        /// The file's name as printed.
        var path: String
        var reason: String
        /// Set when the file is over the size limit, with its first bytes so the diagnostic can quote
        /// line 1: that makes it invalid input (exit 65), not missing input (exit 66).
        var oversized: (head: SourceFile, diagnostic: Diagnostic)? = nil
        /// Set when the path names a FIFO, device or socket: missing input (exit 66) even among
        /// Protract's own files, whose other failures exit 70.
        var notRegular = false
        /// Set when nothing is at the path (not even a dangling link): the help then names a near
        /// file name (see `MissingFileHelp`).
        var missing = false
        /// Set when the path names a folder: the help then asks for a file in it.
        var isDirectory = false
    }

    /// What the file is meant to be; the raw value is the help for one over the size limit.
    enum Role: String {
        case programme = "a programme file is a few kilobytes; split the data or check that this is the right file"
        case profile = "a profile is a few lines (start, days, time, baseline); check that this is the right file"
        case catalog = "an exercise catalog is tens of kilobytes; split it or check that this is the right file"
        case programmeOrCatalog =
            "a programme file is a few kilobytes and a catalog tens of kilobytes; check that this is the right file"
    }

    /// How much of an oversized file is read to quote its first line.
    static let headBytes = 4096

    /// The largest file Protract reads; larger ones are refused before they are loaded.
    static let maxBytes = YAMLLimits.default.maxInputBytes

    /// Reads a regular file whole.
    static func read(_ path: String, as role: Role) throws(ReadError) -> SourceFile {
        let file = SystemPath(path)
        let name = file.display
        guard let info = file.status() else {
            let code = errno
            let reason = missingReason(file, code)
            throw ReadError(path: name, reason: reason, missing: code == ENOENT && file.linkTarget() == nil)
        }
        try checkRegular(info, name: name)
        let descriptor = file.open(O_RDONLY | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else {
            throw ReadError(path: name, reason: missingReason(file, errno))
        }
        defer { close(descriptor) }
        var opened = stat()
        guard fstat(descriptor, &opened) == 0 else {
            throw ReadError(path: name, reason: "it could not be read (\(systemErrorText(errno)))")
        }
        try checkRegular(opened, name: name)
        if Int(opened.st_size) > maxBytes {
            throw oversized(name, size: Int(opened.st_size), head: readUpTo(headBytes, from: descriptor).bytes, role)
        }
        // At most one byte past the limit, so a file that grows while it is read cannot exhaust memory.
        let (bytes, code) = readUpTo(maxBytes + 1, from: descriptor)
        if code != 0 {
            throw ReadError(path: name, reason: "it could not be read (\(systemErrorText(code)))")
        }
        if bytes.count > maxBytes {
            throw oversized(name, size: bytes.count, head: Array(bytes.prefix(headBytes)), role)
        }
        return SourceFile(name: name, bytes: bytes)
    }

    /// Reads a file the person named, or reports why not on `console` and throws the exit status:
    /// 65 with a located diagnostic for an oversized file, 66 otherwise. `called` comes before the
    /// file's name in the message (`the profile `).
    static func read(_ path: String, as role: Role, console: Console, called: String = "") throws -> SourceFile {
        do {
            return try read(path, as: role)
        } catch {
            if let oversized = error.oversized {
                console.report([oversized.diagnostic], in: oversized.head)
                throw ExitStatus.invalidData
            }
            console.error(
                "cannot read \(called)\(error.path): \(error.reason)",
                help: error.missing ? MissingFileHelp.help(for: path, role: role) : nil)
            throw ExitStatus.noInput
        }
    }

    private static func checkRegular(_ info: stat, name: String) throws(ReadError) {
        let kind = FileKind(info)
        if kind == .directory {
            throw ReadError(path: name, reason: "it is a directory, not a file", isDirectory: true)
        }
        if kind != .regular {
            throw ReadError(
                path: name, reason: "it is \(kind.rawValue), not a regular file; Protract reads only regular files",
                notRegular: true)
        }
    }

    private static func missingReason(_ file: SystemPath, _ code: Int32) -> String {
        switch code {
        case ENOENT:
            if let target = file.linkTarget() { return "it is a symbolic link to a missing file (\(target.display))" }
            return "no such file"
        case EACCES: return "permission denied"
        default: return systemErrorText(code)
        }
    }

    private static func oversized(_ name: String, size: Int, head: [UInt8], _ role: Role) -> ReadError {
        let reason = "the file is \(size) bytes, over the limit of \(maxBytes) bytes"
        let diagnostic = Diagnostic(
            .error, reason, at: SourceRange(at: SourceLocation(line: 1, column: 1)), help: role.rawValue)
        return ReadError(
            path: name, reason: reason,
            oversized: (SourceFile(name: name, bytes: head), diagnostic))
    }
}
