import Foundation
import PlanKit
import Testing
import YAMLKit

/// The journal file: written by `JournalFile.text(for:)` and read back as the same course, with
/// located diagnostics for every problem a hand edit can make.
@Suite struct JournalFileTests {
    static let course = Course(
        name: "upper-back-rehab", programmeID: "upper-back-rehab", programmeFile: "/home/sam/my: plan.yaml",
        programmeHash: ContentHash(of: Array("id: x\n".utf8)).description,
        athlete: Athlete(
            name: "Sam \"the\" O'Brien: yes", start: CivilDate(year: 2026, month: 12, day: 7)!,
            days: [.monday, .wednesday, .friday], time: TimeOfDay(hour: 7, minute: 30), timeZone: "Europe/London",
            weeks: 8, skip: [CivilDate(year: 2026, month: 12, day: 25)!], baseline: ["push-ups": 6]),
        logs: [
            SessionLog(date: CivilDate(year: 2026, month: 12, day: 7)!, pain: 2, morningPain: 1),
            SessionLog(
                date: CivilDate(year: 2026, month: 12, day: 9)!, asPlanned: false,
                done: [.init(exerciseID: "knee-push-up", sets: [6, 6, 5]), .init(exerciseID: "plank", sets: [30, 25])],
                pain: 6, hurt: ["knee-push-up"], symptoms: ["sharp-pain"], note: "line one\nsaid \"no\": 07:30 # not a comment\ttab é 🙂"),
        ])

    static func read(_ text: String) throws(YAMLError) -> JournalFile {
        try JournalFile.read(YAMLDocument.load(SourceFile(name: "journal.yaml", text: text)))
    }

    /// The rendered diagnostics of reading `text`, or nil when it reads.
    static func failure(_ text: String) -> String? {
        let file = SourceFile(name: "journal.yaml", text: text)
        do {
            _ = try JournalFile.read(YAMLDocument.load(file))
            return nil
        } catch {
            return DiagnosticRenderer(colour: false).render(error.diagnostics, in: file)
        }
    }

    static let valid = """
        protract-journal: 1
        course: upper-back-rehab
        programme:
          id: upper-back-rehab
          hash: fnv1a64:0123456789abcdef
        person:
          start: 2026-12-07
          time-zone: Europe/London
        sessions:
        - date: 2026-12-07
          pain: 2

        """

    @Test func aCourseRoundTrips() throws {
        let text = try JournalFile.text(for: Self.course)
        let read = try Self.read(text)
        #expect(read.course == Self.course, "\(text)")
        // The same course gives the same bytes.
        #expect(try JournalFile.text(for: read.course) == text)
        #expect(read.exerciseIDs[CivilDate(year: 2026, month: 12, day: 9)!]?.map(\.value) == ["knee-push-up", "plank", "knee-push-up"])
        #expect(read.course.logs[1].hurt == ["knee-push-up"])
    }

    @Test func theFileIsReadable() throws {
        let text = try JournalFile.text(for: Self.course)
        #expect(text == """
            protract-journal: 1
            course: upper-back-rehab
            programme:
              id: upper-back-rehab
              file: "/home/sam/my: plan.yaml"
              hash: \(Self.course.programmeHash)
            person:
              name: "Sam \\"the\\" O'Brien: yes"
              start: 2026-12-07
              days: [mon, wed, fri]
              time: "07:30"
              time-zone: Europe/London
              weeks: 8
              skip: [2026-12-25]
              baseline: {push-ups: 6}
            sessions:
            - date: 2026-12-07
              as-planned: true
              pain: 2
              morning-pain: 1
            - date: 2026-12-09
              as-planned: false
              done:
                knee-push-up: [6, 6, 5]
                plank: [30, 25]
              pain: 6
              hurt: [knee-push-up]
              symptoms: [sharp-pain]
              note: "line one\\nsaid \\"no\\": 07:30 # not a comment\\ttab é \\U0001F642"

            """)
    }

    @Test func aRetestCountRoundTripsAndIsOptional() throws {
        var course = Self.course
        course.logs[0].retest = 14
        let text = try JournalFile.text(for: course)
        #expect(text.contains("  pain: 2\n  morning-pain: 1\n  retest: 14\n"), "\(text)")
        #expect(try Self.read(text).course == course)
        #expect(try Self.read(Self.valid).course.logs[0].retest == nil, "a journal from before 'retest' reads as it is")
        #expect(text.hasPrefix("protract-journal: 1\n"), "the format version stays 1")
    }

    /// The screening when the course started is kept, for its plans' header; a journal from
    /// before it was kept has none.
    @Test func theScreeningRoundTripsAndIsOptional() throws {
        var course = Self.course
        for screening in [Plan.Screening.noRedFlags, .notDone] {
            course.screening = screening
            let text = try JournalFile.text(for: course)
            #expect(text.contains("\nscreening: \(screening.rawValue)\nsessions:\n"), "\(text)")
            #expect(try Self.read(text).course == course)
        }
        #expect(try Self.read(Self.valid).course.screening == nil)
    }

    /// The days a clinician said to go on are kept, in date order, after the screening; a journal
    /// without any has no key.
    @Test func clinicianVisitsRoundTripAndAreOptional() throws {
        var course = Self.course
        course.clinicianVisits = [CivilDate(year: 2026, month: 12, day: 21)!, CivilDate(year: 2027, month: 1, day: 18)!]
        let text = try JournalFile.text(for: course)
        #expect(text.contains("\nclinician-visits: [2026-12-21, 2027-01-18]\nsessions:\n"), "\(text)")
        #expect(try Self.read(text).course == course)
        #expect(!(try JournalFile.text(for: Self.course)).contains("clinician-visits"))
        let handWritten = try Self.read(Self.valid.replacingOccurrences(
            of: "sessions:", with: "clinician-visits: [2027-01-18, 2026-12-21]\nsessions:"))
        #expect(handWritten.course.clinicianVisits.map(\.description) == ["2026-12-21", "2027-01-18"], "in date order")
    }

    @Test func aHandWrittenJournalIsRead() throws {
        let read = try Self.read(Self.valid)
        #expect(read.course.logs == [SessionLog(date: CivilDate(year: 2026, month: 12, day: 7)!, pain: 2)])
        #expect(read.course.logs[0].hurt == [], "a journal from before 'hurt' existed reads as it is")
        #expect(read.course.programmeFile == nil)
        // Entries out of order are used in date order.
        let shuffled = try Self.read(Self.valid + "- {date: 2026-12-10, done: {plank: [20]}}\n- {date: 2026-12-08, pain: 1}\n")
        #expect(shuffled.course.logs.map(\.date.description) == ["2026-12-07", "2026-12-08", "2026-12-10"])
        #expect(shuffled.course.logs[2].asPlanned == false, "as-planned defaults to false with done")
    }

    @Test func hashes() {
        #expect(ContentHash(of: []).description == "fnv1a64:cbf29ce484222325")
        #expect(ContentHash(of: Array("a".utf8)).description == "fnv1a64:af63dc4c8601ec8c")
        #expect(ContentHash(parsing: "fnv1a64:af63dc4c8601ec8c")?.value == 0xaf63dc4c8601ec8c)
        #expect(ContentHash(parsing: "fnv1a64:AF63DC4C8601EC8C") == nil)
        #expect(ContentHash(parsing: "sha256:af63dc4c8601ec8c") == nil)
    }

    @Test(arguments: [
        // (edit, expected first line of the diagnostics)
        ("protract-journal: 1", "protract-journal: 2",
         "journal.yaml:1:19: error: this journal is format version 2, newer than this Protract reads (version 1)"),
        ("protract-journal: 1\n", "",
         "journal.yaml:1:1: error: the journal has no 'protract-journal' key with its format version"),
        ("protract-journal: 1", "protract-journal: one",
         "journal.yaml:1:19: error: 'protract-journal' must be a format version such as 1"),
        ("  pain: 2", "  pain: 11", "journal.yaml:11:9: error: 'pain' must be from 0 to 10, found 11"),
        ("  pain: 2", "  pain: 99999999999999999999999", "journal.yaml:11:9: error: 'pain' must be from 0 to 10, found 99999999999999999999999"),
        ("  pain: 2", "  morning-pain: -1", "journal.yaml:11:17: error: 'morning-pain' must be from 0 to 10, found -1"),
        ("- date: 2026-12-07", "- date: 2026-02-30", "journal.yaml:10:9: error: '2026-02-30' is not a date; write YYYY-MM-DD, such as 2026-12-07"),
        ("- date: 2026-12-07", "- date: 2026-12-06", "journal.yaml:10:9: error: 2026-12-06 is before the course's start, 2026-12-07"),
        ("  pain: 2", "  pain: 2\n- date: 2026-12-07", "journal.yaml:12:9: error: 2026-12-07 is logged twice"),
        ("  pain: 2", "  done: {knee-push-up: [6, 601]}", "journal.yaml:11:28: error: set 2 of 'knee-push-up' must be from 0 to 600, found 601"),
        ("  pain: 2", "  done: {knee-push-up: []}", "journal.yaml:11:24: error: 'knee-push-up' lists no sets"),
        ("  pain: 2", "  done: {Knee_Push: [6]}", "journal.yaml:11:10: error: exercise id 'Knee_Push' is not kebab-case"),
        ("  pain: 2", "  symptoms: [Arm Numbness]", "journal.yaml:11:14: error: unknown symptom 'Arm Numbness'"),
        ("  pain: 2", "  hurt: [cat-cow, cat-cow]", "journal.yaml:11:19: error: 'hurt' names 'cat-cow' twice"),
        ("  pain: 2", "  hurt: [Cat_Cow]", "journal.yaml:11:10: error: exercise id 'Cat_Cow' is not kebab-case"),
        ("  pain: 2", "  paine: 2", "journal.yaml:11:3: error: unknown key 'paine'"),
        ("  pain: 2", "  retest: 601", "journal.yaml:11:11: error: 'retest' must be from 0 to 600, found 601"),
        ("  pain: 2", "  retest: nine", "journal.yaml:11:11: error:"),
        ("  pain: 2", "  note: \"bell\\a\"", "journal.yaml:11:9: error: 'note' holds the control character U+0007 (BEL) at character 5"),
        ("  hash: fnv1a64:0123456789abcdef", "  hash: abc", "journal.yaml:5:9: error: 'hash' must be 'fnv1a64:' and 16 hex digits, found 'abc'"),
        ("  id: upper-back-rehab", "  idd: upper-back-rehab", "journal.yaml:4:3: error: unknown key 'idd'"),
        ("sessions:", "screening: maybe\nsessions:", "journal.yaml:9:12: error: unknown screening 'maybe'"),
        ("sessions:", "clinician-visits: [2026-12-21, 2026-12-21]\nsessions:",
         "journal.yaml:9:32: error: 'clinician-visits' names 2026-12-21 twice"),
        ("sessions:", "clinician-visits: [2026-12-01]\nsessions:",
         "journal.yaml:9:20: error: 2026-12-01 is before the course's start, 2026-12-07"),
        ("sessions:", "clinician-visits: [2026-13-01]\nsessions:", "journal.yaml:9:20: error: '2026-13-01' is not a date"),
        ("sessions:", "clinician-visits: 2026-12-21\nsessions:", "journal.yaml:9:19: error:"),
        ("  time-zone: Europe/London\n", "", "journal.yaml:6:1: error: 'person' has no 'time-zone'"),
        ("course: upper-back-rehab", "course: Upper Back", "journal.yaml:2:9: error: course id 'Upper Back' is not kebab-case"),
        ("  pain: 2", "  pain: 2\n  x", "journal.yaml:13:1: error: could not find expected ':'"),
        ("  time-zone: Europe/London", "  time-zone: Mars/Olympus",
         "journal.yaml:8:14: error: 'Mars/Olympus' is not a known IANA time zone"),
        ("  time-zone: Europe/London", "  time-zone: Europe/London\n  weeks: 0",
         "journal.yaml:9:10: error: 'weeks' must be from 1 to 520, found 0"),
        ("  id: upper-back-rehab", "  id: upper-back-rehab\n  file: mine.yaml",
         "journal.yaml:5:9: error: 'file' must be the programme file's absolute path, found 'mine.yaml'"),
    ])
    func handEditsThatBreakTheJournalAreLocated(_ old: String, _ new: String, _ expected: String) throws {
        #expect(Self.valid.contains(old))
        let message = try #require(Self.failure(Self.valid.replacingOccurrences(of: old, with: new)))
        #expect(message.hasPrefix(expected), "\(message)")
        // A problem without a help of its own points to the journal's page, not the programme's
        // schema (a clinician's trial found "see what this key takes with 'protract schema'").
        #expect(!message.contains("protract schema") && !message.contains("authoring guide"), "\(message)")
    }

    @Test func aProblemWithoutItsOwnHelpPointsToTheJournalsPage() throws {
        let message = try #require(Self.failure(Self.valid.replacingOccurrences(of: "- date: 2026-12-07", with: "- date: 2026-12-O7")))
        #expect(message.contains("help: see what each key of a journal takes in docs/journal.md (\"The file\")"), "\(message)")
    }

    /// The names of every version's red flags, and a programme's own (which the journal cannot
    /// know), are read; `log` checks new ones against the course's programme.
    @Test(arguments: ["[sharp-pain, night-pain]", "[cough-pain]", "[shoulder-dislocation]"])
    func symptomsOfEveryVersionAndOfAProgrammesOwnRedFlagsAreRead(_ names: String) {
        #expect(Self.failure(Self.valid.replacingOccurrences(of: "  pain: 2", with: "  symptoms: \(names)")) == nil)
    }
}
