/// A coding key for positions in a sequence and for keys not known in advance; also the way to
/// build a diagnostic's path by hand: `[AnyCodingKey("sessions"), AnyCodingKey(0)]`.
///
/// A position keeps only its number and makes its text when asked, so the key fits an
/// existential's inline buffer and the decoder formats no number for the list items it reads.
public struct AnyCodingKey: CodingKey, Sendable, Hashable {
    private enum Storage: Sendable, Hashable {
        case name(String)
        case index(Int)
    }

    private let storage: Storage

    public var stringValue: String {
        switch storage {
        case .name(let name): name
        case .index(let index): String(index)
        }
    }

    public var intValue: Int? {
        if case .index(let index) = storage { return index }
        return nil
    }

    public init(stringValue: String) {
        storage = .name(stringValue)
    }

    public init(intValue: Int) {
        storage = .index(intValue)
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
