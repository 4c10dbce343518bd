#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes the temporary file of a write in progress when SIGINT, SIGTERM or SIGHUP ends the
/// process, so a killed `plan -o` leaves no `.NAME.protract-PID.tmp` behind.
///
/// The handler uses only async-signal-safe calls: `unlink(2)` of a path copied beforehand into a
/// fixed buffer, then `signal(2)` back to the default action and `raise(3)`, so the process
/// still ends by the signal. A signal that was ignored when the write began stays ignored.
enum TemporaryFileGuard {
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private static let capacity = Int(PATH_MAX) + 1

    /// The pending path, NUL-terminated; empty when no write is in progress.
    nonisolated(unsafe) private static let pending: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        buffer.initialize(repeating: 0, count: capacity)
        return buffer
    }()

    /// The actions in force before `create`, restored by `end`.
    nonisolated(unsafe) private static var previous: [Int32: sigaction] = [:]

    /// Creates the temporary file at `path` (exclusively, never through a link) and registers it
    /// for removal, with the signals blocked in between so no signal can leave it behind. Returns
    /// the descriptor, or -1 with `errno` set; the handlers are installed only on success.
    static func create(_ path: SystemPath, mode: mode_t) -> Int32 {
        var descriptor: Int32 = -1
        var code: Int32 = 0
        withSignalsBlocked {
            descriptor = path.open(O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode: mode)
            code = errno
            if descriptor >= 0 { register(path) }
        }
        errno = code
        return descriptor
    }

    /// Records `path` and installs the handlers; called with the signals blocked.
    private static func register(_ path: SystemPath) {
        guard path.bytes.count < capacity else { return }
        for (index, byte) in path.bytes.enumerated() { pending[index] = CChar(bitPattern: byte) }
        pending[path.bytes.count] = 0
        for signal in signals {
            var old = sigaction()
            sigaction(signal, nil, &old)
            previous[signal] = old
            if isIgnored(old) { continue }
            var action = sigaction()
            setHandler(&action, removeAndReraise)
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }

    /// Forgets the path (the file was renamed or removed) and restores the previous handlers.
    static func end() {
        withSignalsBlocked {
            pending[0] = 0
            for (signal, old) in previous {
                var action = old
                sigaction(signal, &action, nil)
            }
            previous = [:]
        }
    }

    private static func withSignalsBlocked(_ body: () -> Void) {
        var blocked = sigset_t()
        var old = sigset_t()
        sigemptyset(&blocked)
        for signal in signals { sigaddset(&blocked, signal) }
        sigprocmask(SIG_BLOCK, &blocked, &old)
        body()
        sigprocmask(SIG_SETMASK, &old, nil)
    }

    private static let removeAndReraise: @convention(c) (Int32) -> Void = { number in
        if TemporaryFileGuard.pending[0] != 0 { unlink(TemporaryFileGuard.pending) }
        signal(number, SIG_DFL)
        raise(number)
    }

    private static func setHandler(_ action: inout sigaction, _ handler: (@convention(c) (Int32) -> Void)?) {
        #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = handler
        #else
        action.__sigaction_handler.sa_handler = handler
        #endif
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        #if canImport(Darwin)
        let handler = action.__sigaction_u.__sa_handler
        #else
        let handler = action.__sigaction_handler.sa_handler
        #endif
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}
