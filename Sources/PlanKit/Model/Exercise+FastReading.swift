public import YAMLKit

extension Exercise: FastNodeDecodable {
    /// An exercise read straight from its node when everything about it is plainly valid; throws
    /// for anything `init(from:)` would report (see `FastNodeDecodable`), which then reports it.
    /// The checks are `init(from:)`'s, in the same order.
    public init(reading fields: NodeFields) throws(NodeFields.Unusual) {
        try fields.requireKnownKeys(CodingKeys.self)
        let id = try fields.located(CodingKeys.id)
        guard !id.value.isEmpty, Identifier.isValid(id.value) else { throw NodeFields.Unusual() }
        self.id = id.value
        idRange = id.range
        name = try fields.string(CodingKeys.name)
        category = try fields.namedCase(CodingKeys.category, as: Category.self)
        kind = try fields.namedCase(CodingKeys.kind, as: Kind.self)
        perSide = try fields.optionalBool(CodingKeys.perSide) ?? false
        if let text = try fields.optionalString(CodingKeys.tempo) {
            guard let tempo = Tempo(parsing: text) else { throw NodeFields.Unusual() }
            self.tempo = tempo
        } else {
            tempo = nil
        }
        holdSeconds = try fields.optionalInt(CodingKeys.holdSeconds)
        positions = try fields.optionalStrings(CodingKeys.positions)
        muscles = try fields.strings(CodingKeys.muscles)
        equipment = try fields.optionalStrings(CodingKeys.equipment)
        summary = try fields.string(CodingKeys.summary)
        cues = try fields.strings(CodingKeys.cues)
        shortCue = try fields.string(CodingKeys.shortCue)
        easier = try fields.optionalLocatedStrings(CodingKeys.easier)
        harder = try fields.optionalLocatedStrings(CodingKeys.harder)
        source = try fields.optionalString(CodingKeys.source)

        if let hold = holdSeconds, !Exercise.holdSecondsRange.contains(hold) { throw NodeFields.Unusual() }
        let lists = [muscles.count, equipment.count, easier.count, harder.count]
        if lists.contains(where: { $0 > Limits.listItems }) || cues.count > Limits.cues { throw NodeFields.Unusual() }
        if positions.count > 8 { throw NodeFields.Unusual() }
        if kind == .hold, fields.contains(CodingKeys.tempo) { throw NodeFields.Unusual() }
        if muscles.isEmpty || cues.isEmpty { throw NodeFields.Unusual() }
        // A control character or an overlong text: `init(from:)` reports it, with its place.
        if !textsAreAcceptable { throw NodeFields.Unusual() }
    }
}
