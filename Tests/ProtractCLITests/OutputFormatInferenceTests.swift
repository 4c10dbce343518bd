import Foundation
import Testing

/// Without `--format`, `plan -o FILE` writes the format the extension names (.txt, .json, .ics,
/// any case); a `--format` that contradicts the extension is a usage error (64).
@Suite struct OutputFormatInferenceTests {
    static let oneWeek = SpecialOutputFileTests.oneWeek

    @Test(arguments: [
        ("plan.ics", "BEGIN:VCALENDAR\r\n"), ("PLAN.ICS", "BEGIN:VCALENDAR\r\n"), ("plan.json", "{"), ("plan.Json", "{"),
        ("plan.txt", "Push-ups without upper-back pain"), ("plan.md", "Push-ups without upper-back pain"),
        ("plan", "Push-ups without upper-back pain"), (".ics", "Push-ups without upper-back pain"),
    ])
    func theExtensionChoosesTheFormat(name: String, start: String) throws {
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(Self.oneWeek + ["-o", name], in: dir)
            #expect(result.status == 0, "\(result)")
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            #expect(text.hasPrefix(start), "\(name): \(text.prefix(40))")
        }
    }

    @Test func calendarFlagsWorkWithAnInferredICS() throws {
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(Self.oneWeek + ["-o", "plan.ics", "--reminder", "30m"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(try String(contentsOf: dir.appendingPathComponent("plan.ics"), encoding: .utf8).contains("BEGIN:VALARM"))
        }
    }

    @Test func aMatchingFormatIsFine() throws {
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(Self.oneWeek + ["--format", "json", "-o", "plan.JSON"], in: dir)
            #expect(result.status == 0, "\(result)")
        }
    }

    @Test(arguments: [("json", "plan.ics", "ics"), ("text", "plan.json", "json"), ("ics", "plan.txt", "text")])
    func aClashIsAUsageError(format: String, name: String, named: String) throws {
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(Self.oneWeek + ["--format", format, "-o", name], in: dir)
            #expect(result.status == 64, "\(result)")
            #expect(result.stderr.hasPrefix("""
                protract: error: --format \(format) does not match the output file \(name), which names \(named); \
                drop --format, or use a file name that fits it

                """), "\(result)")
            #expect(try PlanRun.listing(dir) == [])
        }
    }

    @Test func theHelpSaysSo() throws {
        let result = try ProtractBinary.run(["plan", "--help"])
        #expect(result.status == 0)
        let flat = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Output format (default: from the --output file's extension .txt, .json or .ics, else text)."), "\(result)")
    }
}
