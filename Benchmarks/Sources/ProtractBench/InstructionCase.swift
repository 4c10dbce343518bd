import Foundation

/// The whole commands counted in instructions under Valgrind's callgrind: a figure that does not
/// move with the machine's load, to compare one build with the next (wall time, which the goals
/// are judged by, moves by 0.2x or more between runs on a shared machine). Hashing is made
/// deterministic (`SWIFT_DETERMINISTIC_HASHING=1`), so two runs of one build count alike.
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
        /// The instructions `arguments` take (with `course`'s data folder, if any), in millions.
        func count(_ program: String, _ arguments: [String], course: CourseCase.Prepared? = nil) throws -> Double {
            let command = [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", program] + arguments
            // A first run for `log`, whose first edit changes the journal: the counted one finds it as it leaves it.
            if let course { _ = try course.run(program, arguments) }
            let outcome = try course.map { try $0.run(command[0], Array(command.dropFirst()), stderr: report) }
                ?? Spawn.run(command[0], Array(command.dropFirst()), stderr: report)
            let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
            guard outcome.status == 0, let line = text.split(separator: "\n").first(where: { $0.contains("I   refs:") }),
                let figure = line.split(separator: " ").last.map({ $0.filter(\.isNumber) }), let value = Double(figure)
            else { throw BenchError("callgrind of \(([program] + arguments).joined(separator: " ")) failed (exit \(outcome.status))") }
            return value / 1e6
        }
        let base = try count(hello, [])
        func row(_ name: String, _ millions: Double) {
            print("  " + Report.pad(name, 38) + Report.pad(Report.fixed(millions, 1) + " M", 11, right: true)
                + "   " + Report.fixed(millions / base, 2) + "x of hello's")
        }
        row("hello-foundation", base)
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
