import Foundation
import Testing

/// A failed write to stdout (`> /dev/full`) exits 73 with the reason on stderr, for every command
/// that prints; a reader that goes away (`| head -1`) ends the command quietly.
@Suite struct StandardOutputErrorTests {
    static let full = "protract: error: could not write to standard output: No space left on device\n"

    static let printingCommands: [String] = [
        "plan upper-back-rehab --start 2026-12-07 --time-zone UTC --weeks 1",
        "plan upper-back-rehab --start 2026-12-07 --time-zone UTC --weeks 1 --format json",
        "plan upper-back-rehab --start 2026-12-07 --time-zone UTC --weeks 1 --format ics",
        "plan upper-back-rehab --start 2026-12-07 --time-zone UTC --weeks 1 -o -",
        "validate \"$PROGRAMS/upper-back-rehab.yaml\"",
        "programmes",
        "exercises",
        "exercises scapular-push-up",
        "plugins",
        "plugins push-up-progression",
        "schema",
        "screen --none",
        "new -",
        "--help",
        "plan --help",
        "--version",
    ]

    @Test(arguments: printingCommands)
    func devFullExits73WithTheReason(command: String) throws {
        try withTemporaryDirectory { dir in
            let script = "PROGRAMS='\(ProtractBinary.programsDirectory.path)'; exec \"$PROTRACT\" \(command) > /dev/full"
            let result = try ShellRun.run(script, in: dir)
            #expect(!result.signalled, "\(result)")
            #expect(result.status == 73, "\(result)")
            #expect(result.stderr.hasSuffix(Self.full), "\(result)")
        }
    }

    @Test func theSameCommandsSucceedOnAWritableStdout() throws {
        // The control for the test above: each command prints and exits 0 when it can write.
        try withTemporaryDirectory { dir in
            for command in Self.printingCommands {
                let script = "PROGRAMS='\(ProtractBinary.programsDirectory.path)'; exec \"$PROTRACT\" \(command)"
                let result = try ShellRun.run(script, in: dir)
                #expect(result.status == 0, "\(command): \(result)")
                #expect(!result.stdout.isEmpty, "\(command) prints to stdout")
            }
        }
    }

    @Test func aRedFlagKeepsItsStatusWhenStdoutFails() throws {
        // The screening answer matters more than the lost text: exit 3 stays 3, with the message.
        try withTemporaryDirectory { dir in
            let result = try ShellRun.run("exec \"$PROTRACT\" screen --symptom night-pain > /dev/full", in: dir)
            #expect(result.status == 3, "\(result)")
            #expect(result.stderr.hasSuffix(Self.full), "\(result)")
        }
    }

    @Test func aClosedStdoutExits73() throws {
        try withTemporaryDirectory { dir in
            let result = try ShellRun.run("exec \"$PROTRACT\" programmes >&-", in: dir)
            #expect(result.status == 73, "\(result)")
            #expect(result.stderr == "protract: error: could not write to standard output: Bad file descriptor\n", "\(result)")
        }
    }

    @Test func aClosedPipeEndsQuietly() throws {
        // 52 weeks of plan is far more than a pipe holds, so protract is still writing when head exits.
        try withTemporaryDirectory { dir in
            let script = """
                "$PROTRACT" plan upper-back-rehab --start 2026-12-07 --time-zone UTC --weeks 52 2>err.txt | head -1
                """
            let result = try ShellRun.run(script, in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.hasPrefix("Push-ups without upper-back pain"), "\(result)")
            #expect(try String(contentsOf: dir.appendingPathComponent("err.txt"), encoding: .utf8) == "", "no message")
        }
    }

    @Test func aFileOutputIsNotAffectedByAFullStdout() throws {
        try withTemporaryDirectory { dir in
            let result = try ShellRun.run(
                "exec \"$PROTRACT\" plan upper-back-rehab --start 2026-12-07 --time-zone UTC --weeks 1 -o plan.txt > /dev/full",
                in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr == "wrote plan.txt: 3 sessions over 1 week\n", "\(result)")
        }
    }
}
