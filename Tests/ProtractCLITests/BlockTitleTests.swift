import Foundation
import Testing

/// Issue 14: a block's own `title` replaces its plugin's heading, and a session template's
/// `notes` go with every session made from it, in every format.
@Suite struct BlockTitleTests {
    static let programme = """
        id: title-notes
        title: Titles and notes
        summary: A test.
        weeks: 1
        schedule: {days: [mon, thu], time: "18:00", min-rest-hours: 48}
        sessions:
          - title: Upper back
            notes: [bring a chair]
            blocks:
              - {plugin: mobility-warmup, minutes: 6}
              - {plugin: stabilizer-strength, title: Neck, exercises: [chin-tuck]}
              - {plugin: stabilizer-strength, title: Shoulder blades, exercises: [prone-y-t-w]}
        safety:
          stop-if: [sharp pain]
          see-a-clinician: [numbness in the arms]

        """

    @Test func twoBlocksOfOnePluginShowTheirOwnTitlesAndTheSessionItsNotes() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.programme, to: "plan.yaml")
            let base = ["plan", "plan.yaml", "--start", "2026-12-07", "--time-zone", "UTC", "--none"]
            let text = try ProtractBinary.run(base, in: dir)
            #expect(text.status == 0, "\(text)")
            #expect(text.stdout.contains("\n  Note: bring a chair\n"), "\(text.stdout)")
            #expect(text.stdout.contains("\n  Neck\n    Chin tuck "), "\(text.stdout)")
            #expect(text.stdout.contains("\n  Shoulder blades\n    Prone Y-T-W raise "), "\(text.stdout)")
            #expect(!text.stdout.contains("\n  Stabilizers\n"))

            let json = try ProtractBinary.run(base + ["--format", "json"], in: dir)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let sessions = ((document["weeks"] as? [[String: Any]]) ?? []).flatMap { ($0["sessions"] as? [[String: Any]]) ?? [] }
            #expect(sessions.count == 2)
            for session in sessions {
                #expect((session["notes"] as? [String])?.contains("bring a chair") == true)
                let titles = ((session["blocks"] as? [[String: Any]]) ?? []).compactMap { $0["title"] as? String }
                #expect(titles == ["Warm-up", "Neck", "Shoulder blades"])
            }
            let ics = try ProtractBinary.run(base + ["--format", "ics"], in: dir)
            let unfolded = ics.stdout.replacingOccurrences(of: "\r\n ", with: "")
            #expect(unfolded.contains("Note: bring a chair\\n"), "\(unfolded.prefix(2000))")
            #expect(unfolded.contains("\\nNeck\\n- Chin tuck"), "\(unfolded.prefix(2000))")
        }
    }

    @Test func aTitleThatIsNotOneLineOfTextIsRefusedWhereItIsWritten() throws {
        try withTemporaryDirectory { dir in
            let bad = Self.programme.replacingOccurrences(of: "title: Neck,", with: "title: [Neck],")
                .replacingOccurrences(of: "notes: [bring a chair]", with: "notes: bring a chair")
            try dir.write(bad, to: "plan.yaml")
            let result = try ProtractBinary.run(["validate", "plan.yaml"], in: dir)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.contains("plan.yaml:8:12: error:"), "the notes, where written: \(result.stderr)")
            #expect(result.stderr.contains("plan.yaml:11:46: error: expected a string for 'title', found a list"), "the block's title, where written: \(result.stderr)")
            #expect(result.stderr.components(separatedBy: "= help:").count == 3, "both with help: \(result.stderr)")
        }
    }
}
