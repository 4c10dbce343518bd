/// A plugin's starting state and how it was chosen.
public struct PluginStart<State: Sendable>: Sendable {
    /// The state before the first session.
    public var state: State
    /// How the start was chosen, for the plan's header; nil when there is nothing to say.
    public var summary: String?

    /// Creates a start.
    public init(state: State, summary: String?) {
        self.state = state
        self.summary = summary
    }
}
