import Foundation
import Testing

/// Text that reaches a terminal (issue 10): control characters and text-direction overrides are
/// refused, with their place, in programmes, catalogs, profiles and free-text flags; every text
/// field has a length limit; and nothing a file holds reaches the terminal raw.
@Suite("Text rules end to end")
struct TextRulesTests {
    /// Whether `text` holds a character a terminal acts on (other than line feed).
    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
        }
    }

    /// `validProgramme` with `line` replaced (1-based) by `replacement`.
    static func programme(replacingLine line: Int, with replacement: String) -> String {
        var lines = validProgramme.components(separatedBy: "\n")
        lines[line - 1] = replacement
        return lines.joined(separator: "\n")
    }

    static let ownExercise = """
        exercises:
          - id: wall-angel
            name: Wall angel
            category: stabilizer
            kind: reps
            muscles: [lower trapezius]
            summary: Slide the arms up a wall.
            cues: [keep the back flat]
            short-cue: back flat

        """

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var yaml: String
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "ESC in the title (hides text, sets the title)",
            yaml: programme(replacingLine: 2, with: #"title: "CLI \e]0;pwned\a plan""#),
            expected: """
                plan.yaml:2:8: error: 'title' holds the control character U+001B (ESC) at character 5
                    2 | title: "CLI \\e]0;pwned\\a plan"
                      |        ^~~~~~~~~~~~~~~~~~~~~~~
                      = in: title
                      = help: remove it: text shown in a terminal may not hold control or text-direction characters

                """),
        Case(
            name: "a line break in a one-line summary",
            yaml: programme(replacingLine: 3, with: #"summary: "one\nWEEK 9 forged""#),
            expected: "plan.yaml:3:10: error: 'summary' holds a U+000A (line feed) at character 4"),
        Case(
            name: "a right-to-left override in a safety line",
            yaml: validProgramme.replacingOccurrences(of: "stop-if: [sharp pain]", with: "stop-if: [\"sharp \\u202E pain\"]"),
            expected: "plan.yaml:12:13: error: 'stop-if' item 1 holds the text-direction character U+202E (right-to-left override) at character 7"),
        Case(
            name: "a C1 control in an exercise's cue",
            yaml: validProgramme + ownExercise.replacingOccurrences(of: "[keep the back flat]", with: "[\"keep \\x9B2J flat\"]"),
            expected: "plan.yaml:21:12: error: 'cues' item 1 holds the control character U+009B (CSI) at character 6"),
        Case(
            name: "CR LF in an exercise's name",
            yaml: validProgramme + ownExercise.replacingOccurrences(of: "name: Wall angel", with: #"name: "Wall\r\n    angel""#),
            expected: "plan.yaml:16:11: error: 'name' holds a U+000D (carriage return) at character 5"),
        Case(
            name: "a 301-character short cue",
            yaml: validProgramme + ownExercise.replacingOccurrences(
                of: "short-cue: back flat", with: "short-cue: " + String(repeating: "b", count: 301)),
            expected: "plan.yaml:22:16: error: 'short-cue' is 301 characters long; the most is 300"),
        Case(
            name: "a 121-character session title",
            yaml: programme(replacingLine: 7, with: "  - title: " + String(repeating: "t", count: 121)),
            expected: "plan.yaml:7:12: error: 'title' is 121 characters long; the most is 120"),
        Case(
            name: "a 65-character exercise id",
            yaml: validProgramme + ownExercise.replacingOccurrences(
                of: "id: wall-angel", with: "id: " + String(repeating: "w", count: 65)),
            expected: "plan.yaml:15:9: error: 'id' is 65 characters long; the most is 64"),
    ]

    /// Empty text passed every check (a physiotherapist's trial): a title, a stop rule, a name or a
    /// cue that says nothing. Spaces only are refused as well.
    static let blankCases: [Case] = [
        Case(
            name: "an empty title",
            yaml: programme(replacingLine: 2, with: #"title: """#),
            expected: """
                plan.yaml:2:8: error: 'title' is empty
                    2 | title: ""
                      |        ^~
                      = in: title
                      = help: write the text: an empty text would show nothing in the plan

                """),
        Case(
            name: "a summary of spaces",
            yaml: programme(replacingLine: 3, with: #"summary: "   ""#),
            expected: "plan.yaml:3:10: error: 'summary' holds only spaces\n"),
        Case(
            name: "an empty stop rule",
            yaml: validProgramme.replacingOccurrences(of: "stop-if: [sharp pain]", with: #"stop-if: [sharp pain, ""]"#),
            expected: """
                plan.yaml:12:25: error: 'stop-if' item 2 is empty
                   12 |   stop-if: [sharp pain, ""]
                      |                         ^~
                      = in: safety.stop-if[1]
                      = help: write the text, or remove the item: an empty text would show nothing in the plan

                """),
        Case(
            name: "an exercise's empty name",
            yaml: validProgramme + ownExercise.replacingOccurrences(of: "name: Wall angel", with: #"name: """#),
            expected: "plan.yaml:16:11: error: 'name' is empty\n"),
        Case(
            name: "an exercise's empty cue",
            yaml: validProgramme + ownExercise.replacingOccurrences(of: "[keep the back flat]", with: #"[keep the back flat, " "]"#),
            expected: "plan.yaml:21:32: error: 'cues' item 2 holds only spaces\n"),
    ]

    @Test("validate refuses an empty or blank text with its place and help", arguments: blankCases)
    func validateRefusesBlankText(_ test: Case) throws {
        try validateRefuses(test)
    }

    @Test("validate refuses it with its place, key path and help", arguments: cases)
    func validateRefuses(_ test: Case) throws {
        try withTemporaryDirectory { folder in
            try folder.write(test.yaml, to: "plan.yaml")
            let result = try ProtractBinary.run(["validate", "plan.yaml"], in: folder)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.hasPrefix(test.expected), "\(result)")
            #expect(!Self.hasRawControl(result.stderr) && !Self.hasRawControl(result.stdout), "\(result)")
        }
    }

    @Test("a multi-line description may hold line breaks, up to 2,000 characters")
    func descriptionIsMultiLine() throws {
        try withTemporaryDirectory { folder in
            let ok = validProgramme + "description: |\n  First line.\n\tIndented? no: a tab in a block is text.\n"
            try folder.write(ok.replacingOccurrences(of: "\t", with: "  "), to: "ok.yaml")
            #expect(try ProtractBinary.run(["validate", "ok.yaml"], in: folder).status == 0)
            try folder.write(validProgramme + "description: \"" + String(repeating: "d", count: 2_001) + "\"\n", to: "long.yaml")
            let long = try ProtractBinary.run(["validate", "long.yaml"], in: folder)
            #expect(long.status == 65)
            #expect(long.stderr.contains("long.yaml:14:14: error: 'description' is 2001 characters long; the most is 2000"))
        }
    }

    @Test("a catalog file's exercise with ESC in its name is refused")
    func catalogRefuses() throws {
        try withTemporaryDirectory { folder in
            let catalog = "catalog: Mine\n" + Self.ownExercise.replacingOccurrences(
                of: "name: Wall angel", with: #"name: "Wall \e[8mangel""#)
            try folder.write(catalog, to: "exercises.yaml")
            let result = try ProtractBinary.run(["validate", "exercises.yaml"], in: folder)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.hasPrefix("exercises.yaml:4:11: error: 'name' holds the control character U+001B (ESC)"))
            #expect(result.stderr.contains("= in: exercises[0].name"))
            #expect(!Self.hasRawControl(result.stderr))
        }
    }

    @Test("a profile's name with ESC is refused with its place (65)")
    func profileRefuses() throws {
        try withTemporaryDirectory { folder in
            try folder.write("start: 2026-12-07\nname: \"Sam\\e[2J\"\n", to: "me.yaml")
            let result = try ProtractBinary.run(
                ["plan", "upper-back-rehab", "--profile", "me.yaml", "--time-zone", "Europe/London"], in: folder)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.hasPrefix("me.yaml:2:7: error: 'name' holds the control character U+001B (ESC) at character 4"))
            #expect(result.stdout.isEmpty)
            #expect(!Self.hasRawControl(result.stderr))
        }
    }

    @Test("free-text flags refuse control characters and overlong text (64)", arguments: [
        (["--name", "Sam\u{1B}]0;pwned\u{07}"], "--name holds the control character U+001B (ESC) at character 4"),
        (["--name", "Sam\nWEEK 9"], "--name holds a U+000A (line feed) at character 4"),
        (["--name", String(repeating: "n", count: 101)], "--name is 101 characters long; the most is 100"),
        (["--format", "ics", "--calendar-name", "Cal\u{9B}2J"], "--calendar-name holds the control character U+009B (CSI)"),
        (["--format", "ics", "--calendar-id", String(repeating: "i", count: 65)], "--calendar-id is 65 characters long; the most is 64"),
    ])
    func flagsRefuse(_ flags: [String], _ message: String) throws {
        let result = try ProtractBinary.run(
            ["plan", "upper-back-rehab", "--start", "2026-12-07", "--time-zone", "Europe/London"] + flags)
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains(message), "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(!Self.hasRawControl(result.stderr), "\(result)")
    }

    @Test("a flag's echoed value is shown with visible escapes")
    func echoedFlagsAreEscaped() throws {
        let result = try ProtractBinary.run(["plan", "upper-back-rehab", "--start", "2026\u{1B}[2J"])
        #expect(result.status == 64)
        #expect(result.stderr.contains(#"--start '2026\u{1B}[2J' is not a date"#), "\(result)")
        #expect(!Self.hasRawControl(result.stderr))
        let exercise = try ProtractBinary.run(["exercises", "plank\u{1B}[8m"])
        #expect(exercise.status == 64)
        #expect(exercise.stderr.contains(#"no exercise has the id 'plank\u{1B}[8m'"#), "\(exercise)")
        #expect(!Self.hasRawControl(exercise.stderr))
    }

    @Test("ArgumentParser's own errors quote what was typed with visible escapes", arguments: [
        ["plan", "upper-back-rehab", "--bogus\u{1B}]0;pwned\u{07}"],
        ["plan", "upper-back-rehab", "--weeks", "x\u{1B}[2J"],
        ["no-such-command\u{9B}8m"],
    ])
    func argumentParserErrorsAreEscaped(_ arguments: [String]) throws {
        let result = try ProtractBinary.run(arguments)
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains(#"\u{"#), "\(result)")
        #expect(!Self.hasRawControl(result.stderr), "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test("programmes shows a broken programme's diagnostics without raw control characters")
    func programmesListingIsSafe() throws {
        try withTemporaryDirectory { folder in
            let programs = ProtractBinary.programsDirectory
            try FileManager.default.copyItem(
                at: programs.appendingPathComponent("exercises.yaml"), to: folder.appendingPathComponent("exercises.yaml"))
            try folder.write(Self.programme(replacingLine: 2, with: #"title: "\e[2JCLI plan""#), to: "evil.yaml")
            let result = try ProtractBinary.run(["programmes"], environment: ["PROTRACT_PROGRAMS": folder.path])
            #expect(result.status != 0, "\(result)")
            #expect(result.stderr.contains("evil.yaml:2:8: error: 'title' holds the control character U+001B (ESC)"), "\(result)")
            #expect(!Self.hasRawControl(result.stdout) && !Self.hasRawControl(result.stderr), "\(result)")
        }
    }
}
