import Foundation
import Testing

/// A write that is killed or fails leaves no `.NAME.protract-PID.tmp` behind.
///
/// `PROTRACT_TEST_WRITE_DELAY_MS` (test-only) makes protract wait halfway through writing the
/// temporary file and again before moving it into place, so the signal arrives inside the write
/// every time.
@Suite struct TemporaryFileCleanupTests {
    static let oneWeek = SpecialOutputFileTests.oneWeek

    /// Starts `plan -o DIR/plan.txt`, waits for its temporary file, sends `signal`, and returns how
    /// it ended: the signal that ended it (or nil) and whether the temporary file was seen.
    ///
    /// The process is started with posix_spawn and every signal set to its default action: the
    /// test runner may ignore SIGINT or SIGTERM, and an ignored signal stays ignored in protract.
    static func interrupted(by signal: Int32, in dir: URL, extra: [String] = []) throws -> (signal: Int32?, sawTemporary: Bool) {
        let arguments = [try ProtractBinary.url().path, "plan"] + oneWeek + ["-o", dir.appendingPathComponent("plan.txt").path] + extra
        var environment = ProcessInfo.processInfo.environment
        environment["PROTRACT_TEST_WRITE_DELAY_MS"] = "20000"
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t()
        var none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var pid: pid_t = 0
        try #require(posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp) == 0)
        var sawTemporary = false
        let start = Date()
        while Date().timeIntervalSince(start) < 20 {
            if try PlanRun.listing(dir).contains(where: { $0.hasPrefix(".plan.txt.protract-") && $0.hasSuffix(".tmp") }) {
                sawTemporary = true
                break
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        kill(pid, signal)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signalled = status & 0x7F
        return (signalled != 0 && signalled != 0x7F ? signalled : nil, sawTemporary)
    }

    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aSignalDuringTheWriteRemovesTheTemporaryFile(signal: Int32) throws {
        try withTemporaryDirectory { dir in
            let outcome = try Self.interrupted(by: signal, in: dir)
            #expect(outcome.sawTemporary, "the temporary file was being written when the signal came")
            #expect(outcome.signal == signal, "protract still ends by the signal")
            #expect(try PlanRun.listing(dir) == [], "neither the temporary file nor a half plan remains")
        }
    }

    @Test func aSignalDuringForceLeavesTheOldFileAlone() throws {
        try withTemporaryDirectory { dir in
            let file = try dir.write("my old plan\n", to: "plan.txt")
            let outcome = try Self.interrupted(by: SIGTERM, in: dir, extra: ["--force"])
            #expect(outcome.sawTemporary)
            #expect(outcome.signal == SIGTERM)
            #expect(try PlanRun.listing(dir) == ["plan.txt"])
            #expect(try String(contentsOf: file, encoding: .utf8) == "my old plan\n")
        }
    }

    @Test func aFileSizeLimitGivesTheRealReasonAndLeavesNothing() throws {
        // ulimit -f: write(2) fails with EFBIG once the file passes 1 block.
        try withTemporaryDirectory { dir in
            let script = "ulimit -f 1; exec \"$PROTRACT\" plan " + Self.oneWeek.joined(separator: " ") + " -o plan.txt"
            let result = try ShellRun.run(script, in: dir)
            #expect(!result.signalled, "\(result)")
            #expect(result.status == 73, "\(result)")
            #expect(result.stderr == "protract: error: could not write plan.txt: File too large\n", "\(result)")
            #expect(try PlanRun.listing(dir) == [])
        }
    }
}
