import Foundation

/// The closed loop from process start to exit: `protract plan` of a course (goal: within 3x of a
/// Foundation hello) and `protract log` of one session, which replays the journal to say what
/// changes next (goal: within 2x). Two courses: the issue's stress case, two years long with 300
/// logged sessions, and the course a person really keeps, 12 weeks with 33 logged (the brief:
/// speed serves the person). Each journal is written directly in its documented format
/// (docs/journal.md).
enum CourseCase {
    /// A course's length and how many of its sessions are logged.
    struct Shape {
        var label: String
        var weeks: Int
        var sessions: Int

        /// The issue's case: two years, 300 sessions logged.
        static let twoYears = Shape(label: "104 weeks, 300 logged", weeks: 104, sessions: 300)
        /// What a person keeps: the flagship's 12 weeks, logged up to the last week.
        static let twelveWeeks = Shape(label: "12 weeks, 33 logged", weeks: 12, sessions: 33)
    }

    /// Three sessions a week (Mon, Wed, Fri) from Mon 7 Dec 2026: the first `count` dates.
    static func dates(_ count: Int) -> [String] {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        let start = formatter.date(from: "2026-12-07") ?? Date()
        return (0..<count).map { index in
            let days = (index / 3) * 7 + [0, 2, 4][index % 3]
            return formatter.string(from: start.addingTimeInterval(Double(days) * 86_400))
        }
    }

    /// A journal of `shape`, pain moving 1-6 so that the rules hold, step back and progress.
    static func journal(_ shape: Shape) -> String {
        var lines = [
            "protract-journal: 1", "course: bench", "programme:", "  id: upper-back-rehab", "  hash: fnv1a64:0000000000000000",
            "person:", "  name: Bench", "  start: 2026-12-07", "  time-zone: Europe/London", "  weeks: \(shape.weeks)",
            "  baseline: {push-ups: 6}", "sessions:",
        ]
        for (index, date) in dates(shape.sessions).enumerated() {
            let pain = [1, 2, 2, 3, 1, 4, 2, 6, 2, 1][index % 10]
            lines += ["- date: \(date)", "  as-planned: true", "  pain: \(pain)", "  morning-pain: \(max(0, pain - 2))"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A course's data folder with its journal, and the two commands timed on it: `plan` of the
    /// course, and `log --edit` of its last session (a real read, lock, replay and atomic write).
    struct Prepared {
        var shape: Shape
        var home: String
        var plan: [String]
        var log: [String]

        init(_ shape: Shape, under root: URL) throws {
            self.shape = shape
            let home = root.appendingPathComponent("\(shape.weeks)w\(shape.sessions)")
            let data = home.appendingPathComponent("protract")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            try journal(shape).write(to: data.appendingPathComponent("bench.yaml"), atomically: true, encoding: .utf8)
            self.home = home.path
            let today = dates(shape.sessions).last ?? "2026-12-07"
            plan = ["plan", "--today", today]
            log = ["log", "--today", today, "--edit", today, "--as-planned", "--pain", "2"]
        }

        /// Runs `arguments` with this course's data folder.
        func run(_ protract: String, _ arguments: [String], stderr: String = "/dev/null") throws -> Spawn.Outcome {
            setenv("XDG_DATA_HOME", home, 1)
            return try Spawn.run(protract, arguments, stderr: stderr)
        }
    }

    static func run(runs: Int, programs: String, shapes: [Shape]) throws {
        Report.section("Courses (goals: plan within 3x, log within 2x of a hello)")
        guard let built = Spawn.builtPrograms() else { return }
        let (protract, hello) = built
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("protract-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        setenv("PROTRACT_PROGRAMS", programs, 0)
        let courses = try shapes.map { try Prepared($0, under: root) }
        for course in courses {
            for arguments in [course.plan, course.log] {
                let check = try course.run(protract, arguments)
                guard check.status == 0 else { throw BenchError("protract \(arguments.joined(separator: " ")) exited \(check.status)") }
            }
        }
        _ = try Spawn.run(hello, [])
        // Hello, then each course's plan and log, in turn: the machine's moods fall on all alike.
        var helloTimes: [Double] = []
        var times = [[Double]](repeating: [], count: courses.count * 2)
        for _ in 0..<runs {
            helloTimes.append(try Spawn.run(hello, []).seconds)
            for (index, course) in courses.enumerated() {
                times[index * 2].append(try course.run(protract, course.plan).seconds)
                times[index * 2 + 1].append(try course.run(protract, course.log).seconds)
            }
        }
        let base = Samples(helloTimes)
        Report.header()
        Report.row("hello-foundation", base, extra: "\(runs) runs")
        for (index, course) in courses.enumerated() {
            let plan = Samples(times[index * 2])
            let log = Samples(times[index * 2 + 1])
            Report.row("plan, \(course.shape.label)", plan, extra: YAMLCases.ratio(plan, base) + " of hello")
            Report.row("log --edit, \(course.shape.label)", log, extra: YAMLCases.ratio(log, base) + " of hello")
        }
    }
}
