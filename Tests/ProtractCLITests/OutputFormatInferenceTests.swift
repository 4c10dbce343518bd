import Foundation
import Testing

/// Without `--format`, `plan -o FILE` writes the format the extension names (.txt, .json, .ics,
/// .html or .htm, any case); a `--format` that contradicts the extension is a usage error (64).
@Suite struct OutputFormatInferenceTests {
    static let oneWeek = SpecialOutputFileTests.oneWeek

    @Test(arguments: [
        ("plan.ics", "BEGIN:VCALENDAR\r\n"), ("PLAN.ICS", "BEGIN:VCALENDAR\r\n"), ("plan.json", "{"), ("plan.Json", "{"),
        ("plan.txt", "Push-ups without upper-back pain"), ("plan.md", "Push-ups without upper-back pain"),
        ("plan", "Push-ups without upper-back pain"), (".ics", "Push-ups without upper-back pain"),
        ("plan.html", "<!DOCTYPE html>\n<html lang=\"en\">"), ("PLAN.HTM", "<!DOCTYPE html>\n"), ("plan.Html", "<!DOCTYPE html>\n"),
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

    @Test(arguments: [
        ("json", "plan.ics", "ics"), ("text", "plan.json", "json"), ("ics", "plan.txt", "text"), ("html", "plan.txt", "text"),
        ("text", "plan.html", "html"), ("ics", "plan.htm", "html"),
    ])
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

    /// `--format html` to stdout and `-o FILE.html` write the same self-contained page.
    @Test func htmlGoesToStdoutOrAFile() throws {
        try withTemporaryDirectory { dir in
            let toFile = try PlanRun.plan(Self.oneWeek + ["-o", "handout.html"], in: dir)
            #expect(toFile.status == 0, "\(toFile)")
            #expect(toFile.stderr.contains("wrote handout.html: "), "\(toFile)")
            let file = try String(contentsOf: dir.appendingPathComponent("handout.html"), encoding: .utf8)
            let toStdout = try PlanRun.plan(Self.oneWeek + ["--format", "html"], in: dir)
            #expect(toStdout.status == 0, "\(toStdout)")
            #expect(toStdout.stdout == file)
            #expect(file.hasSuffix("</html>\n"))
            #expect(file.contains("<section id=\"safety\" class=\"safety\">"))
            #expect(!file.contains("<script"))
        }
    }

    /// The handout is read on paper, maybe by someone who never runs Protract: its screening line
    /// names no command, and a retest has a line to write its count on (a physiotherapist's trial:
    /// "'protract screen …' asks them, or plan with --none", and no place for the count). The
    /// retest's note says to write the count down, and gives `log --retest` only to a person who
    /// keeps the log in Protract (a trial's paper said "Log the count ('protract log --retest N')");
    /// the text plan keeps the command.
    @Test func theHandoutSpeaksToItsReaderAndHasRoomForTheRetestCount() throws {
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(
                ["upper-back-rehab", "--start", "2026-12-07", "--time-zone", "UTC", "--baseline", "push-ups=6", "--format", "html"],
                in: dir)
            #expect(result.status == 0, "\(result)")
            let page = result.stdout
            #expect(page.contains("<dd>not done: go through the red flags below before you start; if any applies, see a clinician first</dd>"))
            #expect(!page.contains("protract screen"))
            #expect(page.components(separatedBy: "<span class=\"count\">Count: <span class=\"write\"></span> reps</span>").count == 2,
                    "the flagship's one retest, in week 8")
            #expect(!page.contains("Log the count"))
            // Hyphenated words are in spans that do not wrap (`<span class="whole">push-ups</span>`).
            let words = page.replacingOccurrences(of: "<span class=\"whole\">", with: "").replacingOccurrences(of: "</span>", with: "")
            #expect(words.contains("before the working sets. Write the count down (if you keep your log in Protract: "
                + "protract log --retest N); knee push-ups convert:"))
            let text = try PlanRun.plan(["upper-back-rehab", "--start", "2026-12-07", "--time-zone", "UTC"], in: dir)
            #expect(text.stdout.contains("'protract screen upper-back-rehab' asks them"), "the terminal keeps the command")
            #expect(text.stdout.flattened.contains("Log the count ('protract log --retest N')"), "the terminal keeps the command")
        }
    }

    /// Calendar flags are for a calendar only.
    @Test func calendarFlagsAreRefusedWithHTML() throws {
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(Self.oneWeek + ["-o", "plan.html", "--reminder", "30m"], in: dir)
            #expect(result.status == 64, "\(result)")
            #expect(result.stderr.contains("--reminder, --calendar-name, --all-day, --calendar-id and --no-cancelled go with --format ics"))
            #expect(try PlanRun.listing(dir) == [])
        }
    }

    @Test func theHelpSaysSo() throws {
        let result = try ProtractBinary.run(["plan", "--help"])
        #expect(result.status == 0)
        let flat = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Output format (default: from the --output file's extension .txt, .json, .ics or .html, else text)."), "\(result)")
    }
}
