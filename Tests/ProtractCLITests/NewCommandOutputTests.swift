import Foundation
import Testing

/// `protract new FILE` goes through the same output rules as `plan -o`, with advice that fits a
/// command that has neither --output nor --force.
@Suite struct NewCommandOutputTests {
    @Test func aFileWhereTheFolderShouldBeGetsAdviceWithoutFlags() throws {
        try withTemporaryDirectory { dir in
            try dir.write("notes\n", to: "notes")
            let result = try ProtractBinary.run(["new", "notes/my-plan.yaml"], in: dir)
            #expect(result.status == 73, "\(result)")
            #expect(result.stderr == """
                protract: error: notes is a file, not a folder
                  help: choose a path inside a folder

                """, "\(result)")
            #expect(!result.stderr.contains("--output"))
        }
    }

    @Test func aDanglingLinkIsNamedAndNotReplaced() throws {
        try withTemporaryDirectory { dir in
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("my-plan.yaml").path, withDestinationPath: "gone.yaml")
            let result = try ProtractBinary.run(["new", "my-plan.yaml"], in: dir)
            #expect(result.status == 73, "\(result)")
            #expect(result.stderr.hasPrefix(
                "protract: error: my-plan.yaml is a symbolic link to a missing file (gone.yaml); it was not changed\n"), "\(result)")
            #expect(!result.stderr.contains("--output"))
            #expect(!result.stderr.contains("--force"))
            #expect(try PlanRun.listing(dir) == ["my-plan.yaml"])
        }
    }

    @Test func theHelpDoesNotOfferFlagsItLacks() throws {
        let result = try ProtractBinary.run(["new", "--help"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("--output"))
        #expect(!result.stdout.contains("--force"))
    }

    @Test func aNewStarterFollowsTheUmask() throws {
        try withTemporaryDirectory { dir in
            let result = try ShellRun.run("umask 077; exec \"$PROTRACT\" new my-plan.yaml", in: dir)
            #expect(result.status == 0, "\(result)")
            var info = stat()
            try #require(stat(dir.appendingPathComponent("my-plan.yaml").path, &info) == 0)
            #expect(info.st_mode & 0o7777 == 0o600)
        }
    }
}
