import Foundation
import Testing

/// Runs the built `protract` executable, as a user would, and captures what it does.
enum ProtractBinary {
    struct NotBuilt: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            "the protract binary was not found next to the tests (searched \(searched.joined(separator: ", "))); "
                + "build it with 'swift build' first"
        }
    }

    struct TimedOut: Error, CustomStringConvertible {
        var arguments: [String]
        var seconds: Double
        var description: String { "protract \(arguments.joined(separator: " ")) ran for over \(seconds) s" }
    }

    /// The package's root folder, found from this file's path.
    static let packageDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ProtractCLITests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The repository's built-in `Programs/` folder.
    static let programsDirectory = packageDirectory.appendingPathComponent("Programs")

    /// The `protract` executable in the build folder the tests run from.
    static func url() throws -> URL {
        var folders: [URL] = []
        // On Linux the test bundle is an executable in the build folder, next to `protract`.
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        // On macOS the bundle is `.build/debug/ProtractPackageTests.xctest`, also next to it.
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("protract")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw NotBuilt(searched: folders.map { $0.appendingPathComponent("protract").path })
    }

    /// What one run did.
    struct Result: CustomStringConvertible {
        /// The exit status, or the signal number when `signalled`.
        var status: Int32
        /// Whether the process died of a signal (a crash or a trap).
        var signalled: Bool
        var stdout: String
        var stderr: String
        var seconds: Double

        var description: String {
            "status \(status)\(signalled ? " (signal)" : ""), \(String(format: "%.2f", seconds)) s\n"
                + "stdout:\n\(stdout)\nstderr:\n\(stderr)"
        }
    }

    /// Runs `protract` with `arguments` in `directory`, with the test's environment plus `environment`
    /// (a nil value removes a variable). Output goes to files, so a large output cannot block the pipe.
    static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String?] = [:], timeout: Double = 20
    ) throws -> Result {
        try execute(try url(), arguments, in: directory, environment: environment, timeout: timeout)
    }

    /// Runs `executable` with the test's environment (without `NO_COLOR` and `COLUMNS`) plus `environment`,
    /// stdin from /dev/null and stdout and stderr captured in files; stops it after `timeout`.
    static func execute(
        _ executable: URL, _ arguments: [String], in directory: URL?, environment: [String: String?], timeout: Double
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        // A width the test's own shell exported would change every wrapped line.
        env["COLUMNS"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("protract-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice

        let start = Date()
        try process.run()
        while process.isRunning {
            if Date().timeIntervalSince(start) > timeout {
                stop(process)
                throw TimedOut(arguments: arguments, seconds: timeout)
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        return Result(
            status: process.terminationStatus,
            signalled: process.terminationReason == .uncaughtSignal,
            stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
            seconds: seconds)
    }
}

extension String {
    /// The text with every run of white space made one space: what a person reads, whatever
    /// width it was wrapped to.
    var flattened: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Ends a process that ran too long: SIGTERM, then SIGKILL. The test runner may ignore SIGTERM,
/// and an ignored signal stays ignored in its children, so SIGTERM alone could wait forever.
func stop(_ process: Process) {
    process.terminate()
    let deadline = Date().addingTimeInterval(2)
    while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
}

/// A fresh folder under the system's temporary directory, removed when `body` returns.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("protract-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
}

extension URL {
    /// Writes `text` to a file in this folder and returns the file's URL.
    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        try write(Data(text.utf8), to: name)
    }

    /// Writes `data` to a file in this folder and returns the file's URL.
    @discardableResult
    func write(_ data: Data, to name: String) throws -> URL {
        let file = appendingPathComponent(name)
        try data.write(to: file)
        return file
    }
}

/// A valid programme for the command-line tests (line 4 is `weeks: 8`).
let validProgramme = """
    id: cli-plan
    title: CLI plan
    summary: A programme for the command-line tests.
    weeks: 8
    schedule: {days: [mon, wed, fri], time: "07:30", min-rest-hours: 48}
    sessions:
      - title: One
        blocks:
          - {plugin: mobility-warmup, minutes: 6}
          - {plugin: push-up-progression, sets: 3}
    safety:
      stop-if: [sharp pain]
      see-a-clinician: [numbness in the arms]

    """
