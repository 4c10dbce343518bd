/// A string enum whose cases YAMLKit names when a value is not one of them:
/// `expected one of 'kg', 'lb' for 'unit', found "KG"` with `did you mean 'kg'?`, instead of the
/// standard library's "Cannot initialize … from invalid String value …".
///
/// ```swift
/// enum Unit: String, NamedCases { case kg, lb }
/// ```
///
/// The conformance is declared rather than discovered: asking the runtime whether an arbitrary
/// decoded type is a `CaseIterable` string enum scans every protocol conformance in the process
/// the first time it is asked about each type, which cost a fifteenth of a whole `protract plan`.
public protocol NamedCases: CaseIterable, RawRepresentable<String>, Decodable {}

extension NamedCases {
    /// Decodes a case by its raw value; with YAMLKit's decoder, an unknown value is a located
    /// error that lists the cases and suggests the nearest.
    public init(from decoder: any Decoder) throws {
        if let impl = decoder as? NodeDecoderImpl {
            self = try impl.decodeNamedCase(Self.self)
            return
        }
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Cannot initialize \(Self.self) from invalid String value \(raw)")
        }
        self = value
    }
}

extension NodeDecoderImpl {
    /// A `NamedCases` value: text that is not one of the cases' names is an error that lists
    /// them; anything else is read as a string (whose errors say what was found instead).
    func decodeNamedCase<E: NamedCases>(_ type: E.Type) throws -> E {
        let raw = try decode(String.self)
        if let value = E(rawValue: raw) { return value }
        let names = E.allCases.map(\.rawValue)
        let listed = names.map { "'\($0)'" }.joined(separator: ", ")
        let help = Suggestion.nearest(to: raw, in: names).map { "did you mean '\($0)'?" }
            ?? "write " + (names.count == 1 ? listed : "one of " + names.joined(separator: ", ")) + ", exactly as spelt here"
        throw mismatch(expected: names.count == 1 ? listed : "one of \(listed)", help: help)
    }
}

extension Decoder {
    /// `container(keyedBy:)` for coding keys that list their cases, which YAMLKit's decoder uses to
    /// report unknown keys ("unknown key 'rpes' in …; did you mean 'reps'?").
    ///
    /// `container(keyedBy:)` gives the same container and the same reports, but has to ask the
    /// runtime whether the keys are `CaseIterable`, a scan of every protocol conformance in the
    /// process the first time for each key type (see `NamedCases`); here the type says so.
    public func container<Key: CodingKey & CaseIterable>(listing type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        if let impl = self as? NodeDecoderImpl {
            return try impl.container(keyedBy: type, known: impl.sink.knownKeys(listing: type))
        }
        return try container(keyedBy: type)
    }

    /// A keyed container that reports every key `names` does not list, in the same words as
    /// `container(listing:)` with a key type; for keys declared as values (a plugin's options).
    public func container(listing names: [String]) throws -> KeyedDecodingContainer<AnyCodingKey> {
        if let impl = self as? NodeDecoderImpl {
            return try impl.container(keyedBy: AnyCodingKey.self, known: .init(names: names))
        }
        return try container(keyedBy: AnyCodingKey.self)
    }
}
