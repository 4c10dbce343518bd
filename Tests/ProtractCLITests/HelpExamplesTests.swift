import Foundation
import Testing

/// Every command's `--help` on an 80-column terminal: each example stays one line that can be
/// copied, never broken in the middle by the help's own wrapping.
struct HelpExamplesTests {
    /// The subcommands the root help lists (two-space indent, then the name and its abstract).
    static func subcommands() throws -> [String] {
        let root = try ProtractBinary.run(["--help"], environment: ["COLUMNS": "80"])
        #expect(root.status == 0, "\(root)")
        let section = root.stdout.components(separatedBy: "SUBCOMMANDS:\n").last ?? ""
        return section.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
    }

    @Test func everyExampleIsOneWholeLine() throws {
        let commands = try Self.subcommands()
        #expect(commands.count == 14, "\(commands)")
        var examples = 0
        for command in commands {
            let help = try ProtractBinary.run([command, "--help"], environment: ["COLUMNS": "80"])
            #expect(help.status == 0, "\(command): \(help)")
            // ArgumentParser prints the usage line whole, however long; the rest is wrapped.
            let wide = help.stdout.split(separator: "\n").filter { $0.count > 80 && !$0.hasPrefix("USAGE: ") }
            #expect(wide.isEmpty, "\(command): \(wide)")
            guard let block = help.stdout.components(separatedBy: "Examples:\n").dropFirst().first else { continue }
            let lines = block.components(separatedBy: "\n\n")[0].split(separator: "\n")
            examples += lines.count
            for line in lines {
                #expect(line.hasPrefix("  protract "), "\(command): an example was wrapped: '\(line)'")
            }
        }
        #expect(examples >= 20, "only \(examples) example lines found")
    }

    @Test func helpForACommandThatDoesNotExistIsAUsageError() throws {
        let known = try ProtractBinary.run(["help", "log"])
        #expect(known.status == 0 && known.stdout.contains("USAGE: protract log"), "\(known)")
        let typo = try ProtractBinary.run(["help", "lgo"])
        #expect(typo.status == 64, "\(typo)")
        #expect(typo.stdout.isEmpty)
        #expect(typo.stderr.contains("protract: error: no command is called 'lgo'"), "\(typo.stderr)")
        #expect(typo.stderr.contains("did you mean 'log'?"), "\(typo.stderr)")
        #expect(try ProtractBinary.run(["help", "help"]).status == 0)
        let bogus = try ProtractBinary.run(["help", "bogus"])
        #expect(bogus.status == 64 && bogus.stderr.contains("the commands: plan, validate,"), "\(bogus)")
    }
}

