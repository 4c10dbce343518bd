#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes a command's result: to stdout, or to a file that is never replaced without `--force`.
///
/// - A new file is written to a temporary file in the same folder (created with the process's
///   umask), synced, then linked into place; `link(2)` refuses a file that appeared meanwhile.
/// - With `--force`, an existing regular file is replaced by a rename, the new file keeping the
///   old one's mode and owner; a file with several hard links is rewritten in place, so every
///   link sees the new text; a character device (`/dev/null`) or FIFO is written into; sockets
///   and other special files are refused. A symbolic link is followed to the file it names.
/// See docs/output-files.md.
struct OutputWriter {
    struct WriteError: Error {
        var message: String
        var help: String?
    }

    /// The path as given, or nil (or "-") for stdout.
    var path: String?
    /// Whether an existing file may be replaced.
    var force: Bool
    /// What to tell someone whose file already exists.
    var existsHelp = "pass --force to replace it, or choose another --output file"

    var isStdout: Bool { path == nil || path == "-" }

    /// The name to print for the output file.
    var displayName: String { path.map(SystemPath.display) ?? "standard output" }

    /// What is at the path, and so how it is written.
    enum Target {
        /// Nothing: a new file.
        case new
        /// A regular file with one link, replaced by a rename; its status gives mode and owner.
        case replace(stat)
        /// A regular file with several hard links, truncated and rewritten.
        case rewrite(stat)
        /// A character device or FIFO, written into.
        case special
    }

    /// Refuses early, before any work, when the file exists and `--force` was not given, or the
    /// path cannot take a file.
    func checkWritable() throws(WriteError) {
        guard let path, !isStdout else { return }
        _ = try target(SystemPath(path))
    }

    /// Writes the text.
    func write(_ text: String, console: Console) throws(WriteError) {
        guard let path, !isStdout else {
            console.out(text)
            return
        }
        let given = SystemPath(path)
        let (file, target) = try target(given)
        switch target {
        case .new: try writeNew(text, to: file)
        case .replace(let old): try replace(file, with: text, keeping: old)
        case .rewrite(let old): try rewrite(file, with: text, expecting: old)
        case .special: try writeInto(file, text)
        }
    }

    // MARK: - What is there

    /// The file to write (a symbolic link resolved) and how to write it.
    private func target(_ given: SystemPath) throws(WriteError) -> (SystemPath, Target) {
        let name = given.display
        guard let entry = given.linkStatus() else {
            let code = errno
            guard code == ENOENT || code == ENOTDIR else { throw failure(code) }
            try checkFolder(of: given)
            return (given, .new)
        }
        var file = given
        var info = entry
        if FileKind(entry) == .symbolicLink {
            guard let resolved = given.status(), let real = Self.realPath(given) else {
                let code = errno
                if code == ENOENT {
                    let destination = given.linkTarget()?.display ?? "?"
                    throw WriteError(
                        message: "\(name) is a symbolic link to a missing file (\(destination)); it was not changed",
                        help: "remove the link or create the file it points to, or choose another output file")
                }
                throw failure(code)
            }
            file = real
            info = resolved
        }
        let kind = FileKind(info)
        if kind == .directory {
            throw WriteError(message: "\(name) is a directory", help: "give a file name, such as plan.txt")
        }
        guard force else {
            throw WriteError(message: "\(name) already exists; it was not changed", help: existsHelp)
        }
        switch kind {
        case .regular: return (file, info.st_nlink > 1 ? .rewrite(info) : .replace(info))
        case .characterDevice, .fifo: return (file, .special)
        default:
            throw WriteError(
                message: "\(name) is \(kind.description); it was not changed",
                help: "Protract writes only to regular files, character devices such as /dev/null, and FIFOs")
        }
    }

    private func checkFolder(of file: SystemPath) throws(WriteError) {
        let folder = file.directory
        guard let info = folder.status() else {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                throw WriteError(message: "the folder \(folder.display) does not exist", help: "create it first")
            }
            throw failure(code)
        }
        if FileKind(info) != .directory {
            throw WriteError(message: "\(folder.display) is a file, not a folder", help: "choose a path inside a folder")
        }
    }

    private static func realPath(_ path: SystemPath) -> SystemPath? {
        guard let resolved = path.withCString({ realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return SystemPath(bytes: Array(UnsafeRawBufferPointer(start: resolved, count: strlen(resolved))))
    }

    // MARK: - Writing

    /// A new file: temporary file, sync, then `link(2)`, which refuses a file that appeared meanwhile.
    private func writeNew(_ text: String, to file: SystemPath) throws(WriteError) {
        let temporary = try writeTemporary(text, next: file, owner: nil)
        defer { finish(temporary) }
        let linked = temporary.withCString { from in file.withCString { to in link(from, to) } }
        if linked != 0 { throw failure(errno) }
    }

    /// An existing regular file with one link: temporary file with its mode and owner, then `rename(2)`.
    private func replace(_ file: SystemPath, with text: String, keeping old: stat) throws(WriteError) {
        let temporary = try writeTemporary(text, next: file, owner: old)
        defer { finish(temporary) }
        let renamed = temporary.withCString { from in file.withCString { to in rename(from, to) } }
        if renamed != 0 { throw failure(errno) }
    }

    /// A regular file with several hard links: truncated and written in place, so that every link
    /// sees the new plan. The text is complete before the file is touched.
    private func rewrite(_ file: SystemPath, with text: String, expecting old: stat) throws(WriteError) {
        let descriptor = file.open(O_WRONLY | O_NOFOLLOW)
        guard descriptor >= 0 else { throw failure(errno) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_dev == old.st_dev, info.st_ino == old.st_ino else {
            close(descriptor)
            throw WriteError(message: "\(displayName) changed while the plan was made; it was not changed", help: "run the command again")
        }
        var code = ftruncate(descriptor, 0) == 0 ? 0 : errno
        if code == 0 { code = FileOutput.writeAll(text, to: descriptor) }
        if code == 0, fsync(descriptor) != 0 { code = errno }
        if close(descriptor) != 0, code == 0, errno != EINTR { code = errno }
        if code != 0 { throw failure(code) }
    }

    /// A character device or FIFO: opened without creating or truncating, then written into. A
    /// FIFO waits for a reader, as a shell redirection does.
    private func writeInto(_ file: SystemPath, _ text: String) throws(WriteError) {
        let descriptor = file.open(O_WRONLY | O_NOCTTY)
        guard descriptor >= 0 else { throw failure(errno) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, [.characterDevice, .fifo].contains(FileKind(info)) else {
            close(descriptor)
            throw WriteError(message: "\(displayName) changed while the plan was made; it was not changed", help: "run the command again")
        }
        var code = FileOutput.writeAll(text, to: descriptor)
        if close(descriptor) != 0, code == 0, errno != EINTR { code = errno }
        if code != 0 { throw failure(code) }
    }

    /// Writes and syncs `.NAME.protract-PID.tmp` next to `file`, removed again if anything fails or
    /// a signal ends the process before `finish`. With `owner`, it takes that file's owner and mode;
    /// without, it is created with mode 0666 less the umask.
    private func writeTemporary(_ text: String, next file: SystemPath, owner: stat?) throws(WriteError) -> SystemPath {
        let name = Self.temporaryName(for: file.lastComponent)
        let temporary = file.sibling(named: name)
        let mode: mode_t = owner == nil ? 0o666 : 0o600
        var descriptor = TemporaryFileGuard.create(temporary, mode: mode)
        if descriptor < 0, errno == EEXIST {
            // Left by a process that was killed with SIGKILL and had this process's id: remove it.
            _ = temporary.withCString { unlink($0) }
            descriptor = TemporaryFileGuard.create(temporary, mode: mode)
        }
        guard descriptor >= 0 else {
            let code = errno
            throw WriteError(message: "could not write \(displayName): \(systemErrorText(code))", help: nil)
        }
        var code: Int32 = 0
        if let owner {
            // The owner first: chown(2) clears set-user-ID bits, which the mode then restores.
            // Only root may give a file away; anyone else keeps their own ownership (EPERM).
            if fchown(descriptor, owner.st_uid, owner.st_gid) != 0, errno != EPERM { code = errno }
            if code == 0, fchmod(descriptor, owner.st_mode & 0o7777) != 0 { code = errno }
        }
        if code == 0 { code = FileOutput.writeAll(text, to: descriptor) }
        if code == 0, fsync(descriptor) != 0 { code = errno }
        if close(descriptor) != 0, code == 0, errno != EINTR { code = errno }
        if code == 0 { Self.pauseForTests() }
        if code != 0 {
            finish(temporary)
            throw failure(code)
        }
        return temporary
    }

    /// `.NAME.protract-PID.tmp`, with NAME cut (at a UTF-8 character boundary) so that the whole
    /// stays within the 255 bytes a file name may have: an output file with a long name still gets
    /// a temporary file beside it.
    static func temporaryName(for name: [UInt8]) -> [UInt8] {
        let suffix = Array(".protract-\(getpid()).tmp".utf8)
        let room = 255 - 1 - suffix.count
        var kept = name.prefix(room)
        if kept.count < name.count {
            // Drop a character cut in two: continuation bytes, then the byte that started it.
            while let last = kept.last, last & 0xC0 == 0x80 { kept.removeLast() }
            if let last = kept.last, last >= 0xC0 { kept.removeLast() }
        }
        return Array(".".utf8) + kept + suffix
    }

    /// Removes the temporary file (gone already after a rename) and stops guarding it.
    private func finish(_ temporary: SystemPath) {
        _ = temporary.withCString { unlink($0) }
        TemporaryFileGuard.end()
    }

    /// Test-only: `PROTRACT_TEST_PAUSE_BEFORE_RENAME=SECONDS` waits between writing the temporary
    /// file and moving it into place, so a test can send a signal at that moment. Not for users.
    private static func pauseForTests() {
        guard let value = getenv("PROTRACT_TEST_PAUSE_BEFORE_RENAME"), let seconds = UInt32(String(cString: value)) else {
            return
        }
        sleep(min(seconds, 60))
    }

    private func failure(_ code: Int32) -> WriteError {
        WriteError(
            message: "could not write \(displayName): \(systemErrorText(code))",
            help: code == EEXIST ? existsHelp : nil)
    }
}
