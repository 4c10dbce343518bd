import Foundation

/// The whole command from process start to exit: `protract plan upper-back-rehab` (stdout to
/// /dev/null) against `hello-foundation`, spawned alternately, N times each.
enum CommandCase {
    static func run(runs: Int, programs: String) throws {
        Report.section("Whole command (goal: protract plan within 2.5x of a Foundation hello)")
        guard let built = Spawn.builtPrograms() else { return }
        let (protract, hello) = built
        setenv("PROTRACT_PROGRAMS", programs, 0)
        let arguments = ["plan", "upper-back-rehab", "--start", "2026-12-07", "--time-zone", "Europe/London"]
        // One run of each first, to check both work and to warm the file cache.
        let check = try Spawn.run(protract, arguments)
        guard check.status == 0 else { throw BenchError("protract plan exited \(check.status)") }
        _ = try Spawn.run(hello, [])
        var protractTimes: [Double] = []
        var helloTimes: [Double] = []
        var floorTimes: [Double] = []
        for _ in 0..<runs {
            helloTimes.append(try Spawn.run(hello, []).seconds)
            protractTimes.append(try Spawn.run(protract, arguments).seconds)
            floorTimes.append(try Spawn.run(protract, ["--version"]).seconds)
        }
        let base = Samples(helloTimes)
        let whole = Samples(protractTimes)
        Report.header()
        Report.row("hello-foundation", base, extra: "\(runs) runs")
        Report.row("protract plan upper-back-rehab", whole, extra: YAMLCases.ratio(whole, base) + " of hello")
        // The floor under every command: loading protract and its libraries, and ArgumentParser
        // parsing a command line; no file is read.
        let floor = Samples(floorTimes)
        Report.row("protract --version (the floor)", floor, extra: YAMLCases.ratio(floor, base) + " of hello")
    }
}
