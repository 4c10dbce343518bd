import Foundation
import Testing

/// `--force` keeps the replaced file's mode, owner and hard links; new files follow the umask.
@Suite struct OutputFilePermissionTests {
    static let oneWeek = SpecialOutputFileTests.oneWeek

    static func status(_ url: URL) throws -> stat {
        var info = stat()
        try #require(stat(url.path, &info) == 0)
        return info
    }

    @Test func forceKeepsThePrivateMode() throws {
        let expected = try PlanRun.plan(Self.oneWeek).stdout
        try withTemporaryDirectory { dir in
            let file = try dir.write("old plan\n", to: "plan.txt")
            try #require(chmod(file.path, 0o600) == 0)
            let result = try PlanRun.plan(Self.oneWeek + ["-o", "plan.txt", "--force"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(try Self.status(file).st_mode & 0o7777 == 0o600)
            #expect(try String(contentsOf: file, encoding: .utf8) == expected)
            #expect(try PlanRun.listing(dir) == ["plan.txt"])
        }
    }

    @Test func forceKeepsTheOwner() throws {
        // Only root can give a file to someone else; anyone else owns what they replace anyway.
        guard getuid() == 0 else { return }
        try withTemporaryDirectory { dir in
            let file = try dir.write("old plan\n", to: "plan.txt")
            try #require(chown(file.path, 1234, 5678) == 0)
            try #require(chmod(file.path, 0o640) == 0)
            let result = try PlanRun.plan(Self.oneWeek + ["-o", "plan.txt", "--force"], in: dir)
            #expect(result.status == 0, "\(result)")
            let info = try Self.status(file)
            #expect(info.st_uid == 1234)
            #expect(info.st_gid == 5678)
            #expect(info.st_mode & 0o7777 == 0o640)
        }
    }

    @Test func forceRewritesAHardLinkedFileInPlace() throws {
        let expected = try PlanRun.plan(Self.oneWeek + ["--format", "json"]).stdout
        try withTemporaryDirectory { dir in
            let file = try dir.write("old plan\n", to: "plan.json")
            let other = dir.appendingPathComponent("backup.json")
            try #require(link(file.path, other.path) == 0)
            try #require(chmod(file.path, 0o604) == 0)
            let before = try Self.status(file)
            let result = try PlanRun.plan(Self.oneWeek + ["-o", "plan.json", "--force"], in: dir)
            #expect(result.status == 0, "\(result)")
            let after = try Self.status(file)
            #expect(after.st_ino == before.st_ino, "the same file, not a new one")
            #expect(after.st_nlink == 2, "both links remain")
            #expect(after.st_mode & 0o7777 == 0o604)
            #expect(try String(contentsOf: other, encoding: .utf8) == expected, "the other link sees the new plan")
            #expect(try String(contentsOf: file, encoding: .utf8) == expected)
            #expect(try PlanRun.listing(dir) == ["backup.json", "plan.json"])
        }
    }

    @Test(arguments: [("077", 0o600), ("022", 0o644), ("027", 0o640)] as [(String, mode_t)])
    func aNewFileFollowsTheUmask(umask: String, mode: mode_t) throws {
        try withTemporaryDirectory { dir in
            let script = "umask \(umask); exec \"$PROTRACT\" plan " + Self.oneWeek.joined(separator: " ") + " -o plan.txt"
            let result = try ShellRun.run(script, in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(try Self.status(dir.appendingPathComponent("plan.txt")).st_mode & 0o7777 == mode)
        }
    }
}
