/// What one block adds to the plan's progress summary: its figures for one chart.
///
/// A plugin fills it in `prescribe`; renderers add the figures up per week and chart without knowing
/// the plugin. Blocks that name the same chart add up, whichever plugin or session template filled
/// them. A chart that follows steps (the push-up ladder) shows reps and the steps done; one that does
/// not shows reps and seconds held.
public struct BlockProgress: Sendable, Hashable {
    /// The chart the figures go into, as its heading starts (`Push-ups`, `Stabilizers`).
    public var chart: String
    /// The steps done, as catalog exercise ids in order; empty for a chart that follows volume only.
    public var steps: [String]
    /// Repetitions done (both sides counted once; a rep in each position counts once per position,
    /// so prone Y-T-W 2 x 6 is 36 lifts).
    public var reps: Int
    /// Seconds held: holds, and the end-range pause of every repetition.
    public var seconds: Int

    /// The figures of `prescriptions`: their total reps and seconds held (``Prescription/secondsHeld``:
    /// a chin tuck's 5 s pause on each rep counts, not only planks), and, when `followingSteps`, their
    /// exercises as the steps done.
    public init(chart: String, totalling prescriptions: [Prescription], followingSteps: Bool = false) {
        self.chart = chart
        steps = followingSteps ? prescriptions.map(\.exerciseID) : []
        reps = 0
        seconds = 0
        for prescription in prescriptions { add(Self.figures(of: prescription)) }
    }

    /// The same figures for what `log` records of the block whose figures these are: each
    /// exercise's logged sets where the entry gives them, its prescription where it was done as
    /// planned, nothing where it was not done. A test is not training volume and stays out, as it
    /// does of the plan's figures. A course's past sessions chart this, not what was prescribed.
    public func done(_ log: SessionLog, of prescriptions: [Prescription]) -> BlockProgress {
        var done = BlockProgress(chart: chart, totalling: [])
        for prescription in prescriptions where !prescription.dose.isTest {
            var counted = false
            if let work = log.work(for: prescription.exerciseID) {
                // Each set logged counts as a one-set prescription of its amount, added as it is
                // made: a long course's charts read thousands of them.
                var set = prescription
                set.sets = 1
                for amount in work where amount > 0 {
                    if case .hold = prescription.dose { set.dose = .hold(seconds: amount) } else { set.dose = .reps(amount) }
                    done.add(Self.figures(of: set))
                    counted = true
                }
            } else if log.asPlanned {
                done.add(Self.figures(of: prescription))
                counted = true
            }
            if !steps.isEmpty, counted, done.steps.last != prescription.exerciseID {
                done.steps.append(prescription.exerciseID)
            }
        }
        return done
    }

    /// A prescription's reps (a rep in each position counted once per position) and seconds held,
    /// saturating at `Int.max`.
    private static func figures(of prescription: Prescription) -> (reps: Int, seconds: Int) {
        let (lifts, overflow) = prescription.totalReps.multipliedReportingOverflow(by: max(prescription.positions, 1))
        return (overflow ? Int.max : lifts, prescription.secondsHeld)
    }

    /// Adds figures, saturating at `Int.max`.
    private mutating func add(_ figures: (reps: Int, seconds: Int)) {
        let (reps, overflow) = self.reps.addingReportingOverflow(figures.reps)
        self.reps = overflow ? Int.max : reps
        let (seconds, overflowAgain) = self.seconds.addingReportingOverflow(figures.seconds)
        self.seconds = overflowAgain ? Int.max : seconds
    }
}

