import Foundation
import PlanKit
import Testing

/// `plan` and `start` on a real terminal ask the programme's red-flag questions before the first
/// plan: the built binary in a tmux pane, answered key by key (issue 13).
@Suite(.enabled(if: TmuxPane.tmux != nil, "tmux is not installed: scripts/ensure-deps.sh --test installs it"))
struct ScreeningTerminalTests {
    static let planFlags = ["upper-back-rehab", "--start", "2026-12-07", "--time-zone", "Europe/London", "--weeks", "1"]

    /// Runs `protract ARGS...` in a pane of `courses`' folder; the pane ends with `[exit N]`.
    static func pane(_ courses: Courses, _ arguments: [String]) throws -> TmuxPane {
        let command = try courses.commandLine(arguments)
        return try TmuxPane("NO_COLOR=1 \(command); echo \"[exit $?]\"; sleep 600", in: courses.dir, width: 80, height: 60)
    }

    /// Answers every question in turn: yes at the 1-based questions `yesAt`, no to the others
    /// (the screening asks them all, whatever the answers).
    static func answer(_ pane: TmuxPane, yesAt: Set<Int> = []) throws {
        for number in 1...RedFlag.standard.count {
            try pane.wait(for: "[y/n]", count: number)
            try pane.type(yesAt.contains(number) ? "y" : "n")
        }
    }

    @Test func planAsksEveryRedFlagThenPlans() throws {
        try Courses.with { courses in
            let pane = try Self.pane(courses, ["plan"] + Self.planFlags)
            defer { pane.stop() }
            try pane.wait(for: "Before the first plan: the red flags of Push-ups without upper-back pain.")
            try pane.wait(for: "Chest pain, breathlessness or feeling faint with the back pain? [y/n]")
            try pane.type("maybe")
            try pane.wait(for: "Please answer y or n.")
            try Self.answer(pane)
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 0]"), "\(screen)")
            #expect(screen.contains("Pain that is worse when you cough or sneeze? [y/n]"), "\(screen)")
            #expect(screen.contains("Screening: answered, no red flags"), "\(screen)")
            #expect(screen.contains("WEEK 1"), "\(screen)")
        }
    }

    @Test func aYesStopsWithItsAdviceAndNoPlan() throws {
        try Courses.with { courses in
            // The third question is both-legs: an emergency.
            let pane = try Self.pane(courses, ["plan"] + Self.planFlags)
            defer { pane.stop() }
            try Self.answer(pane, yesAt: [3])
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 3]"), "\(screen)")
            #expect(screen.flattened.contains("""
                  - Numbness, tingling or weakness in both legs, or numbness around the genitals or bottom
                    -> call 999 (or your local emergency number) or go to A&E now
                """.flattened), "\(screen)")
            #expect(!screen.contains("WEEK 1"), "\(screen)")
        }
    }

    @Test func startAsksAndAYesStartsNothing() throws {
        try Courses.with { courses in
            let pane = try Self.pane(courses, ["start"] + Self.planFlags.dropLast(2))
            defer { pane.stop() }
            try Self.answer(pane, yesAt: [1])
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 3]"), "\(screen)")
            #expect(!FileManager.default.fileExists(atPath: courses.journal().path), "no course was started")
        }
    }

    @Test func noneOrASymptomAnswersWithoutAQuestion() throws {
        try Courses.with { courses in
            let pane = try Self.pane(courses, ["start"] + Self.planFlags.dropLast(2) + ["--none"])
            defer { pane.stop() }
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 0]"), "\(screen)")
            #expect(!screen.contains("[y/n]"), "\(screen)")
            #expect(screen.contains("Screening: answered, no red flags"), "\(screen)")
            #expect(FileManager.default.fileExists(atPath: courses.journal().path))
        }
    }

    @Test func inputEndingBeforeTheLastAnswerMakesNoPlan() throws {
        try Courses.with { courses in
            let pane = try Self.pane(courses, ["start"] + Self.planFlags.dropLast(2))
            defer { pane.stop() }
            try pane.wait(for: "[y/n]")
            try pane.type("n")
            try pane.wait(for: "[y/n]", count: 2)
            try pane.key("C-d")
            let screen = try pane.wait(for: "[exit ")
            #expect(screen.contains("[exit 1]"), "\(screen)")
            #expect(screen.contains("protract: input ended before every question was answered: no plan was made"))
            #expect(!FileManager.default.fileExists(atPath: courses.journal().path))
        }
    }
}
