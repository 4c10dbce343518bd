import Foundation
import Testing

/// `--course NAME` for a course that is not in the data folder: the help names only a course that
/// exists (a trial's `--course Kim`, for a course called `kim-rehab`, was told to use `kim`, which
/// names none), else the courses there are, else that there are none and how to start one.
@Suite struct UnknownCourseTests {
    /// Every command that works on an existing course, each given `--course`.
    static let commands: [[String]] = [
        ["log", "--today", "2026-12-07", "--as-planned"], ["plan", "--today", "2026-12-07"], ["next", "--today", "2026-12-07"],
        ["progress", "--today", "2026-12-07"],
    ]

    @Test(arguments: [
        // Another case, a part of the name, a typo, an accent: the course it stands for.
        ("Kim", "did you mean --course kim-rehab? 'protract courses' lists every course"),
        ("kim", "did you mean --course kim-rehab? 'protract courses' lists every course"),
        ("kim-rehb", "did you mean --course kim-rehab? 'protract courses' lists every course"),
        ("Kïm Rehab", "did you mean --course kim-rehab? 'protract courses' lists every course"),
        // Nothing close: the courses there are, never a name of the typed one's form.
        ("Bob", "the courses are kim-rehab, sam; 'protract courses' lists them"),
    ])
    func aCourseNotThereIsHelpedWithOneThatIs(_ name: String, _ help: String) throws {
        try Courses.with { courses in
            try courses.start(["--course", "kim-rehab"])
            try courses.start(["--course", "sam"])
            let before = try courses.bytes("kim-rehab")
            for command in Self.commands {
                let result = try courses.run(command + ["--course", name])
                #expect(result.status == 66, "\(command): \(result)")
                #expect(result.stderr == "protract: error: no course is called '\(name)'\n  help: \(help)\n", "\(command): \(result)")
            }
            #expect(try courses.bytes("kim-rehab") == before)
            // The course suggested is one `--course` takes.
            if let suggested = help.firstMatch(of: /--course ([a-z-]+)\?/)?.1 {
                let next = try courses.run(["next", "--today", "2026-12-07", "--course", String(suggested)])
                #expect(next.status == 0, "\(next)")
            }
        }
    }

    @Test func withNoCourseItSaysSoAndHowToStartOne() throws {
        try Courses.with { courses in
            for command in Self.commands {
                let result = try courses.run(command + ["--course", "Kim"])
                #expect(result.status == 66, "\(command): \(result)")
                #expect(result.stderr == """
                    protract: error: no course is called 'Kim'
                      help: there are no courses in \(courses.folder.path) yet; start one with 'protract start PROGRAMME --course kim'

                    """, "\(command): \(result)")
            }
        }
    }

    /// `start` names a new course: a name that is not a course name is refused with one of its
    /// form, as before (`JournalCommandTests.startRefusesBadCourseFlags`).
    @Test func startStillOffersANameOfItsForm() throws {
        try Courses.with { courses in
            let result = try courses.run(["start", "upper-back-rehab"] + Courses.startFlags + ["--course", "Kim"])
            #expect(result.status == 64, "\(result)")
            #expect(result.stderr.hasPrefix(
                "protract: error: --course: course id 'Kim' is not kebab-case; use lowercase letters, digits and single hyphens, such as 'kim'"),
                "\(result)")
        }
    }
}
