/// The coding key of an item in a list: its position, with the text form made only when asked.
///
/// It reads exactly like `AnyCodingKey(intValue:)` (the same `intValue`, and `stringValue` is the
/// number as text) but fits in an existential's inline buffer and does not format the number for
/// every item decoded, as the list's coding path is seldom read.
struct IndexCodingKey: CodingKey {
    /// The position in the list.
    let index: Int

    /// A key for position `index`.
    init(_ index: Int) {
        self.index = index
    }

    init?(intValue: Int) {
        self.init(intValue)
    }

    init?(stringValue: String) {
        guard let index = Int(stringValue) else { return nil }
        self.init(index)
    }

    var intValue: Int? { index }

    var stringValue: String { String(index) }
}
