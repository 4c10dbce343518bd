// protract-bench: how fast Protract reads, plans and renders, against baselines measured in the
// same run. See docs/benchmark.md.
//
//   swift run -c release --package-path Benchmarks protract-bench [--quick] [--runs N]
//       [--only yaml,memory,planning,rendering,command,course,worst,instructions] [--megabytes N]
import Foundation

let usage = """
    usage: protract-bench [--quick] [--runs N] [--only SECTIONS] [--megabytes N]
      --quick         every case once on small inputs, to prove the benchmark runs (CI)
      --runs N        timed runs per case (default 7; the command case runs 4N)
      --only LIST     comma-separated: yaml, memory, planning, rendering, command, course, worst,
                      instructions (whole commands counted under valgrind; not run by default)
      --megabytes N   size of the generated catalog (default 4; the programme is half)
    """

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--memory-child", arguments.count == 3 {
    do {
        try MemoryCase.child(kind: arguments[1], path: arguments[2])
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("protract-bench: \(error)\n".utf8))
        exit(1)
    }
}

if arguments.first == "--dump-yaml", arguments.count == 3, let megabytes = Double(arguments[2]) {
    // Prints a generated file, to look at it or to feed it to another tool.
    let generator = YAMLGenerator(targetBytes: Int(megabytes * 1_048_576))
    print(arguments[1] == "programme" ? generator.programme() : generator.catalog(), terminator: "")
    exit(0)
}

if arguments.first == "--dump-worst" {
    // Prints the worst accepted programme (the 'worst' section's input).
    print(WorstCase.programme(), terminator: "")
    exit(0)
}

var quick = false
var runs = 7
var megabytes = 4.0
var sections: Set<String> = ["yaml", "memory", "planning", "rendering", "command", "course", "worst"]
while let argument = arguments.first {
    arguments.removeFirst()
    switch argument {
    case "--quick": quick = true
    case "--runs": runs = arguments.first.flatMap(Int.init) ?? 0; arguments = Array(arguments.dropFirst())
    case "--megabytes": megabytes = arguments.first.flatMap(Double.init) ?? 0; arguments = Array(arguments.dropFirst())
    case "--only": sections = Set((arguments.first ?? "").split(separator: ",").map(String.init)); arguments = Array(arguments.dropFirst())
    case "-h", "--help": print(usage); exit(0)
    default: FileHandle.standardError.write(Data("protract-bench: unknown argument '\(argument)'\n\(usage)\n".utf8)); exit(64)
    }
}
guard runs > 0, megabytes > 0 else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(64)
}

do {
    let stopwatch = quick ? Stopwatch(runs: 1, warmUp: false) : Stopwatch(runs: runs, warmUp: true)
    let catalogBytes = Int((quick ? 0.05 : megabytes) * 1_048_576)
    #if DEBUG
    print("warning: a debug build; run with -c release for real numbers")
    #endif
    print("protract-bench: \(quick ? "quick mode, one run per case on small inputs" : "median and min of \(runs) runs after a warm-up"); "
        + "\(ProcessInfo.processInfo.activeProcessorCount) cores, load \(loadAverage())")
    if !sections.isDisjoint(with: ["yaml", "memory"]) {
        let catalog = Array(YAMLGenerator(targetBytes: catalogBytes).catalog().utf8)
        let programme = Array(YAMLGenerator(targetBytes: catalogBytes / 2).programme().utf8)
        if sections.contains("yaml") { try YAMLCases.run(stopwatch: stopwatch, catalog: catalog, programme: programme) }
        if sections.contains("memory") { try MemoryCase.run(catalog: catalog, programme: programme) }
    }
    let flagship = try Flagship.load()
    if !sections.isDisjoint(with: ["planning", "rendering"]) {
        let variants = try PlanningCases.variants(flagship, quick: quick)
        if sections.contains("planning") { try PlanningCases.runPlanning(variants, stopwatch: stopwatch) }
        if sections.contains("rendering") { try PlanningCases.runRendering(variants, stopwatch: stopwatch) }
    }
    if sections.contains("command") { try CommandCase.run(runs: quick ? 1 : runs * 4, programs: flagship.programs) }
    if sections.contains("course") {
        // Quick mode proves it runs on a short course only.
        let shapes = quick ? [CourseCase.Shape(label: "10 weeks, 30 logged", weeks: 10, sessions: 30)]
            : [CourseCase.Shape.twoYears, .twelveWeeks]
        try CourseCase.run(runs: quick ? 1 : runs * 2, programs: flagship.programs, shapes: shapes)
    }
    if sections.contains("instructions") { try InstructionCase.run(programs: flagship.programs) }
    if sections.contains("worst") { try WorstCase.run(quick: quick) }
    print("")
    print("protract-bench: done")
} catch {
    FileHandle.standardError.write(Data("protract-bench: \(error)\n".utf8))
    exit(1)
}

/// The 1-minute load average, to show how busy the machine was.
func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init) ?? "?"
}
