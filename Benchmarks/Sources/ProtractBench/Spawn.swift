import Foundation

/// Starts a program with `posix_spawn` (stdout and stderr to files, /dev/null unless given) and waits for it.
enum Spawn {
    struct Outcome {
        var status: Int32
        var seconds: Double
        /// The child's peak resident memory (ru_maxrss), in bytes.
        var peakBytes: Int = 0
    }

    /// Runs `path` with `arguments`; returns its exit status and the wall time from spawn to exit.
    static func run(_ path: String, _ arguments: [String], stdout: String = "/dev/null", stderr: String = "/dev/null") throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let start = Stopwatch.now()
        let error = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard error == 0 else { throw BenchError("cannot start \(path): error \(error)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let seconds = Stopwatch.now() - start
        let exited = status & 0x7f == 0
        return Outcome(
            status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), seconds: seconds,
            peakBytes: Int(usage.ru_maxrss) * 1024)
    }

    /// The `protract` and `hello-foundation` the build puts next to protract-bench; nil, with a
    /// note that says how to build them, when either is missing.
    static func builtPrograms() -> (protract: String, hello: String)? {
        let folder = URL(fileURLWithPath: selfPath).deletingLastPathComponent()
        let protract = folder.appendingPathComponent("protract").path
        let hello = folder.appendingPathComponent("hello-foundation").path
        let missing = [protract, hello].filter { !FileManager.default.isExecutableFile(atPath: $0) }
        guard missing.isEmpty else {
            Report.note("SKIPPED: not built next to protract-bench: " + missing.joined(separator: ", "))
            Report.note("build them first: swift build -c release --package-path Benchmarks (builds both)")
            return nil
        }
        return (protract, hello)
    }

    /// This executable's path.
    static var selfPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
