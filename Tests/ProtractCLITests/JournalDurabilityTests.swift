import Foundation
import Testing

/// The journal survives `kill -9` in the middle of a write, and concurrent `log` processes all land.
@Suite(.serialized) struct JournalDurabilityTests {
    /// Starts `protract ARGS...` without waiting for it.
    static func launch(_ arguments: [String], courses: Courses, environment extra: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = try ProtractBinary.url()
        process.arguments = arguments
        process.currentDirectoryURL = courses.dir
        var env = ProcessInfo.processInfo.environment
        for (key, value) in courses.environment { env[key] = value }
        for (key, value) in extra { env[key] = value }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The dates `log --list` shows, checking that the journal reads.
    static func loggedDates(_ courses: Courses, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String] {
        let list = try courses.run(["log", "--list"])
        #expect(list.status == 0, "the journal no longer reads: \(list)\n\((try? courses.text()) ?? "")", sourceLocation: sourceLocation)
        return list.stdout.split(separator: "\n").dropFirst().filter { !$0.hasPrefix(" ") }
            .map { String($0.prefix(16)).trimmingCharacters(in: .whitespaces) }
    }

    /// The `index`-th training day of the course (Mon, Wed, Fri from Mon 2026-12-07), as
    /// YYYY-MM-DD: one entry to each session, as `log` takes them.
    static func date(_ index: Int) -> String {
        var components = DateComponents(year: 2026, month: 12, day: 7 + 7 * (index / 3) + [0, 2, 4][index % 3])
        components.calendar = Calendar(identifier: .gregorian)
        components.timeZone = TimeZone(identifier: "UTC")
        let formatter = DateFormatter()
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: components.date ?? Date(timeIntervalSince1970: 0))
    }

    @Test func killingLogMidWriteNeverLeavesAnUnreadableJournal() throws {
        try Courses.with { courses in
            try courses.start(["--weeks", "20"])  // 60 sessions: one for each entry
            var generator = SystemRandomNumberGenerator()
            var logged: [String] = []
            var killed = 0
            for run in 0..<50 {
                let process = try Self.launch(
                    ["log", "--today", "2027-12-31", "--date", Self.date(run), "--as-planned", "--pain", "2",
                     "--note", String(repeating: "a long note to make the write longer; ", count: 20)],
                    courses: courses, environment: ["PROTRACT_TEST_WRITE_DELAY_MS": "15"])
                // Anywhere from before the journal is read to after the rename.
                usleep(UInt32(Int.random(in: 0...70, using: &generator)) * 1000)
                if process.isRunning {
                    kill(process.processIdentifier, SIGKILL)
                    killed += 1
                }
                process.waitUntilExit()
                let dates = try Self.loggedDates(courses)
                // Either the entry landed whole or not at all, and nothing logged before is lost.
                #expect(dates.count == logged.count || dates.count == logged.count + 1, "run \(run): \(dates)")
                #expect(Set(logged).isSubset(of: Set(dates)), "run \(run) lost an entry")
                logged = dates
                // At most one temporary file (from the last kill) is ever left; the next write removes it.
                let leftovers = try FileManager.default.contentsOfDirectory(atPath: courses.folder.path).filter { $0.hasSuffix(".tmp") }
                #expect(leftovers.count <= 1, "\(leftovers)")
            }
            #expect(killed >= 10, "the kills should land inside writes often enough to test something (\(killed) of 50)")
            #expect(logged.count < 50, "some runs should have been killed before their rename")
        }
    }

    @Test func twentyConcurrentLogsAllLand() throws {
        try Courses.with { courses in
            try courses.start(["--weeks", "20"])  // 60 sessions: one for each entry
            let processes = try (0..<20).map { index in
                // They land in any order: one before entries already there changes the doses those
                // stand for, which is asked for here (the test is of the lock, not of the order).
                try Self.launch(
                    ["log", "--today", "2027-12-31", "--date", Self.date(index), "--as-planned", "--pain", String(index % 11),
                     "--change-later"],
                    courses: courses, environment: ["PROTRACT_TEST_WRITE_DELAY_MS": "5"])
            }
            for process in processes {
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
            }
            let dates = try Self.loggedDates(courses)
            #expect(dates.count == 20, "\(dates)")
            let text = try courses.text()
            for index in 0..<20 {
                #expect(text.contains("- date: \(Self.date(index))\n"), "entry \(index) is missing")
            }
        }
    }
}
