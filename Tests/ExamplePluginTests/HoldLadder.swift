import PlanKit
import YAMLKit

/// The example plugin of docs/plugins.md: one timed hold, a few seconds longer every week.
///
/// It shows everything a plugin does and nothing more: options declared once, a descriptor, a check
/// of the options against the catalog, a state threaded from session to session, and what each block
/// reports to the plan's progress summary.
struct HoldLadder: PlanPlugin {
    /// The block's heading, and the name of its chart in the progress summary.
    static let title = "Holds"
    /// The longest hold the ladder climbs to.
    static let longestHold = 90

    /// The plugin's id, options (with defaults), baseline keys and example block.
    static let descriptor = PluginDescriptor(
        id: "hold-ladder",
        name: "Hold ladder",
        summary: "One timed hold, a few seconds longer every week; deload weeks cut the sets and keep the seconds.",
        options: Options.Declared.all,
        baselineKeys: [],
        example: """
            - plugin: hold-ladder
              exercise: plank
              seconds: 20
              add-seconds: 5
              sets: 2
            """)

    /// The exercise held.
    let exercise: Exercise
    /// The options as written.
    let options: Options

    /// Makes the plugin for one block: the exercise must be in the catalog and be a timed hold.
    init(options: Options, catalog: ExerciseCatalog) throws(YAMLError) {
        let path = options.path(of: "exercise")
        guard let exercise = catalog.exercise(options.exercise.value) else {
            throw YAMLError([catalog.unknownExercise(options.exercise, path: path)])
        }
        guard exercise.kind == .hold else {
            throw YAMLError([Diagnostic(
                .error, "'\(exercise.id)' is done for reps, not held", at: options.exercise.range, path: path,
                help: "pick a hold exercise, such as plank or incline-plank")])
        }
        self.exercise = exercise
        self.options = options
    }

    /// What the ladder carries from session to session: the seconds held and the week they were set.
    struct State: Sendable, Hashable {
        /// Seconds held per set.
        var seconds: Int
        /// The week of the last session; 0 before the first.
        var week = 0
    }

    /// The ladder starts at the block's `seconds`; it reads no baseline.
    func start(_ context: StartContext) -> PluginStart<State> {
        PluginStart(state: State(seconds: options.seconds), summary: nil)
    }

    /// One session's hold: `add-seconds` more on the first session of every week after the first
    /// (not in a deload week), and fewer sets in a deload week.
    func prescribe(_ session: SessionContext, state: inout State) -> BlockPlan {
        if state.week != session.week {
            if state.week > 0, !session.isDeload {
                state.seconds = min(state.seconds + options.addSeconds, Self.longestHold)
            }
            state.week = session.week
        }
        let sets = session.deloadVolume.apply(to: options.sets)
        let hold = Prescription(
            exerciseID: exercise.id, sets: sets, dose: .hold(seconds: state.seconds), perSide: exercise.perSide,
            restSeconds: 45)
        return BlockPlan(
            pluginID: Self.descriptor.id, title: Self.title, prescriptions: [hold],
            notes: session.isDeload ? ["deload week: sets cut to \(session.deloadVolume)"] : [],
            progress: BlockProgress(chart: Self.title, totalling: [hold]))
    }
}
