import Foundation
import Testing

/// Runs the course commands with `XDG_DATA_HOME` in a test's own folder, so no test touches the
/// real data folder or another test's courses.
struct Courses {
    /// The test's folder; `data/` under it is XDG_DATA_HOME.
    let dir: URL

    var dataHome: URL { dir.appendingPathComponent("data") }
    var folder: URL { dataHome.appendingPathComponent("protract") }

    /// The journal of a course in the data folder.
    func journal(_ name: String = "upper-back-rehab") -> URL { folder.appendingPathComponent("\(name).yaml") }

    /// The journal's text.
    func text(_ name: String = "upper-back-rehab") throws -> String {
        try String(contentsOf: journal(name), encoding: .utf8)
    }

    /// The journal's bytes.
    func bytes(_ name: String = "upper-back-rehab") throws -> Data {
        try Data(contentsOf: journal(name))
    }

    /// The environment every run gets.
    var environment: [String: String?] { ["XDG_DATA_HOME": dataHome.path, "HOME": dir.path] }

    /// `protract ARGS...` in the test's folder.
    func run(_ arguments: [String], environment extra: [String: String?] = [:]) throws -> ProtractBinary.Result {
        try ProtractBinary.run(arguments, in: dir, environment: environment.merging(extra) { $1 }, timeout: 60)
    }

    /// A fixed start: the flagship from Mon 7 Dec 2026 in London, baseline 12 push-ups (a rehab
    /// programme starts a step below the full push-up: knee push-ups, 3 x 5).
    static let startFlags = ["--start", "2026-12-07", "--time-zone", "Europe/London", "--baseline", "push-ups=12"]

    /// `protract start upper-back-rehab` with the fixed inputs, which must succeed.
    @discardableResult
    func start(_ extra: [String] = [], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ProtractBinary.Result {
        let result = try run(["start", "upper-back-rehab"] + Self.startFlags + extra)
        #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
        return result
    }

    /// `protract log ARGS... --today 2026-12-31`, which must succeed.
    @discardableResult
    func log(_ arguments: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ProtractBinary.Result {
        let result = try run(["log", "--today", "2026-12-31"] + arguments)
        #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
        return result
    }

    /// Logs each of `days` as planned with pain 2 on its own day (`--today` that day), with
    /// `extra` flags; each must succeed.
    func logOnTheirDays(
        _ days: [String], _ extra: [String] = [], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        for day in days {
            // The next morning's pain is logged once that morning has come.
            let today = extra.contains("--morning") ? Self.dayAfter(day) : day
            try log(["--date", day, "--as-planned", "--pain", "2"] + extra + ["--today", today], sourceLocation: sourceLocation)
        }
    }

    /// The day after `day` (YYYY-MM-DD).
    static func dayAfter(_ day: String) -> String {
        let format = Date.ISO8601FormatStyle().year().month().day()
        guard let date = try? format.parse(day) else { return day }
        return format.format(date.addingTimeInterval(86_400))
    }

    /// Runs `body` with a fresh folder.
    static func with<T>(_ body: (Courses) throws -> T) throws -> T {
        try withTemporaryDirectory { dir in try body(Courses(dir: dir)) }
    }
}
