/// A decoded value together with where it was written, for checks made after decoding
/// (for example that an exercise id named in a programme exists in the catalog).
public struct Located<Value> {
    /// The value.
    public var value: Value
    /// Where it stands in the source, when it came from YAML.
    public var range: SourceRange?

    /// Creates a located value.
    public init(_ value: Value, at range: SourceRange? = nil) {
        self.value = value
        self.range = range
    }
}

extension Located: Decodable where Value: Decodable {
    public init(from decoder: any Decoder) throws {
        // YAMLKit's decoder is its own single-value container and holds its node: one cast
        // instead of a container opened as an existential and a second cast for the range.
        if let impl = decoder as? NodeDecoderImpl {
            value = try impl.decode(Value.self)
            range = impl.node.range
            return
        }
        value = try decoder.singleValueContainer().decode(Value.self)
        range = decoder.sourceRange
    }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {
    /// Located values compare by value only.
    public static func == (lhs: Located, rhs: Located) -> Bool { lhs.value == rhs.value }
}
extension Located: Hashable where Value: Hashable {
    /// Located values hash by value only.
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
