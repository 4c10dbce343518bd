import Foundation
import Testing

/// Every bad `plan` input: a located error, nothing on stdout, and 64 (flags), 65 (programme or
/// profile file) or 66 (a missing input).
@Suite struct PlanErrorTests {
    // MARK: Flags checked before any file is read (exit 64, the whole of stderr)

    @Test(arguments: [
        (["--weeks", "0"], "--weeks must be from 1 to 520, found 0"),
        (["--weeks", "521"], "--weeks must be from 1 to 520, found 521"),
        (["--start", "tomorrow"], "--start 'tomorrow' is not a date; write YYYY-MM-DD, such as 2026-12-07"),
        (["--start", "2026-13-45"], "--start '2026-13-45' is not a date; write YYYY-MM-DD, such as 2026-12-07"),
        (["--skip", "2026-02-30"], "--skip '2026-02-30' is not a date; write YYYY-MM-DD, or several separated by commas"),
        (["--time", "25:00"], "--time '25:00' is not a time; write HH:MM in 24-hour form, such as 07:30"),
        (["--days", "mon,wed,fryday"], "--days: 'fryday' is not a day; write days such as mon,wed,fri"),
        (["--baseline", "push-ups=abc"], "--baseline 'push-ups=abc' must be KEY=NUMBER, such as push-ups=6"),
        (["--baseline", "push-ups"], "--baseline 'push-ups' must be KEY=NUMBER, such as push-ups=6"),
        (["--symptom", "sharp-pain", "--none"], "--none and --symptom cannot be used together"),
        (["--symptom", "sharp-pain", "--symptom", "sharp-pain"], "--symptom names the same symptom twice; give each once"),
    ])
    func aBadFlagIsAUsageError(flags: [String], message: String) throws {
        let result = try PlanRun.plan(["upper-back-rehab"] + flags)
        #expect(result.status == 64, "\(result)")
        #expect(!result.signalled)
        #expect(result.stdout == "")
        #expect(result.stderr == "protract: error: \(message)\n" + PlanRun.planUsage, "\(result)")
    }

    /// ArgumentParser's own errors speak in Protract's style too: one error prefix everywhere.
    @Test func argumentParsersErrorsUseTheProjectsPrefix() throws {
        let typo = try PlanRun.plan(["upper-back-rehab", "--weeks", "x"])
        #expect(typo.status == 64, "\(typo)")
        #expect(typo.stderr == """
            protract: error: The value 'x' is invalid for '--weeks <n>'
              help: --weeks <n>  Plan length in weeks (default: the programme's).

            """ + PlanRun.planUsage, "\(typo)")
        let unknown = try ProtractBinary.run(["screen", "--bogus"])
        #expect(unknown.status == 64, "\(unknown)")
        #expect(unknown.stderr == "protract: error: Unknown option '--bogus'\n" + PlanRun.screenUsage, "\(unknown)")
        #expect(!unknown.stderr.contains("Error:"))
    }

    // MARK: Flags checked against the programme (exit 64, the message line)

    @Test(arguments: [
        (
            ["--baseline", "push-upz=6"],
            "--baseline push-upz=6: unknown baseline key 'push-upz'\n"
                + "  help: did you mean 'push-ups'? this programme reads plank-seconds, push-ups, knee-push-ups\n"
        ),
        (["--baseline", "push-ups=999"], "--baseline push-ups=999: baseline 'push-ups' must be from 0 to 200, found 999\n"),
        (["--baseline", "push-ups=-1"], "--baseline push-ups=-1: baseline 'push-ups' must be from 0 to 200, found -1\n"),
        (
            ["--days", "mon,tue"],
            "impossible schedule from --days: Mon and Tue are 24 hours apart, less than the 48 hours of rest this "
                + "programme needs (it allows at most 3 sessions a week)\n  see 'protract plan --help'\n"
        ),
        (
            ["--days", "mon,wed,fri,sun"],
            "impossible schedule from --days: Sun and Mon are 24 hours apart, less than the 48 hours of rest this "
                + "programme needs (it allows at most 3 sessions a week)\n  see 'protract plan --help'\n"
        ),
        (
            // The programme's own red flags name the symptoms.
            ["--symptom", "sharp-pian"],
            "unknown symptom 'sharp-pian' (did you mean 'sharp-pain'?); the symptoms are chest-pain, after-accident, "
                + "both-legs, bladder-or-bowel, unsteady-walk, arm-numbness, sudden-weakness, night-pain, "
                + "fever-or-weight-loss, cough-pain, lump-or-swelling, cancer-history, steroids-or-osteoporosis, "
                + "upper-back-pain, new-pain-over-50, sharp-pain, joint-locking, lasting-pain\n  see 'protract plan --help'\n"
        ),
        (
            ["--time-zone", "Europe/Londn"],
            "--time-zone: 'Europe/Londn' is not a known IANA time zone; did you mean 'Europe/London'? "
                + "(write a name such as Europe/London)"
        ),
    ])
    func aFlagTheProgrammeRefusesIsAUsageError(flags: [String], message: String) throws {
        let result = try PlanRun.plan(["upper-back-rehab", "--start", "2026-12-07"] + flags)
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
        if flags[0] == "--time-zone" {
            // Checked with the other flags before the programme is read: ArgumentParser's form.
            #expect(result.stderr.hasPrefix("protract: error: \(message)"), "\(result)")
            #expect(result.stderr.split(separator: "\n").count == 3, "the message and two usage lines: \(result)")
        } else {
            // Checked against the programme while the command runs: Protract's own form, with help.
            #expect(result.stderr.hasPrefix("protract: error: \(message)"), "\(result)")
        }
    }

    /// An error found while the command runs never prints the root command's usage; it names the command.
    @Test(arguments: [
        ["plan", "upper-back-rehab", "--days", "mon,tue"],
        ["plan", "upper-back-rehab", "--baseline", "push-upz=6"],
        ["plan", "upper-back-rehab", "--time-zone", "Mars/Base"],
        ["screen"],
        ["plugins", "xyz"],
    ])
    func aRunTimeUsageErrorShowsTheSubcommandsUsage(arguments: [String]) throws {
        let result = try ProtractBinary.run(arguments)
        #expect(result.status == 64, "\(result)")
        #expect(!result.stderr.contains("usage: protract <subcommand>"), "\(result)")
        #expect(result.stderr.contains("protract \(arguments[0])"), "\(result)")
    }

    // MARK: Missing inputs (exit 66)

    @Test func anUnknownProgrammeIdSuggestsTheNearest() throws {
        let result = try PlanRun.plan(["upper-back-rehb"])
        #expect(result.status == 66, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == """
            protract: error: no built-in programme is called 'upper-back-rehb' and no file has that name
              help: did you mean 'upper-back-rehab'? the built-in programmes are desk-mobility, more-push-ups, upper-back-rehab

            """)
    }

    @Test func aMissingProgrammeFileExits66() throws {
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(["missing.yaml", "--start", "2026-12-07"], in: dir)
            #expect(result.status == 66, "\(result)")
            #expect(result.stdout == "")
            let builtIns = "'protract programmes' lists the built-in programmes, which every command takes by id "
                + "(protract plan upper-back-rehab)\n"
            #expect(result.stderr == "protract: error: cannot read missing.yaml: no such file\n"
                + "  help: no file in this folder has a name close to 'missing.yaml'; " + builtIns)
            let nested = try PlanRun.plan(["./nope/x.yaml"], in: dir)
            #expect(nested.status == 66, "\(nested)")
            #expect(nested.stderr == "protract: error: cannot read ./nope/x.yaml: no such file\n"
                + "  help: there is no folder './nope/'; " + builtIns)
        }
    }

    @Test func aMissingProfileExits66() throws {
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(["upper-back-rehab", "--profile", "me.yaml"], in: dir)
            #expect(result.status == 66, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr == "protract: error: cannot read the profile me.yaml: no such file\n")
        }
    }

    // MARK: Programme file problems (exit 65, FILE:LINE:COL)

    /// `LINE:COL` of the first occurrence of `needle` in `text`, 1-based.
    static func location(of needle: String, onLineWith marker: String, in text: String) throws -> String {
        let lines = text.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains(marker) }, "\(marker) not in the copy")
        let line = lines[index]
        let column = line.distance(from: line.startIndex, to: try #require(line.range(of: needle)).lowerBound) + 1
        return "\(index + 1):\(column)"
    }

    @Test(arguments: [
        (
            "plugin: push-up-progression", "plugin: push-up-progresion", "push-up-progresion",
            "error: no plugin has the id 'push-up-progresion'", "help: did you mean 'push-up-progression'?"
        ),
        (
            "        sets: 3\n", "        sets: three\n", "three",
            "error: expected a whole number for 'sets', found \"three\"", "help: write a whole number, such as 3"
        ),
        (
            "push-up, push-up-plus]", "push-up, plankk]", "plankk",
            "error: no exercise has the id 'plankk'", "help: did you mean 'plank'?"
        ),
        (
            "plugin: stabilizer-strength", "plugin: stabiliser-strength", "stabiliser-strength",
            "error: no plugin has the id 'stabiliser-strength'", "help: did you mean 'stabilizer-strength'?"
        ),
    ])
    func aBadBlockInAProgrammeFileIsLocated(
        old: String, new: String, needle: String, message: String, help: String
    ) throws {
        try withTemporaryDirectory { dir in
            let file = try PlanRun.flagshipCopy(in: dir, name: "bad.yaml", replacing: old, with: new)
            let text = try String(contentsOf: file, encoding: .utf8)
            let marker = new.trimmingCharacters(in: .whitespacesAndNewlines)
            let location = try Self.location(of: needle, onLineWith: marker, in: text)
            let result = try PlanRun.plan(["bad.yaml", "--start", "2026-12-07", "--time-zone", "UTC"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("bad.yaml:\(location): \(message)\n"), "\(result)")
            #expect(result.stderr.contains("= \(help)"), "\(result)")
            #expect(result.stderr.contains("= in: sessions[0].blocks["), "\(result)")
        }
    }

    @Test func aProgrammeErrorWinsOverTheFlagsAndNoOutputIsWritten() throws {
        try withTemporaryDirectory { dir in
            try PlanRun.flagshipCopy(in: dir, name: "bad.yaml", replacing: "        sets: 3\n", with: "        sets: 0\n")
            let result = try PlanRun.plan(["bad.yaml", "--output", "plan.txt"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.hasPrefix("bad.yaml:"), "\(result)")
            #expect(try PlanRun.listing(dir) == ["bad.yaml"])
        }
    }
}
