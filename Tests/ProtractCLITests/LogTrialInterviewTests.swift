import ArgumentParser
import Foundation
import PlanKit
import Testing

@testable import ProtractCLI

/// What a phone user's trial of `protract log` found, in the questions themselves (scripted
/// lines): reps typed as prescribed, a red flag tapped by mistake, an edit that keeps what the
/// entry records, the width a question takes, and nothing to log.
struct LogTrialInterviewTests {
    typealias Script = LogInterviewTests.Script

    static func day(_ text: String) throws -> CivilDate { try LogInterviewTests.day(text) }

    /// n, then 6,6,6 for 3 x 6, is the session as planned: no exception is recorded.
    @Test func repsTypedAsPrescribedAreDoneAsPlanned() throws {
        let script = Script(["", "", "", "n", "6,6,6", "2", "", ""])
        let answers = try LogInterviewTests.interview().run(script.prompter)
        #expect(answers.entry == SessionLog(date: try Self.day("2026-12-11"), pain: 2))
        #expect(script.output.contains("6,6,6\n  6,6,6 is 3 x 6: done as planned\n"), "\(script.output)")
        // A set short, or a set more, is still what was done.
        let short = Script(["", "", "", "n", "6 6 5", "2", "", ""])
        #expect(try LogInterviewTests.interview().run(short.prompter).entry?.done
            == [SessionLog.Work(exerciseID: "knee-push-up", sets: [6, 6, 5])])
        let more = Script(["", "", "", "n", "6,6,6,6", "2", "", ""])
        #expect(try LogInterviewTests.interview().run(more.prompter).entry?.done
            == [SessionLog.Work(exerciseID: "knee-push-up", sets: [6, 6, 6, 6])])
        let hold = Script(["", "", "n", "20,20", "", "2", "", ""])
        #expect(try LogInterviewTests.interview().run(hold.prompter).entry?.done == [])
    }

    /// A red flag chosen is asked again before it stops the course: no (or Enter) asks the
    /// question again, so that a mistaken tap is undone; yes records it.
    @Test func aRedFlagIsConfirmedBeforeItStopsTheCourse() throws {
        let mistaken = Script(["", "", "", "", "2", "6", "", "", "fine"])
        let entry = try #require(try LogInterviewTests.interview().run(mistaken.prompter).entry)
        #expect(entry.symptoms.isEmpty && entry.note == "fine")
        #expect(mistaken.output.contains("A red flag stops the course: no further sessions until a clinician has seen you. "
            + "You reported: arm-numbness (numbness, tingling or weakness down an arm or into a hand"), "\(mistaken.output)")
        #expect(mistaken.output.contains("Stop the course and see a clinician? [y/N] \n"))
        #expect(mistaken.output.components(separatedBy: "Any of these?").count == 3)
        let meant = Script(["", "", "", "", "2", "6", "yes", "tingling"])
        #expect(try LogInterviewTests.interview().run(meant.prompter).entry?.symptoms == ["arm-numbness"])
        let typo = Script(["", "", "", "", "2", "6", "k", "y", ""])
        #expect(try LogInterviewTests.interview().run(typo.prompter).entry?.symptoms == ["arm-numbness"])
        #expect(typo.output.contains("  type y if you have it, or n (or Enter) to choose again\n"))
        // The end of input at the confirmation cancels, as at any question.
        #expect(throws: LinePrompter.Cancelled.self) { try LogInterviewTests.interview().run(Script(["", "", "", "", "2", "6"]).prompter) }
    }

    static func loggedEntry() throws -> SessionLog {
        SessionLog(
            date: try day("2026-12-09"), asPlanned: true,
            done: [SessionLog.Work(exerciseID: "knee-push-up", sets: [6, 6, 5])], pain: 4, morningPain: 1,
            hurt: ["knee-push-up"], note: "left shoulder tight")
    }

    /// `--edit DATE` on a terminal: Enter at every question keeps the entry as it is; each
    /// question says what it keeps.
    @Test func anEditsQuestionsKeepTheEntryOnEnter() throws {
        let logged = try Self.loggedEntry()
        let interview = try LogInterviewTests.interview(logs: [logged], today: "2026-12-11")
        let session = try #require(interview.sessions.first { $0.date == logged.date })
        let script = Script(Array(repeating: "", count: 9))
        #expect(try interview.edit(session, entry: logged, script.prompter) == logged)
        #expect(script.output.contains("Editing Wed 9 Dec 2026, Session 2: Enter keeps what is logged.\n"))
        #expect(script.output.contains("Open book 1 x 6 each side: done as planned? [Y/n] \n"))
        #expect(script.output.contains("Knee push-up 3 x 6 (logged: 6,6,5): done as planned? [y/N] \n"))
        #expect(script.output.contains("Reps in each set, e.g. 6,6,5 (Enter keeps 6,6,5): \n"))
        #expect(script.output.contains("Pain during the session, 0-10 (Enter keeps 4, - for none): \n"))
        #expect(script.output.contains("(numbers from the list, comma-separated, or Enter keeps Knee push-up, - for none): \n"), "\(script.output)")
        #expect(script.output.contains("Pain the next morning (Thu 10 Dec), 0-10 (Enter keeps 1, - for none): \n"))
        #expect(script.output.contains("A note (Enter keeps 'left shoulder tight', - for none): \n"))
        #expect(script.lines.isEmpty)
    }

    /// An answer typed changes it; `-` clears an optional one; a push-up now done as prescribed is
    /// as planned.
    @Test func anEditsAnswersReplaceWhatTheyChange() throws {
        let logged = try Self.loggedEntry()
        let interview = try LogInterviewTests.interview(logs: [logged], today: "2026-12-11")
        let session = try #require(interview.sessions.first { $0.date == logged.date })
        let script = Script(["", "", "n", "6,6,6", "-", "", "", "-"])
        let edited = try interview.edit(session, entry: logged, script.prompter)
        #expect(edited == SessionLog(date: logged.date, morningPain: 1))
        #expect(!script.output.contains("Did any exercise cause it?"))
        // A new red flag is asked again; one logged already is kept without asking.
        let flagged = Script(["", "", "", "", "", "", "", "6", "y", ""])
        #expect(try interview.edit(session, entry: logged, flagged.prompter).symptoms == ["arm-numbness"])
        var stopped = logged
        stopped.symptoms = ["arm-numbness"]
        let kept = Script(["", "", "", "", "", "", "", "", ""])
        #expect(try interview.edit(session, entry: stopped, kept.prompter) == stopped)
        #expect(!kept.output.contains("Stop the course"))
        #expect(kept.output.contains("Enter keeps arm-numbness, - for none):"))
        #expect(throws: LinePrompter.Cancelled.self) { try interview.edit(session, entry: logged, Script(["", ""]).prompter) }
        // Two exercises that hurt are kept on Enter, both named; numbers replace them.
        var twoHurt = logged
        twoHurt.hurt = ["open-book", "knee-push-up"]
        let keptTwo = Script(Array(repeating: "", count: 9))
        #expect(try interview.edit(session, entry: twoHurt, keptTwo.prompter) == twoHurt)
        #expect(keptTwo.output.contains("Enter keeps Open book, Knee push-up, - for none): \n"), "\(keptTwo.output)")
        let replaced = Script(["", "", "", "", "", "1", "", "", ""])
        #expect(try interview.edit(session, entry: twoHurt, replaced.prompter).hurt == ["open-book"])
    }

    /// A question takes the terminal's full width, its last line leaving room for the answer: 2
    /// columns after `[Y/n]`, 6 after another question.
    @Test func aQuestionTakesTheFullWidth() throws {
        let script = Script(["y", "4"], width: 44)
        _ = try script.prompter.ask("Wall slide 1 x 10: done as planned? [Y/n]", LogInterview.yesOrNo)
        _ = try script.prompter.ask("Pain during the session, 0-10 (Enter to skip):", LogInterview.pain)
        #expect(script.output == "Wall slide 1 x 10: done as planned? [Y/n] y\nPain during the session, 0-10 (Enter to\nskip): 4\n",
                "\(script.output)")
        let prompter = LinePrompter(readLine: { nil }, write: { _ in }, width: 44)
        #expect(prompter.wrapped("Prone Y-T-W raise 2 x 6: done as planned? [Y/n]", answerRoom: 2)
            == "Prone Y-T-W raise 2 x 6:\ndone as planned? [Y/n]", "the hint keeps its question's words")
        #expect(prompter.wrapped("Stop the course and see a clinician about it today? [y/N]", answerRoom: 2)
            == "Stop the course and see a clinician about it\ntoday? [y/N]", "no colon: the last word goes with it")
        for width in 40...80 {
            let prompter = LinePrompter(readLine: { nil }, write: { _ in }, width: width)
            for question in [
                "Open book 2 x 6 each side: done as planned? [Y/n]", "Quadruped T-spine rotation 2 x 6 each side: done as planned? [Y/n]",
                "Stop the course and see a clinician? [y/N]",
            ] {
                let lines = prompter.wrapped(question, answerRoom: 2).split(separator: "\n")
                #expect(lines.last?.hasPrefix("[") == false, "\(width): \(lines)")
                #expect(lines.allSatisfy { $0.count <= width }, "\(width): \(lines)")
                #expect(lines.joined(separator: " ") == question, "\(width): \(lines)")
            }
        }
        #expect(prompter.wrapped("Chin tuck 2 x 10: done as planned? [Y/n]", answerRoom: 2) == "Chin tuck 2 x 10: done as planned? [Y/n]")
    }

    /// With nothing to log the answers say why, for the exit status: 64 before the first
    /// session, 73 with every session logged.
    @Test func nothingToLogSaysWhy() throws {
        let early = Script([])
        #expect(try LogInterviewTests.interview(today: "2026-12-06").run(early.prompter).nothingDue == .notYet)
        #expect(early.output.contains("Nothing to log yet: the first session is Mon 7 Dec 2026, Session 1."))
        let logged = SessionLog(date: try Self.day("2026-12-11"), pain: 2)
        let all = Script([])
        #expect(try LogInterviewTests.interview(logs: [logged], today: "2026-12-11").run(all.prompter)
            == LogInterview.Answers(nothingDue: .loggedAlready))
        #expect(all.output.hasPrefix("Nothing new to log since Fri 11 Dec 2026"), "\(all.output)")
    }

    /// The command that rates tomorrow's morning, after an entry of today without it.
    @Test func tomorrowMorningIsNamedAfterASessionOfToday() throws {
        let today = try Self.day("2026-12-09")
        var course = try Self.course()
        course.logs = [SessionLog(date: today, pain: 2)]
        #expect(ProtractCommand.Log.morningReminder(course, after: today, today: today, selection: try CourseOptions.parse([]))
            == "Tomorrow morning: 'protract log --morning N', N your pain on waking, 0-10 (the next session's dose depends on it)")
        let named = try CourseOptions.parse(["--course", "sam"])
        #expect(ProtractCommand.Log.morningReminder(course, after: today, today: today, selection: named)?
            .contains("'protract log --course sam --morning N'") == true)
        // Rated already, a red flag, or a day gone: nothing to remind.
        course.logs[0].morningPain = 1
        #expect(ProtractCommand.Log.morningReminder(course, after: today, today: today, selection: try CourseOptions.parse([])) == nil)
        course.logs[0].morningPain = nil
        course.logs[0].symptoms = ["arm-numbness"]
        #expect(ProtractCommand.Log.morningReminder(course, after: today, today: today, selection: try CourseOptions.parse([])) == nil)
        course.logs[0].symptoms = []
        #expect(ProtractCommand.Log.morningReminder(course, after: today, today: today.adding(days: 1), selection: try CourseOptions.parse([])) == nil)
    }

    static func course() throws -> Course {
        Course(name: "sam", programmeID: "upper-back-rehab", programmeHash: "fnv1a64:0000000000000000",
               athlete: Athlete(start: try Self.day("2026-12-07")))
    }
}
