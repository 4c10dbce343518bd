/// Decodes `Decodable` values from a `Node` tree, with located, path-carrying errors.
///
/// - The Swift type decides what a scalar means (YAML 1.2 core schema): only `true` and `false` are
///   booleans, `country: no` decodes as the string "no", and quoted scalars are always strings.
/// - Integers and floats are checked; an integer too large for its type is a range error.
/// - Keys a type does not know are errors with a "did you mean" suggestion, when the type's
///   `CodingKeys` are `CaseIterable`.
/// - Types that use `DecodingRecorder` keep going after a problem, so one run reports them all.
public struct NodeDecoder: Sendable {
    /// The help of a problem a type reports without one of its own: where to read what a key takes.
    public var help: String

    /// The help for programme and catalog files.
    public static let programmeHelp = "see what this key takes with 'protract schema' or in the authoring guide"

    /// Creates a decoder whose problems without a help of their own point to `help`.
    public init(help: String = NodeDecoder.programmeHelp) {
        self.help = help
    }

    /// Decodes a value of the given type from a node.
    ///
    /// - Parameters:
    ///   - type: the type to decode.
    ///   - node: the node to decode it from.
    ///   - codingPath: where the node stands in a larger document (`sessions[0].blocks[1]`), so that
    ///     diagnostics name the whole path; empty for a document's root.
    /// - Throws: `YAMLError` holding every diagnostic found, in source order.
    public func decode<T: Decodable>(
        _ type: T.Type, from node: Node, codingPath: [any CodingKey] = []
    ) throws(YAMLError) -> T {
        let sink = DiagnosticSink(root: node, basePath: codingPath, genericHelp: help)
        let decoder = NodeDecoderImpl(node: node, codingPath: codingPath, sink: sink)
        do {
            let value = try decoder.decode(T.self)
            if sink.diagnostics.isEmpty { return value }
        } catch {
            sink.record(error, codingPath: codingPath, node: node)
        }
        if sink.diagnostics.isEmpty {
            sink.record(Diagnostic(.error, "the value could not be decoded", at: node.range, help: help))
        }
        throw YAMLError(sink.finished())
    }

    /// Decodes as `decode(_:from:codingPath:)` does, but keeps a value whose only problems are
    /// unknown keys: a key its type does not read leaves the value whole, so checks that need the
    /// value (the ids a programme's own exercise names) can still run while the key is reported.
    ///
    /// - Returns: the value, nil when any problem other than an unknown key touched it; and every
    ///   diagnostic found, in source order (empty when the value decoded cleanly).
    public func decodeSkippingUnknownKeys<T: Decodable>(
        _ type: T.Type, from node: Node, codingPath: [any CodingKey] = []
    ) -> (value: T?, diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink(root: node, basePath: codingPath, genericHelp: help)
        let decoder = NodeDecoderImpl(node: node, codingPath: codingPath, sink: sink)
        var value: T?
        do {
            value = try decoder.decode(T.self)
        } catch {
            sink.record(error, codingPath: codingPath, node: node)
        }
        if value == nil, sink.diagnostics.isEmpty {
            sink.record(Diagnostic(.error, "the value could not be decoded", at: node.range, help: help))
        }
        return (sink.onlyUnknownKeys ? value : nil, sink.finished())
    }
}

/// A decoder that reads from a YAML node; a type's `init(from:)` can cast to it to reach the node
/// (for example to keep a plugin's options for the plugin to decode later).
public protocol NodeDecoding: Decoder {
    /// The node being decoded.
    var node: Node { get }
}
