import Foundation
import PlanKit
import ProtractTestSupport
import Testing
import YAMLKit

/// One set of safety rules (issue 13): stop rules and red flags apart from load management, and
/// one list of red flags that the plan shows and the screening asks.
@Suite struct SafetyRulesTests {
    // MARK: red flags

    @Test func aProgrammeWithoutRedFlagsHasTheStandardOnes() throws {
        let programme = try Fixture.load(Fixture.base)
        #expect(programme.safety.redFlags == RedFlag.standard)
    }

    @Test func redFlagsAreStandardNamesOrTheProgrammesOwn() throws {
        let programme = try Fixture.load(try Fixture.programme((
            "  see-a-clinician: [numbness in the arms]\n", """
              red-flags:
                - cough-pain
                - symptom: my-flag
                  sign: a sign of my own
                  urgency: urgent
              see-a-clinician: [numbness in the arms]

            """)))
        let flags = programme.safety.redFlags
        #expect(flags.map(\.id) == ["cough-pain", "my-flag"])
        #expect(flags[1].advice == RedFlag.Urgency.urgent.advice, "the urgency's advice by default")
        #expect(flags[1].question == "A sign of my own?")
    }

    /// The thoracic red flags of the guidance, each with its urgency: 999 or A&E for the
    /// emergencies (NHS back-pain guidance; spinal red flags after NICE CG88).
    @Test(arguments: [
        ("chest-pain", RedFlag.Urgency.emergency), ("after-accident", .emergency), ("both-legs", .emergency),
        ("bladder-or-bowel", .emergency), ("unsteady-walk", .emergency), ("cancer-history", .urgent),
        ("steroids-or-osteoporosis", .urgent), ("cough-pain", .urgent), ("lump-or-swelling", .urgent),
        ("fever-or-weight-loss", .urgent), ("night-pain", .urgent), ("upper-back-pain", .urgent),
        ("new-pain-over-50", .clinician), ("sharp-pain", .clinician), ("joint-locking", .clinician),
    ])
    func theStandardListHasTheGuidancesRedFlags(id: String, urgency: RedFlag.Urgency) throws {
        let flag = try #require(RedFlag.named(id))
        #expect(flag.urgency == urgency)
        #expect(flag.advice.hasPrefix(urgency.advice), "the advice starts with what the urgency says: \(flag.advice)")
        if urgency == .emergency { #expect(flag.advice.contains("999") && flag.advice.contains("A&E")) }
    }

    @Test func everyNameOfTheEarlierListIsStillStandard() {
        // A journal written before keeps its names (docs/journal.md).
        for id in ["chest-pain", "after-accident", "sharp-pain", "arm-numbness", "joint-locking", "lasting-pain",
                   "night-pain", "fever-or-weight-loss"] {
            #expect(RedFlag.named(id) != nil, "\(id)")
        }
        #expect(Set(RedFlag.standard.map(\.id)).count == RedFlag.standard.count, "each name once")
        #expect(RedFlag.standard.count <= Limits.redFlags)
    }

    @Test func atMost24RedFlags() throws {
        let items = (1...(Limits.redFlags + 1)).map { "    - {symptom: flag-\($0), sign: a sign, urgency: urgent}" }
        let text = try Fixture.programme((
            "  see-a-clinician: [numbness in the arms]\n",
            "  red-flags:\n" + items.joined(separator: "\n") + "\n  see-a-clinician: [numbness in the arms]\n"))
        #expect(try Fixture.diagnostics(text).map(\.message) == [
            "'red-flags' lists \(Limits.redFlags + 1) red flags; the safety text may have at most \(Limits.redFlags)",
        ])
        #expect(Limits.redFlags == 24)
    }

    @Test func thePlanGroupsRedFlagsByUrgencyMostUrgentFirst() {
        let safety = Safety(
            stopIf: ["x"],
            redFlags: [
                RedFlag(id: "c", sign: "sign c", urgency: .clinician),
                RedFlag(id: "e", sign: "sign e", urgency: .emergency, advice: RedFlag.Urgency.emergency.advice + "; now"),
                RedFlag(id: "o", sign: "sign o", urgency: .urgent, advice: "ring someone"),
            ],
            seeAClinician: ["a note"])
        let groups = safety.clinicianGroups
        #expect(groups.map(\.heading) == [
            "Call 999 (or your local emergency number) or go to A&E now:", "See a GP urgently, or call NHS 111 or your local out-of-hours line:",
            "See a physiotherapist or GP before you train again:", "Also see a clinician before you go on:",
        ])
        #expect(groups.map(\.items) == [["sign e (now)"], ["sign o: ring someone"], ["sign c"], ["a note"]])
    }

    // MARK: stop rules apart from load management

    @Test(arguments: [
        ("pain above 5/10 during an exercise", "5/10"), ("more than 10/10", "10/10"), ("pain at 3 / 10", nil),
        ("3/100 of the time", nil), ("sharp pain", nil), ("0-3/10 is fine", "3/10"),
    ] as [(String, String?)])
    func aPainScoreIsFound(text: String, found: String?) {
        let safety = Safety(stopIf: [text], redFlags: [], seeAClinician: [])
        #expect(safety.thresholdProblems.first?.found == found)
    }

    @Test func theBuiltInProgrammesKeepPainScoresInTheirPainRules() throws {
        for name in ["upper-back-rehab", "desk-mobility", "more-push-ups"] {
            let programme = try Fixture.load(try Repository.programsText("\(name).yaml"), name: "\(name).yaml")
            #expect(programme.safety.thresholdProblems.isEmpty, "\(name)")
            // Every standard red flag is asked before its plans.
            #expect(programme.safety.redFlags == RedFlag.standard, "\(name)")
            // The why and the what-to-expect of every built-in programme, with the red flags' sources.
            #expect(!(programme.description ?? "").isEmpty, "\(name)")
            #expect(!(programme.timeline ?? "").isEmpty, "\(name)")
            #expect(programme.sources.contains { $0.contains("NICE CG88") }, "\(name)")
            #expect(programme.sources.contains { $0.hasPrefix("NHS back-pain guidance") }, "\(name)")
        }
    }

    @Test func thePainRulesSayWhenToStopAnExerciseForTheDay() {
        let lines = PainRules.standard.guidance
        #expect(lines.contains("above 5/10 during an exercise: stop that exercise for the day"))
        #expect(lines.contains("4-5/10, or reps missed: the next session holds the same dose"))
    }
}
