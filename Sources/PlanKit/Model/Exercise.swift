public import YAMLKit

/// One exercise: what it is, how it is dosed, how to do it well, and its easier and harder steps.
public struct Exercise: Sendable, Hashable, Decodable {
    /// Which part of a session an exercise belongs to.
    public enum Category: String, Sendable, Hashable, Codable, NamedCases {
        /// Thoracic mobility drills for the warm-up.
        case mobility
        /// Scapular and trunk stabiliser work.
        case stabilizer
        /// A step of the push-up ladder.
        case pushUp = "push-up"
    }

    /// How an exercise is dosed.
    public enum Kind: String, Sendable, Hashable, Codable, NamedCases {
        /// Counted in repetitions.
        case reps
        /// Held for a number of seconds.
        case hold
    }

    /// The stable id used in programmes and on the command line: `scapular-push-up`.
    public var id: String
    /// The display name: `Scapular push-up`.
    public var name: String
    /// The part of a session it belongs to.
    public var category: Category
    /// Repetitions or a timed hold.
    public var kind: Kind
    /// Whether the dose counts each side separately.
    public var perSide: Bool
    /// The default tempo, for repetition exercises.
    public var tempo: Tempo?
    /// A pause held at end range on every repetition, in seconds.
    public var holdSeconds: Int?
    /// Positions a set goes through in turn, the reps done in each (prone Y-T-W: Y, T and W);
    /// empty for an ordinary exercise.
    public var positions: [String]
    /// The muscles it targets.
    public var muscles: [String]
    /// What it needs beyond the floor.
    public var equipment: [String]
    /// One sentence on what it is for.
    public var summary: String
    /// Form cues, shown in full the first time the exercise appears in a plan.
    public var cues: [String]
    /// A condensed cue for later appearances.
    public var shortCue: String
    /// Ids of easier variants.
    public var easier: [Located<String>]
    /// Ids of harder variants.
    public var harder: [Located<String>]
    /// For a stabilizer done in a push-up position (on the wall, a bench, the knees, the floor): the
    /// push-up step done from the same position. `stabilizer-strength` prescribes the exercise only
    /// once the person's push-up step is this step or a harder one (reached through `easier` links).
    public var needsStep: Located<String>?
    /// Where the exercise or its dose comes from.
    public var source: String?
    /// The line drawing of its start and end positions; nil draws a placeholder.
    public var figure: Figure?
    /// Where the exercise's id was written, for diagnostics.
    public var idRange: SourceRange?

    /// The allowed pause at end range, in seconds.
    public static let holdSecondsRange = 1...120

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, category, kind
        case perSide = "per-side"
        case tempo
        case holdSeconds = "hold-seconds"
        case positions
        case muscles, equipment, summary, cues
        case shortCue = "short-cue"
        case easier, harder
        case needsStep = "needs-step"
        case source
        case figure
    }

    /// Creates an exercise in code (tests and programmatic catalogs).
    public init(
        id: String, name: String, category: Category, kind: Kind, perSide: Bool = false, tempo: Tempo? = nil,
        holdSeconds: Int? = nil, positions: [String] = [], muscles: [String], equipment: [String] = [],
        summary: String, cues: [String],
        shortCue: String, easier: [String] = [], harder: [String] = [], needsStep: String? = nil,
        source: String? = nil, figure: Figure? = nil
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.kind = kind
        self.perSide = perSide
        self.tempo = tempo
        self.holdSeconds = holdSeconds
        self.positions = positions
        self.muscles = muscles
        self.equipment = equipment
        self.summary = summary
        self.cues = cues
        self.shortCue = shortCue
        self.easier = easier.map { Located($0) }
        self.harder = harder.map { Located($0) }
        self.needsStep = needsStep.map { Located($0) }
        self.source = source
        self.figure = figure
        self.idRange = nil
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        let id = keys.decodeID(forKey: .id, noun: "exercise", recorder: recorder)
        self.id = id.value
        idRange = id.range
        name = recorder.attempt("") { try keys.decode(String.self, forKey: .name) }
        category = recorder.attempt(.mobility) { try keys.decode(Category.self, forKey: .category) }
        kind = recorder.attempt(.reps) { try keys.decode(Kind.self, forKey: .kind) }
        perSide = recorder.attempt(false) { try keys.decodeIfPresent(Bool.self, forKey: .perSide) ?? false }
        tempo = recorder.attempt(nil) { try keys.decodeIfPresent(Tempo.self, forKey: .tempo) }
        holdSeconds = recorder.attempt(nil) {
            try keys.decodeIfPresent(Int.self, forKey: .holdSeconds, in: Self.holdSecondsRange,
                                     help: "a pause at end range of 1 to 120 seconds on every repetition")
        }
        positions = keys.decodeEachIfPresent(String.self, forKey: .positions, recorder: recorder)
        muscles = keys.decodeEach(String.self, forKey: .muscles, recorder: recorder)
        equipment = keys.decodeEachIfPresent(String.self, forKey: .equipment, recorder: recorder)
        summary = recorder.attempt("") { try keys.decode(String.self, forKey: .summary) }
        cues = keys.decodeEach(String.self, forKey: .cues, recorder: recorder)
        shortCue = recorder.attempt("") { try keys.decode(String.self, forKey: .shortCue) }
        easier = keys.decodeEachIfPresent(Located<String>.self, forKey: .easier, recorder: recorder)
        harder = keys.decodeEachIfPresent(Located<String>.self, forKey: .harder, recorder: recorder)
        needsStep = recorder.attempt(nil) { try keys.decodeIfPresent(Located<String>.self, forKey: .needsStep) }
        source = recorder.attempt(nil) { try keys.decodeIfPresent(String.self, forKey: .source) }
        figure = recorder.attempt(nil) { try keys.decodeIfPresent(Figure.self, forKey: .figure) }

        // The coding path is made only for a problem to report.
        var path: [any CodingKey] { decoder.codingPath }
        keys.checkTexts(Self.textRules, recorder: recorder)
        for key in [CodingKeys.muscles, .equipment, .cues, .easier, .harder] {
            keys.checkCount(forKey: key, limit: key == .cues ? Limits.cues : Limits.listItems,
                            noun: key == .cues ? "cues" : "items", owner: "an exercise",
                            recorder: recorder, help: "keep the list short enough to read")
        }
        if positions.count > 8 {
            recorder.report(
                "'positions' lists \(positions.count) positions; a set goes through at most 8",
                at: keys.sourceRange(forKey: .positions), path: path + [CodingKeys.positions],
                help: "list at most 8 positions, or split the exercise into two")
        }
        if kind == .hold, keys.contains(.tempo) {
            recorder.report(
                "a hold has no tempo", at: keys.keyRange(forKey: .tempo), path: path + [CodingKeys.tempo],
                help: "remove 'tempo', or make the exercise 'kind: reps'")
        }
        keys.checkNotEmpty(.muscles, recorder: recorder)
        keys.checkNotEmpty(.cues, recorder: recorder)
        try recorder.check()
    }
}

extension Exercise {
    /// The rule of each free-text field, declared once: `init(from:)` reports what breaks them,
    /// and the schema publishes them.
    static let textRules: KeyValuePairs<CodingKeys, TextRule> = [
        .name: .name, .summary: .sentence, .cues: .sentence, .shortCue: .sentence, .source: .sentence,
        .positions: .label, .muscles: .label, .equipment: .label,
    ]

    /// `each position: Y, T and W` for an exercise with positions, else nil.
    public var positionsNote: String? { Self.positionsNote(positions) }

    /// `each position: Y, T and W` for `positions`, nil for none: for a plugin that reads an
    /// exercise's positions where the catalog keeps it, without copying the exercise out.
    public static func positionsNote(_ positions: [String]) -> String? {
        guard !positions.isEmpty else { return nil }
        return "each position: \(spokenList(positions))"
    }
}

extension Exercise.Category {
    /// `push-up` for display and data.
    public var label: String { rawValue }
}
