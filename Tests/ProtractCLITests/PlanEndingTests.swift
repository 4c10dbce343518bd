import Foundation
import Testing

/// The ending (issue 13): the flagship ends on a retest week, not a deload, and every format says
/// what comes after: the discharge criteria and the maintenance dose.
@Suite struct PlanEndingTests {
    static let flags = ["plan", "upper-back-rehab", "--start", "2026-12-07", "--time-zone", "Europe/London",
                        "--baseline", "push-ups=12", "--none"]

    static func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test func theTextPlanEndsOnARetestWeekAndSaysWhatComesAfter() throws {
        let result = try ProtractBinary.run(Self.flags)
        #expect(result.status == 0, "\(result)")
        let text = result.stdout
        #expect(text.contains("WEEK 8 · Integrate\n"), "the last week is no deload")
        #expect(text.contains("WEEK 5 · Build · deload week\n"))
        let lastWeek = try #require(text.components(separatedBy: "WEEK 8 · Integrate\n").last)
        let monday = try #require(lastWeek.components(separatedBy: "\n\nWed ").first)
        #expect(Self.words(monday).contains("Push-up 1 set to technical failure, tempo 2-1-2, then rest 3 min"))
        #expect(Self.words(monday).contains("or when pain goes above 3/10"), "a rehab test stops at the pain threshold")
        // The ending comes after the progress chart and before the sources.
        let after = try #require(text.range(of: "\nAFTER THE PROGRAMME\nDone with the programme when:\n"))
        let progress = try #require(text.range(of: "\nPROGRESS\n"))
        let sources = try #require(text.range(of: "\nSOURCES\n"))
        #expect(progress.upperBound < after.lowerBound && after.upperBound < sources.lowerBound)
        let ending = Self.words(String(text[after.lowerBound..<sources.lowerBound]))
        #expect(ending.contains("- at the last week's retest, 10 or more full push-ups in one set with good form"))
        #expect(ending.contains("Then keep it up: - 1-2 sessions a week"))
        #expect(Self.words(text).contains("Spiering et al. 2021, J Strength Cond Res 35(5):1449-58"))
        // A longer plan ends on the retest too (deloads every 5 weeks: 5, 10, 15; week 16 tests).
        let long = try ProtractBinary.run(Self.flags + ["--weeks", "16"])
        #expect(long.stdout.contains("WEEK 16 · Integrate\n") && long.stdout.contains("WEEK 15 · Integrate · deload week\n"))
        let week16 = Self.words(try #require(long.stdout.components(separatedBy: "WEEK 16 · Integrate\n").last))
        #expect(week16.contains("1 set to technical failure"))
    }

    @Test func jsonAndTheLastCalendarEventSayItToo() throws {
        let json = try ProtractBinary.run(Self.flags + ["--format", "json"])
        #expect(json.status == 0, "\(json)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let programme = try #require(document["programme"] as? [String: Any])
        let after = try #require(programme["after"] as? [String: [String]])
        #expect(after["discharge"]?.first?.hasPrefix("at the last week's retest, 10 or more full push-ups") == true)
        #expect(after["maintenance"]?.first?.hasPrefix("1-2 sessions a week") == true)

        let ics = try ProtractBinary.run(Self.flags + ["--format", "ics"])
        #expect(ics.status == 0, "\(ics)")
        let events = ics.stdout.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "BEGIN:VEVENT")
            .dropFirst()
        #expect(events.count == 24)
        let withEnding = events.filter { $0.contains("After the programme:") }
        #expect(withEnding.count == 1, "only the last event")
        #expect(events.last?.contains("After the programme:\\nDone with the programme when:\\n- at the last week's retest") == true)
        #expect(events.last?.contains("Then keep it up:\\n- 1-2 sessions a week") == true)
    }

    @Test func aPlanOfAProgrammeWithoutAfterEndsAsBefore() throws {
        let original = try PlanRun.flagshipText()
        let start = try #require(original.range(of: "\nafter:\n"))
        let end = try #require(original.range(of: "\nsources:\n"))
        let without = original.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
        try withTemporaryDirectory { dir in
            let file = try dir.write(without, to: "no-after.yaml")
            let result = try ProtractBinary.run(["plan", file.path] + Array(Self.flags.dropFirst(2)))
            #expect(result.status == 0, "\(result)")
            #expect(!result.stdout.contains("AFTER THE PROGRAMME"))
            let json = try ProtractBinary.run(["plan", file.path, "--format", "json"] + Array(Self.flags.dropFirst(2)))
            #expect(json.stdout.contains("\"after\" : null"))
        }
    }
}
