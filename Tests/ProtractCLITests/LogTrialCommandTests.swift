import Foundation
import Testing

/// What a phone user's trial of `protract log` found, from a script with the built binary:
/// exercises named, the morning's command, and later entries that stand on an earlier one.
struct LogTrialCommandTests {
    /// Confirmations and `--list` name the exercises as the plan does; the commands keep the ids.
    @Test func confirmationsAndTheListNameTheExercises() throws {
        try Courses.with { courses in
            try courses.start()
            let logged = try courses.log([
                "--date", "2026-12-07", "--as-planned", "--done", "knee-push-up=5,5,4", "--pain", "4", "--hurt", "cat-cow",
            ])
            #expect(logged.stdout.flattened.contains("logged Mon 7 Dec 2026: as planned except knee push-up 5,5,4; pain 4/10; hurt: cat-cow"),
                    "\(logged)")
            let list = try courses.run(["log", "--list", "--today", "2026-12-08"])
            #expect(list.status == 0)
            #expect(list.stdout.contains("as planned except knee push-up 5,5,4; pain 4/10; hurt: cat-cow"), "\(list)")
            let again = try courses.run(["log", "--date", "2026-12-07", "--as-planned", "--today", "2026-12-08"])
            #expect(again.status == 73)
            #expect(again.stderr.contains("it records: as planned except knee push-up 5,5,4"), "\(again)")
            let removed = try courses.run(["log", "--remove", "2026-12-07", "--today", "2026-12-08"])
            #expect(removed.stdout.contains("it recorded: as planned except knee push-up 5,5,4"), "\(removed)")
            #expect(removed.stdout.contains("--done knee-push-up=5,5,4"), "\(removed)")
        }
    }

    /// After a session logged on its day without the morning's pain: the command that rates it
    /// tomorrow, with the course's flag; not after the morning's pain itself.
    @Test func aSessionOfTodaySaysTheMorningsCommand() throws {
        try Courses.with { courses in
            try courses.start(["--course", "sam"])
            let logged = try courses.run(["log", "--course", "sam", "--today", "2026-12-07", "--as-planned", "--pain", "2"])
            #expect(logged.status == 0, "\(logged)")
            #expect(logged.stdout.flattened.hasSuffix(
                "Tomorrow morning: 'protract log --course sam --morning N', N your pain on waking, 0-10 (the next "
                    + "session's dose depends on it)"), "\(logged)")
            let morning = try courses.run(["log", "--course", "sam", "--today", "2026-12-08", "--morning", "1"])
            #expect(morning.status == 0 && !morning.stdout.contains("Tomorrow morning"), "\(morning)")
            #expect(try courses.text("sam").contains("morning-pain: 1"))
            // With the morning given, or a day gone, there is nothing to remind.
            let rated = try courses.run(["log", "--course", "sam", "--today", "2026-12-10", "--as-planned", "--date", "2026-12-09",
                                         "--morning", "0"])
            #expect(rated.status == 0 && !rated.stdout.contains("Tomorrow morning"), "\(rated)")
        }
    }

    /// `--remove` and `--edit` of an entry with later ones: refused from a script (64, the journal
    /// unchanged) unless `--change-later` says so; the latest entry needs nothing.
    @Test func anEntryWithLaterOnesIsChangedOnlyWhenAsked() throws {
        try Courses.with { courses in
            try courses.start()
            try courses.logOnTheirDays(["2026-12-07", "2026-12-09", "2026-12-11"])
            let before = try courses.bytes()
            let removed = try courses.run(["log", "--remove", "2026-12-07", "--today", "2026-12-12"])
            #expect(removed.status == 64, "\(removed)")
            #expect(removed.stderr.contains(
                "Mon 7 Dec 2026 is not the latest entry: the 2 sessions logged after it (Wed 9 Dec, Fri 11 Dec) were adapted from it; "
                    + "the journal was not changed"), "\(removed)")
            #expect(removed.stderr.contains("add --change-later to remove it anyway"), "\(removed)")
            let edited = try courses.run(["log", "--edit", "2026-12-09", "--as-planned", "--pain", "3", "--today", "2026-12-12"])
            #expect(edited.status == 64, "\(edited)")
            #expect(edited.stderr.contains("the session logged after it (Fri 11 Dec) was adapted from it"), "\(edited)")
            #expect(try courses.bytes() == before)
            let latest = try courses.run(["log", "--edit", "2026-12-11", "--as-planned", "--pain", "3", "--today", "2026-12-12"])
            #expect(latest.status == 0, "\(latest)")
            let asked = try courses.run(["log", "--remove", "2026-12-07", "--change-later", "--today", "2026-12-12"])
            #expect(asked.status == 0, "\(asked)")
            #expect(!(try courses.text()).contains("- date: 2026-12-07"))
        }
    }

    /// `--symptom` from a script is logged at once (exit 3): the question is for a terminal.
    @Test func aRedFlagFromAScriptIsImmediate() throws {
        try Courses.with { courses in
            try courses.start()
            let flagged = try courses.run(["log", "--today", "2026-12-07", "--as-planned", "--symptom", "arm-numbness"])
            #expect(flagged.status == 3, "\(flagged)")
            #expect(try courses.text().contains("symptoms: [arm-numbness]"))
        }
    }
}
