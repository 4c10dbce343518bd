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
    /// A file name to give as an example when the path is a folder.
    var exampleName = "plan.txt"

    var isStdout: Bool { path == nil || path == "-" }

    /// The name to print for the output file.
    var displayName: String { path.map { SystemPath($0).display } ?? "standard output" }

    /// The file as a word of a command to copy (see `SystemPath.shellWord`).
    var shellWord: String { path.map { SystemPath($0).shellWord } ?? "-" }

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
            case .new: code = TemporaryFileWrite.write(text, to: file, mode: 0o666, move: .link)
            case .replace(let old):
                code = TemporaryFileWrite.write(text, to: file, mode: 0o600, move: .rename) { descriptor in
                    // The owner first: chown(2) clears set-user-ID bits, which the mode then restores.
                    // Only root may give a file away; anyone else keeps their own ownership (EPERM).
                    if fchown(descriptor, old.st_uid, old.st_gid) != 0, errno != EPERM { return errno }
                    return fchmod(descriptor, old.st_mode & 0o7777) == 0 ? 0 : errno
                }
            case .rewrite(let old):
                // Truncated and written in place, so that every link sees the new plan.
                let descriptor = try openUnchanged(file, O_NOFOLLOW) {
                    $0.st_dev == old.st_dev && $0.st_ino == old.st_ino
                }
                let truncated = ftruncate(descriptor, 0) == 0 ? 0 : errno
                code = TemporaryFileWrite.syncAndClose(descriptor, after: truncated == 0 ? writeAll(text, to: descriptor) : truncated)
            case .special:
                // Opened without creating or truncating; a FIFO waits for a reader, as a shell redirection does.
                let descriptor = try openUnchanged(file, O_NOCTTY) { [.characterDevice, .fifo].contains(FileKind($0)) }
                code = TemporaryFileWrite.syncAndClose(descriptor, sync: false, after: writeAll(text, to: descriptor))
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
            guard let resolved = given.status(), let real = given.resolved() else {
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
            throw WriteError(message: "\(name) is a directory", help: "give a file name, such as \(name)/\(exampleName)")
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

    // MARK: - Writing

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

    private func failure(_ code: Int32) -> WriteError {
        WriteError(
            message: "could not write \(displayName): \(systemErrorText(code))",
            help: code == EEXIST ? existsHelp : nil)
    }
}
