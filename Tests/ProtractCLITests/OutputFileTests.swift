import Foundation
import Testing

/// `plan --output FILE`: written atomically, never over an existing file without `--force` (73).
@Suite struct OutputFileTests {
    @Test func aNewFileIsWrittenAndStdoutStaysEmpty() throws {
        let expected = try PlanRun.plan(PlanRun.fixed).stdout
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(PlanRun.fixed + ["--output", "plan.txt"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("wrote plan.txt: 6 sessions over 2 weeks\n"), "\(result)")
            #expect(try String(contentsOf: dir.appendingPathComponent("plan.txt"), encoding: .utf8) == expected)
            #expect(try PlanRun.listing(dir) == ["plan.txt"], "no temporary file is left")
        }
    }

    @Test func aJSONFileIsWrittenAndParses() throws {
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(PlanRun.fixed + ["--format", "json", "-o", "plan.json"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr == "wrote plan.json: 6 sessions over 2 weeks\n")
            let data = try Data(contentsOf: dir.appendingPathComponent("plan.json"))
            let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(root["format"] as? String == "protract-plan")
        }
    }

    @Test("a file name of 255 bytes is written: its temporary file's name is cut to fit", arguments: [
        String(repeating: "p", count: 251) + ".txt",
        String(repeating: "é", count: 125) + ".txt",
    ])
    func aLongFileNameIsWritten(_ name: String) throws {
        #expect(name.utf8.count >= 254)
        let expected = try PlanRun.plan(PlanRun.fixed).stdout
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(PlanRun.fixed + ["-o", name], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) == expected)
            #expect(try PlanRun.listing(dir) == [name], "no temporary file is left")
            let again = try PlanRun.plan(PlanRun.fixed + ["-o", name, "--force"], in: dir)
            #expect(again.status == 0, "\(again)")
            #expect(try PlanRun.listing(dir) == [name])
        }
    }

    @Test func theCountInTheMessageAgreesWithOneWeek() throws {
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(["upper-back-rehab", "--start", "2026-12-07", "--time-zone", "UTC",
                                           "--weeks", "1", "--output", "plan.txt"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr == "wrote plan.txt: 3 sessions over 1 week\n", "\(result)")
        }
    }

    @Test func dashIsStdout() throws {
        let plain = try PlanRun.plan(PlanRun.fixed)
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(PlanRun.fixed + ["--output", "-"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr == "")
            #expect(result.stdout == plain.stdout)
            #expect(try PlanRun.listing(dir) == [], "no file called '-'")
        }
    }

    @Test func anExistingFileIsNeverReplacedWithoutForce() throws {
        try withTemporaryDirectory { dir in
            let original = Data("my own notes\n\u{0}\u{FF}binary tail".utf8) + Data([0xFF, 0x00, 0x0A])
            // No .txt/.json/.ics extension, so neither --format contradicts the name.
            let file = try dir.write(original, to: "plan.out")
            for format in ["text", "json"] {
                let result = try PlanRun.plan(PlanRun.fixed + ["--format", format, "--output", "plan.out"], in: dir)
                #expect(result.status == 73, "\(result)")
                #expect(result.stdout == "")
                #expect(result.stderr == """
                    protract: error: plan.out already exists; it was not changed
                      help: pass --force to replace it, or choose another --output file

                    """)
                #expect(try Data(contentsOf: file) == original, "the file is unchanged byte for byte")
                #expect(try PlanRun.listing(dir) == ["plan.out"])
            }
        }
    }

    @Test func forceReplacesAnExistingFile() throws {
        let expected = try PlanRun.plan(PlanRun.fixed).stdout
        try withTemporaryDirectory { dir in
            let file = try dir.write("old plan\n", to: "plan.txt")
            let result = try PlanRun.plan(PlanRun.fixed + ["--output", "plan.txt", "--force"], in: dir)
            // Whatever happens, no temporary file may be left behind.
            let after = try PlanRun.listing(dir)
            #expect(after.allSatisfy { $0 == "plan.txt" }, "\(after)")
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr == "wrote plan.txt: 6 sessions over 2 weeks\n", "\(result)")
            #expect(FileManager.default.fileExists(atPath: file.path), "the old file was deleted")
            #expect((try? String(contentsOf: file, encoding: .utf8)) == expected)
            #expect(result.stdout == "")
        }
    }

    @Test func forceWithoutAnExistingFileJustWrites() throws {
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(PlanRun.fixed + ["--output", "plan.txt", "--force"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(try PlanRun.listing(dir) == ["plan.txt"])
        }
    }

    @Test func aMissingFolderExits73() throws {
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(PlanRun.fixed + ["--output", "nowhere/plan.txt"], in: dir)
            #expect(result.status == 73, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("protract: error: the folder "), "\(result)")
            #expect(result.stderr.contains("nowhere does not exist\n  help: create it first\n"), "\(result)")
            #expect(try PlanRun.listing(dir) == [])
        }
    }

    @Test func aFolderAsTheOutputExits73() throws {
        try withTemporaryDirectory { dir in
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("out"), withIntermediateDirectories: false)
            let result = try PlanRun.plan(PlanRun.fixed + ["--output", "out", "--force"], in: dir)
            #expect(result.status == 73, "\(result)")
            #expect(result.stderr == """
                protract: error: out is a directory
                  help: give a file name, such as out/plan.txt

                """)
            #expect(try PlanRun.listing(dir.appendingPathComponent("out")) == [])
            // The example is in the folder, with the format's extension; for 'new', a programme's.
            let ics = try PlanRun.plan(PlanRun.fixed + ["--format", "ics", "--output", "out"], in: dir)
            #expect(ics.stderr.contains("help: give a file name, such as out/plan.ics"), "\(ics)")
            let new = try ProtractBinary.run(["new", "out"], in: dir)
            #expect(new.status == 73 && new.stderr.contains("help: give a file name, such as out/my-programme.yaml"), "\(new)")
        }
    }

    @Test func aFailedWriteLeavesNoTemporaryFile() throws {
        // A read-only folder: the temporary file cannot be created (root can still write, so skip then).
        guard getuid() != 0 else { return }
        try withTemporaryDirectory { dir in
            let locked = dir.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
            let result = try PlanRun.plan(PlanRun.fixed + ["--output", "locked/plan.txt"], in: dir)
            #expect(result.status == 73, "\(result)")
            #expect(result.stderr.hasPrefix("protract: error: could not write locked/plan.txt"), "\(result)")
            #expect(try PlanRun.listing(locked) == [])
        }
    }

    @Test func aFileWhereTheFolderShouldBeExits73AndLeavesNothing() throws {
        try withTemporaryDirectory { dir in
            let blocker = try dir.write("not a folder\n", to: "notes")
            let result = try PlanRun.plan(PlanRun.fixed + ["--output", "notes/plan.txt"], in: dir)
            #expect(result.status == 73, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("protract: error: "), "\(result)")
            #expect(try PlanRun.listing(dir) == ["notes"])
            #expect(try String(contentsOf: blocker, encoding: .utf8) == "not a folder\n")
        }
    }

    @Test func aRefusedPlanWritesNoFile() throws {
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(PlanRun.fixed + ["--symptom", "sharp-pain", "--output", "plan.txt"], in: dir)
            #expect(result.status == 3, "\(result)")
            #expect(result.stdout == "")
            #expect(try PlanRun.listing(dir) == [])
        }
    }
}
