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
