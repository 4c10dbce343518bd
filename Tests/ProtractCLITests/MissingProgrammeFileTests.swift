import Foundation
import Testing

/// A programme file that is not there gets a `help:` line, as a misspelt built-in id does (a
/// physiotherapist's trial: `protract plan missing.yaml` said only "cannot read missing.yaml: no
/// such file"): the nearest file name in its folder, else where the built-in programmes are listed.
@Suite struct MissingProgrammeFileTests {
    @Test(arguments: [
        ["plan", "my-plan.yaml", "--none"],
        ["start", "my-plan.yaml", "--none"],
        ["screen", "my-plan.yaml"],
        ["exercises", "--programme", "my-plan.yaml"],
        ["validate", "my-plan.yaml"],
        ["schema", "--programme", "my-plan.yaml"],
    ])
    func aNearFileNameIsSuggested(arguments: [String]) throws {
        try withTemporaryDirectory { dir in
            try dir.write(validProgramme, to: "my-plan.yml")
            try dir.write(validProgramme, to: "other.yaml")
            let result = try ProtractBinary.run(arguments, in: dir)
            #expect(result.status == 66, "\(result)")
            #expect(result.stderr.hasPrefix("protract: error: cannot read my-plan.yaml: no such file\n"
                + "  help: did you mean 'my-plan.yml'?\n"), "\(result)")
        }
    }

    @Test func theFolderWrittenIsKeptInTheSuggestion() throws {
        try withTemporaryDirectory { dir in
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("plans"), withIntermediateDirectories: true)
            try dir.write(validProgramme, to: "plans/my-plan.yml")
            let result = try ProtractBinary.run(["plan", "plans/my-plan.yaml", "--none"], in: dir)
            #expect(result.stderr.contains("  help: did you mean 'plans/my-plan.yml'?\n"), "\(result)")
        }
    }

    @Test func withNoNearNameTheHelpSaysWhereTheBuiltInsAreListed() throws {
        try withTemporaryDirectory { dir in
            try dir.write(validProgramme, to: "my-plan.yaml")
            let plan = try ProtractBinary.run(["plan", "missing.yaml", "--none"], in: dir)
            #expect(plan.status == 66, "\(plan)")
            #expect(plan.stderr == "protract: error: cannot read missing.yaml: no such file\n"
                + "  help: no file in this folder has a name close to 'missing.yaml'; 'protract programmes' lists the "
                + "built-in programmes, which every command takes by id (protract plan upper-back-rehab)\n", "\(plan)")
            let validate = try ProtractBinary.run(["validate", "missing.yaml"], in: dir)
            #expect(validate.status == 66, "\(validate)")
            #expect(validate.stderr.hasPrefix("protract: error: cannot read missing.yaml: no such file\n"
                + "  help: no file in this folder has a name close to 'missing.yaml'; 'protract programmes' lists the "
                + "built-in programmes, and 'protract new FILE' writes a starter programme\n"), "\(validate)")
            let noFolder = try ProtractBinary.run(["plan", "nowhere/my-plan.yaml", "--none"], in: dir)
            #expect(noFolder.stderr.contains("  help: there is no folder 'nowhere/'; 'protract programmes' lists"), "\(noFolder)")
        }
    }
}

/// A course started from a programme file that has since moved: what helps is said once (a coach's
/// trial saw the generic "no such folder; 'protract programmes' lists the built-in programmes"
/// four times), naming the file the course was started from and the journal that keeps its path;
/// the entry is still saved, and the journal edited as the help says plans the course again.
@Suite struct MovedCourseProgrammeTests {
    @Test func theHelpIsSaidOnceAndTheEntryIsKept() throws {
        try Courses.with { courses in
            let folder = courses.dir.appendingPathComponent("jo files")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let programme = folder.appendingPathComponent("jo-desk.yaml")
            try FileManager.default.copyItem(
                at: ProtractBinary.programsDirectory.appendingPathComponent("desk-mobility.yaml"), to: programme)
            let journal = courses.dir.appendingPathComponent("jo.yaml").path
            let started = try courses.run(["start", programme.path, "--none", "--start", "2027-01-04", "--journal", journal])
            #expect(started.status == 0, "\(started)")
            try courses.log(["--journal", journal, "--as-planned", "--pain", "1", "--today", "2027-01-04"])
            let moved = courses.dir.appendingPathComponent("moved")
            try FileManager.default.moveItem(at: folder, to: moved)

            let error = "protract: error: cannot read the course's programme \(programme.path): no such file\n"
                + "  help: the course was started from \(programme.path); put the file back there, or, if it has "
                + "moved, write its new absolute path as 'file:' under 'programme:' in the journal \(journal)\n"
            let logged = try courses.run(["log", "--journal", journal, "--as-planned", "--pain", "1", "--today", "2027-01-05"])
            #expect(logged.status == 66, "\(logged)")
            #expect(logged.stdout == "logged Tue 5 Jan 2027: as planned; pain 1/10 (desk-mobility: 2 sessions logged)\n", "\(logged)")
            #expect(logged.stderr == error + "protract: the session is saved in the journal, but the course's plan cannot be "
                + "rebuilt until the problem above is fixed; 'protract plan --journal \(journal)' shows it again\n", "\(logged)")
            #expect(try String(contentsOfFile: journal, encoding: .utf8).contains("- date: 2027-01-05"))

            let morning = try courses.run(["log", "--journal", journal, "--morning", "1", "--today", "2027-01-06"])
            #expect(morning.status == 66, "\(morning)")
            #expect(morning.stderr.components(separatedBy: "protract: error:").count == 2, "said once: \(morning)")
            #expect(morning.stderr.hasPrefix(error), "\(morning)")

            // The help's way out: the journal's 'file:' edited by hand to where the file is now.
            let text = try String(contentsOfFile: journal, encoding: .utf8)
            try text.replacingOccurrences(of: "file: \(programme.path)", with: "file: \(moved.path)/jo-desk.yaml")
                .write(toFile: journal, atomically: true, encoding: .utf8)
            let next = try courses.run(["next", "--journal", journal, "--today", "2027-01-06"])
            #expect(next.status == 0, "\(next)")
            #expect(next.stderr.isEmpty, "\(next)")
        }
    }
}
