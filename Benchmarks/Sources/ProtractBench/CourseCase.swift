import Foundation

/// The closed loop from process start to exit, on a course two years long with 300 logged
/// sessions: `protract plan` of the course (goal: within 3x of a Foundation hello) and
/// `protract log` of one session, which replays the journal to say what changes next (goal:
/// within 2x). The journal is written directly in its documented format (docs/journal.md).
enum CourseCase {
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

    /// A journal of `count` sessions, pain moving 1-6 so that the rules hold, step back and progress.
    static func journal(sessions count: Int) -> String {
        var lines = [
            "protract-journal: 1", "course: bench", "programme:", "  id: upper-back-rehab", "  hash: fnv1a64:0000000000000000",
            "person:", "  name: Bench", "  start: 2026-12-07", "  time-zone: Europe/London", "  weeks: 104",
            "  baseline: {push-ups: 6}", "sessions:",
        ]
        for (index, date) in dates(count).enumerated() {
            let pain = [1, 2, 2, 3, 1, 4, 2, 6, 2, 1][index % 10]
            lines += ["- date: \(date)", "  as-planned: true", "  pain: \(pain)", "  morning-pain: \(max(0, pain - 2))"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func run(runs: Int, programs: String, sessions: Int) throws {
        Report.section("A course of 104 weeks with \(sessions) logged sessions (goals: plan within 3x, log within 2x of a hello)")
        let folder = URL(fileURLWithPath: Spawn.selfPath).deletingLastPathComponent()
        let protract = folder.appendingPathComponent("protract").path
        let hello = folder.appendingPathComponent("hello-foundation").path
        guard FileManager.default.isExecutableFile(atPath: protract), FileManager.default.isExecutableFile(atPath: hello) else {
            Report.note("SKIPPED: build protract and hello-foundation first: swift build -c release --package-path Benchmarks")
            return
        }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("protract-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: home) }
        let data = home.appendingPathComponent("protract")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try journal(sessions: sessions).write(to: data.appendingPathComponent("bench.yaml"), atomically: true, encoding: .utf8)
        setenv("XDG_DATA_HOME", home.path, 1)
        setenv("PROTRACT_PROGRAMS", programs, 0)
        let dates = dates(sessions)
        let today = dates.last ?? "2026-12-07"
        let plan = ["plan", "--today", today]
        // `log --edit` of the last session: a real read, lock, replay and atomic write every run.
        let log = ["log", "--today", today, "--edit", today, "--as-planned", "--pain", "2"]
        for arguments in [plan, log] {
            let check = try Spawn.run(protract, arguments)
            guard check.status == 0 else { throw BenchError("protract \(arguments.joined(separator: " ")) exited \(check.status)") }
        }
        _ = try Spawn.run(hello, [])
        var times: [[Double]] = [[], [], []]
        for _ in 0..<runs {
            times[0].append(try Spawn.run(hello, []).seconds)
            times[1].append(try Spawn.run(protract, plan).seconds)
            times[2].append(try Spawn.run(protract, log).seconds)
        }
        let base = Samples(times[0])
        Report.header()
        Report.row("hello-foundation", base, extra: "\(runs) runs")
        Report.row("protract plan (the course)", Samples(times[1]), extra: YAMLCases.ratio(Samples(times[1]), base) + " of hello")
        Report.row("protract log --edit", Samples(times[2]), extra: YAMLCases.ratio(Samples(times[2]), base) + " of hello")
    }
}
