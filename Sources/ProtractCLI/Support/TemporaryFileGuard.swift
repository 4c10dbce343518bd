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
/// fixed buffer, then `sigaction(2)` back to the default action and `raise(3)`, so the process
/// still ends by the signal. A signal that was ignored when the write began stays ignored.
enum TemporaryFileGuard {
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private static let capacity = Int(PATH_MAX) + 1

    /// The pending path, NUL-terminated; empty when no write is in progress.
    nonisolated(unsafe) private static let pending: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(PATH_MAX) + 1)
        buffer.initialize(repeating: 0, count: Int(PATH_MAX) + 1)
        return buffer
    }()

    /// The actions in force before `begin`, restored by `end`.
    nonisolated(unsafe) private static var previous: [Int32: sigaction] = [:]

    /// Registers `path` for removal and installs the handlers.
    static func begin(_ path: SystemPath) {
        guard path.bytes.count < capacity else { return }
        withSignalsBlocked {
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

    private static let removeAndReraise: @convention(c) (Int32) -> Void = { signal in
        if TemporaryFileGuard.pending[0] != 0 { unlink(TemporaryFileGuard.pending) }
        var action = sigaction()
        TemporaryFileGuard.setHandler(&action, SIG_DFL)
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
        raise(signal)
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
