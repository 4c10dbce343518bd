import Foundation
import Testing

/// docs/journal.md's synopsis and `start --help` say what `start` takes: `--course` or
/// `--journal`, never both (a coach's trial copied `start … --course NAME --journal FILE` from
/// the synopsis and was refused, `--course and --journal cannot be used together`).
@Suite struct JournalSynopsisTests {
    /// The synopsis: the first code block under "## Commands".
    static func synopsis() throws -> [String] {
        let text = try String(
            contentsOf: ProtractBinary.packageDirectory.appendingPathComponent("docs/journal.md"), encoding: .utf8)
        let commands = try #require(text.components(separatedBy: "## Commands\n").dropFirst().first)
        let block = try #require(commands.components(separatedBy: "```").dropFirst().first)
        return block.split(separator: "\n").map(String.init).filter { $0.hasPrefix("protract ") }
    }

    @Test func theSynopsisGivesTheCourseOrTheJournalNeverBoth() throws {
        let lines = try Self.synopsis()
        #expect(lines.contains { $0.hasPrefix("protract start ") }, "\(lines)")
        for line in lines where line.contains("--course") && line.contains("--journal") {
            #expect(line.contains("[--course NAME | --journal FILE]"), "both at once: '\(line)'")
        }
    }

    @Test func startAsTheSynopsisWritesItWorksWithEitherAndRefusesBoth() throws {
        let start = try #require(try Self.synopsis().first { $0.hasPrefix("protract start ") })
        #expect(start.hasSuffix("[--course NAME | --journal FILE]"), "\(start)")
        try Courses.with { courses in
            let flags = ["start", "upper-back-rehab", "--none"] + Courses.startFlags
            #expect(try courses.run(flags + ["--course", "sam"]).status == 0)
            #expect(try courses.run(flags + ["--journal", "lee.yaml"]).status == 0)
            let both = try courses.run(flags + ["--course", "kim", "--journal", "kim.yaml"])
            #expect(both.status == 64, "\(both)")
            let help = try courses.run(["start", "--help"], environment: ["COLUMNS": "200"])
            #expect(help.stdout.contains("the file given with --journal: one or the other, not both."), "\(help)")
            #expect(help.stdout.contains("--course <name>         The course's name (default: the programme's id); not with --journal."),
                    "\(help)")
            #expect(help.stdout.contains("--journal <file>        Keep the journal in this file instead of the data folder; not with --course."),
                    "\(help)")
        }
    }
}
