import Foundation
import Testing

/// A journal that cannot be read, locked or written is refused with how to fix it, not the
/// system's error alone (a coach's trial: a folder given to --journal, an immutable folder and an
/// immutable file each got a bare error). The exit statuses stay: 66 unreadable, 73 not written.
@Suite struct JournalPlaceErrorTests {
    /// Makes `url` take no change for the test's run and undoes it after: `chattr +i` for root
    /// (whom permissions do not stop), else mode 0555 on a folder (a file's own mode does not stop
    /// a rename over it, so a non-root run makes its folder read-only instead). False when neither
    /// is possible here (a file system without the immutable flag).
    static func withUnwritable<T>(_ url: URL, isFolder: Bool, _ body: () throws -> T) throws -> T? {
        if getuid() == 0 {
            guard run("/usr/bin/chattr", ["+i", url.path]) else { return nil }
            defer { _ = run("/usr/bin/chattr", ["-i", url.path]) }
            return try body()
        }
        let folder = isFolder ? url : url.deletingLastPathComponent()
        guard chmod(folder.path, 0o555) == 0 else { return nil }
        defer { chmod(folder.path, 0o755) }
        return try body()
    }

    /// Whether `tool ARGS` ran and succeeded.
    static func run(_ tool: String, _ arguments: [String]) -> Bool {
        guard FileManager.default.isExecutableFile(atPath: tool) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test func aFolderGivenAsTheJournalAsksForAFileInIt() throws {
        try Courses.with { courses in
            let folder = courses.dir.appendingPathComponent("jo")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let result = try courses.run(["log", "--journal", folder.path + "/", "--as-planned", "--pain", "1"])
            #expect(result.status == 66, "\(result)")
            #expect(result.stderr == """
                protract: error: cannot read the journal \(folder.path)/: it is a directory, not a file
                  help: a journal is a file: name the course's own file, such as --journal \(folder.path)/NAME.yaml, not its folder

                """, "\(result)")
        }
    }

    @Test func aFolderThatTakesNoLockFileSaysToCheckIt() throws {
        try Courses.with { courses in
            let folder = courses.dir.appendingPathComponent("pat")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let journal = folder.appendingPathComponent("pat.yaml")
            try courses.start(["--journal", journal.path])
            try FileManager.default.removeItem(at: folder.appendingPathComponent(".pat.yaml.lock"))
            let before = try Data(contentsOf: journal)
            let result = try Self.withUnwritable(folder, isFolder: true) {
                try courses.run(["log", "--journal", journal.path, "--as-planned", "--pain", "1", "--today", "2026-12-07"])
            }
            guard let result else { return }
            #expect(result.status == 73, "\(result)")
            #expect(result.stderr.hasPrefix("protract: error: cannot lock the journal \(journal.path): "), "\(result)")
            #expect(result.stderr.contains("""
                  help: the lock is a file Protract makes beside the journal, so its folder must take new files: check \
                the folder's permissions (ls -ld \(folder.path); lsattr -d \(folder.path) shows 'i' for an immutable one), \
                or copy the journal to a folder you can write and pass --journal FILE there

                """), "\(result)")
            #expect(try Data(contentsOf: journal) == before)
        }
    }

    /// A folder that is there but takes no file (/proc) is not said to be missing.
    @Test func aFolderThatIsThereIsNotSaidToBeMissing() throws {
        try Courses.with { courses in
            let result = try courses.run(["start", "upper-back-rehab", "--none", "--journal", "/proc/protract-test.yaml"])
            #expect(result.status == 73, "\(result)")
            #expect(!result.stderr.contains("does not exist"), "\(result)")
            #expect(result.stderr.contains("""
                or choose a journal file in a folder you can write, with --journal FILE

                """), "\(result)")
        }
    }

    @Test func aJournalThatCannotBeWrittenSaysWhatToCheck() throws {
        try Courses.with { courses in
            let folder = courses.dir.appendingPathComponent("pat")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let journal = folder.appendingPathComponent("pat.yaml")
            try courses.start(["--journal", journal.path])
            let before = try Data(contentsOf: journal)
            let result = try Self.withUnwritable(journal, isFolder: false) {
                try courses.run(["log", "--journal", journal.path, "--as-planned", "--pain", "1", "--today", "2026-12-07"])
            }
            guard let result else { return }
            #expect(result.status == 73, "\(result)")
            #expect(result.stderr.hasPrefix("protract: error: could not write the journal \(journal.path): "), "\(result)")
            #expect(result.stderr.contains("; it was not changed\n"), "\(result)")
            #expect(result.stderr.contains("""
                  help: check that the journal and its folder can be written (ls -l \(journal.path); ls -ld \(folder.path); \
                lsattr \(journal.path) shows 'i' for an immutable file), or copy the journal to a folder you can write and \
                pass --journal FILE there

                """), "\(result)")
            #expect(try Data(contentsOf: journal) == before)
        }
    }
}
