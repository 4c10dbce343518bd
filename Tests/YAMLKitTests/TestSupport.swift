import Testing
import YAMLKit

/// Helpers shared by the YAMLKit suites. Every file is called "plan.yaml" in rendered output.
enum Harness {
    static let fileName = "plan.yaml"

    /// Parses text with the given limits.
    static func parse(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> Node? {
        try YAMLParser(limits: limits).parse(text)
    }

    /// Parses text that must hold a document.
    static func root(_ text: String) throws -> Node {
        try #require(try parse(text))
    }

    /// Loads and decodes text as a programme file would be.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws(YAMLError) -> T {
        try YAMLDocument.load(SourceFile(name: fileName, text: text)).decode(type)
    }

    /// The rendered diagnostics of loading and decoding `bytes` as `T`, or nil when that succeeds.
    static func failure<T: Decodable>(
        _ type: T.Type, _ bytes: [UInt8], limits: YAMLLimits = .default
    ) -> String? {
        let file = SourceFile(name: fileName, bytes: bytes)
        do {
            _ = try YAMLDocument.load(file, limits: limits).decode(type)
            return nil
        } catch {
            return DiagnosticRenderer(colour: false).render(error.diagnostics, in: file)
        }
    }

    /// The rendered diagnostics of loading and decoding `text` as `T`, or nil when that succeeds.
    static func failure<T: Decodable>(_ type: T.Type, _ text: String, limits: YAMLLimits = .default) -> String? {
        failure(type, Array(text.utf8), limits: limits)
    }

    /// The rendered diagnostics of parsing `bytes`, or nil when they parse.
    static func parseFailure(_ bytes: [UInt8], limits: YAMLLimits = .default) -> String? {
        let file = SourceFile(name: fileName, bytes: bytes)
        do {
            _ = try YAMLParser(limits: limits).parse(bytes)
            return nil
        } catch {
            return DiagnosticRenderer(colour: false).render(error.diagnostics, in: file)
        }
    }

    /// The rendered diagnostics of parsing `text`, or nil when it parses.
    static func parseFailure(_ text: String, limits: YAMLLimits = .default) -> String? {
        parseFailure(Array(text.utf8), limits: limits)
    }

    /// A compact, style-blind picture of a tree: `{key: [a, b]}`, with `~` for nulls.
    static func dump(_ node: Node) -> String {
        switch node.content {
        case .scalar(let scalar):
            return node.isNull ? "~" : scalar.value
        case .sequence(let items):
            return "[" + items.map(dump).joined(separator: ", ") + "]"
        case .mapping(let mapping):
            return "{" + mapping.entries.map { "\($0.key): \(dump($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// A range from 1-based line and column pairs.
    static func range(_ start: (Int, Int), _ end: (Int, Int)) -> SourceRange {
        SourceRange(
            start: SourceLocation(line: start.0, column: start.1), end: SourceLocation(line: end.0, column: end.1))
    }
}

/// Anything at all: decoding into it only parses.
struct AnyValue: Decodable {
    init(from decoder: any Decoder) throws {}
}
