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
        reps = prescriptions.reduce(0) { total, prescription in
            let (lifts, overflow) = prescription.totalReps.multipliedReportingOverflow(by: max(prescription.positions, 1))
            let (sum, overflowAgain) = total.addingReportingOverflow(lifts)
            return overflow || overflowAgain ? Int.max : sum
        }
        seconds = prescriptions.reduce(0) { total, prescription in
            let (sum, overflow) = total.addingReportingOverflow(prescription.secondsHeld)
            return overflow ? Int.max : sum
        }
    }

    /// The same figures for what `log` records of the block whose figures these are: each
    /// exercise's logged sets where the entry gives them, its prescription where it was done as
    /// planned, nothing where it was not done. A test is not training volume and stays out, as it
    /// does of the plan's figures. A course's past sessions chart this, not what was prescribed.
    public func done(_ log: SessionLog, of prescriptions: [Prescription]) -> BlockProgress {
        let follows = !steps.isEmpty
        var done = BlockProgress(chart: chart, totalling: [])
        for prescription in prescriptions where !prescription.dose.isTest {
            guard let work = log.work(for: prescription.exerciseID) else {
                if log.asPlanned { done.add(prescription, followingSteps: follows) }
                continue
            }
            // Each set logged as a one-set prescription of its amount, counted as the plan counts.
            let positions = max(prescription.positions, 1)
            for amount in work where amount > 0 {
                switch prescription.dose {
                case .hold:
                    done.seconds = Self.sum(done.seconds, amount)
                case .reps:
                    done.reps = Self.sum(done.reps, Self.product(amount, positions))
                    if let hold = prescription.holdSeconds, hold > 0 {
                        done.seconds = Self.sum(done.seconds, Self.product(Self.product(amount, positions), hold))
                    }
                case .maxTest:
                    continue
                }
                if follows, done.steps.last != prescription.exerciseID { done.steps.append(prescription.exerciseID) }
            }
        }
        return done
    }

    /// Adds a prescription's figures as written.
    private mutating func add(_ prescription: Prescription, followingSteps: Bool) {
        let one = BlockProgress(chart: chart, totalling: [prescription], followingSteps: followingSteps)
        reps = Self.sum(reps, one.reps)
        seconds = Self.sum(seconds, one.seconds)
        for step in one.steps where steps.last != step { steps.append(step) }
    }

    private static func sum(_ a: Int, _ b: Int) -> Int {
        let (value, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : value
    }

    private static func product(_ a: Int, _ b: Int) -> Int {
        let (value, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? Int.max : value
    }
}

