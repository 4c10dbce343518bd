/// What the plan knows about the person's level before a session, gathered from every plugin's
/// state, so that one plugin can fit its block to what another one has the person doing (the
/// stabilizers to the push-up step) without either seeing the other's code.
public struct Standing: Sendable, Hashable {
    /// The catalog id of the push-up step the person is on: the step of the last push-up session
    /// (after any step back the journal made), or the start step before the first; nil when the
    /// programme has no push-up ladder.
    public var pushUpStep: String?

    /// Creates a standing; nothing known by default.
    public init(pushUpStep: String? = nil) {
        self.pushUpStep = pushUpStep
    }

    /// This standing with what `other` knows filled in where this one knows nothing.
    public func merging(_ other: Standing) -> Standing {
        Standing(pushUpStep: pushUpStep ?? other.pushUpStep)
    }
}
