#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import PlanKit
import YAMLKit

/// A course's journal file on disk: read, and replaced atomically under an advisory lock.
///
/// - Every change is a read-modify-write under `flock(2)` on a lock file beside the journal
///   (`.NAME.yaml.lock`), held from before the read until after the rename: two `log` processes
///   at once take turns, and both entries land. The lock is on its own file because the journal's
///   inode is replaced by every write.
/// - A write goes to a temporary file in the same folder (`.NAME.yaml.protract-PID.tmp`, mode
///   0600: it is health data), which is synced, then renamed over the journal (or linked into
///   place for a new course, which refuses a file that appeared meanwhile); then the folder is
///   synced so the rename itself survives a power cut. A crash or `kill -9` at any point leaves
///   either the old journal or the new one, never a mix; a temporary file left by a killed
///   process is removed by the next write, under the lock.
/// - A journal that does not read (damaged, or hand-edited into something invalid) is reported
///   with its diagnostics and never written: its bytes stay as they are.
struct JournalStore {
    /// Why the journal could not be read or written, and the exit status that says so.
    struct Failure: Error {
        var status: ExitCode
        /// A one-line message, or nil when `diagnostics` say it.
        var message: String?
        var help: String?
        /// Located problems in `source`.
        var diagnostics: [Diagnostic] = []
        var source: SourceFile?
        /// Commands the help names, each printed after it on a line of its own and never wrapped,
        /// so that they copy whole (one may carry a quoted note).
        var commands: [String] = []
        /// Further help after the commands: each a line of its own (`or to remove it:`) with the
        /// commands it names under it, so that each command stands under the words that say
        /// what it does.
        var more: [More] = []

        /// A usage failure (64): a change the flags ask for that cannot be made.
        static func usage(_ message: String, help: String? = nil) -> Failure {
            Failure(status: ExitStatus.usage, message: message, help: help)
        }

        /// A line of help after the first, and its commands.
        struct More {
            var help: String
            var commands: [String] = []
        }

        /// Prints the failure and returns its status to throw.
        func report(_ console: Console) -> ExitCode {
            if let source, !diagnostics.isEmpty { console.report(diagnostics, in: source) }
            if let message { console.error(message, help: help) }
            for command in commands { console.err(console.errorCommand(command)) }
            for item in more {
                console.note("  " + TerminalText.visible(item.help))
                for command in item.commands { console.err(console.errorCommand(command)) }
            }
            return status
        }
    }

    /// The journal file (a symbolic link is followed to the file it names).
    let path: SystemPath
    /// `protract log` with the flags that chose this course (`--course NAME`, `--journal FILE`),
    /// for the commands its messages suggest.
    var logCommand = "protract log"

    init(path: SystemPath) {
        self.path = Self.resolvingLink(path)
    }

    /// The name to print.
    var display: String { path.display }

    /// Whether a journal exists at the path.
    var exists: Bool { path.linkStatus() != nil }

    // MARK: - Lock

    /// An exclusive lock on the journal, released when the value is released or the process ends.
    final class Lock {
        private let descriptor: Int32
        init(descriptor: Int32) { self.descriptor = descriptor }
        deinit { close(descriptor) }
    }

    /// The lock file beside the journal.
    var lockPath: SystemPath {
        path.renamingLast { Array(".".utf8) + $0 + Array(".lock".utf8) }
    }

    /// Takes the journal's lock, waiting for another Protract process that holds it.
    func lock() throws(Failure) -> Lock {
        let descriptor = lockPath.open(O_RDWR | O_CREAT | O_NOFOLLOW, mode: 0o600)
        guard descriptor >= 0 else {
            let code = errno
            // A folder that is there but takes no new file (/proc) is said as one that cannot be written.
            if code == ENOENT || code == ENOTDIR, path.directory.status() == nil {
                throw Failure(
                    status: ExitStatus.cannotCreate, message: "the folder \(path.directory.display) does not exist",
                    help: "create it first, or choose a journal file in another folder")
            }
            throw Failure(
                status: ExitStatus.cannotCreate,
                message: "cannot lock the journal \(display): \(lockPath.display): \(systemErrorText(code))",
                help: "the lock is a file Protract makes beside the journal, so its folder must take new files: "
                    + "check the folder's permissions (ls -ld \(path.directory.shellWord); lsattr -d "
                    + "\(path.directory.shellWord) shows 'i' for an immutable one), or " + elsewhere)
        }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(descriptor)
            throw Failure(
                status: ExitStatus.cannotCreate, message: "cannot lock the journal \(display): \(systemErrorText(code))",
                help: "run the command again; if it fails again, " + elsewhere)
        }
        return Lock(descriptor: descriptor)
    }

    // MARK: - Reading

    /// Reads and decodes the journal: 66 when it is missing or unreadable, 65 with located
    /// diagnostics when it does not hold a valid journal.
    func read() throws(Failure) -> (file: JournalFile, source: SourceFile) {
        let source: SourceFile
        do {
            source = try InputFile.read(SystemPath.argument(fromBytes: path.bytes), as: .profile)
        } catch {
            if var oversized = error.oversized {
                oversized.diagnostic.help = "a journal of years of sessions is well under a megabyte; check that this is the right file"
                throw Failure(status: ExitStatus.invalidData, diagnostics: [oversized.diagnostic], source: oversized.head)
            }
            throw Failure(
                status: ExitStatus.noInput, message: "cannot read the journal \(error.path): \(error.reason)",
                help: error.isDirectory
                    ? "a journal is a file: name the course's own file, such as --journal "
                        + "\(inFolder("NAME.yaml").shellWord), not its folder"
                    : error.notRegular
                        ? "a journal is a regular file: name the course's own file with --journal FILE"
                        : "check that you can read the file (ls -l \(path.shellWord)), or restore it from a backup")
        }
        do {
            let journal = try JournalFile.read(YAMLDocument.load(source))
            return (journal, source)
        } catch {
            throw Failure(
                status: ExitStatus.invalidData, message: "the journal \(display) was not changed",
                help: "fix the file at the place shown (or restore it from a backup); Protract never rewrites a journal it cannot read",
                diagnostics: error.diagnostics, source: source)
        }
    }

    // MARK: - Writing

    /// Writes a new journal; refuses (73) when one exists already. Call it holding the lock.
    func create(_ course: Course) throws(Failure) {
        try write(course, replacing: false)
    }

    /// Replaces the journal with `course`. Call it holding the lock, after reading.
    func replace(with course: Course) throws(Failure) {
        try write(course, replacing: true)
    }

    private func write(_ course: Course, replacing: Bool) throws(Failure) {
        let text: String
        do {
            text = try JournalFile.text(for: course)
        } catch {
            throw Failure(status: ExitStatus.software, message: "cannot write the journal: \(error)")
        }
        if text.utf8.count > InputFile.maxBytes {
            throw Failure(
                status: ExitStatus.cannotCreate,
                message: "the journal would be \(text.utf8.count) bytes, over the \(InputFile.maxBytes) Protract reads; it was not changed",
                help: "shorten long notes ('\(logCommand) --list' shows them; '\(logCommand) --edit DATE --as-planned "
                    + "--note TEXT' replaces an entry, with every other flag it should keep), or start a new course")
        }
        removeStaleTemporaryFiles()
        let old = replacing ? path.status() : nil
        let code = TemporaryFileWrite.write(text, to: path, mode: 0o600, move: replacing ? .rename : .link) { descriptor in
            guard let old, fchmod(descriptor, old.st_mode & 0o777) != 0 else { return 0 }
            return errno
        }
        if code == EEXIST, !replacing {
            throw Failure(status: ExitStatus.cannotCreate, message: "\(display) already exists; it was not changed")
        }
        if code != 0 { throw failure(code) }
    }

    /// Removes `.NAME.yaml.protract-*.tmp` files beside the journal: with the lock held, any such
    /// file was left by a process killed while it wrote (no signal handler runs on SIGKILL).
    private func removeStaleTemporaryFiles() {
        let prefix = Array(".".utf8) + path.lastComponent + Array(".protract-".utf8)
        let folder = path.directory
        guard let stream = folder.withCString({ opendir($0) }) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            guard name.count > prefix.count, name.starts(with: prefix), name.suffix(4) == Array(".tmp".utf8) else { continue }
            let stale = path.renamingLast { _ in name }
            _ = stale.withCString { unlink($0) }
        }
    }

    private func failure(_ code: Int32) -> Failure {
        let help = switch code {
        case ENOSPC, EDQUOT: "the disk is full: free some space, then run the command again"
        case EROFS: "the file system is read-only: " + elsewhere
        default:
            "check that the journal and its folder can be written (ls -l \(path.shellWord); ls -ld "
                + "\(path.directory.shellWord); lsattr \(path.shellWord) shows 'i' for an immutable file), or " + elsewhere
        }
        return Failure(
            status: ExitStatus.cannotCreate,
            message: "could not write the journal \(display): \(systemErrorText(code)); it was not changed", help: help)
    }

    /// The way out when the journal's place cannot be written: another place, given by --journal
    /// (where an existing journal is copied first).
    private var elsewhere: String {
        exists
            ? "copy the journal to a folder you can write and pass --journal FILE there"
            : "choose a journal file in a folder you can write, with --journal FILE"
    }

    /// `name` in the folder the path names (for a journal path that is a folder).
    private func inFolder(_ name: String) -> SystemPath {
        var folder = path.bytes
        while folder.count > 1, folder.last == UInt8(ascii: "/") { folder.removeLast() }
        return SystemPath(bytes: folder + Array("/\(name)".utf8))
    }

    private static func resolvingLink(_ path: SystemPath) -> SystemPath {
        guard let entry = path.linkStatus(), FileKind(entry) == .symbolicLink else { return path }
        return path.resolved() ?? path
    }
}
