public import YAMLKit

/// The plugins the planner has, by id. Built once in the composition root from a plain list.
public struct PluginRegistry: Sendable {
    /// The plugin types in the order given.
    public let plugins: [any PlanPlugin.Type]

    /// Creates a registry; two plugins with one id are refused.
    public init(_ plugins: [any PlanPlugin.Type]) throws(PlanError) {
        var seen: Set<String> = []
        for plugin in plugins where !seen.insert(plugin.descriptor.id).inserted {
            throw PlanError("two plugins have the id '\(plugin.descriptor.id)'")
        }
        self.plugins = plugins
    }

    /// The ids, in registry order.
    public var ids: [String] { plugins.map { $0.descriptor.id } }

    /// The descriptors, in registry order.
    public var descriptors: [PluginDescriptor] { plugins.map { $0.descriptor } }

    /// The plugin with this id.
    public func plugin(id: String) -> (any PlanPlugin.Type)? {
        plugins.first { $0.descriptor.id == id }
    }

    /// One diagnostic per place and message: a block reused through an alias is decoded once per
    /// use, but its mistake stands in the file once.
    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.uniqued()
    }

    /// Makes every block's plugin from its options, reporting every problem in the programme.
    ///
    /// - Parameter catalog: the built-in catalog; the programme's own exercises are added to it.
    public func configure(_ programme: Programme, catalog: ExerciseCatalog) throws(YAMLError) -> ConfiguredProgramme {
        try configure(ProgrammeDraft(programme: programme, diagnostics: []), catalog: catalog)
    }

    /// Decodes, checks and configures a programme document, reporting every independent problem in
    /// one run: the decoding problems, and the plugins' and the catalog's checks on every block and
    /// exercise that decoded, even when other parts of the file did not.
    public func configure(
        _ document: YAMLDocument, loader: ProgrammeLoader, catalog: ExerciseCatalog
    ) throws(YAMLError) -> ConfiguredProgramme {
        try configure(try loader.draft(from: document), catalog: catalog)
    }

    /// Configures the blocks of a draft; throws its problems together with the plugins'.
    ///
    /// - Parameter catalog: the built-in catalog; the programme's own exercises are added to it
    ///   (an exercise that redefines a built-in id is reported by the validator; the built-in one is used).
    public func configure(_ draft: ProgrammeDraft, catalog: ExerciseCatalog) throws(YAMLError) -> ConfiguredProgramme {
        var combined = catalog.adding(draft.exercises)
        // A block's id a typo away from an exercise that did not read is answered with that exercise.
        combined.unreadIDs = draft.brokenExerciseIDsInOrder
        var diagnostics: [(block: Int, diagnostic: Diagnostic)] = []
        // The blocks of each plugin, the plugins in the order they first appear.
        var groups: [(plugin: any PlanPlugin.Type, blocks: [PluginBlock])] = []
        var templates: [[BlockSlot]] = []
        var draftDiagnostics = draft.diagnostics
        // In the order a plan first uses the blocks, so that a plugin's first block (which chooses
        // where the person starts) is the first one done; each keeps its place in the file, for
        // the order of diagnostics and the path of a mistake shared through an alias.
        let useOrder = draft.useOrder.count == draft.blocks.count ? draft.useOrder : Array(draft.blocks.indices)
        for order in useOrder {
            let site = draft.blocks[order]
            let block = site.block
            while templates.count <= site.session { templates.append([]) }
            var place = PluginBlock(block: block, order: order, path: site.path, phase: site.place.phase)
            if let unknown = UnknownPluginID(block.plugin.value, known: ids) {
                diagnostics.append((place.order, unknown.diagnostic(
                    at: block.plugin.range, path: CodingPathFormatter.string(place.path + [AnyCodingKey("plugin")]))))
            }
            guard let plugin = plugin(id: block.plugin.value) else { continue }
            let index = groups.firstIndex { $0.plugin.descriptor.id == plugin.descriptor.id } ?? groups.count
            if index == groups.count { groups.append((plugin, [])) }
            templates[site.session].append(BlockSlot(plugin: index, block: groups[index].blocks.count))
            // A block that names an exercise of the programme's own that did not decode is still
            // checked, but not at those names (each would be "unknown"); the exercise's error says so.
            let mentions = draft.brokenExerciseMentions(in: block)
            if !mentions.isEmpty {
                draftDiagnostics = draft.notingUncheckedMentions(
                    mentions, pluginID: plugin.descriptor.id, in: draftDiagnostics)
                place.unchecked = Set(mentions.map(\.range))
            }
            groups[index].blocks.append(place)
        }
        var plugins: [any ConfiguredPlugin] = []
        for group in groups {
            let (configured, problems) = Self.configure(group.plugin, group.blocks, catalog: combined)
            if let configured { plugins.append(configured) }
            diagnostics += problems
        }
        // Each block's problems in the order its plugin found them, the blocks in programme order.
        let ordered = diagnostics.enumerated().sorted { ($0.element.block, $0.offset) < ($1.element.block, $1.offset) }
        let problems = draftDiagnostics + ordered.map(\.element.diagnostic)
        // The sessions' lengths need every block configured and every exercise's variants found;
        // then they are checked even when the programme has other problems.
        guard let programme = draft.programme, diagnostics.isEmpty,
            combined.unresolvedReferences(in: draft.exercises, path: "exercises").isEmpty
        else {
            throw YAMLError(problems.isEmpty ? [Diagnostic(.error, "the programme could not be read", at: nil,
                help: "run 'protract validate' on the file")] : problems.uniqued().inSourceOrder())
        }
        while templates.count < programme.allTemplates.count { templates.append([]) }
        let used = Set(groups.map { $0.plugin.descriptor.id })
        let baselineKeys = self.plugins.filter { used.contains($0.descriptor.id) }.flatMap { $0.descriptor.baselineKeys }
        let configured = ConfiguredProgramme(
            programme: programme, catalog: combined, plugins: plugins, templates: templates, baselineKeys: baselineKeys,
            draft: draft)
        let all = problems + Self.sessionLengthProblems(configured)
        if !all.isEmpty { throw YAMLError(all.uniqued().inSourceOrder()) }
        return configured
    }

    /// A block of the programme and where it stands, for configuring and for its diagnostics.
    struct PluginBlock {
        var block: Block
        /// The block's place among all blocks of the programme.
        var order: Int
        var path: [any CodingKey]
        /// The phase whose own `sessions` hold the block's template; nil for the programme's.
        var phase: Int?
        /// Where the block names exercises of the programme's own that did not decode: the
        /// plugin's problems there are left out (each would say the id is unknown).
        var unchecked: Set<SourceRange> = []
    }

    /// Makes one plugin's blocks, or the problems found in them, each with its block's place.
    static func configure<Plugin: PlanPlugin>(
        _ plugin: Plugin.Type, _ blocks: [PluginBlock], catalog: ExerciseCatalog
    ) -> (configured: (any ConfiguredPlugin)?, problems: [(block: Int, diagnostic: Diagnostic)]) {
        var configured: PluginBlocks<Plugin>?
        var problems: [(block: Int, diagnostic: Diagnostic)] = []
        var made: [(plugin: Plugin, order: Int, phase: Int?)] = []
        for site in blocks {
            do {
                let block = try Plugin.configure(site.block, path: site.path, catalog: catalog)
                if configured == nil {
                    configured = PluginBlocks(first: block, phase: site.phase)
                } else {
                    configured?.append(block, phase: site.phase)
                }
                made.append((block, site.order, site.phase))
            } catch {
                problems += error.diagnostics.filter { $0.range.map(site.unchecked.contains) != true }.map { (site.order, $0) }
            }
        }
        // The blocks share one state. The templates of one list (the programme's own, or one
        // phase's) take turns in the same weeks, so what their blocks disagree on would flip the
        // plan between them: it is checked within each list. Lists follow each other in time, so a
        // phase may dose an exercise its own way and goes on from where the weeks before left it.
        var lists: [Int?: [Int]] = [:]
        for (index, block) in made.enumerated() { lists[block.phase, default: []].append(index) }
        for phase in lists.keys.sorted(by: { ($0 ?? -1) < ($1 ?? -1) }) {
            let indices = lists[phase] ?? []
            problems += Plugin.conflicts(among: indices.map { made[$0].plugin })
                .map { (made[indices[$0.block]].order, $0.diagnostic) }
        }
        return (problems.isEmpty ? configured : nil, problems)
    }

    /// Session templates that cannot fit in a day at the programme's own start time, at the
    /// template, so that `validate` reports them: a plan never shows a session ending the next day.
    static func sessionLengthProblems(_ configured: ConfiguredProgramme) -> [Diagnostic] {
        let programme = configured.programme
        let time = programme.schedule.time
        var problems: [Diagnostic] = []
        let all = programme.allTemplates
        for (index, longest) in SessionWalk.longestSessions(configured).enumerated() {
            guard let longest, all.indices.contains(index) else { continue }
            let session = all[index].template
            let path = all[index].place.pathString
            if longest.prescriptions > Limits.prescriptionsPerSession {
                problems.append(Diagnostic(
                    .error,
                    "session template '\(session.title)' prescribes \(longest.prescriptions) exercises; "
                        + "a session may have at most \(Limits.prescriptionsPerSession)",
                    at: session.range, path: path,
                    help: "list fewer exercises or warm-up drills, or split the work into two session templates"))
            }
            let minutes = longest.minutes
            guard let problem = Planner.pastMidnight(start: time, minutes: minutes) else { continue }
            problems.append(Diagnostic(
                .error, "session template '\(session.title)' \(problem)", at: session.range,
                path: path,
                help: minutes > 24 * 60 - 1
                    ? "give the session fewer exercises, sets or repetitions, or shorter holds and rests"
                    : "start earlier (schedule.time), or give the session less work"))
        }
        return problems
    }
}
