/// Lets a type's `init(from:)` go on after a problem, so that one run reports every problem it can
/// instead of only the first.
///
/// ```swift
/// let keys = try decoder.container(keyedBy: CodingKeys.self)
/// let recorder = decoder.recorder()
/// title = recorder.attempt("") { try keys.decode(String.self, forKey: .title) }
/// weeks = recorder.attempt(1) { try keys.decode(Int.self, forKey: .weeks) }
/// try recorder.check()   // throws if anything above failed
/// ```
///
/// With `NodeDecoder`, each problem becomes a located diagnostic as it happens. With any other
/// decoder, the first error is kept and rethrown by `check()`.
public final class DecodingRecorder {
    /// YAMLKit's decoder, which records each problem in its run's diagnostics; nil for another.
    private let decoder: NodeDecoderImpl?
    /// Another decoder's coding path.
    private let foreignPath: [any CodingKey]
    private var firstError: (any Error)?

    /// The value's coding path; YAMLKit's decoder makes its array only when asked, since most
    /// values record no problem.
    private var codingPath: [any CodingKey] { decoder?.codingPath ?? foreignPath }

    /// The YAML node of the value being decoded, when decoding from YAML.
    public var node: Node? { decoder?.node }

    /// Whether any attempt has failed or any problem was reported.
    public private(set) var failed = false

    init(_ decoder: any Decoder) {
        self.decoder = decoder as? NodeDecoderImpl
        foreignPath = self.decoder == nil ? decoder.codingPath : []
    }

    /// Runs `body`; on failure records the problem and returns `fallback`, a placeholder that
    /// `check()` guarantees is never used.
    public func attempt<T>(_ fallback: @autoclosure () -> T, _ body: () throws -> T) -> T {
        attempt(body) ?? fallback()
    }

    /// Runs `body`; on failure records the problem and returns nil.
    public func attempt<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            record(error)
            return nil
        }
    }

    /// Records a problem found by the type itself, such as a value out of its allowed range.
    public func report(_ message: String, at range: SourceRange?, path: [any CodingKey]? = nil, help: String? = nil) {
        let path = CodingPathFormatter.string(path ?? codingPath)
        record(YAMLError(Diagnostic(.error, message, at: range ?? decoder?.node.range, path: path, help: help)))
    }

    /// Records a thrown error.
    public func record(_ error: any Error) {
        failed = true
        if let decoder {
            decoder.sink.record(error, codingPath: codingPath, node: decoder.node)
        } else if firstError == nil {
            firstError = error
        }
    }

    /// Throws when anything failed; call it once every field has been attempted.
    public func check() throws {
        guard failed else { return }
        throw firstError ?? AlreadyReported()
    }
}

extension Decoder {
    /// A recorder for this decoder's value; see `DecodingRecorder`.
    public func recorder() -> DecodingRecorder {
        DecodingRecorder(self)
    }

    /// Where the value being decoded stands in the source, when decoding from YAML.
    public var sourceRange: SourceRange? {
        yamlNode?.range
    }

    /// The node being decoded, when decoding from YAML. YAMLKit's own decoder is tried first: a
    /// cast to a concrete type compares types, where a cast to the protocol looks for a conformance
    /// (the first such cast in a run scans every conformance in the process, about 0.3 M
    /// instructions), so model types ask here rather than casting to `NodeDecoding` themselves.
    public var yamlNode: Node? {
        if let decoder = self as? NodeDecoderImpl { return decoder.node }
        return (self as? any NodeDecoding)?.node
    }
}

extension KeyedDecodingContainer {
    /// Where the value for `key` stands in the source, when decoding from YAML and the key is present.
    public func sourceRange(forKey key: Key) -> SourceRange? {
        guard contains(key) else { return nil }
        return (try? superDecoder(forKey: key))?.sourceRange
    }

    /// Where the key itself stands, when decoding from YAML and the key is present.
    public func keyRange(forKey key: Key) -> SourceRange? {
        guard contains(key), let decoder = try? superDecoder(forKey: key) as? NodeDecoderImpl else { return nil }
        return decoder.sink.node(at: Array(codingPath)).mapping?.entry(forKey: key.stringValue)?.keyRange
    }

    /// Decodes a required list item by item, recording every bad item, so that all are reported.
    ///
    /// Inlinable, so that callers get a copy specialised for `T`: unspecialised, every append
    /// asked the runtime for `Array<T>`'s metadata.
    @inlinable
    public func decodeEach<T: Decodable>(_ type: T.Type, forKey key: Key, recorder: DecodingRecorder) -> [T] {
        guard var list = recorder.attempt({ try nestedUnkeyedContainer(forKey: key) }) else { return [] }
        var items: [T] = []
        if let count = list.count { items.reserveCapacity(count) }
        while !list.isAtEnd {
            let before = list.currentIndex
            do {
                items.append(try list.decode(T.self))
            } catch {
                recorder.record(error)
                // A foreign decoder may not move past a failed item; stop rather than loop forever.
                if list.currentIndex == before { break }
            }
        }
        return items
    }

    /// Like `decodeEach`, but an absent or null key gives an empty list.
    @inlinable
    public func decodeEachIfPresent<T: Decodable>(
        _ type: T.Type, forKey key: Key, recorder: DecodingRecorder
    ) -> [T] {
        guard contains(key), (try? decodeNil(forKey: key)) != true else { return [] }
        return decodeEach(type, forKey: key, recorder: recorder)
    }
}
