#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// One command on a terminal of its own, typed at as a person would: a tmux server with its
/// socket in the test's folder (so it shares nothing with any other tmux), one detached session
/// of a phone-sized window, keys sent with `send-keys` and the screen read with `capture-pane`.
struct TmuxPane {
    static let tmux = ["/usr/bin/tmux", "/bin/tmux", "/usr/local/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    struct TimedOut: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: String
        var description: String { "the pane never showed '\(waitingFor)'; it shows:\n\(screen)" }
    }

    let socket: URL

    /// Starts `script` (run by `/bin/sh -c`) in a `width` x `height` window. The script should
    /// end by printing its status and sleeping, so the screen can still be read; `stop()` ends it.
    init(_ script: String, in dir: URL, width: Int = 50, height: Int = 40) throws {
        // A socket of its own for each pane: a server the last pane ended may still be going away
        // when the next one starts, and a client that reaches it fails with "server exited
        // unexpectedly" (seen once in CI, running the narrow-terminal commands one after another).
        socket = dir.appendingPathComponent("tmux-\(UUID().uuidString.prefix(8)).sock")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "log", "-x", "\(width)", "-y", "\(height)", "/bin/sh", "-c", script])
    }

    /// Types `text` (as it is, no key names) and then Enter.
    func type(_ text: String) throws {
        if !text.isEmpty { try tmux(["send-keys", "-t", "log", "-l", text]) }
        try key("Enter")
    }

    /// Types `text` (as it is) and no Enter: a part of an answer.
    func typePart(_ text: String) throws {
        try tmux(["send-keys", "-t", "log", "-l", text])
    }

    /// Presses one key, by tmux's name for it (`Enter`, `C-d`).
    func key(_ name: String) throws {
        try tmux(["send-keys", "-t", "log", name])
    }

    /// The whole screen and its scrollback, lines the terminal wrapped joined again.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", "log"])
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n").trimmingCharacters(in: .newlines)
    }

    /// Waits until the screen shows `text` at least `count` times (white space compared loosely:
    /// a line break the program put in a long question counts as a space), then returns the screen.
    @discardableResult
    func wait(for text: String, count: Int = 1, seconds: Double = 30) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let shown = try screen()
            if shown.flattened.components(separatedBy: text.flattened).count > count { return shown }
            if Date() > deadline { throw TimedOut(waitingFor: text, screen: shown) }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Ends the tmux server of this pane (and the command in it).
    func stop() {
        do {
            let server = Int32(try tmux(["display-message", "-p", "-t", "log", "#{pid}"])
                .trimmingCharacters(in: .whitespacesAndNewlines))
            try tmux(["kill-server"])
            // kill-server has been seen to leave the server running once its client has gone:
            // end it by its id.
            if let server, server > 1 {
                kill(server, SIGKILL)
                // Not this process's child, so it cannot be waited for: ask until it is gone.
                let deadline = Date().addingTimeInterval(5)
                while kill(server, 0) == 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
            }
        } catch {
            Issue.record("could not end the pane's tmux server: \(error)")
        }
    }

    /// Runs one tmux command on this pane's server. Spawned directly, with every descriptor but
    /// 0-2 closed: the server `new-session` starts keeps what its client had, and Foundation's
    /// `Process` learns that a child ended when the descriptors it gave it close, which would be
    /// only when the server did (another test's `protract` included, had it leaked to the server).
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let executable = try #require(Self.tmux)
        let output = socket.deletingLastPathComponent().appendingPathComponent("tmux-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // glibc 2.34's posix_spawn_file_actions_addclosefrom_np, which Swift's Glibc does not show.
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        let symbol = try #require(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np"))
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["COLUMNS"] = nil  // the pane's own width is what is tested
        environment["TERM"] = "xterm-256color"
        let argv = ([executable, "-S", socket.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw TmuxFailed(arguments: arguments, output: "posix_spawn: \(spawned)") }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(20)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw TmuxFailed(arguments: arguments, output: "ran for over 20 s")
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        let text = String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
        // Exited (low 7 bits 0) with status 0.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw TmuxFailed(arguments: arguments, output: text)
        }
        return text
    }

    struct TmuxFailed: Error, CustomStringConvertible {
        var arguments: [String]
        var output: String
        var description: String { "tmux \(arguments.joined(separator: " ")) failed: \(output)" }
    }
}

extension Courses {
    /// A shell command line that runs `protract ARGS...` with this test's data folder.
    func commandLine(_ arguments: [String]) throws -> String {
        let words = ["env", "XDG_DATA_HOME=\(dataHome.path)", "HOME=\(dir.path)", try ProtractBinary.url().path] + arguments
        return words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    }
}
