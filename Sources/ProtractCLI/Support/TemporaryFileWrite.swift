#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way Protract puts a new file in place, for `plan --output` and for a course's journal:
/// a crash or `kill -9` at any point leaves either the old file or the new one, never a mix.
///
/// 1. The text goes to a temporary file in the same folder, `.NAME.protract-PID.tmp`, created
///    exclusively and never through a link; `TemporaryFileGuard` removes it if SIGINT, SIGTERM
///    or SIGHUP ends the process meanwhile.
/// 2. The caller may set its owner and mode; it is synced.
/// 3. It is moved into place: by `link(2)` for a new file, which refuses a file that appeared
///    meanwhile (EEXIST), or by `rename(2)` over an old one.
/// 4. The folder is synced, so the move itself survives a power cut.
enum TemporaryFileWrite {
    /// How the temporary file takes the final name.
    enum Move {
        /// `link(2)`: for a new file; fails with EEXIST if one appeared meanwhile.
        case link
        /// `rename(2)`: over an old file.
        case rename
    }

    /// Writes `text` to `file` as the type's documentation says. `mode` is the temporary file's
    /// mode (less the umask); `prepare` runs on its descriptor before the text is written and
    /// returns 0 or an `errno` (to give it an old file's owner and mode). Returns 0, or the `errno`
    /// of the first failure, in which case `file` is as it was.
    static func write(
        _ text: String, to file: SystemPath, mode: mode_t, move: Move, prepare: (Int32) -> Int32 = { _ in 0 }
    ) -> Int32 {
        let temporary = file.renamingLast(temporaryName)
        var descriptor = TemporaryFileGuard.create(temporary, mode: mode)
        if descriptor < 0, errno == EEXIST {
            // Left by a process that was killed with SIGKILL and had this process's id: remove it.
            _ = temporary.withCString { unlink($0) }
            descriptor = TemporaryFileGuard.create(temporary, mode: mode)
        }
        guard descriptor >= 0 else { return errno }
        defer {
            // After a link the file lives on under its new name; after a rename this finds nothing.
            _ = temporary.withCString { unlink($0) }
            TemporaryFileGuard.end()
        }
        var code = prepare(descriptor)
        if code == 0 { code = TestDelay.writeSlowly(text, to: descriptor) }
        code = syncAndClose(descriptor, after: code)
        guard code == 0 else { return code }
        TestDelay.pause()
        let moved = temporary.withCString { from in
            file.withCString { to in move == .link ? link(from, to) : rename(from, to) }
        }
        guard moved == 0 else { return errno }
        let folder = file.directory.open(O_RDONLY | O_DIRECTORY)
        if folder >= 0 {
            // A file system that cannot sync a folder (EINVAL) has nothing more to do.
            _ = fsync(folder)
            close(folder)
        }
        return 0
    }

    /// Syncs (unless `sync` is false, for a FIFO or device) and closes the descriptor; returns
    /// `code` if it is already a failure, else 0 or the first `errno`.
    static func syncAndClose(_ descriptor: Int32, sync: Bool = true, after code: Int32) -> Int32 {
        var code = code
        if code == 0, sync, fsync(descriptor) != 0 { code = errno }
        if close(descriptor) != 0, code == 0, errno != EINTR { code = errno }
        return code
    }

    /// `.NAME.protract-PID.tmp`, with NAME cut (at a UTF-8 character boundary) so that the whole
    /// stays within the 255 bytes a file name may have: a file with a long name still gets a
    /// temporary file beside it.
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

    /// Test-only: `PROTRACT_TEST_WRITE_DELAY_MS=N` (at most 20,000) pauses N ms halfway through
    /// writing the temporary file and again before the move, so a test can kill the process or
    /// send it a signal inside a write. Not for users.
    enum TestDelay {
        static let microseconds: useconds_t? = {
            guard let value = getenv("PROTRACT_TEST_WRITE_DELAY_MS"), let ms = UInt32(String(cString: value)) else {
                return nil
            }
            return useconds_t(min(ms, 20_000)) * 1000
        }()

        static func writeSlowly(_ text: String, to descriptor: Int32) -> Int32 {
            guard let delay = microseconds else { return writeAll(text, to: descriptor) }
            let bytes = Array(text.utf8)
            // Halfway, moved back to the start of a UTF-8 character so both halves are whole text.
            var half = bytes.count / 2
            while half > 0, half < bytes.count, bytes[half] & 0xC0 == 0x80 { half -= 1 }
            var code = writeAll(String(decoding: bytes[..<half], as: UTF8.self), to: descriptor)
            usleep(delay)
            if code == 0 { code = writeAll(String(decoding: bytes[half...], as: UTF8.self), to: descriptor) }
            return code
        }

        static func pause() {
            if let delay = microseconds { usleep(delay) }
        }
    }
}
