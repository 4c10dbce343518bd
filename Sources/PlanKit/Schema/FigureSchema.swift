/// The JSON Schema of an exercise's `figure` (`Figure`, `FigurePose`, `FigureMark`).
enum FigureSchema {
    static let direction = JSONSchema.integer(FigurePose.directionRange)

    static let mark = JSONSchema.object([
        ("arrow", JSONSchema.oneOf(FigureMark.Joint.allCases.map(\.rawValue)).described("An arrow from this joint.")),
        ("line", JSONSchema.oneOf(FigureMark.Joint.allCases.map(\.rawValue)).described("A dashed line from this joint.")),
        ("to", JSONSchema.oneOf(FigureMark.Joint.allCases.map(\.rawValue)).described("The joint a line runs to.")),
        ("direction", direction.described("An arrow's direction in degrees: 0 forward, 90 up, -90 down, 180 behind.")),
        ("text", JSONSchema.text(.label).described("A few words beside the mark.")),
    ]).described("A cue drawn on the pose: {arrow: JOINT, direction: DEGREES} or {line: JOINT, to: JOINT}, with optional text.")

    static let pose: JSONSchema = {
        var properties: [(String, JSONSchema)] = [
            ("label", JSONSchema.text(.label).described("The caption under the pose. Default: Start, End, or nothing between.")),
            ("note", JSONSchema.text(.sentence).described("The pose in words, for the figure's text alternative.")),
            ("base", JSONSchema.oneOf(FigurePose.Base.allCases.map(\.rawValue)).described(
                "The position the pose starts from; it gives every segment a direction.")),
            ("back", JSONSchema.oneOf(FigurePose.Back.allCases.map(\.rawValue)).described("The shape of the back. Default: straight.")),
        ]
        for segment in FigurePose.Segment.allCases {
            properties.append((segment.rawValue, direction.described(
                "The direction of the \(String(segment.rawValue.map { $0 == "-" ? " " : $0 })) in degrees, "
                    + "from the joint nearer the hips: 0 forward, 90 up, -90 down, 180 behind. Default: the base's.")))
        }
        properties.append(("marks", JSONSchema.array(of: mark, maxItems: FigurePose.maxMarks).described("Cues drawn on the pose. Default: none.")))
        return JSONSchema.object(properties, required: ["base"]).described("One position of the figure.")
    }()

    static let figure = JSONSchema.object([
        ("view", JSONSchema.oneOf(Figure.View.allCases.map(\.rawValue)).described("Where the drawing is seen from. Default: side.")),
        ("props", JSONSchema.array(of: .oneOf(Figure.Prop.allCases.map(\.rawValue)), maxItems: Figure.maxProps, uniqueItems: true)
            .described("What is drawn with the person, placed where the body meets it. Default: none.")),
        ("start", pose),
        ("between", JSONSchema.array(of: pose, maxItems: Figure.maxBetween).described("Poses between the start and the end. Default: none.")),
        ("end", pose),
    ], required: ["start", "end"]).described(
        "A line drawing of the start and end positions that Protract draws; without one, the HTML page shows a placeholder.")
}
