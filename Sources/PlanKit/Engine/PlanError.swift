/// A problem with a person's inputs or the registry, found outside any file.
public struct PlanError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// How to fix it.
    public var help: String?

    /// Creates an error.
    public init(_ message: String, help: String? = nil) {
        self.message = message
        self.help = help
    }

    public var description: String { message }
}
