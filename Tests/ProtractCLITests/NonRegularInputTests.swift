import Foundation
import Testing

/// Inputs that are not regular files (FIFOs, devices) are refused at once, never waited on; an
/// oversized regular file is invalid input (65) for every kind of file, with fitting help.
@Suite struct NonRegularInputTests {
    static let oneWeek = SpecialOutputFileTests.oneWeek
    static let fifoReason = "it is a FIFO (named pipe), not a regular file; Protract reads only regular files"

    @Test func validateRefusesAFIFO() throws {
        try withTemporaryDirectory { dir in
            try #require(mkfifo(dir.appendingPathComponent("p.yaml").path, 0o600) == 0)
            let result = try ProtractBinary.run(["validate", "p.yaml"], in: dir, timeout: 10)
            #expect(result.status == 66, "\(result)")
            #expect(result.stderr == "protract: error: cannot read p.yaml: \(Self.fifoReason)\nvalidate: 1 of 1 file unreadable\n")
        }
    }

    @Test func planRefusesAFIFOProgramme() throws {
        try withTemporaryDirectory { dir in
            try #require(mkfifo(dir.appendingPathComponent("p.yaml").path, 0o600) == 0)
            let result = try PlanRun.plan(["p.yaml", "--weeks", "1"], in: dir)
            #expect(result.status == 66, "\(result)")
            #expect(result.stderr == "protract: error: cannot read p.yaml: \(Self.fifoReason)\n")
        }
    }

    @Test func planRefusesAFIFOProfile() throws {
        try withTemporaryDirectory { dir in
            try #require(mkfifo(dir.appendingPathComponent("me.yaml").path, 0o600) == 0)
            let result = try PlanRun.plan(Self.oneWeek + ["--profile", "me.yaml"], in: dir)
            #expect(result.status == 66, "\(result)")
            #expect(result.stderr == "protract: error: cannot read the profile me.yaml: \(Self.fifoReason)\n")
        }
    }

    @Test func aDeviceProfileIsRefusedNotRead() throws {
        let result = try PlanRun.plan(Self.oneWeek + ["--profile", "/dev/zero"])
        #expect(result.status == 66, "\(result)")
        #expect(result.stderr == """
            protract: error: cannot read the profile /dev/zero: it is a character device, not a regular file; \
            Protract reads only regular files

            """)
    }

    @Test func aFIFOInTheProgramsFolderIsRefused() throws {
        try withTemporaryDirectory { dir in
            let catalog = try String(
                contentsOf: ProtractBinary.programsDirectory.appendingPathComponent("exercises.yaml"), encoding: .utf8)
            try dir.write(catalog, to: "exercises.yaml")
            try #require(mkfifo(dir.appendingPathComponent("fifo.yaml").path, 0o600) == 0)
            let listed = try ProtractBinary.run(["programmes"], environment: ["PROTRACT_PROGRAMS": dir.path], timeout: 10)
            #expect(listed.status == 66, "\(listed)")
            #expect(listed.stderr.contains("fifo.yaml: \(Self.fifoReason)\n"), "\(listed)")

            try FileManager.default.removeItem(at: dir.appendingPathComponent("exercises.yaml"))
            try #require(mkfifo(dir.appendingPathComponent("exercises.yaml").path, 0o600) == 0)
            let result = try ProtractBinary.run(["programmes"], environment: ["PROTRACT_PROGRAMS": dir.path], timeout: 10)
            #expect(result.status == 66, "\(result)")
            #expect(result.stderr.contains("exercises.yaml: \(Self.fifoReason)\n"), "\(result)")
        }
    }

    @Test func aDanglingLinkIsNamedAsSuch() throws {
        try withTemporaryDirectory { dir in
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("p.yaml").path, withDestinationPath: "gone.yaml")
            let result = try ProtractBinary.run(["validate", "p.yaml"], in: dir)
            #expect(result.status == 66, "\(result)")
            #expect(result.stderr.hasPrefix("protract: error: cannot read p.yaml: it is a symbolic link to a missing file (gone.yaml)\n"))
        }
    }

    /// An oversized regular file: 65 and a located diagnostic, whichever command reads it.
    @Test func anOversizedFileIsInvalidInputEverywhere() throws {
        try withTemporaryDirectory { dir in
            let big = dir.appendingPathComponent("big.yaml")
            try #require(FileManager.default.createFile(atPath: big.path, contents: nil))
            let handle = try FileHandle(forWritingTo: big)
            try handle.write(contentsOf: Data("id: big\n".utf8))
            try handle.truncate(atOffset: 9 * 1024 * 1024)
            try handle.close()
            let runs: [([String], String)] = [
                (["validate", "big.yaml"], "a programme file is a few kilobytes and a catalog tens of kilobytes"),
                (["plan", "big.yaml"], "a programme file is a few kilobytes"),
                (["plan"] + Self.oneWeek + ["--profile", "big.yaml"], "a profile is a few lines"),
            ]
            for (arguments, help) in runs {
                let result = try ProtractBinary.run(arguments, in: dir)
                #expect(result.status == 65, "\(arguments): \(result)")
                #expect(result.stderr.hasPrefix("big.yaml:1:1: error: the file is 9437184 bytes, over the limit of "), "\(result)")
                #expect(result.stderr.contains("= help: \(help)"), "\(arguments): \(result)")
            }
        }
    }
}
