#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
    var displayName: String { path.map { SystemPath($0).display } ?? "standard output" }

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
    /// path cannot take a file: the reason goes to `console` and exit status 73 is thrown.
    func checkWritable(console: Console) throws {
        guard let path, !isStdout else { return }
        try reporting(to: console) { () throws(WriteError) in _ = try target(SystemPath(path)) }
    }

    /// Writes the text; a failure is reported as `checkWritable` reports one.
    func write(_ text: String, console: Console) throws {
        guard let path, !isStdout else {
            console.out(text)
            return
        }
        try reporting(to: console) { () throws(WriteError) in
            let (file, target) = try target(SystemPath(path))
            var code: Int32 = 0
            switch target {
            case .new: try writeThroughTemporary(text, to: file, owner: nil, move: link)
            case .replace(let old): try writeThroughTemporary(text, to: file, owner: old, move: rename)
            case .rewrite(let old):
                // Truncated and written in place, so that every link sees the new plan.
                let descriptor = try openUnchanged(file, O_NOFOLLOW) {
                    $0.st_dev == old.st_dev && $0.st_ino == old.st_ino
                }
                let truncated = ftruncate(descriptor, 0) == 0 ? 0 : errno
                code = Self.writeAndClose(text, to: descriptor, sync: true, after: truncated)
            case .special:
                // Opened without creating or truncating; a FIFO waits for a reader, as a shell redirection does.
                let descriptor = try openUnchanged(file, O_NOCTTY) { [.characterDevice, .fifo].contains(FileKind($0)) }
                code = Self.writeAndClose(text, to: descriptor, sync: false)
            }
            if code != 0 { throw failure(code) }
        }
    }

    private func reporting(to console: Console, _ body: () throws(WriteError) -> Void) throws {
        do {
            try body()
        } catch {
            console.error(error.message, help: error.help)
            throw ExitStatus.cannotCreate
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
                message: "\(name) is \(kind.rawValue); it was not changed",
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

    /// Writes and syncs `.NAME.protract-PID.tmp` next to `file`, then moves it into place with
    /// `move`: `link(2)` for a new file, which refuses a file that appeared meanwhile, or `rename(2)`
    /// over an old one. With `owner`, it takes that file's owner and mode; without, it is created
    /// with mode 0666 less the umask. It is removed if anything fails or a signal ends the process.
    private func writeThroughTemporary(
        _ text: String, to file: SystemPath, owner: stat?, move: (UnsafePointer<CChar>, UnsafePointer<CChar>) -> Int32
    ) throws(WriteError) {
        let temporary = file.renamingLast(Self.temporaryName)
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
        defer {
            // After a link the file lives on under its new name; after a rename this finds nothing.
            _ = temporary.withCString { unlink($0) }
            TemporaryFileGuard.end()
        }
        var code: Int32 = 0
        if let owner {
            // The owner first: chown(2) clears set-user-ID bits, which the mode then restores.
            // Only root may give a file away; anyone else keeps their own ownership (EPERM).
            if fchown(descriptor, owner.st_uid, owner.st_gid) != 0, errno != EPERM { code = errno }
            if code == 0, fchmod(descriptor, owner.st_mode & 0o7777) != 0 { code = errno }
        }
        code = Self.writeAndClose(text, to: descriptor, sync: true, after: code)
        if code == 0 {
            Self.pauseForTests()
            if temporary.withCString({ from in file.withCString { to in move(from, to) } }) != 0 { code = errno }
        }
        if code != 0 { throw failure(code) }
    }

    /// Opens the file to write into it and checks with `fstat` that it is still what `target` found.
    private func openUnchanged(_ file: SystemPath, _ flags: Int32, _ same: (stat) -> Bool) throws(WriteError) -> Int32
    {
        let descriptor = file.open(O_WRONLY | flags)
        guard descriptor >= 0 else { throw failure(errno) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, same(info) else {
            close(descriptor)
            let message = "\(displayName) changed while the plan was made; it was not changed"
            throw WriteError(message: message, help: "run the command again")
        }
        return descriptor
    }

    /// Writes the text unless `code` is already a failure, syncs when asked, and closes the
    /// descriptor; returns 0 or the first `errno`.
    private static func writeAndClose(_ text: String, to descriptor: Int32, sync: Bool, after code: Int32 = 0) -> Int32
    {
        var code = code == 0 ? writeAll(text, to: descriptor) : code
        if code == 0, sync, fsync(descriptor) != 0 { code = errno }
        if close(descriptor) != 0, code == 0, errno != EINTR { code = errno }
        return code
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
