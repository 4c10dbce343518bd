import Foundation

/// Peak memory of a YAML case, measured in a child process (`--memory-child KIND FILE`) so that
/// each case starts from a fresh heap: the child reads the file, notes its high-water mark
/// (VmHWM), runs the case once and notes it again. What the case adds is the difference.
enum MemoryCase {
    static let kinds = ["scan", "parse", "catalog", "programme"]

    /// The child's side: prints `BASELINE PEAK` in bytes.
    static func child(kind: String, path: String) throws {
        let bytes = try readFile(path)
        let baseline = highWaterMark()
        switch kind {
        case "scan": _ = YAMLCases.libyamlScan(bytes)
        case "parse": _ = try YAMLCases.parseOnly(bytes)
        case "catalog": _ = try YAMLCases.loadCatalog(bytes)
        case "programme": _ = try YAMLCases.loadProgramme(bytes)
        default: throw BenchError("unknown memory case '\(kind)'")
        }
        print(baseline, highWaterMark())
    }

    /// The parent's side: one child per case, one line per case.
    static func run(catalog: [UInt8], programme: [UInt8]) throws {
        Report.section("Peak memory (goal: within a few times the input size; child process per case, VmHWM)")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("protract-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, bytes, kinds) in [("catalog", catalog, ["scan", "parse", "catalog"]), ("programme", programme, ["scan", "parse", "programme"])] {
            let input = directory.appendingPathComponent("\(name).yaml").path
            let output = directory.appendingPathComponent("out.txt").path
            try Data(bytes).write(to: URL(fileURLWithPath: input))
            for kind in kinds {
                let outcome = try Spawn.run(Spawn.selfPath, ["--memory-child", kind, input], stdout: output)
                let fields = (try String(contentsOfFile: output, encoding: .utf8)).split(separator: " ")
                    .compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
                guard outcome.status == 0, fields.count == 2 else {
                    throw BenchError("the memory child for \(name) \(kind) failed (status \(outcome.status))")
                }
                let added = max(fields[1] - fields[0], 0)
                let label = kind == "scan" ? "libyaml scan" : kind == "parse" ? "YAMLKit parse" : "YAMLKit load+decode"
                print("  " + Report.pad("\(name) \(Report.megabytes(bytes.count)): \(label)", 38)
                    + Report.pad("+" + Report.megabytes(added), 11, right: true)
                    + "   " + Report.fixed(Double(added) / Double(bytes.count), 2) + "x the input"
                    + " (process peak \(Report.megabytes(fields[1])))")
            }
        }
    }

    /// VmHWM from /proc/self/status, in bytes (0 where there is no /proc).
    static func highWaterMark() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }

    /// The file's bytes, read straight into an array of exactly its size (no second copy that
    /// would raise the high-water mark before the baseline is taken).
    static func readFile(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw BenchError("cannot open \(path)") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw BenchError("cannot stat \(path)") }
        let size = Int(info.st_size)
        return try [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = read(descriptor, buffer.baseAddress.map { $0 + count }, size - count)
                guard got > 0 else { throw BenchError("cannot read \(path)") }
                count += got
            }
        }
    }
}
