#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The built-in catalog read on a second core while the command line, the journal and the
/// programme are read on the first: about a fifth of a command's work (the 46 KB catalog through
/// libyaml and the decoder), off the path a person waits on (docs/benchmark.md, twenty-eighth
/// round). The early read says nothing: a catalog that fails is read again where the command
/// needs it, and that read reports the problem as it always has. Outside Glibc (macOS, musl) the
/// catalog is read where it is needed, as before.
extension Environment {
    /// The commands that load the environment (every use of ``load(console:)``), by name.
    static let commandsThatLoad: Set<String> = [
        "plan", "validate", "programmes", "exercises", "schema", "screen", "start", "log", "next", "progress",
    ]

    #if canImport(Glibc)
    /// The early read's thread, until a command waits for it or leaves it.
    private static let early = Mutex<pthread_t?>(nil)
    #endif

    /// Starts reading the catalog on another thread when `arguments` run a command that loads it
    /// (not its help, nor `log --list`'s plain reading of a journal, nor a help or version flag).
    static func startEarly(for arguments: [String]) {
        #if canImport(Glibc)
        guard let name = arguments.first, commandsThatLoad.contains(name) else { return }
        for argument in arguments.dropFirst() {
            if argument == "--" { break }
            if ["-h", "--help", "--version", "--list"].contains(argument) { return }
        }
        // Born with every signal blocked, so that SIGINT, SIGTERM and SIGHUP always reach the
        // main thread, where TemporaryFileGuard blocks them while it registers a file to remove.
        var all = sigset_t()
        var previous = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_SETMASK, &all, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { _ in
            Environment.loadQuietly()
            return nil
        }, nil)
        if started == 0 { early.withLock { $0 = thread } }
        #endif
    }

    /// Waits for the early read, if one was started and not yet waited for.
    static func waitForEarly() {
        #if canImport(Glibc)
        guard let thread = takeEarly() else { return }
        pthread_join(thread, nil)
        #endif
    }

    /// Lets the early read end with the process, unwaited for: a command that failed before it
    /// needed the catalog (a usage error) exits at once.
    static func leaveEarly() {
        #if canImport(Glibc)
        guard let thread = takeEarly() else { return }
        pthread_detach(thread)
        #endif
    }

    #if canImport(Glibc)
    /// The early read's thread, if one was started and not yet waited for or left; no longer
    /// kept once taken.
    private static func takeEarly() -> pthread_t? {
        early.withLock { state in
            defer { state = nil }
            return state
        }
    }
    #endif
}
