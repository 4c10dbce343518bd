public import PlanKit
public import YAMLKit

/// The `mobility-warmup` plugin: thoracic mobility drills before every session, sized to a number
/// of minutes (domain-facts §3, §5).
///
/// Each drill gets one set of its template dose (cat-cow 8 slow reps, open book 6 per side, ...),
/// drills are added in order while they fit the minutes, and when every drill fits with more than
/// a minute to spare, drills get a second set in order while that still fits. Session after
/// session the list starts one drill further on, so each drill leads in turn and, when not all
/// fit, each is done within as many sessions as there are drills. The dose never progresses and is
/// not cut in deload weeks: a warm-up prepares the session, it is not training volume.
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

    private let filler = WarmUpFiller()

    /// Makes the plugin for one block, checking `minutes` and every listed drill.
    ///
    /// - Throws: `YAMLError` with one located diagnostic per problem: `minutes` out of range, an
    ///   unknown drill id (with the nearest id), an exercise that is not a mobility drill, a roller
    ///   drill without `foam-roller: true`, a drill listed twice, fewer than two drills, or drills
    ///   that cannot fill half of `minutes` even with two sets each.
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
                    "the drills fill at most \(Self.duration(full)) (2 sets each), under half of 'minutes: \(minutes)'",
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
    }

    /// The warm-up needs nothing from the person's baselines.
    public func start(for athlete: Athlete, catalog: ExerciseCatalog) -> PluginStart<State> {
        PluginStart(state: State(), summary: nil)
    }

    /// The warm-up for one session: the drill list rotated by this list's session count, filled to
    /// `minutes`; the same in deload weeks.
    public func prescribe(_ session: SessionContext, state: inout State) -> BlockPlan {
        let number = state.advance(for: drills.map(\.id))
        let prescriptions = filler.fill(order(forSession: number), within: minutes * 60)
        let seconds = prescriptions.reduce(0) { $0 + filler.estimator.seconds(for: $1) }
        let notes = session.isDeload ? [Self.deloadNote] : []
        return BlockPlan(
            pluginID: Self.descriptor.id, title: "Warm-up", prescriptions: prescriptions, notes: notes,
            minutes: max(1, (seconds + 30) / 60))
    }

    /// The drills in the order used by the list's `number`th session (1-based): starting at
    /// `(number - 1) mod count` when rotating, at the first drill otherwise.
    public func order(forSession number: Int) -> [Exercise] {
        guard rotate, !drills.isEmpty else { return drills }
        let offset = ((number - 1) % drills.count + drills.count) % drills.count
        return Array(drills[offset...] + drills[..<offset])
    }
}
