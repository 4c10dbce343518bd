/// A coding key for positions in a sequence and for keys not known in advance; also the way to
/// build a diagnostic's path by hand: `[AnyCodingKey("sessions"), AnyCodingKey(0)]`.
public struct AnyCodingKey: CodingKey, Sendable {
    public var stringValue: String
    public var intValue: Int?

    public init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    public init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }

    /// A key by name.
    public init(_ name: String) {
        self.init(stringValue: name)
    }

    /// A position in a list.
    public init(_ index: Int) {
        self.init(intValue: index)
    }
}
