import PlanKit

/// One block in the JSON document.
struct BlockDocument: Encodable, Sendable {
    var plugin: String
    var title: String
    var notes: [String]
    var minutes: Int?
    var prescriptions: [PrescriptionDocument]

    init(_ block: BlockPlan, catalog: ExerciseCatalog) {
        plugin = block.pluginID
        title = block.title
        notes = block.notes
        minutes = block.minutes
        prescriptions = block.prescriptions.map { PrescriptionDocument($0, catalog: catalog) }
    }

    private enum CodingKeys: String, CodingKey {
        case plugin, title, notes, minutes, prescriptions
    }

    /// Every key is written, `minutes` as null when the block has no planned length.
    func encode(to encoder: any Encoder) throws {
        var keys = encoder.container(keyedBy: CodingKeys.self)
        try keys.encode(plugin, forKey: .plugin)
        try keys.encode(title, forKey: .title)
        try keys.encode(notes, forKey: .notes)
        try keys.encode(minutes, forKey: .minutes)
        try keys.encode(prescriptions, forKey: .prescriptions)
    }
}
