import PlanKit

/// One block in the JSON document.
struct BlockDocument: Encodable, Sendable {
    var plugin: String
    var title: String
    var notes: [String]
    var prescriptions: [PrescriptionDocument]

    init(_ block: BlockPlan, catalog: ExerciseCatalog) {
        plugin = block.pluginID
        title = block.title
        notes = block.notes
        prescriptions = block.prescriptions.map { PrescriptionDocument($0, catalog: catalog) }
    }
}
