import Foundation
import Testing

/// What a phone user's trial read at 40 columns (`COLUMNS=40`, as a terminal that narrow sets
/// it): `plugins` with each id and option key on its own line, `--help` whose own text
/// (the discussion) fits and whose examples paste, and `screen`'s command to copy broken only
/// between arguments with ` \`.
@Suite struct PhoneWidthTextTests {
    static let narrow: [String: String?] = ["COLUMNS": "40"]

    @Test func pluginsListAnIdOnItsOwnLineWhenItAndItsNameDoNotFit() throws {
        let result = try ProtractBinary.run(["plugins"], environment: Self.narrow)
        #expect(result.status == 0, "\(result)")
        let text = result.stdout
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 }, "\(text)")
        #expect(text.contains("mobility-warmup — Mobility warm-up\n  Thoracic mobility"), "\(text)")
        #expect(text.contains("\nstabilizer-strength\n  Stabilizer strength\n  Scapular push-ups"), "\(text)")
        #expect(text.contains("\npush-up-progression\n  Push-up progression\n  One step"), "\(text)")
        #expect(text.contains("  options: minutes, foam-roller, drills,\n    rotate\n"), "\(text)")
    }

    @Test(arguments: ["mobility-warmup", "stabilizer-strength", "push-up-progression"])
    func onePluginStacksItsOptionsAndItsExampleStillPlans(id: String) throws {
        let result = try ProtractBinary.run(["plugins", id], environment: Self.narrow)
        #expect(result.status == 0, "\(result)")
        let text = result.stdout
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 }, "\(text)")
        // Each key on its own line, its type and summary four spaces in: no 20-column text.
        let options = try #require(text.components(separatedBy: "\nOptions:\n").last?.components(separatedBy: "\n\n").first)
        for line in options.split(separator: "\n") {
            let indent = line.prefix { $0 == " " }.count
            #expect(indent == 2 && !line.dropFirst(2).contains(" ") || indent == 4, "'\(line)' in \(options)")
        }
        // The example block, in block style where a flow list was too wide, plans as the wide one does.
        let example = try #require(text.components(separatedBy: "\nExample block:\n").last)
        let block = example.split(separator: "\n").map { String(repeating: " ", count: 6) + $0.dropFirst(2) }
            .joined(separator: "\n")
        let blocks = "      - {plugin: mobility-warmup, minutes: 6}\n      - {plugin: push-up-progression, sets: 3}"
        let programme = validProgramme.replacingOccurrences(of: blocks, with: block)
        #expect(programme.contains("plugin: \(id)"))
        try withTemporaryDirectory { dir in
            try dir.write(programme, to: "example.yaml")
            let planned = try PlanRun.plan(["example.yaml", "--start", "2026-12-07", "--time-zone", "UTC", "--weeks", "1"], in: dir)
            #expect(planned.status == 0, "\(planned)\n\(programme)")
        }
    }

    /// The wide layout is kept where it fits: the key column at 80.
    @Test func pluginsKeepTheirColumnsWhereTheyFit() throws {
        let result = try ProtractBinary.run(["plugins", "push-up-progression"], environment: ["COLUMNS": "80"])
        #expect(result.stdout.hasPrefix("push-up-progression — Push-up progression\n"), "\(result)")
        #expect(result.stdout.contains("\n  sets              whole number, 1 to 6 (default: 3)\n"), "\(result)")
    }

    /// Every command's discussion at 40 and 60 columns: each line narrower than the width, so
    /// that ArgumentParser's own wrapping leaves it; every example pastes as the command it was.
    @Test(arguments: [40, 60])
    func helpTextFitsAndItsExamplesPaste(width: Int) throws {
        let commands = try HelpExamplesTests.subcommands()
        for command in [nil] + commands.map(Optional.some) {
            let arguments = (command.map { [$0] } ?? []) + ["--help"]
            let help = try ProtractBinary.run(arguments, environment: ["COLUMNS": "\(width)"])
            #expect(help.status == 0, "\(arguments): \(help)")
            // The text before USAGE is Protract's; the usage and the option columns ArgumentParser's.
            let own = help.stdout.components(separatedBy: "\nUSAGE: ").first ?? ""
            let wide = own.split(separator: "\n").filter { $0.count >= width }
            #expect(wide.isEmpty, "\(arguments) at \(width): \(wide)")
            guard let block = own.components(separatedBy: "Examples:\n").dropFirst().first else { continue }
            var example: [Substring] = []
            for line in block.components(separatedBy: "\n\n")[0].split(separator: "\n") {
                if line.hasPrefix("  protract ") { example = [] }
                // A comment, on a line of its own or after the command, is not part of it.
                if line.hasPrefix("    (") { continue }
                let command = line.components(separatedBy: "   (").first ?? ""
                example.append(Substring(command))
                #expect(!line.hasSuffix("--days \\") && !line.hasSuffix(" -o \\"), "\(arguments): \(line)")
                guard !line.hasSuffix(" \\") else { continue }
                let joined = example.joined(separator: " ").replacingOccurrences(of: " \\ ", with: " ")
                    .split(separator: " ").joined(separator: " ")
                let wideHelp = try ProtractBinary.run(arguments, environment: ["COLUMNS": "200"])
                #expect(wideHelp.stdout.contains(joined), "\(arguments) at \(width): '\(joined)' is not an example at 200")
            }
        }
    }

    /// Help is laid out only when asked for (every command reads every command's configuration,
    /// and laying them all out cost each run about 20 M instructions): each way of asking gets
    /// the same laid-out text, and no line is as wide as the 40 columns.
    @Test func everyWayOfAskingForHelpGetsItLaidOut() throws {
        let asked = try ProtractBinary.run(["plan", "--help"], environment: Self.narrow)
        #expect(asked.status == 0, "\(asked)")
        for arguments in [["help", "plan"], ["plan", "-h"]] {
            let other = try ProtractBinary.run(arguments, environment: Self.narrow)
            #expect(other.stdout == asked.stdout, "\(arguments): \(other)")
        }
        let discussion = asked.stdout.components(separatedBy: "USAGE:")[0]
        #expect(discussion.split(separator: "\n").allSatisfy { $0.count < 40 }, "\(discussion)")
        #expect(discussion.contains("\n  protract plan upper-back-rehab \\\n"), "an example broken between arguments: \(discussion)")
    }

    /// Below 60 columns ArgumentParser's lists (its description column starts at column 26, 14
    /// characters a line at 40) are laid out again: each description under its label, wrapped to
    /// the full width, and the usage line broken between its groups. Nothing is lost: the words
    /// after the usage line are those of the help at 200 columns, in the same order.
    @Test(arguments: ["", "plan", "start", "log", "next", "progress", "courses", "validate", "programmes", "plugins",
                      "screen", "exercises", "new", "schema"])
    func everyCommandsOptionsReadAtAPhonesWidth(command: String) throws {
        let arguments = command.isEmpty ? ["--help"] : [command, "--help"]
        let wide = try ProtractBinary.run(arguments, environment: ["COLUMNS": "200"])
        #expect(wide.status == 0, "\(wide)")
        func words(_ help: String) -> [Substring] {
            help.components(separatedBy: "\nUSAGE:")[1].split(whereSeparator: { $0 == " " || $0 == "\n" })
        }
        for width in [40, 44, 52, 59] {
            let narrow = try ProtractBinary.run(arguments, environment: ["COLUMNS": "\(width)"])
            #expect(narrow.status == 0, "\(narrow)")
            let lists = narrow.stdout.components(separatedBy: "\nUSAGE:")[1]
            #expect(lists.split(separator: "\n").allSatisfy { $0.count <= width }, "\(width): \(lists)")
            #expect(words(narrow.stdout) == words(wide.stdout), "\(width): \(lists)")
            #expect(lists.contains("\n  -h, --help\n      Show help information.\n"), "\(width): \(lists)")
        }
        // From 60 columns on, ArgumentParser's own columns.
        let sixty = try ProtractBinary.run(arguments, environment: ["COLUMNS": "60"])
        #expect(sixty.stdout.contains("\n  -h, --help              Show help information.\n"), "\(sixty)")
    }

    @Test func screenBreaksItsCommandBetweenArguments() throws {
        let result = try ProtractBinary.run(["screen", "upper-back-rehab", "--none"], environment: Self.narrow)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("""
            No red flags. Begin the plan with:
              protract start upper-back-rehab \\
                --none --baseline push-ups=N
            """), "\(result.stdout)")
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 40 }, "\(result.stdout)")
        // In a pipe without COLUMNS, one line to copy.
        let piped = try ProtractBinary.run(["screen", "upper-back-rehab", "--none"])
        #expect(piped.stdout.contains("\n  protract start upper-back-rehab --none --baseline push-ups=N\n"), "\(piped.stdout)")
    }

    /// A programme file whose name has a space is quoted in the command, so that it runs as printed.
    @Test func screenQuotesAProgrammeFileWithASpace() throws {
        try withTemporaryDirectory { dir in
            try dir.write(validProgramme, to: "my plan.yaml")
            let result = try ProtractBinary.run(["screen", "my plan.yaml", "--none"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.contains("  protract start 'my plan.yaml' --none"), "\(result.stdout)")
        }
    }
}
