import Foundation
import PlanKit
import Testing

@testable import ProtractCLI

/// `protract log`'s questions on a terminal, driven with scripted lines: what is asked, what is
/// refused and asked again, and the entry the answers make.
struct LogInterviewTests {
    /// A prompter that answers with `lines` in turn (nil when they run out, as Ctrl-D) and keeps
    /// what was written, each answer echoed after its question as a terminal shows it.
    final class Script {
        var lines: [String]
        var output = ""
        let width: Int
        init(_ lines: [String], width: Int = 200) {
            self.lines = lines
            self.width = width
        }
        var prompter: LinePrompter {
            LinePrompter(
                readLine: { [self] in
                    guard !lines.isEmpty else { return nil }
                    output += lines[0] + "\n"
                    return lines.removeFirst()
                },
                write: { [self] in output += $0 },
                width: width)
        }
    }

    static func day(_ text: String) throws -> CivilDate { try #require(CivilDate(parsing: text)) }

    static let pushUp = LogInterview.Item(exerciseID: "knee-push-up", name: "Knee push-up", sets: 3, dose: .reps(6))
    static let plank = LogInterview.Item(exerciseID: "forearm-plank", name: "Forearm plank", sets: 2, dose: .hold(seconds: 20))
    static let openBook = LogInterview.Item(
        exerciseID: "open-book", name: "Open book", sets: 1, dose: .reps(6), perSide: true)

    /// Sessions on Mon 7, Wed 9, Fri 11 and Mon 14 Dec 2026, each open book, plank, push-ups.
    static func interview(logs: [SessionLog] = [], today: String = "2026-12-11") throws -> LogInterview {
        let dates = ["2026-12-07", "2026-12-09", "2026-12-11", "2026-12-14"]
        let sessions = try dates.enumerated().map { index, date in
            LogInterview.Session(date: try day(date), title: "Session \(index + 1)", items: [openBook, plank, pushUp])
        }
        return LogInterview(sessions: sessions, logs: logs, start: try day("2026-12-07"), today: try day(today))
    }

    @Test func everythingAsPlannedIsTheLatestSessionWithNothingElse() throws {
        let script = Script(["", "", "", "y", "2", "", ""])
        let answers = try Self.interview().run(script.prompter)
        #expect(answers == LogInterview.Answers(entry: SessionLog(date: try Self.day("2026-12-11"), pain: 2)))
        #expect(script.output.contains("Log Fri 11 Dec 2026, Session 3?\n"))
        #expect(script.output.contains("Open book 1 x 6 each side: done as planned? [Y/n] "))
        #expect(script.output.contains("Forearm plank 2 x 20 s: done as planned? [Y/n] "))
        #expect(script.output.contains("Knee push-up 3 x 6: done as planned? [Y/n] "))
        #expect(script.output.contains("Pain during the session, 0-10 (Enter to skip): "))
        #expect(script.output.contains("   6 arm-numbness: Numbness, tingling or weakness down an arm or into a hand"))
        #expect(script.output.hasSuffix("A note (Enter for none): \n"))
        #expect(script.lines.isEmpty)
    }

    /// Lines pasted with the note's line are the note's further lines: a phone trial's paste of
    /// two lines kept the first, and the second went on to the shell.
    @Test func aNotePastedAsSeveralLinesIsOneNote() throws {
        let script = Script(["", "", "", "y", "2", "", "missed Fri: work trip"])
        var prompter = script.prompter
        var pastes = [PastedLines.Paste(lines: ["back feels better today", ""])]
        prompter.readPasted = { pastes.isEmpty ? PastedLines.Paste() : pastes.removeFirst() }
        let answers = try Self.interview().run(prompter)
        #expect(answers.entry?.note == "missed Fri: work trip\nback feels better today")
        #expect(pastes.isEmpty, "asked once, after the note's line")
        // Only the note takes them: a short answer's question does not ask.
        var asked = 0
        var other = Script(["3"]).prompter
        other.readPasted = { asked += 1; return PastedLines.Paste(lines: ["4"]) }
        #expect(try other.ask("Pain?", LogInterview.pain) == 3)
        #expect(asked == 0)
    }

    /// A paste whose last line came without a line break is not over: the person's next Enter ends
    /// that line (with what they typed before it), and the question after the note gets an answer
    /// of its own. A trial's Enter went to `Log it anyway? [y/N]`, which took it as no.
    @Test func aPastesUnendedLastLineEndsWithThePersonsEnter() throws {
        let script = Script(["missed Fri: work trip", " (typed)", "y"])
        var prompter = script.prompter
        prompter.readPasted = { PastedLines.Paste(lines: ["back feels better today"], isEnded: false) }
        let note = try prompter.ask("A note (Enter for none):", pasted: true, LogInterview.note)
        #expect(note == "missed Fri: work trip\nback feels better today (typed)")
        let next = try prompter.ask("Log it anyway? [y/N]") { .success($0) as Result<String, LinePrompter.Reason> }
        #expect(next == "y")
        // Ctrl-D instead of that Enter cancels, as at any question.
        var ended = Script(["missed Fri"]).prompter
        ended.readPasted = { PastedLines.Paste(lines: ["back feels"], isEnded: false) }
        #expect(throws: LinePrompter.Cancelled.self) { try ended.ask("A note (Enter for none):", pasted: true, LogInterview.note) }
    }

    @Test func pastedBytesAreLinesWithALastOneUnended() {
        #expect(PastedLines.paste([]) == PastedLines.Paste())
        #expect(PastedLines.paste(Array("back feels better today".utf8))
            == PastedLines.Paste(lines: ["back feels better today"], isEnded: false))
        #expect(PastedLines.paste(Array("a\r\nb\n".utf8)) == PastedLines.Paste(lines: ["a", "b"]))
        #expect(PastedLines.paste(Array("\n\nc".utf8)) == PastedLines.Paste(lines: ["", "", "c"], isEnded: false))
        #expect(PastedLines.paste([0x61, 0xFF, 0x0A]) == PastedLines.Paste(lines: ["a\u{FFFD}"]))
    }

    @Test func anExerciseNotAsPlannedAsksEachSetAndRefusesBadSets() throws {
        let script = Script([
            "", "", "", "n", "", "6,x", "700", "1,1,1,1,1,1,1,1,1,1,1,1,1", "6,,5", "6, 6, 5",
            "", "", "left shoulder tight",
        ])
        let entry = try #require(try Self.interview().run(script.prompter).entry)
        #expect(entry.asPlanned)
        #expect(entry.done == [SessionLog.Work(exerciseID: "knee-push-up", sets: [6, 6, 5])])
        #expect(entry.note == "left shoulder tight")
        #expect(script.lines.isEmpty)
        #expect(entry.pain == nil)
        for reason in [
            "Reps in each set, e.g. 6,6,5 (or 0 if not done): ",
            "  type the reps of each set, such as 6,6,5, or 0 if not done\n",
            "  'x' is not a whole number; type the reps of each set, such as 6,6,5\n",
            "  each set is from 0 to 600 reps, found 700\n",
            "  that is 13 sets; the most is 12\n",
            "  a set is missing between the commas; such as 6,6,5\n",
        ] {
            #expect(script.output.contains(reason), "\(reason)")
        }
    }

    @Test func painAboveTheProgressThresholdAsksWhichExerciseCausedIt() throws {
        let script = Script(["", "", "", "", "5", "9", "cat-camel", "3", "", ""])
        let entry = try #require(try Self.interview().run(script.prompter).entry)
        #expect(entry == SessionLog(date: try Self.day("2026-12-11"), pain: 5, hurt: ["knee-push-up"]))
        #expect(script.output.contains("  1 Open book\n  2 Forearm plank\n  3 Knee push-up\n"), "\(script.output)")
        #expect(script.output.contains("Did any exercise cause it? (numbers from the list, comma-separated, or Enter for none): "))
        #expect(script.output.contains("  '9' is not on the list; type numbers from 1 to 3, such as 1,3, or press Enter for none\n"))
        #expect(script.lines.isEmpty)
        // Enter: none; an id works as well as a number.
        let none = Script(["", "", "", "", "4", "", "", ""])
        #expect(try Self.interview().run(none.prompter).entry?.hurt == [])
        let byID = Script(["", "", "", "", "6", "open-book", "", ""])
        #expect(try Self.interview().run(byID.prompter).entry?.hurt == ["open-book"])
        // Two exercises can hurt (as --hurt can be given twice): in the session's order, each once;
        // a number left out between commas is asked again.
        let two = Script(["", "", "", "", "6", "3,,1", "3, open-book, 3", "", ""])
        #expect(try Self.interview().run(two.prompter).entry?.hurt == ["open-book", "knee-push-up"])
        #expect(two.output.contains("  a number is missing between the commas; type numbers such as 1,3, or press Enter for none\n"))
        #expect(two.lines.isEmpty)
        // At the threshold (3/10 by default) nothing is asked; a programme's own rules decide.
        let calm = Script(["", "", "", "", "3", "", ""])
        #expect(try Self.interview().run(calm.prompter).entry?.hurt == [])
        #expect(!calm.output.contains("Did any exercise cause it?"))
        var strict = try Self.interview()
        strict.painRules.progressUpTo = 2
        let low = Script(["", "", "", "", "3", "1", "", ""])
        #expect(try strict.run(low.prompter).entry?.hurt == ["open-book"])
    }

    @Test func aHoldAsksSecondsAndZeroMeansNotDone() throws {
        let script = Script(["", "", "no", "0", "", "", "", ""])
        let entry = try #require(try Self.interview().run(script.prompter).entry)
        #expect(entry.done == [SessionLog.Work(exerciseID: "forearm-plank", sets: [0])])
        #expect(script.output.contains("Seconds held in each set, e.g. 20,19 (or 0 if not done): "))
        let spaces = Script(["", "", "n", "20 15", "", "", "", ""])
        #expect(try Self.interview().run(spaces.prompter).entry?.done == [SessionLog.Work(exerciseID: "forearm-plank", sets: [20, 15])])
    }

    @Test func answersThatAreNotYesOrNoOrAPainAreAskedAgain() throws {
        let script = Script(["", "maybe", "", "", "", "11", "-1", "three", "4", "", "", ""])
        let entry = try #require(try Self.interview().run(script.prompter).entry)
        #expect(entry.pain == 4)
        #expect(script.output.contains("  answer y or n (Enter for yes)\n"))
        let again = "  type a whole number from 0 (no pain) to 10 (the worst), or press Enter to skip\n"
        #expect(script.output.components(separatedBy: again).count == 4)
    }

    @Test func aMissingMorningPainOfThePreviousSessionIsAsked() throws {
        let earlier = SessionLog(date: try Self.day("2026-12-09"), pain: 3)
        let script = Script(["", "", "", "", "2", "1", "", ""])
        let answers = try Self.interview(logs: [earlier]).run(script.prompter)
        #expect(answers.morning == LogInterview.MorningPain(date: try Self.day("2026-12-09"), pain: 1))
        #expect(answers.entry?.pain == 2)
        #expect(script.output.contains("Pain the morning after Wed 9 Dec's session, 0-10 (Enter to skip): "))

        // Yesterday's: "this morning"; Enter skips it; one given already is not asked.
        let yesterday = SessionLog(date: try Self.day("2026-12-10"), pain: 3)
        let skipped = Script(["", "", "", "", "", "", "", ""])
        #expect(try Self.interview(logs: [yesterday]).run(skipped.prompter).morning == nil)
        #expect(skipped.output.contains("Pain this morning after Thu 10 Dec's session, 0-10 (Enter to skip): "))
        var settled = earlier
        settled.morningPain = 0
        let none = Script(["", "", "", "", "", "", ""])
        #expect(try Self.interview(logs: [settled]).run(none.prompter).morning == nil)
        #expect(!none.output.contains("morning"))
    }

    /// The course's first entry asks each red flag's question; later entries name them in a few
    /// lines and show the questions again for `?`.
    @Test func laterEntriesNameTheRedFlagsAndShowTheQuestionsOnRequest() throws {
        let earlier = SessionLog(date: try Self.day("2026-12-09"), pain: 2, morningPain: 0)
        let script = Script(["", "", "", "", "2", "?", "6", "y", ""])
        let entry = try #require(try Self.interview(logs: [earlier]).run(script.prompter).entry)
        #expect(entry.symptoms == ["arm-numbness"])
        let compact = try #require(script.output.components(separatedBy: "Red flags since the last session").last)
        let names = try #require(compact.components(separatedBy: "Any of these? (numbers, comma-separated; ?").first)
        #expect(names.contains("  1 chest-pain · 2 after-accident · 3 both-legs · 4 bladder-or-bowel ·"), "\(names)")
        #expect(names.contains("18 lasting-pain\n"), "\(names)")
        #expect(names.split(separator: "\n").count <= 4, "\(names)")
        #expect(compact.contains("? to read them in full; Enter for none): ?\nRed flags: any of these means see a clinician"))
        #expect(compact.contains("   6 arm-numbness: Numbness, tingling or weakness down an arm or into a hand"))

        // Numbers answer the short list as they answer the long one; Enter is none.
        let numbers = Script(["", "", "", "", "2", "8", "y", ""])
        #expect(try Self.interview(logs: [earlier]).run(numbers.prompter).entry?.symptoms == ["night-pain"])
        #expect(!numbers.output.contains("Numbness, tingling"))
        let none = Script(["", "", "", "", "2", "", "fine"])
        #expect(try Self.interview(logs: [earlier]).run(none.prompter).entry?.note == "fine")
    }

    /// On a narrow screen a command in a reason stays on one line, so that it can be copied.
    /// The command is the entry's own flags, to change what differs.
    @Test func aCommandInAReasonIsNotBrokenOnANarrowScreen() throws {
        let logged = SessionLog(date: try Self.day("2026-12-07"), pain: 2)
        let script = Script(["2026-12-07", "2026-12-10", "", "", "", "", "", "", "", "", ""], width: 60)
        _ = try Self.interview(logs: [logged]).run(script.prompter)
        #expect(script.output.contains(
            "  a session is logged on Mon 7 Dec 2026 already (as planned;\n  pain 2/10);\n"
                + "  'protract log --edit 2026-12-07 --as-planned --pain 2'\n  changes it\n"), "\(script.output)")
    }

    /// A red flag is recorded, and the note is still asked: what happened, in the person's words,
    /// is what a clinician most wants on that entry.
    @Test func aRedFlagIsRecordedAndTheNoteStillAsked() throws {
        let script = Script(["", "", "", "", "5", "", "19", "6, night-pain", "y", "tingling down the left arm in the plank"])
        let entry = try #require(try Self.interview().run(script.prompter).entry)
        #expect(entry.symptoms == ["arm-numbness", "night-pain"])
        #expect(entry.note == "tingling down the left arm in the plank")
        #expect(script.output.contains("  '19' is not on the list; type numbers from 1 to 18, such as 2,5, or press Enter for none\n"))
        #expect(script.output.contains("Enter for none): 6, night-pain\nA red flag stops the course"), "\(script.output)")
        #expect(script.output.hasSuffix("Stop the course and see a clinician? [y/N] y\nA note (Enter for none): tingling down the left arm in the plank\n"),
                "\(script.output)")
    }

    @Test func theEndOfInputAtAnyQuestionCancels() throws {
        let answers = ["", "n", "6,6,5", "", "", "3", "", "a note"]
        #expect(throws: Never.self) { try Self.interview().run(Script(answers).prompter) }
        for count in 0..<answers.count {
            #expect(throws: LinePrompter.Cancelled.self, "after \(count) answers") {
                try Self.interview().run(Script(Array(answers.prefix(count))).prompter)
            }
        }
    }

    @Test func anotherDateCanBeTypedAndIsChecked() throws {
        let logged = SessionLog(date: try Self.day("2026-12-07"))
        let script = Script([
            "2026-12-12", "2026-12-06", "2026-12-07", "yesterday", "2026-12-10", "", "", "", "", "", "", "", "",
        ])
        let answers = try Self.interview(logs: [logged]).run(script.prompter)
        #expect(answers.entry?.date == (try Self.day("2026-12-10")))
        for text in [
            "  Sat 12 Dec 2026 is after today (Fri 11 Dec 2026); log a session once it is done\n",
            "  Sun 6 Dec 2026 is before the course started (Mon 7 Dec 2026)\n",
            "  a session is logged on Mon 7 Dec 2026 already (as planned); 'protract log --edit 2026-12-07 --as-planned' changes it\n",
            "  type a date as YYYY-MM-DD, such as 2026-12-11, t for today, or press Enter\n",
            "Logging Wed 9 Dec 2026, Session 2, done on Thu 10 Dec 2026.\n",
            // Done a day late, the morning after it has come.
            "Pain this morning, 0-10 (Enter to skip): ",
        ] {
            #expect(script.output.contains(text), "\(text)")
        }
        // The session of Wed 9 Dec, logged on Thu 10 Dec, cannot be logged again on another day.
        let moved = SessionLog(date: try Self.day("2026-12-10"))
        let interview = try Self.interview(logs: [moved])
        guard case .failure(let reason) = interview.pick("2026-12-09", default: nil) else {
            Issue.record("a second log of the Wed session was taken")
            return
        }
        // As --date gives it (no session offered): the command exits, so nothing is to be typed.
        #expect(reason.text == "the session of Wed 9 Dec 2026 is logged already (on Thu 10 Dec 2026)")
        #expect(reason.isLoggedAlready)
        guard case .failure(let typed) = interview.pick("2026-12-09", default: 2) else {
            Issue.record("a second log of the Wed session was taken")
            return
        }
        #expect(typed.text == "the session of Wed 9 Dec 2026 is logged already (on Thu 10 Dec 2026); type another date")
    }

    /// The day after a session not yet logged, the first question asks which day it was done:
    /// Enter dates it on its day (its next morning is this morning, and asked as such); `t` dates
    /// it today, done late (no morning asked: it has not come; the previous entry's morning is
    /// asked about as the previous session's, never as this one's).
    @Test func aSessionWhoseDayHasGoneAsksTheDayItWasDone() throws {
        let monday = SessionLog(date: try Self.day("2026-12-07"), pain: 1)
        // Wed 9 Dec's session, offered on Thu 10 Dec.
        let onItsDay = Script(["", "", "", "", "2", "1", "0", "", ""])
        let answers = try Self.interview(logs: [monday], today: "2026-12-10").run(onItsDay.prompter)
        #expect(onItsDay.output.hasPrefix("Log Wed 9 Dec 2026, Session 2?\n"
            + "Enter if you did it on Wed 9 Dec, t if today, or type the day you did it (YYYY-MM-DD): \nOpen book"),
            "\(onItsDay.output)")
        #expect(onItsDay.output.contains("Pain during the session, 0-10 (Enter to skip): 2\nPain this morning, 0-10 (Enter to skip): 1\n"
            + "Pain the morning after Mon 7 Dec's session, 0-10 (Enter to skip): 0\n"), "\(onItsDay.output)")
        #expect(answers.entry?.date == (try Self.day("2026-12-09")))
        #expect(answers.entry?.morningPain == 1)
        #expect(answers.morning == .init(date: try Self.day("2026-12-07"), pain: 0))

        // Done today, a day late: dated today, said so, and no "this morning" for it.
        let today = Script(["t", "", "", "", "2", "0", "", ""])
        let late = try Self.interview(logs: [monday], today: "2026-12-10").run(today.prompter)
        #expect(late.entry?.date == (try Self.day("2026-12-10")))
        #expect(late.entry?.morningPain == nil)
        #expect(today.output.contains("(YYYY-MM-DD): t\nLogging Wed 9 Dec 2026, Session 2, done on Thu 10 Dec 2026.\n"),
                "\(today.output)")
        #expect(!today.output.contains("Pain this morning, 0-10"), "\(today.output)")
        #expect(today.output.contains("Pain the morning after Mon 7 Dec's session, 0-10 (Enter to skip): 0\n"), "\(today.output)")
        #expect(late.morning == .init(date: try Self.day("2026-12-07"), pain: 0))

        // On the session's own day, Enter is yes: nothing to tell apart.
        let sameDay = Script(["", "", "", "", "", "", "", ""])
        _ = try Self.interview(logs: [monday], today: "2026-12-09").run(sameDay.prompter)
        #expect(sameDay.output.hasPrefix("Log Wed 9 Dec 2026, Session 2?\nEnter for yes, or type another date (YYYY-MM-DD): "),
                "\(sameDay.output)")
    }

    @Test func aDateGivenWithTheFlagSaysWhichSessionItLogs() throws {
        let interview = try Self.interview()
        guard case .success(let given) = interview.pick("2026-12-07", default: nil) else {
            Issue.record("--date 2026-12-07 was refused")
            return
        }
        let script = Script(["", "", "", "", "", "", "", ""])
        #expect(try interview.run(script.prompter, date: given).entry?.date == (try Self.day("2026-12-07")))
        #expect(script.output.hasPrefix("Logging Mon 7 Dec 2026, Session 1.\nOpen book"))
    }

    @Test func theSessionOfferedIsTheLatestDueAfterTheLastLogged() throws {
        #expect(try Self.interview().offered == 2)
        #expect(try Self.interview(today: "2026-12-10").offered == 1)
        // The Wed session was skipped and Fri's logged: nothing is offered, not Wed's.
        let friday = SessionLog(date: try Self.day("2026-12-11"), pain: 1)
        #expect(try Self.interview(logs: [friday], today: "2026-12-13").offered == nil)
    }

    /// A negative set is out of range, not "not a whole number"; `1,,` is a number left out.
    @Test func aNegativeSetAndAnEmptyRedFlagNumberAreAskedAgainWithTheRightReason() throws {
        #expect(LogInterview.sets("6,4,-1", hold: false, example: "5,5,4")
            == .failure(.init("each set is from 0 to 600 reps, found -1")))
        #expect(LogInterview.redFlags("1,,") == .failure(.init(
            "a number is missing between the commas; type numbers such as 2,5, or press Enter for none")))
        #expect(LogInterview.redFlags("1, 3").map { $0.map(\.id) } == .success([RedFlag.standard[0].id, RedFlag.standard[2].id]))
    }

    @Test func withEverySessionLoggedItSaysSoAndAsksTheMorningOnly() throws {
        let friday = SessionLog(date: try Self.day("2026-12-11"), pain: 1)
        let script = Script(["0"])
        let answers = try Self.interview(logs: [friday], today: "2026-12-12").run(script.prompter)
        #expect(answers == LogInterview.Answers(morning: .init(date: try Self.day("2026-12-11"), pain: 0), nothingDue: .loggedAlready))
        // Mon and Wed were not logged: it does not say every session is.
        #expect(script.output == "Nothing new to log since Fri 11 Dec 2026, the latest session logged; 2 sessions before it "
            + "were not logged ('protract log --date YYYY-MM-DD' logs one done late).\n"
            + "Pain this morning after Fri 11 Dec's session, 0-10 (Enter to skip): 0\n")
        // With the course chosen by name, the command it suggests names it too.
        var named = try Self.interview(logs: [friday], today: "2026-12-12")
        named.command = "protract log --course sam-2"
        let chosen = Script(["0"])
        _ = try named.run(chosen.prompter)
        #expect(chosen.output.contains("('protract log --course sam-2 --date YYYY-MM-DD' logs one done late)"), "\(chosen.output)")
        // Every one logged, Wed's a day late: it says so.
        let all = [SessionLog(date: try Self.day("2026-12-07")), SessionLog(date: try Self.day("2026-12-10")), friday]
        let logged = Script(["0"])
        _ = try Self.interview(logs: all, today: "2026-12-12").run(logged.prompter)
        #expect(logged.output.hasPrefix("Every session up to today is logged (the latest on Fri 11 Dec 2026).\n"), "\(logged.output)")
        // The last session of the plan logged: the course has ended, and a new one is how to go on.
        var ended = try Self.interview(logs: all + [SessionLog(date: try Self.day("2026-12-14"), morningPain: 1)], today: "2026-12-20")
        ended.newCourse = "protract start upper-back-rehab --course NEW-NAME"
        let over = Script([])
        #expect(try ended.run(over.prompter) == LogInterview.Answers(nothingDue: .loggedAlready))
        #expect(over.output == "The course has ended: its last session, Mon 14 Dec 2026, Session 4, is logged. "
            + "To train on, begin a new course with 'protract start upper-back-rehab --course NEW-NAME'.\n", "\(over.output)")

        // The same day: the morning has not come.
        let sameDay = Script([])
        #expect(try Self.interview(logs: [friday]).run(sameDay.prompter) == LogInterview.Answers(nothingDue: .loggedAlready))

        let early = Script([])
        let none = try Self.interview(today: "2026-12-07")
        #expect(try LogInterview(sessions: Array(none.sessions.dropFirst()), logs: [], start: none.start, today: none.today)
            .run(early.prompter) == LogInterview.Answers(nothingDue: .notYet))
        #expect(early.output == "Nothing to log yet: the first session is Wed 9 Dec 2026, Session 2.\n")
    }

    @Test func anExerciseTwiceInASessionIsAskedOnce() throws {
        var interview = try Self.interview()
        interview.sessions[2].items.append(Self.pushUp)
        let script = Script(["", "", "", "n", "5,5,5", "", "", ""])
        #expect(try interview.run(script.prompter).entry?.done == [SessionLog.Work(exerciseID: "knee-push-up", sets: [5, 5, 5])])
        #expect(script.output.components(separatedBy: "Knee push-up 3 x 6").count == 2)
    }

    @Test func aNoteWithAControlCharacterIsAskedAgain() throws {
        let script = Script(["", "", "", "", "", "", "bad \u{1B}[31m", "fine"])
        #expect(try Self.interview().run(script.prompter).entry?.note == "fine")
        #expect(script.output.contains("the note"))
        // The reason shows the character, never the character itself (only the echo has it).
        #expect(!script.output.replacingOccurrences(of: "bad \u{1B}[31m\n", with: "").contains("\u{1B}"))
    }

    @Test func questionsAndReasonsWrapToANarrowTerminal() throws {
        let script = Script(["", "", "", "n", "6,x", "6,6,5", "", "", ""])
        var prompter = script.prompter
        prompter.width = 40
        _ = try Self.interview().run(prompter)
        let lines = script.output.split(separator: "\n", omittingEmptySubsequences: false)
        // A prompt's last line holds the answer too.
        #expect(lines.allSatisfy { $0.count <= 40 || $0.contains("): ") || $0.contains("] ") }, "\(script.output)")
        #expect(script.output.contains("  'x' is not a whole number; type the\n  reps of each set, such as 6,6,5\n"))
    }
}

/// A session with a retest asks its count (issue 13); one without does not.
struct LogInterviewRetestTests {
    static let test = LogInterview.Item(exerciseID: "knee-push-up", name: "Knee push-up", sets: 1, dose: .maxTest)

    static func interview() throws -> LogInterview {
        let session = LogInterview.Session(
            date: try LogInterviewTests.day("2026-12-14"), title: "Push-up volume",
            items: [LogInterviewTests.openBook, test, LogInterviewTests.pushUp])
        return LogInterview(
            sessions: [session], logs: [], start: try LogInterviewTests.day("2026-12-07"),
            today: try LogInterviewTests.day("2026-12-14"))
    }

    @Test func aRetestAsksItsCountAndRefusesWhatIsNotOne() throws {
        let script = LogInterviewTests.Script(["", "x", "601", "14", "", "", "1", "", ""])
        let entry = try #require(try Self.interview().run(script.prompter).entry)
        #expect(entry == SessionLog(date: try LogInterviewTests.day("2026-12-14"), pain: 1, retest: 14))
        #expect(script.output.contains(
            "Retest, Knee push-up: reps in the one set to technical failure (Enter to skip): "))
        #expect(script.output.contains("type the reps of the test's one set, a whole number from 0 to 600"))
        #expect(!script.output.contains("max: done as planned"), "the test is not asked as a dose")
        #expect(script.output.contains("Knee push-up 3 x 6: done as planned? [Y/n] "), "the working sets still are")
        #expect(script.lines.isEmpty)
    }

    @Test func aSkippedCountLeavesNoRetestAndASessionWithoutOneNeverAsks() throws {
        let script = LogInterviewTests.Script(["", "", "", "", "", "", ""])
        #expect(try Self.interview().run(script.prompter).entry?.retest == nil)
        let plain = LogInterviewTests.Script(["", "", "", "y", "2", "", ""])
        _ = try LogInterviewTests.interview().run(plain.prompter)
        #expect(!plain.output.contains("Retest"))
    }
}
