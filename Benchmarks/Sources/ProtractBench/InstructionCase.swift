import Foundation

/// The whole commands counted in instructions under Valgrind's callgrind: a figure that does not
/// move with the machine's load, to compare one build with the next (wall time, which the goals
/// are judged by, moves by 0.2x or more between runs on a shared machine). Hashing is made
/// deterministic (`SWIFT_DETERMINISTIC_HASHING=1`), so two runs of one build count alike.
/// Each command is counted whole and on its main thread: the built-in catalog is read on a second
/// thread while the command line and the journal are read (`Environment+Early.swift`), so the
/// main thread's count is the path a person waits on, and the whole count the work done.
/// Not in the default sections: each case runs about 50 times slower under Valgrind.
enum InstructionCase {
    static func run(programs: String) throws {
        Report.section("Instructions, whole command under callgrind (run: --only instructions)")
        guard let valgrind = executable(named: "valgrind") else {
            Report.note("SKIPPED: valgrind is not installed (apt-get install valgrind)")
            return
        }
        guard let built = Spawn.builtPrograms() else { return }
        let (protract, hello) = built
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("protract-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        setenv("PROTRACT_PROGRAMS", programs, 0)
        setenv("SWIFT_DETERMINISTIC_HASHING", "1", 1)
        defer { unsetenv("SWIFT_DETERMINISTIC_HASHING") }
        let report = root.appendingPathComponent("valgrind.txt").path
        let output = root.appendingPathComponent("callgrind.out").path
        /// The instructions `arguments` take (with `course`'s data folder, if any), in millions:
        /// all threads', and the main thread's.
        func count(_ program: String, _ arguments: [String], course: CourseCase.Prepared? = nil) throws -> (all: Double, main: Double) {
            let command = [valgrind, "--tool=callgrind", "--separate-threads=yes", "--callgrind-out-file=\(output)", program]
                + arguments
            // A first run for `log`, whose first edit changes the journal: the counted one finds it as it leaves it.
            if let course { _ = try course.run(program, arguments) }
            let outcome = try course.map { try $0.run(command[0], Array(command.dropFirst()), stderr: report) }
                ?? Spawn.run(command[0], Array(command.dropFirst()), stderr: report)
            let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
            // Thread 1's file says its total on a `summary:` line.
            let main = ((try? String(contentsOfFile: output + "-01", encoding: .utf8)) ?? "")
                .split(separator: "\n").first { $0.hasPrefix("summary: ") }
                .flatMap { Double($0.dropFirst("summary: ".count)) }
            guard outcome.status == 0, let line = text.split(separator: "\n").first(where: { $0.contains("I   refs:") }),
                let figure = line.split(separator: " ").last.map({ $0.filter(\.isNumber) }), let value = Double(figure),
                let main
            else { throw BenchError("callgrind of \(([program] + arguments).joined(separator: " ")) failed (exit \(outcome.status))") }
            return (value / 1e6, main / 1e6)
        }
        let base = try count(hello, []).all
        print("  " + Report.pad("case", 38) + Report.pad("all threads", 13, right: true) + Report.pad("main thread", 13, right: true))
        func row(_ name: String, _ millions: (all: Double, main: Double)) {
            print("  " + Report.pad(name, 38) + Report.pad(Report.fixed(millions.all, 1) + " M", 13, right: true)
                + Report.pad(Report.fixed(millions.main, 1) + " M", 13, right: true)
                + "   " + Report.fixed(millions.main / base, 2) + "x of hello's")
        }
        row("hello-foundation", (base, base))
        row("protract --version (the floor)", try count(protract, ["--version"]))
        row("protract plan upper-back-rehab", try count(
            protract, ["plan", "upper-back-rehab", "--start", "2026-12-07", "--time-zone", "Europe/London"]))
        for shape in [CourseCase.Shape.twoYears, .twelveWeeks] {
            let course = try CourseCase.Prepared(shape, under: root)
            row("plan, \(shape.label)", try count(protract, course.plan, course: course))
            row("log --edit, \(shape.label)", try count(protract, course.log, course: course))
        }
    }

    /// The first `name` on PATH that can be run.
    static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
