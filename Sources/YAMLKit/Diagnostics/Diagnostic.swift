/// A problem found in a source file, with where it is and how to fix it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        /// The input cannot be used.
        case error
        /// The input can be used but is probably not what the author meant.
        case warning
        /// Extra information attached to another diagnostic.
        case note
    }

    /// How serious the problem is.
    public var severity: Severity
    /// What is wrong: what was expected and what was found. Lowercase, no trailing period.
    public var message: String
    /// Where the problem is, when it is known.
    public var range: SourceRange?
    /// The key path to the problem (`sessions[0].blocks[2].sets`), empty at the root.
    public var path: String
    /// How to fix it, when there is advice to give.
    public var help: String?
    /// Related places, such as the first occurrence of a duplicated key.
    public var notes: [Diagnostic]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity = .error, _ message: String, at range: SourceRange?, path: String = "",
        help: String? = nil, notes: [Diagnostic] = []
    ) {
        self.severity = severity
        self.message = message
        self.range = range
        self.path = path
        self.help = help
        self.notes = notes
    }

    /// The diagnostic on one line, without source context: `LINE:COLUMN: error: MESSAGE`.
    public var description: String {
        let place = range.map { "\($0.start.line):\($0.start.column): " } ?? ""
        return "\(place)\(severity.rawValue): \(message)"
    }
}
