public import YAMLKit

/// A plugin id that no plugin has, with the nearest known id: the one check of a block's plugin id,
/// shared by the validator (on a decoded programme or on its bare tree), the registry and
/// `protract plugins ID`.
public struct UnknownPluginID: Sendable, Hashable {
    /// The id as written.
    public let id: String
    /// The ids the planner has, in registry order.
    public let known: [String]
    /// The known id nearest to `id`, when one is near enough.
    public let suggestion: String?

    /// The problem with `id`, or nil when it is one of `known`.
    public static func check(_ id: String, known: [String]) -> UnknownPluginID? {
        known.contains(id) ? nil : UnknownPluginID(id, known: known)
    }

    /// Describes `id` as unknown among `known`.
    public init(_ id: String, known: [String]) {
        self.id = id
        self.known = known
        self.suggestion = Suggestion.nearest(to: id, in: known)
    }

    /// `no plugin has the id 'ID'`.
    public var message: String { "no plugin has the id '\(id)'" }

    /// `the plugins are A, B, C`.
    public var list: String { "the plugins are " + known.joined(separator: ", ") }

    /// The diagnostic for a block naming this id, with "did you mean" and the list in its help.
    public func diagnostic(at range: SourceRange?, path: String) -> Diagnostic {
        Diagnostic(.error, message, at: range, path: path,
                   help: (suggestion.map { "did you mean '\($0)'? " } ?? "") + list)
    }
}
