import YAMLKit

/// A closed set of words a file may use for a value (`kind: reps`); a wrong word gets an error
/// that lists the allowed ones and suggests the nearest.
public protocol Keyword: RawRepresentable, CaseIterable, Decodable where RawValue == String {}

extension Keyword {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(rawValue: text) else {
            let allowed = Self.allCases.map(\.rawValue)
            let hint = Suggestion.nearest(to: text, in: allowed).map { "did you mean '\($0)'? " } ?? ""
            throw YAMLError(
                "'\(text)' is not allowed for \(decoder.codingPath.last.map { "'\($0.stringValue)'" } ?? "this value")",
                at: decoder.sourceRange, path: CodingPathFormatter.string(decoder.codingPath),
                help: hint + "write one of " + allowed.joined(separator: ", "))
        }
        self = value
    }
}

extension Exercise.Category: Keyword {}
extension Exercise.Kind: Keyword {}
