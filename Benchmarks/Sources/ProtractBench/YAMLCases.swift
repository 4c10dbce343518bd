import CYAML
import PlanKit
import YAMLKit

/// YAML loading: YAMLKit's whole path against libyaml's own event scan of the same bytes.
enum YAMLCases {
    /// libyaml's floor: parse every event and delete it, build nothing. Returns the event count.
    static func libyamlScan(_ bytes: [UInt8]) -> Int {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return -1 }
        defer { yaml_parser_delete(&parser) }
        var events = 0
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                events += 1
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if done { return }
            }
            events = -1
        }
        return events
    }

    /// YAMLKit's path as the CLI takes it (`protract validate`): load the document, then decode
    /// it into typed values.
    ///
    /// The generated files are larger than the count limits allow (a catalog of 7,000 exercises, a
    /// programme of 200 templates and 3,500 exercises: see docs/limits.md), on purpose, to time
    /// decoding on a few megabytes; the whole file is still decoded before the limits are
    /// reported, so only that report is accepted here.
    static func loadCatalog(_ bytes: [UInt8]) throws -> Int {
        try load(CatalogFile.self, "catalog.yaml", bytes) { $0.exercises.count }
    }

    static func loadProgramme(_ bytes: [UInt8]) throws -> Int {
        try load(Programme.self, "programme.yaml", bytes) { $0.exercises.count }
    }

    private static func load<T: Decodable>(
        _ type: T.Type, _ name: String, _ bytes: [UInt8], count: (T) -> Int
    ) throws -> Int {
        let document = try YAMLDocument.load(SourceFile(name: name, bytes: bytes), limits: limits)
        let diagnostics: [Diagnostic]
        do {
            return count(try document.decode(T.self))
        } catch {
            diagnostics = error.diagnostics
        }
        guard diagnostics.allSatisfy({ $0.message.contains(" may have at most ") }) else {
            throw YAMLError(diagnostics)
        }
        return diagnostics.count
    }

    /// Parsing alone (no decoding), to see which half the time goes to.
    static func parseOnly(_ bytes: [UInt8]) throws -> Int {
        try YAMLParser(limits: limits).parse(bytes) == nil ? 0 : 1
    }

    /// The default limits, with room for the generated files (the default input limit is 8 MiB).
    static let limits = YAMLLimits(maxInputBytes: 64 << 20, maxDepth: 64, maxAliasExpansion: 100_000)

    static func run(stopwatch: Stopwatch, catalog: [UInt8], programme: [UInt8]) throws {
        Report.section("YAML loading (goal: YAMLKit load + decode within 3x of libyaml's event scan)")
        Report.header()
        for (name, bytes, decode) in [
            ("catalog", catalog, loadCatalog), ("programme", programme, loadProgramme),
        ] as [(String, [UInt8], ([UInt8]) throws -> Int)] {
            let size = Report.megabytes(bytes.count)
            let events = libyamlScan(bytes)
            guard events > 0 else { throw BenchError("libyaml could not scan the generated \(name)") }
            let floor = stopwatch.measure { libyamlScan(bytes) }
            let parse = try stopwatch.measure { try parseOnly(bytes) }
            let full = try stopwatch.measure { try decode(bytes) }
            Report.row("\(name) \(size): libyaml scan", floor, extra: "\(events) events")
            Report.row("\(name) \(size): YAMLKit parse", parse, extra: ratio(parse, floor))
            Report.row("\(name) \(size): YAMLKit load+decode", full, extra: ratio(full, floor) + " of the scan")
        }
    }

    static func ratio(_ samples: Samples, _ base: Samples) -> String {
        guard base.median > 0 else { return "" }
        return Report.fixed(samples.median / base.median, 2) + "x"
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
