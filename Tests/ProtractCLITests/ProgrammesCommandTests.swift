import Foundation
import Testing

/// `protract programmes`, `--help`, and how the binary finds its built-in files.
@Suite struct ProgrammesCommandTests {
    /// Wrapped to the 80 columns of a pipe, each summary in its column.
    static let listing = """
        desk-mobility         6 wk, daily  Desk reset
                                           Ten minutes a day for a stiff upper back:
                                           mobility, chin tucks, wall push-up plus and
                                           prone Y-T-W.
        more-push-ups     8 wk, 3x a week  More push-ups
                                           Test, then climb a push-up ladder with 5 sets
                                           of 8-15 and a retest every 2 weeks.
        upper-back-rehab  8 wk, 3x a week  Push-ups without upper-back pain
                                           Free the upper back, rebuild the
                                           shoulder-blade stabilisers, then the push-up.

        """

    @Test func listsTheBuiltInProgrammes() throws {
        let result = try ProtractBinary.run(["programmes"], in: ProtractBinary.packageDirectory)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == Self.listing)
        #expect(result.stderr == "")
    }

    @Test func findsTheBuiltInFilesFromAnyWorkingDirectory() throws {
        try withTemporaryDirectory { dir in
            let listed = try ProtractBinary.run(["programmes"], in: dir)
            #expect(listed.status == 0, "\(listed)")
            #expect(listed.stdout == Self.listing)

            let root = try ProtractBinary.run(["programmes"], in: URL(fileURLWithPath: "/"))
            #expect(root.status == 0, "\(root)")
            #expect(root.stdout == Self.listing)

            let programme = ProtractBinary.programsDirectory.appendingPathComponent("upper-back-rehab.yaml").path
            let validated = try ProtractBinary.run(["validate", programme], in: dir)
            #expect(validated.status == 0, "\(validated)")
            #expect(validated.stdout == "ok: 1 programme valid\n")
        }
    }

    @Test func protractProgramsChoosesTheFolder() throws {
        try withTemporaryDirectory { dir in
            let catalog = try Data(contentsOf: ProtractBinary.programsDirectory.appendingPathComponent("exercises.yaml"))
            try dir.write(catalog, to: "exercises.yaml")
            try dir.write(validProgramme, to: "cli-plan.yaml")
            let result = try ProtractBinary.run(["programmes"], environment: ["PROTRACT_PROGRAMS": dir.path])
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout == """
                cli-plan  8 wk, 3x a week  CLI plan
                                           A programme for the command-line tests.

                """)
        }
    }

    @Test func protractProgramsPointingAtAFolderWithoutTheCatalogIsAClearError() throws {
        try withTemporaryDirectory { dir in
            let result = try ProtractBinary.run(["programmes"], environment: ["PROTRACT_PROGRAMS": dir.path])
            #expect(result.status == 70, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr == """
                protract: error: PROTRACT_PROGRAMS is set to '\(dir.path)', but that folder has no exercises.yaml
                  help: point PROTRACT_PROGRAMS at Protract's Programs folder, or unset it to use the installed one

                """)
            let missing = dir.appendingPathComponent("no-such-folder").path
            let validate = try ProtractBinary.run(
                ["validate", ProtractBinary.programsDirectory.appendingPathComponent("upper-back-rehab.yaml").path],
                environment: ["PROTRACT_PROGRAMS": missing])
            #expect(validate.status == 70, "\(validate)")
            #expect(validate.stderr.hasPrefix("protract: error: PROTRACT_PROGRAMS is set to '\(missing)'"))
        }
    }

    @Test func aBrokenBuiltInCatalogIsReportedWithItsLocation() throws {
        try withTemporaryDirectory { dir in
            try dir.write("catalog: broken\nexercises: [\n", to: "exercises.yaml")
            let result = try ProtractBinary.run(["programmes"], environment: ["PROTRACT_PROGRAMS": dir.path])
            #expect(result.status == 70, "\(result)")
            let path = dir.appendingPathComponent("exercises.yaml").path
            #expect(result.stderr.hasPrefix("\(path):3:1: error: "), "\(result)")
            #expect(result.stderr.hasSuffix(
                "protract: error: the built-in exercise catalog is invalid; reinstall Protract or fix the file above\n"))
        }
    }

    @Test func helpDocumentsTheExitCodes() throws {
        for arguments in [["--help"], ["validate", "--help"]] {
            let result = try ProtractBinary.run(arguments)
            #expect(result.status == 0, "\(result)")
            let flat = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for code in [
                "Exit codes: 0 ok,", "64 usage error", "65 invalid programme, profile or journal",
                "66 input file missing or unreadable", "70 Protract's built-in files missing", "73 output not written",
            ] {
                #expect(flat.contains(code), "\(arguments) does not mention '\(code)'")
            }
        }
    }

    @Test func anUnknownSubcommandIsAUsageError() throws {
        let result = try ProtractBinary.run(["frobnicate"])
        #expect(result.status == 64, "\(result)")
    }
}
