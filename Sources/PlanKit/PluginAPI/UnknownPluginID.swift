public import YAMLKit

/// A plugin id that no plugin has: the one check of a block's plugin id, shared by the validator
/// (on a decoded programme or on its bare tree), the registry and `protract plugins ID`.
public struct UnknownPluginID: Sendable, Hashable {
    /// `no plugin has the id 'ID'`.
    public let message: String
    /// The known id nearest to the one written, when one is near enough.
    public let suggestion: String?
    /// `the plugins are A, B, C`, in registry order.
    public let list: String

    /// The problem with `id`, or nil when it is one of `known`.
    public init?(_ id: String, known: [String]) {
        guard !known.contains(id) else { return nil }
        message = "no plugin has the id '\(id)'"
        suggestion = Suggestion.nearest(to: id, in: known)
        list = "the plugins are " + known.joined(separator: ", ")
    }

    /// The diagnostic for a block naming this id, with "did you mean" and the list in its help.
    public func diagnostic(at range: SourceRange?, path: String) -> Diagnostic {
        Diagnostic(.error, message, at: range, path: path, help: (suggestion.map { "did you mean '\($0)'? " } ?? "") + list)
    }
}
