import Foundation
import Testing

/// `protract validate FILE...` end to end: stdout, stderr and the exit code.
@Suite struct ValidateCommandTests {
    @Test func theBuiltInProgrammesAreValid() throws {
        let result = try ProtractBinary.run(["validate", "Programs/upper-back-rehab.yaml", "Programs/exercises.yaml"],
                                            in: ProtractBinary.packageDirectory)
        #expect(result.status == 0, "\(result)")
        #expect(!result.signalled)
        #expect(result.stdout == "ok: 1 programme and 1 catalog valid\n")
        #expect(result.stderr == "")
    }

    @Test func severalGoodFilesGiveOneSummaryLine() throws {
        try withTemporaryDirectory { dir in
            try dir.write(validProgramme, to: "a.yaml")
            try dir.write(validProgramme.replacingOccurrences(of: "id: cli-plan", with: "id: other-plan"), to: "b.yml")
            let result = try ProtractBinary.run(["validate", "a.yaml", "b.yml"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout == "ok: 2 programmes valid\n")
            #expect(result.stderr == "")
        }
    }

    @Test func aBadFileGivesCompilerStyleDiagnosticsAndExit65() throws {
        try withTemporaryDirectory { dir in
            try dir.write(validProgramme.replacingOccurrences(of: "[mon, wed, fri]", with: "[mon, tue]"), to: "bad.yaml")
            let result = try ProtractBinary.run(["validate", "bad.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr == """
                bad.yaml:5:18: error: Mon and Tue are 24 hours apart, less than the 48 hours of rest this programme needs (it allows at most 3 sessions a week)
                    5 | schedule: {days: [mon, tue], time: "07:30", min-rest-hours: 48}
                      |                  ^~~~~~~~~~
                      = in: schedule.days
                      = help: choose days further apart, or lower 'min-rest-hours'
                validate: 1 error in 1 of 1 file

                """)
        }
    }

    @Test func aValueOfTheWrongTypeIsLocated() throws {
        try withTemporaryDirectory { dir in
            try dir.write(validProgramme.replacingOccurrences(of: "weeks: 8", with: "weeks: eight"), to: "bad.yaml")
            let result = try ProtractBinary.run(["validate", "bad.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.hasPrefix("bad.yaml:4:8: error: "), "\(result)")
            #expect(result.stderr.contains("""
                    4 | weeks: eight
                      |        ^~~~~
                      = in: weeks

                """), "\(result)")
        }
    }

    @Test func aDuplicateKeyShowsTheNoteAtTheFirst() throws {
        try withTemporaryDirectory { dir in
            try dir.write(validProgramme.replacingOccurrences(of: "weeks: 8\n", with: "weeks: 8\nweeks: 9\n"), to: "dup.yaml")
            let result = try ProtractBinary.run(["validate", "dup.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.hasPrefix("dup.yaml:5:1: error: duplicate key 'weeks'"), "\(result)")
            #expect(result.stderr.contains("dup.yaml:4:1: note: "), "\(result)")
        }
    }

    @Test func manyErrorsInOneFileAreAllPrinted() throws {
        try withTemporaryDirectory { dir in
            let text = validProgramme
                .replacingOccurrences(of: "id: cli-plan", with: "id: CLI plan")
                .replacingOccurrences(of: "weeks: 8", with: "weeks: 0")
                .replacingOccurrences(of: "[mon, wed, fri]", with: "[mon, wend, fri]")
                .replacingOccurrences(of: "plugin: push-up-progression", with: "plugin: pushup-progression")
                .replacingOccurrences(of: "stop-if: [sharp pain]", with: "stop-if: []")
            try dir.write(text, to: "many.yaml")
            let result = try ProtractBinary.run(["validate", "many.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            let headers = result.stderr.split(separator: "\n").filter { !$0.hasPrefix(" ") }
            #expect(headers == [
                "many.yaml:1:5: error: programme id 'CLI plan' is not kebab-case",
                "many.yaml:4:8: error: 'weeks' must be from 1 to 520, found 0",
                "many.yaml:5:24: error: 'wend' is not a day of the week",
                "many.yaml:10:18: error: no plugin has the id 'pushup-progression'",
                "many.yaml:12:12: error: 'stop-if' must list at least one item",
                "validate: 5 errors in 1 of 1 file",
            ])
        }
    }

    /// A misspelt option of each plugin's block that takes its options from a merge key
    /// (`<<: *warm-up`) gets "did you mean", as it does in a block written out and as an unknown
    /// top-level key does (a coach's trial: `reps-stepp` listed the allowed keys alone).
    @Test(arguments: [
        // The coach's: desk-mobility's second stabilizer block, its own reps-step misspelt.
        ("desk-mobility.yaml", "        reps-step: 1 ", "        reps-stepp: 1", "reps-stepp", "reps-step"),
        ("upper-back-rehab.yaml", "        <<: *warm-up\n", "        <<: *warm-up\n        minutez: 6\n", "minutez", "minutes"),
        ("upper-back-rehab.yaml", "            <<: *push-ups\n", "            <<: *push-ups\n            rest-secondz: 60\n",
         "rest-secondz", "rest-seconds"),
    ])
    func aMisspeltPluginOptionBesideAMergeKeyIsSuggested(
        file: String, written: String, misspelt: String, key: String, meant: String
    ) throws {
        let text = try String(contentsOf: ProtractBinary.programsDirectory.appendingPathComponent(file), encoding: .utf8)
        try #require(text.components(separatedBy: written).count == 2)
        try withTemporaryDirectory { dir in
            try dir.write(text.replacingOccurrences(of: written, with: misspelt), to: "plan.yaml")
            let result = try ProtractBinary.run(["validate", "plan.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.contains("error: unknown key '\(key)'"), "\(result)")
            #expect(result.stderr.contains("      = help: did you mean '\(meant)'?\n"), "\(result)")
        }
    }

    @Test func aMissingFileExits66() throws {
        try withTemporaryDirectory { dir in
            let result = try ProtractBinary.run(["validate", "nope.yaml"], in: dir)
            #expect(result.status == 66, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr == """
                protract: error: cannot read nope.yaml: no such file
                  help: no file in this folder has a name close to 'nope.yaml'; 'protract programmes' lists the built-in programmes, and 'protract new FILE' writes a starter programme
                validate: 1 of 1 file unreadable

                """)
        }
    }

    @Test func aDirectoryExits66() throws {
        try withTemporaryDirectory { dir in
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("folder.yaml"), withIntermediateDirectories: false)
            let result = try ProtractBinary.run(["validate", "folder.yaml"], in: dir)
            #expect(result.status == 66, "\(result)")
            #expect(result.stderr == """
                protract: error: cannot read folder.yaml: it is a directory, not a file
                validate: 1 of 1 file unreadable

                """)
        }
    }

    @Test func aMixOfGoodBadAndMissingReportsEachAndExits66() throws {
        try withTemporaryDirectory { dir in
            try dir.write(validProgramme, to: "good.yaml")
            try dir.write(validProgramme.replacingOccurrences(of: "\"07:30\"", with: "\"25:00\""), to: "bad.yaml")
            let result = try ProtractBinary.run(["validate", "good.yaml", "missing.yaml", "bad.yaml"], in: dir)
            #expect(result.status == 66, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr == """
                protract: error: cannot read missing.yaml: no such file
                  help: no file in this folder has a name close to 'missing.yaml'; 'protract programmes' lists the built-in programmes, and 'protract new FILE' writes a starter programme
                bad.yaml:5:41: error: '25:00' is not a time of day
                    5 | schedule: {days: [mon, wed, fri], time: "25:00", min-rest-hours: 48}
                      |                                         ^~~~~~~
                      = in: schedule.time
                      = help: write a 24-hour time as HH:MM in quotes, such as "07:30"
                validate: 1 error in 1 of 3 files; 1 of 3 files unreadable

                """)
        }
    }

    @Test func aGoodAndABadFileExit65() throws {
        try withTemporaryDirectory { dir in
            try dir.write(validProgramme, to: "good.yaml")
            try dir.write("", to: "empty.yaml")
            let result = try ProtractBinary.run(["validate", "good.yaml", "empty.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr == "empty.yaml:1:1: error: the file is empty\n"
                + "    1 | \n"
                + "      | ^\n"
                + "      = help: a programme needs at least id, title, summary, weeks, schedule, sessions and safety\n"
                + "validate: 1 error in 1 of 2 files\n")
        }
    }

    @Test func aFileOverTheSizeLimitIsInvalidNotMissing() throws {
        try withTemporaryDirectory { dir in
            var data = Data("id: big\nsummary: \"".utf8)
            data.append(Data(repeating: UInt8(ascii: "x"), count: 9_000_000))
            data.append(Data("\"\n".utf8))
            try dir.write(data, to: "big.yaml")
            let result = try ProtractBinary.run(["validate", "big.yaml"], in: dir)
            #expect(result.status == 65, "\(result.status) \(result.stderr)")
            #expect(result.stderr == """
                big.yaml:1:1: error: the file is 9000020 bytes, over the limit of 8388608 bytes
                    1 | id: big
                      | ^
                      = help: a programme file is a few kilobytes and a catalog tens of kilobytes; check that this is the right file
                validate: 1 error in 1 of 1 file

                """)
        }
    }

    @Test func noFilesIsAUsageError() throws {
        let result = try ProtractBinary.run(["validate"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.contains("Missing expected argument"))
    }

    @Test func anAbsolutePathIsShownAsGiven() throws {
        try withTemporaryDirectory { dir in
            let file = try dir.write(validProgramme.replacingOccurrences(of: "weeks: 8", with: "weeks: 0"), to: "abs.yaml")
            let result = try ProtractBinary.run(["validate", file.path])
            #expect(result.status == 65)
            #expect(result.stderr.hasPrefix("\(file.path):4:8: error: 'weeks' must be from 1 to 520, found 0\n"))
        }
    }
}
