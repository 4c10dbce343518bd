import Foundation
import Testing

/// Shared inputs and helpers for the `plan`, `screen` and `plugins` end-to-end tests.
enum PlanRun {
    /// A fixed, short flagship plan: no clock and no system time zone involved.
    static let fixed = ["upper-back-rehab", "--start", "2026-12-07", "--time-zone", "Europe/London", "--weeks", "2"]

    /// `protract plan ARGS...`.
    static func plan(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String?] = [:]
    ) throws -> ProtractBinary.Result {
        try ProtractBinary.run(["plan"] + arguments, in: directory, environment: environment, timeout: 60)
    }

    /// The flagship programme's text, from the repository's `Programs/`.
    static func flagshipText() throws -> String {
        try String(
            contentsOf: ProtractBinary.programsDirectory.appendingPathComponent("upper-back-rehab.yaml"), encoding: .utf8)
    }

    /// Writes a copy of the flagship to `dir/name`, with one exact replacement (which must match).
    @discardableResult
    static func flagshipCopy(in dir: URL, name: String = "copy.yaml", replacing old: String? = nil, with new: String = "")
        throws -> URL
    {
        var text = try flagshipText()
        if let old {
            #expect(text.contains(old), "the flagship no longer contains \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try dir.write(text, to: name)
    }

    /// The session headings of a text plan ("Mon 7 Dec · 07:30-07:53 · Stability and push-ups").
    static func sessionHeadings(_ text: String) -> [String] {
        let days = ["Mon ", "Tue ", "Wed ", "Thu ", "Fri ", "Sat ", "Sun "]
        return text.split(separator: "\n").map(String.init).filter { line in
            days.contains { line.hasPrefix($0) } && line.contains(" · ")
        }
    }

    /// The session headings with the end time removed ("Mon 7 Dec · 07:30 · Stability and push-ups"),
    /// so tests do not depend on the duration estimate.
    static func sessionSlots(_ text: String) -> [String] {
        sessionHeadings(text).map { heading in
            var parts = heading.components(separatedBy: " · ")
            if parts.count >= 2, let dash = parts[1].firstIndex(of: "-") { parts[1] = String(parts[1][..<dash]) }
            return parts.joined(separator: " · ")
        }
    }

    /// Every entry of a folder, hidden ones included, sorted.
    static func listing(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    /// The usage lines ArgumentParser prints under a `plan` flag error.
    static let planUsage = """
          usage: protract plan [<options>] [<programme>]
          see 'protract plan --help'

        """

    /// The usage lines under a `screen` flag error.
    static let screenUsage = """
          usage: protract screen [<programme>] [--symptom <name> ...] [--none]
          see 'protract screen --help'

        """

    static let escape = "\u{1B}["
}

/// Runs a command on a pseudo-terminal with util-linux `script`, feeding `input` as typed keys.
enum Terminal {
    static let script = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }

    struct Result: CustomStringConvertible {
        var status: Int32
        /// What the terminal showed (stdout and stderr together, with the echoed input and CR LF line ends).
        var screen: String
        var description: String { "status \(status)\nscreen:\n\(screen)" }
    }

    /// Runs `protract ARGS...` on a terminal in `directory`; `script -e` returns the command's exit code.
    static func run(
        _ arguments: [String], input: String, in directory: URL? = nil, environment: [String: String?] = [:],
        timeout: Double = 60
    ) throws -> Result {
        let script = try #require(Self.script)
        let binary = try ProtractBinary.url()
        let command = ([binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-qec", command, "/dev/null"]
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["TERM"] = "xterm-256color"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("protract-tty-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let out = try FileHandle(forWritingTo: output)
        defer { try? out.close() }
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = out
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let start = Date()
        while process.isRunning {
            if Date().timeIntervalSince(start) > timeout {
                stop(process)
                throw ProtractBinary.TimedOut(arguments: arguments, seconds: timeout)
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.waitUntilExit()
        let screen = String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
            .replacingOccurrences(of: "\r\n", with: "\n")
        return Result(status: process.terminationStatus, screen: screen)
    }
}
