import Foundation
import PlanKit
import Testing

@testable import ProtractCLI

/// The screening's questions, answered with scripted lines: every question is asked whatever the
/// answers, and every yes comes back (a clinician's trial saw the screening stop at the first yes).
struct ScreeningAnswersTests {
    static func answers(_ lines: [String], flags: [RedFlag] = RedFlag.standard) -> (Screening.Answers, String) {
        let script = LogInterviewTests.Script(lines, width: 80)
        let answers = Screening(flags: flags).ask(script.prompter)
        return (answers, script.output)
    }

    @Test func everyQuestionIsAskedAndEveryYesReturned() {
        let ids = RedFlag.standard.map(\.id)
        let yes: Set = ["after-accident", "night-pain", "lasting-pain"]
        let (answers, output) = Self.answers(ids.map { yes.contains($0) ? "y" : "n" })
        #expect(answers.finished)
        #expect(answers.present.map(\.id) == ["after-accident", "night-pain", "lasting-pain"])
        #expect(output.components(separatedBy: "[y/n]").count == ids.count + 1, "\(output)")
    }

    /// A yes to an emergency says what to do at once, then the questions go on.
    @Test func anEmergencyYesSaysWhatToDoAtOnce() throws {
        let (answers, output) = Self.answers(["y"] + Array(repeating: "n", count: RedFlag.standard.count - 1))
        #expect(answers.present.map(\.id) == ["chest-pain"])
        let advice = try #require(output.range(of: "  -> Call 999 (or your local emergency number) or go to A&E now. The other"))
        let next = try #require(output.range(of: "Back pain that started after a serious accident"))
        #expect(advice.lowerBound < next.lowerBound, "\(output)")
        #expect(!output.contains("-> See a GP"), "only an emergency is said at once: \(output)")
    }

    @Test func inputEndingEarlyKeepsTheYesesSoFar() {
        let (answers, _) = Self.answers(["n", "y", "n"])
        #expect(!answers.finished)
        #expect(answers.present.map(\.id) == ["after-accident"])
        let (none, _) = Self.answers([])
        #expect(none == Screening.Answers(present: [], finished: false))
    }

    /// The wording a clinician asked for: the pain these programmes treat is not a red flag.
    @Test func theSignsSayWhatMakesThemRedFlags() throws {
        let upper = try #require(RedFlag.named("upper-back-pain"))
        #expect(upper.sign.contains("does not ease with rest or a change of position, even when sitting or lying still"))
        let lasting = try #require(RedFlag.named("lasting-pain"))
        #expect(lasting.sign == "pain that is not easing after 2 weeks of the plan, or has lasted more than 6 weeks in all")
        #expect(lasting.sign == RedFlag.lastingPain)
        let accident = try #require(RedFlag.named("after-accident"))
        #expect(accident.sign.contains("a serious accident") && accident.sign.contains("a big fall"))
        #expect(RedFlag.Urgency.urgent.advice == "see a GP urgently, or call NHS 111 or your local out-of-hours line")
    }

    @Test func aSignIsFoundByItsName() {
        let own = RedFlag(id: "rib-pain", sign: "pain at a rib", urgency: .urgent)
        #expect(RedFlag.sign(of: "rib-pain", in: [own]) == "pain at a rib")
        #expect(RedFlag.sign(of: "night-pain", in: [own]) == "pain that does not ease with rest, or is worse at night")
        #expect(RedFlag.sign(of: "gone-flag", in: [own]) == "gone-flag")
    }

    /// Log confirmations and summaries give the sign, not the name.
    @Test func aSummaryGivesTheSign() throws {
        let day = try #require(CivilDate(year: 2026, month: 12, day: 9))
        let log = SessionLog(date: day, asPlanned: false, pain: 7, symptoms: ["sharp-pain"])
        #expect(JournalExport.summary(log)
            == "not done as planned; pain 7/10; red flag: sharp, sudden or intense pain, or pain that does not settle when you stop")
        let two = SessionLog(date: day, pain: 2, symptoms: ["night-pain", "cough-pain"])
        #expect(JournalExport.summary(two) == "as planned; pain 2/10; red flags: pain that does not ease with rest, or is worse "
            + "at night · pain that is worse when you cough or sneeze")
    }
}
