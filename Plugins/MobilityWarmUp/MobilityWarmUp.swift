public import PlanKit
public import YAMLKit

/// The `mobility-warmup` plugin: thoracic mobility drills before every session, sized to a number
/// of minutes (domain-facts §3, §5).
///
/// Each drill gets one set of its template dose (cat-cow 8 slow reps, open book 6 per side, ...),
/// drills are added in order while they fit the minutes, and while more than half a minute is
/// left, drills get a second set in order while that still fits, then a third (at most three), so
/// that the warm-up lasts the minutes asked for; when three sets of every drill fall short, the
/// block says so with the minutes it does fill. Session after
/// session the list starts one drill further on, so each drill leads in turn and, when not all
/// fit, each is done within as many sessions as there are drills. The dose never progresses and is
/// not cut in deload weeks: a warm-up prepares the session, it is not training volume.
///
/// Pain never changes the warm-up, but a drill that hurt (`log --hurt`) is swapped, from the next
/// session on, for the first mobility drill of the catalog of the same kind that is not in the
/// block and never hurt; with none left it is dropped. The block's next warm-up says so:
/// `cat-cow hurt on Wed 9 Dec: open book instead`.
public struct MobilityWarmUp: PlanPlugin {
    /// The minutes a block may ask for.
    public static let minuteRange = 3...20
    /// The note added to a deload week's warm-up.
    public static let deloadNote = "deload week: warm-up unchanged"

    /// The plugin's id, options (with defaults) and example block.
    public static let descriptor = PluginDescriptor(
        id: "mobility-warmup",
        name: "Mobility warm-up",
        summary:
            "Thoracic mobility drills before every session, sized to the minutes given; the leading drill "
            + "rotates from session to session; a steady dose, not cut in deload weeks.",
        options: Options.Declared.all,
        baselineKeys: [],
        example: """
            - plugin: mobility-warmup
              minutes: 6
              foam-roller: false
              drills: [cat-cow, open-book, quadruped-t-spine-rotation, wall-slide]
              rotate: true
            """)

    /// The warm-up's length in minutes.
    public let minutes: Int
    /// Whether a foam roller is available.
    public let foamRoller: Bool
    /// Whether the leading drill rotates.
    public let rotate: Bool
    /// The drills to rotate through, in list order.
    public let drills: [Exercise]

    /// The drills a swap may choose from: the catalog's mobility drills, in catalog order, without
    /// the foam-roller ones unless `foamRoller` is true.
    public let pool: [Exercise]

    /// The drill list's name in the state (`State.prescribed`, `State.announced`): the ids joined
    /// with commas, made once from `drills`.
    private let list: String
    /// One set of each drill of `drills`, in the same order, made once: what each session's
    /// warm-up is filled from.
    private let oneSets: [Prescription]
    /// The warm-up of each turn of the rotation (one when the list does not rotate) with no drill
    /// swapped, filled once: a session without a swap takes its turn's.
    private let turns: [[Prescription]]

    private let filler = WarmUpFiller()

    /// Makes the plugin for one block, checking `minutes` and every listed drill.
    ///
    /// - Throws: `YAMLError` with one located diagnostic per problem: `minutes` out of range, an
    ///   unknown drill id (with the nearest id), an exercise that is not a mobility drill, a roller
    ///   drill without `foam-roller: true`, a drill listed twice, fewer than two drills, or drills
    ///   that cannot fill half of `minutes` even with three sets each.
    public init(options: Options, catalog: ExerciseCatalog) throws(YAMLError) {
        var problems: [Diagnostic] = []
        let minutes = options.minutes.value
        if !Self.minuteRange.contains(minutes) {
            problems.append(Diagnostic(
                .error, "'minutes' must be from 3 to 20, found \(minutes)", at: options.minutes.range,
                path: options.path(of: "minutes"),
                help: "a warm-up of 5 to 10 minutes is typical; leave 'minutes' out for 6"))
        }
        let drills: [Exercise]
        if let listed = options.drills {
            drills = Self.resolve(listed, options: options, catalog: catalog, problems: &problems)
        } else {
            drills = Self.defaultDrills(in: catalog, foamRoller: options.foamRoller)
            if drills.count < WarmUpFiller.minimumDrills {
                problems.append(Diagnostic(
                    .error, "the catalog has fewer than two mobility drills for the default warm-up",
                    at: nil, path: options.path(of: "drills"), help: "list two or more drills under 'drills'"))
            }
        }
        if problems.isEmpty {
            let full = WarmUpFiller().fullSeconds(drills)
            if full * 2 < minutes * 60 {
                let most = full * 2 / 60
                problems.append(Diagnostic(
                    .error,
                    "the drills fill at most \(Self.duration(full)) (\(WarmUpFiller.maximumSets) sets each), under half of 'minutes: \(minutes)'",
                    at: options.minutes.range ?? options.drillsRange, path: options.path(of: "minutes"),
                    help: most >= Self.minuteRange.lowerBound
                        ? "list more drills, or set 'minutes' to \(most) or less" : "list more drills"))
            }
        }
        if !problems.isEmpty {
            throw YAMLError(problems.inSourceOrder())
        }
        self.minutes = minutes
        self.foamRoller = options.foamRoller
        self.rotate = options.rotate
        self.drills = drills
        list = drills.map(\.id).joined(separator: ",")
        let oneSets = drills.map { DrillDose.prescription(for: $0, sets: 1) }
        self.oneSets = oneSets
        turns = (1...(options.rotate ? max(1, oneSets.count) : 1)).map { number in
            WarmUpFiller().fill(Self.rotated(oneSets, forSession: number, rotate: options.rotate), within: minutes * 60)
        }
        self.pool = catalog.exercises.filter { $0.category == .mobility && (options.foamRoller || !Self.needsRoller($0)) }
    }

    /// The warm-up needs nothing from the person's baselines.
    public func start(_ context: StartContext) -> PluginStart<State> {
        PluginStart(state: State(), summary: nil)
    }

    /// The warm-up for one session: the drill list rotated by this list's session count, filled to
    /// `minutes`; the same in deload weeks.
    public func prescribe(_ session: SessionContext, state: inout State) -> BlockPlan {
        let number = state.advance(forList: list)
        let swaps = swaps(for: state)
        var prescriptions = swaps.isEmpty
            ? turns[Self.offset(forSession: number, count: turns.count)]
            : filler.fill(swapped(rotated(oneSets, forSession: number), swaps), within: minutes * 60)
        let seconds = prescriptions.reduce(0) { $0 + filler.estimator.seconds(for: $1) }
        var notes = session.isDeload ? [Self.deloadNote] : []
        let filled = max(1, (seconds + 30) / 60)
        if filled < minutes {
            let full = prescriptions.count == drills.count && prescriptions.allSatisfy { $0.sets == WarmUpFiller.maximumSets }
            notes.append(Self.shortNote(filled: filled, planned: minutes, everySetGiven: full))
        }
        // Said once a plan: `announced` holds swaps as `list|drill`, and this as `turns`.
        if number == 1, !state.announced.contains("turns"), setsVaryWithTheTurn(swaps) {
            state.announced.insert("turns")
            notes.append(Self.turnsNote)
        }
        announce(swaps, in: &prescriptions, notes: &notes, state: &state, catalog: session.catalog)
        return BlockPlan(
            pluginID: Self.descriptor.id, title: "Warm-up", prescriptions: prescriptions, notes: notes,
            minutes: filled)
    }

    /// Why a drill's sets change from session to session when no progression changes them.
    public static let turnsNote = "the drills rotate from session to session, and the first ones in the list get "
        + "more sets to fill the minutes: a drill's sets change with its place in the list, not with your progress"

    /// Whether a drill's sets differ from one turn of the rotation to another (said once, in the
    /// list's first session, so that 2 x 6 after 1 x 6 is not read as a progression).
    private func setsVaryWithTheTurn(_ swaps: [(hurt: State.Hurt, replacement: Exercise?)]) -> Bool {
        guard rotate, drills.count > 1 else { return false }
        var sets: [String: Set<Int>] = [:]
        for number in 1...drills.count {
            for prescription in filler.fill(swapped(rotated(oneSets, forSession: number), swaps), within: minutes * 60) {
                sets[prescription.exerciseID, default: []].insert(prescription.sets)
            }
        }
        return sets.values.contains { $0.count > 1 }
    }

    /// Why a warm-up lasts less than its `minutes`: its drills, at three sets each, fill no more, or
    /// no further set fits in what is left.
    static func shortNote(filled: Int, planned: Int, everySetGiven: Bool) -> String {
        everySetGiven
            ? "about \(filled) of the \(planned) min planned: \(WarmUpFiller.maximumSets) sets of each drill are the most the warm-up gives"
            : "about \(filled) of the \(planned) min planned: no further set fits in the time left"
    }

    /// Keeps each drill of the block that hurt (`outcome.hurt`), so that no later warm-up gives
    /// it: `prescribe` swaps it (see `swaps(for:state:)`). Pain alone changes nothing: the warm-up
    /// is never progressed or cut by it.
    public func adapt(_ outcome: BlockOutcome, state: inout State) {
        for id in outcome.hurt where !state.hasHurt(id) {
            state.hurt.append(State.Hurt(drill: id, date: outcome.date))
        }
    }

    /// What each drill of this block that hurt has become, in the order they hurt: the first drill
    /// of `pool` of the same kind that is not in the block (as the earlier swaps left it) and has
    /// never hurt, or nil when there is none and the drill is dropped. A replacement that hurts in
    /// turn is swapped the same way. Deterministic: the same hurts give the same swaps.
    public func swaps(for state: State) -> [(hurt: State.Hurt, replacement: Exercise?)] {
        var current = drills
        var swaps: [(hurt: State.Hurt, replacement: Exercise?)] = []
        var hurtSoFar: Set<String> = []
        for hurt in state.hurt {
            // Only the drills that had hurt by then: a replacement that hurts later is swapped in its
            // turn, and the swaps before it stay as they were said.
            hurtSoFar.insert(hurt.drill)
            guard let at = current.firstIndex(where: { $0.id == hurt.drill }) else { continue }
            let kind = current[at].kind
            let replacement = pool.first { candidate in
                candidate.kind == kind && !current.contains { $0.id == candidate.id } && !hurtSoFar.contains(candidate.id)
            }
            if let replacement { current[at] = replacement } else { current.remove(at: at) }
            swaps.append((hurt, replacement))
        }
        return swaps
    }

    /// One set of each drill (in this session's order) with each swap applied.
    func swapped(_ drills: [Prescription], _ swaps: [(hurt: State.Hurt, replacement: Exercise?)]) -> [Prescription] {
        var drills = drills
        for swap in swaps {
            guard let at = drills.firstIndex(where: { $0.exerciseID == swap.hurt.drill }) else { continue }
            if let replacement = swap.replacement {
                drills[at] = DrillDose.prescription(for: replacement, sets: 1)
            } else {
                drills.remove(at: at)
            }
        }
        return drills
    }

    /// Says each swap of this block not yet said: on the replacement's prescription when this
    /// session has it (`cat-cow hurt on Wed 9 Dec: open book instead`), else as a block note.
    private func announce(
        _ swaps: [(hurt: State.Hurt, replacement: Exercise?)], in prescriptions: inout [Prescription],
        notes: inout [String], state: inout State, catalog: ExerciseCatalog
    ) {
        for swap in swaps where state.announced.insert(list + "|" + swap.hurt.drill).inserted {
            let why = "\(catalog.sentenceName(of: swap.hurt.drill)) hurt on \(swap.hurt.date.shortDisplay)"
            guard let replacement = swap.replacement else {
                notes.append("\(why): dropped from the warm-up, no other drill can take its place")
                continue
            }
            let text = "\(why): \(catalog.sentenceName(of: replacement.id)) instead"
            if let at = prescriptions.firstIndex(where: { $0.exerciseID == replacement.id }) {
                prescriptions[at].change = text
            } else {
                notes.append(text)
            }
        }
    }

    /// The drills in the order used by the list's `number`th session (1-based): starting at
    /// `(number - 1) mod count` when rotating, at the first drill otherwise.
    public func order(forSession number: Int) -> [Exercise] {
        rotated(drills, forSession: number)
    }

    /// `items`, one for each drill of `drills`, in the order of `order(forSession:)`.
    private func rotated<Item>(_ items: [Item], forSession number: Int) -> [Item] {
        Self.rotated(items, forSession: number, rotate: rotate)
    }

    /// See ``rotated(_:forSession:)``; `rotate` is the block's.
    private static func rotated<Item>(_ items: [Item], forSession number: Int, rotate: Bool) -> [Item] {
        guard rotate, !items.isEmpty else { return items }
        let offset = offset(forSession: number, count: items.count)
        return Array(items[offset...] + items[..<offset])
    }

    /// Where the list's `number`th session (1-based) starts in a list of `count` (at least 1).
    private static func offset(forSession number: Int, count: Int) -> Int {
        ((number - 1) % count + count) % count
    }
}
