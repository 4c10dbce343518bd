public import YAMLKit

/// A programme file as far as it decoded: the programme when all of it did, and otherwise the
/// parts that did (its own exercises, its blocks), so that the plugins' and the catalog's checks
/// still run on them and one `validate` reports every independent problem.
public struct ProgrammeDraft: Sendable {
    /// The whole programme; nil when any part of it failed to decode.
    public var programme: Programme?
    /// The programme's own exercises that decoded, or whose only mistakes are unknown keys.
    public var exercises: [Exercise]
    /// The id and the ids named by each of the programme's own exercises as written, decoded or
    /// not, in file order: what the catalog checks.
    public var exerciseLinks: [ExerciseLinks]
    /// The ids written on the programme's own exercises that did not decode: blocks and exercises
    /// that name them are not checked against the catalog, which would only say the id is unknown.
    public var brokenExerciseIDs: Set<String>
    /// ``brokenExerciseIDs`` in file order, for the suggestions that name them.
    public var brokenExerciseIDsInOrder: [String] {
        exerciseLinks.map(\.id.value).filter(brokenExerciseIDs.contains)
    }
    /// Every block that decoded, in programme order (the programme's own templates, then each phase's).
    public var blocks: [Site]
    /// The indices of `blocks` in the order a plan first uses them (see `inOrderOfUse`).
    public var useOrder: [Int] = []
    /// The problems found so far: decoding, plugin ids, the exercises against the catalog.
    public var diagnostics: [Diagnostic]
    /// The document's root node, for checks that read what was written.
    public var root: Node?

    /// A block and where it stands in the programme.
    public struct Site: Sendable {
        /// The block.
        public var block: Block
        /// The index of its session template in `Programme.allTemplates` (the programme's own
        /// templates first, then each phase's).
        public var session: Int
        /// Where its template is written.
        public var place: TemplatePlace
        /// Its index in that template's blocks.
        public var index: Int

        /// The block's coding path, `sessions[S].blocks[B]` or `phases[P].sessions[S].blocks[B]`.
        public var path: [any CodingKey] {
            place.path + [AnyCodingKey("blocks"), AnyCodingKey(index)]
        }
    }

    /// Where the block names, anywhere in its options, an exercise of the programme's own that did
    /// not decode: each mention's id and place, in the order written.
    func brokenExerciseMentions(in block: Block) -> [(id: String, range: SourceRange)] {
        guard !brokenExerciseIDs.isEmpty else { return [] }
        var mentions: [(id: String, range: SourceRange)] = []
        var stack = [block.node]
        while let node = stack.popLast() {
            if let scalar = node.scalar {
                if brokenExerciseIDs.contains(scalar.value) { mentions.append((scalar.value, node.range)) }
            } else if let items = node.sequence {
                stack += items.reversed()
            } else if let mapping = node.mapping {
                stack += mapping.entries.map(\.value).reversed()
            }
        }
        return mentions
    }

    /// `diagnostics` (in source order) with a note on the first error of each broken exercise a
    /// block names, at the block's first mention of it: what the block asks of that exercise is
    /// checked once the exercise decodes.
    func notingUncheckedMentions(
        _ mentions: [(id: String, range: SourceRange)], pluginID: String, in diagnostics: [Diagnostic]
    ) -> [Diagnostic] {
        let items = root?.mapping?["exercises"]?.sequence ?? []
        var diagnostics = diagnostics
        var noted: Set<String> = []
        for mention in mentions where noted.insert(mention.id).inserted {
            guard let item = items.first(where: { $0.mapping?["id"]?.scalar?.value == mention.id }),
                let first = diagnostics.firstIndex(where: { diagnostic in
                    diagnostic.range.map { item.range.start <= $0.start && $0.start < item.range.end } == true
                })
            else { continue }
            let note = Diagnostic(
                .note,
                "this \(pluginID) block names '\(mention.id)': what the block asks of that exercise is checked "
                    + "once the exercise has no errors",
                at: mention.range)
            // A block reused through an alias names the exercise at the same place each time.
            if !diagnostics[first].notes.contains(note) { diagnostics[first].notes.append(note) }
        }
        return diagnostics
    }
}

extension ProgrammeDraft {
    /// The blocks of a decoded programme.
    init(programme: Programme, diagnostics: [Diagnostic], root: Node? = nil) {
        self.root = root
        self.programme = programme
        exercises = programme.exercises
        exerciseLinks = programme.exercises.enumerated().map { ExerciseLinks($1, position: $0) }
        brokenExerciseIDs = []
        blocks = programme.allTemplates.enumerated().flatMap { session, item in
            item.template.blocks.enumerated().map { Site(block: $1, session: session, place: item.place, index: $0) }
        }
        useOrder = Self.inOrderOfUse(blocks, phaseHasSessions: programme.phases.map { !$0.sessions.isEmpty })
        self.diagnostics = diagnostics
    }

    /// The parts of a programme that did not decode as a whole: each exercise and each block read
    /// on its own from the tree. Their own decoding problems are already among `diagnostics`.
    init(salvaging root: Node, diagnostics: [Diagnostic]) {
        self.root = root
        programme = nil
        self.diagnostics = diagnostics
        exercises = []
        exerciseLinks = []
        brokenExerciseIDs = []
        let decoder = NodeDecoder()
        for (index, node) in (root.mapping?["exercises"]?.sequence ?? []).enumerated() {
            // An exercise whose only mistake is an unknown key (`shortcue:`) is whole otherwise:
            // its ids are checked, and blocks that name it, in this run.
            if let exercise = decoder.decodeSkippingUnknownKeys(
                Exercise.self, from: node, codingPath: [AnyCodingKey("exercises"), AnyCodingKey(index)]
            ).value {
                exercises.append(exercise)
                exerciseLinks.append(ExerciseLinks(exercise, position: index))
            } else if let links = ExerciseLinks(node: node, position: index) {
                // Its `easier` and `harder` are still checked, from the ids as written.
                brokenExerciseIDs.insert(links.id.value)
                exerciseLinks.append(links)
            }
        }
        blocks = []
        var session = 0
        for (place, template) in Self.templateNodes(in: root) {
            for (index, node) in (template.mapping?["blocks"]?.sequence ?? []).enumerated() {
                let site = place.path + [AnyCodingKey("blocks"), AnyCodingKey(index)]
                guard let block = try? decoder.decode(Block.self, from: node, codingPath: site) else { continue }
                blocks.append(Site(block: block, session: session, place: place, index: index))
            }
            session += 1
        }
        let phaseHasSessions = (root.mapping?["phases"]?.sequence ?? []).map { $0.mapping?["sessions"] != nil }
        useOrder = Self.inOrderOfUse(blocks, phaseHasSessions: phaseHasSessions)
    }

    /// The blocks in the order a plan first uses their templates: a phase's own templates in its
    /// phase's place, the programme's in the place of the first phase that uses them (first, for a
    /// programme without phases; last when every phase has its own). A plugin's first block in
    /// this order chooses where the person starts, so the first phase's push-up ladder, not a
    /// later one's, picks the start step.
    static func inOrderOfUse(_ blocks: [Site], phaseHasSessions: [Bool]) -> [Int] {
        let own = phaseHasSessions.firstIndex(of: false) ?? (phaseHasSessions.isEmpty ? 0 : phaseHasSessions.count)
        func rank(_ site: Site) -> Int { site.place.phase ?? own }
        return blocks.indices.sorted { (rank(blocks[$0]), $0) < (rank(blocks[$1]), $1) }
    }
}

extension ProgrammeDraft {
    /// Every session template's node with its place, read from the tree: the programme's
    /// `sessions`, then each phase's, in the order of `Programme.allTemplates`.
    static func templateNodes(in root: Node) -> [(place: TemplatePlace, node: Node)] {
        let own = (root.mapping?["sessions"]?.sequence ?? []).enumerated().map {
            (TemplatePlace(phase: nil, index: $0.offset), $0.element)
        }
        let phased = (root.mapping?["phases"]?.sequence ?? []).enumerated().flatMap { phase, node in
            (node.mapping?["sessions"]?.sequence ?? []).enumerated().map {
                (TemplatePlace(phase: phase, index: $0.offset), $0.element)
            }
        }
        return own + phased
    }
}

extension Sequence where Element == Diagnostic {
    /// One diagnostic per place and message, the first kept: a block reused through an alias is
    /// decoded once per use, and a check may run on the tree and on the decoded value, but each
    /// mistake stands in the file once.
    func uniqued() -> [Diagnostic] {
        var seen: Set<String> = []
        return filter { seen.insert("\($0.range.map(String.init(describing:)) ?? "-") \($0.message)").inserted }
    }
}
