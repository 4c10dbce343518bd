import Foundation
import PlanKit

/// The largest programme the count limits allow, planned at the longest length in every format:
/// `protract plan` as a child process, timed, with its peak resident memory.
///
/// The programme trains every day for 520 weeks; each of its 28 session templates has the most
/// prescriptions a session may have (a warm-up, two stabilizer blocks, one of the most exercises
/// a block may list, and a push-up ladder with retests), its exercises have the most cues, and
/// its safety lists the most items. Its
/// texts are long but ordinary (a 200-character cue): text lengths have their own limits, and
/// output grows with them. Goal: under 2 s and 300 MB in each format.
enum WorstCase {
    /// The programme's YAML.
    static func programme() -> String {
        // Per session: 6 warm-up drills, 10 + 6 stabilizers and a push-up step with its retest make
        // the most prescriptions a session may have (24).
        let perBlock = Limits.exercisesPerBlock
        let drills = (0..<6).map { "worst-drill-\($0)" }
        let stabilizers = (0..<(perBlock + 6)).map { "worst-stabilizer-\($0)" }
        let ladder = (0..<perBlock).map { "worst-push-up-\($0)" }
        let sentence = String(repeating: "Keep the shoulder blades wide and the neck long. ", count: 4)
        let cue = String(sentence.prefix(200))
        func exercise(_ id: String, _ category: String) -> String {
            """
              - id: \(id)
                name: \(id.split(separator: "-").map { $0.capitalized }.joined(separator: " "))
                category: \(category)
                kind: reps
                tempo: 2-1-2
                muscles: [\((0..<Limits.listItems).map { "muscle \($0)" }.joined(separator: ", "))]
                summary: "\(cue)"
                cues: [\(Array(repeating: "\"\(cue)\"", count: Limits.cues).joined(separator: ", "))]
                short-cue: "\(cue)"

            """
        }
        var blocks = "      - {plugin: mobility-warmup, minutes: 6, drills: [\(drills.joined(separator: ", "))]}\n"
        for ids in [stabilizers[0..<perBlock], stabilizers[perBlock...]] {
            blocks += "      - plugin: stabilizer-strength\n"
                + "        exercises: [\(ids.joined(separator: ", "))]\n"
                + "        sets: {start: 2, target: 6}\n        reps: {start: 10, target: 20}\n        rest-seconds: 10\n"
        }
        blocks += "      - {plugin: push-up-progression, ladder: [\(ladder.joined(separator: ", "))], sets: 6, "
            + "rest-seconds: 15, retest-every: 2}\n"
        let sessions = (0..<Limits.sessionTemplates).map { "  - title: Session \($0 + 1)\n    blocks:\n" + blocks }.joined()
        return """
            id: worst-accepted
            title: The worst accepted programme
            summary: Every count at its limit, every day for ten years.
            weeks: \(Programme.maxWeeks)
            schedule: {days: [mon, tue, wed, thu, fri, sat, sun], time: "00:00", min-rest-hours: 0}
            phases:
            \((0..<Limits.phases).map { "  - {name: Phase \($0 + 1), weeks: 10, focus: \"\(cue)\"}" }.joined(separator: "\n"))
            deload: {every: 4, volume: 60%}
            sessions:
            \(sessions)exercises:
            \(drills.map { exercise($0, "mobility") }.joined())\(stabilizers.map { exercise($0, "stabilizer") }.joined())\(ladder.map { exercise($0, "push-up") }.joined())safety:
              stop-if: [\(Array(repeating: "\"\(cue)\"", count: Limits.safetyItems).joined(separator: ", "))]
              red-flags:
            \((1...Limits.redFlags).map { "    - {symptom: flag-\($0), sign: \"\(cue)\", urgency: urgent, advice: \"\(cue)\"}" }.joined(separator: "\n"))
              see-a-clinician: [\(Array(repeating: "\"\(cue)\"", count: Limits.safetyItems).joined(separator: ", "))]
              pain-monitoring: [\(Array(repeating: "\"\(cue)\"", count: Limits.safetyItems).joined(separator: ", "))]

            """
    }

    /// Validates the programme, then plans it at 520 weeks in text, JSON and ics.
    static func run(quick: Bool) throws {
        Report.section("Worst accepted programme (goal: each format under 2 s and 300 MB peak; child process, ru_maxrss)")
        let folder = URL(fileURLWithPath: Spawn.selfPath).deletingLastPathComponent()
        let protract = folder.appendingPathComponent("protract").path
        guard FileManager.default.isExecutableFile(atPath: protract) else {
            Report.note("SKIPPED: protract is not built next to protract-bench (swift build -c release --package-path Benchmarks)")
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("protract-bench-worst-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("worst.yaml").path
        let text = programme()
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let output = directory.appendingPathComponent("out").path
        let validate = try Spawn.run(protract, ["validate", file])
        guard validate.status == 0 else {
            throw BenchError("protract validate refused the worst accepted programme (status \(validate.status)); "
                + "run protract-bench --dump-worst and validate it to see why")
        }
        Report.note("programme \(Report.megabytes(text.utf8.count)); validate \(Report.duration(validate.seconds)), "
            + "peak \(Report.megabytes(validate.peakBytes))")
        let weeks = quick ? "4" : String(Programme.maxWeeks)
        for format in ["text", "json", "ics"] {
            let arguments = ["plan", file, "--weeks", weeks, "--start", "2026-12-07", "--time-zone", "UTC",
                             "--baseline", "push-ups=20", "--format", format]
            let outcome = try Spawn.run(protract, arguments, stdout: output)
            guard outcome.status == 0 else { throw BenchError("protract plan --format \(format) exited \(outcome.status)") }
            let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
            print("  " + Report.pad("plan --weeks \(weeks) --format \(format)", 38)
                + Report.pad(Report.duration(outcome.seconds), 11, right: true)
                + "   peak " + Report.megabytes(outcome.peakBytes) + ", output " + Report.megabytes(size))
        }
    }
}
