import Foundation
import Testing

/// Colour only on a terminal, and never with `NO_COLOR`.
@Suite struct ColourTests {
    static let escape = "\u{1B}["

    @Test(arguments: [["NO_COLOR": "1", "TERM": "xterm-256color"], ["TERM": "xterm-256color"]] as [[String: String?]])
    func pipedOutputHasNoEscapes(environment: [String: String?]) throws {
        try withTemporaryDirectory { dir in
            try dir.write(validProgramme.replacingOccurrences(of: "weeks: 8", with: "weeks: 0"), to: "bad.yaml")
            let bad = try ProtractBinary.run(["validate", "bad.yaml"], in: dir, environment: environment)
            #expect(bad.status == 65)
            #expect(bad.stderr.hasPrefix("bad.yaml:4:8: error: "))
            #expect(!bad.stderr.contains(Self.escape))
            let listed = try ProtractBinary.run(["programmes"], environment: environment)
            #expect(!listed.stdout.contains(Self.escape))
        }
    }

    /// `script` runs the binary on a pseudo-terminal, where colour is allowed unless `NO_COLOR` is set.
    static let script = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: script != nil, "needs util-linux 'script' for a pseudo-terminal"))
    func aTerminalGetsColourUnlessNoColorIsSet() throws {
        let script = try #require(Self.script)
        let binary = try ProtractBinary.url()
        try withTemporaryDirectory { dir in
            try dir.write(validProgramme.replacingOccurrences(of: "weeks: 8", with: "weeks: 0"), to: "bad.yaml")
            func onTerminal(noColor: String?) throws -> String {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: script)
                process.arguments = ["-qec", "'\(binary.path)' validate bad.yaml", "/dev/null"]
                process.currentDirectoryURL = dir
                var env = ProcessInfo.processInfo.environment
                env["TERM"] = "xterm-256color"
                env["NO_COLOR"] = noColor
                process.environment = env
                let pipe = Pipe()
                process.standardOutput = pipe
                process.standardError = FileHandle.nullDevice
                process.standardInput = FileHandle.nullDevice
                try process.run()
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                return String(decoding: data, as: UTF8.self)
            }
            let coloured = try onTerminal(noColor: nil)
            #expect(coloured.contains(Self.escape), "\(coloured)")
            let plain = try onTerminal(noColor: "1")
            #expect(plain.contains("bad.yaml:4:8: error: 'weeks' must be from 1 to 520, found 0"), "\(plain)")
            #expect(!plain.contains(Self.escape), "\(plain)")
        }
    }
}
