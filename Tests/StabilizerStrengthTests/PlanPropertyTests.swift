import PlanKit
import StabilizerStrength
import Testing
import YAMLKit
import ProtractTestSupport

/// Invariants over many generated plans (1-52 weeks, 1-6 sessions a week, 1-3 session templates that
/// share their doses but list different exercises, deloads every 2-6 weeks or none), from fixed seeds.
@Suite struct PlanPropertyTests {
    let catalog: ExerciseCatalog
    let stabilizers: [String]

    init() throws {
        catalog = try Support.catalog()
        stabilizers = catalog.exercises.filter { $0.category == .stabilizer }.map(\.id)
    }

    /// A generated plan: its templates, shape and, per planned block, each prescription's slot.
    struct Case {
        var seed: UInt64
        var templates: [StabilizerOptions]
        var shape: PlanShape
    }

    func generate(seed: UInt64) -> Case {
        var random = SeededGenerator(seed: seed)
        func range(_ allowed: ClosedRange<Int>) -> StartTarget {
            let start = Int.random(in: allowed, using: &random)
            return Bool.random(using: &random)
                ? StartTarget(fixed: start) : StartTarget(start: start, target: Int.random(in: start...allowed.upperBound, using: &random))
        }
        let sets = range(1...6)
        let reps = range(1...50)
        let hold = range(5...120)
        let rest = Int.random(in: 10...300, using: &random)
        let repsStep = Int.random(in: 1...10, using: &random)
        let holdStep = Int.random(in: 1...30, using: &random)
        let templates = (0..<Int.random(in: 1...3, using: &random)).map { _ in
            let count = Int.random(in: 1...5, using: &random)
            let exercises = Array(stabilizers.shuffled(using: &random).prefix(count))
            return StabilizerOptions(
                exercises: exercises, sets: sets, reps: reps, holdSeconds: hold, restSeconds: rest,
                repsStep: repsStep, holdStep: holdStep)
        }
        var shape = PlanShape(weeks: Int.random(in: 1...52, using: &random), perWeek: Int.random(in: 1...6, using: &random))
        shape.deloadEvery = Bool.random(using: &random) ? nil : Int.random(in: 2...6, using: &random)
        shape.deloadPercent = Int.random(in: 30...90, using: &random)
        if Bool.random(using: &random) { shape.baseline = ["plank-seconds": Int.random(in: 0...600, using: &random)] }
        return Case(seed: seed, templates: templates, shape: shape)
    }

    /// One appearance of a slot (the exercise id a block names) in the plan.
    struct Appearance {
        var week: Int
        var deload: Bool
        var prescription: Prescription
    }

    /// Each slot's appearances in plan order.
    func slots(_ blocks: [PlannedBlock], templates: [StabilizerOptions]) -> [String: [Appearance]] {
        var slots: [String: [Appearance]] = [:]
        for planned in blocks {
            let ids = templates[planned.template].exerciseIDs
            #expect(planned.block.prescriptions.count == ids.count)
            for (slot, prescription) in zip(ids, planned.block.prescriptions) {
                slots[slot, default: []].append(Appearance(week: planned.week, deload: planned.isDeload, prescription: prescription))
            }
        }
        return slots
    }

    static let seeds: [UInt64] = Array(1...300)

    @Test func invariantsHoldOverGeneratedPlans() throws {
        for seed in Self.seeds {
            let plan = generate(seed: seed)
            let run = try Runner(catalog: catalog, templates: plan.templates).run(plan.shape)
            let options = try #require(plan.templates.first)
            let plankStart = plan.shape.baseline["plank-seconds"]
            for (slot, appearances) in slots(run.blocks, templates: plan.templates) {
                try check(slot: slot, appearances, options: options, plankStart: plankStart, seed: seed)
            }
        }
    }

    func check(slot: String, _ appearances: [Appearance], options: StabilizerOptions, plankStart: Int?, seed: UInt64) throws {
        var previousWeek: [Appearance] = []
        var thisWeek: [Appearance] = []
        var lastFull: Prescription?
        for appearance in appearances {
            let p = appearance.prescription
            let exercise = try #require(catalog.exercise(p.exerciseID), "seed \(seed): \(p.exerciseID) not in the catalog")
            #expect(exercise.category == .stabilizer, "seed \(seed)")
            let amount: Int
            switch p.dose {
            case .reps(let reps):
                #expect(exercise.kind == .reps, "seed \(seed)")
                amount = reps
            case .hold(let seconds):
                #expect(exercise.kind == .hold, "seed \(seed)")
                amount = seconds
            case .maxTest:
                Issue.record("seed \(seed): the stabilizers prescribed a max test of \(p.exerciseID)")
                amount = 0
            }
            let range = self.range(p.exerciseID, options: options, plankMax: plankStart)
            if exercise.positions.count > 1 {
                #expect(amount <= 10, "seed \(seed): \(p.short) above 10 per position")
            }
            if p.exerciseID == "plank", let plankStart {
                #expect(amount <= plankStart, "seed \(seed): \(p.short) above the tested \(plankStart) s")
                #expect(plankStart >= 6, "seed \(seed): a forearm plank for a max of \(plankStart) s")
            }
            // Doses stay within start…target (deloads may cut sets below the start, never below 1).
            // (An added set may come below the start, to keep the week's rise within 20%.)
            #expect(amount <= range.target && (amount >= range.start || p.sets > options.sets.start || appearance.deload),
                    "seed \(seed): \(slot) \(p.short) outside \(range)")
            let sets = appearance.deload ? 1...options.sets.target : options.sets.start...options.sets.target
            #expect(sets.contains(p.sets), "seed \(seed): \(slot) \(p.short) sets outside \(sets)")
            #expect(p.restSeconds == options.restSeconds)

            if let last = thisWeek.last, last.week != appearance.week {
                previousWeek = thisWeek
                thisWeek = []
            }
            // All sessions of a week get the same dose.
            if let first = thisWeek.first?.prescription {
                #expect(
                    first.exerciseID == p.exerciseID && first.sets == p.sets && first.dose == p.dose,
                    "seed \(seed): \(slot) week \(appearance.week) \(first.short) then \(p.short)")
            } else if appearance.deload, previousWeek.last?.week == appearance.week - 1 {
                // Volume never rises in a deload week against the week before.
                let before = previousWeek.map(\.prescription.volume).max() ?? 0
                #expect(p.volume <= before, "seed \(seed): \(slot) deload \(p.volume) > \(before)")
            }
            thisWeek.append(appearance)

            guard thisWeek.count == 1 else { continue }
            if !appearance.deload {
                checkStep(slot: slot, from: lastFull, to: p, options: options, plankStart: plankStart, seed: seed)
                lastFull = p
            } else if lastFull == nil {
                // A slot that starts in a deload week: the start level, sets cut.
                var level = p
                level.sets = options.sets.start
                checkStep(slot: slot, from: nil, to: level, options: options, plankStart: plankStart, seed: seed)
                lastFull = level
            }
        }
    }

    /// The dose range of an exercise (rules S2 and S3 of docs/prescription-rules.md): per position
    /// at most 10, starting at 6 or less; the forearm plank from half the tested max, never above it.
    func range(_ id: String, options: StabilizerOptions, plankMax: Int?) -> StartTarget {
        guard let exercise = catalog.exercise(id) else { return options.reps }
        switch exercise.kind {
        case .reps:
            var range = options.reps
            if exercise.positions.count > 1 {
                let fixed = range.start == range.target
                range.target = min(range.target, 10)
                range.start = fixed ? range.target : min(range.start, max(5, range.target - 4), range.target)
            }
            return range
        case .hold:
            var range = options.holdSeconds
            if id == "plank", let plankMax, plankMax >= 6 {
                range.target = min(range.target, plankMax)
                range.start = min(plankMax / 2, range.target)
            }
            return range
        }
    }

    /// A non-deload week is exactly one step from the last non-deload week (or the start), and no
    /// step raises the slot's volume by more than 20% (or one per set).
    func checkStep(
        slot: String, from previous: Prescription?, to p: Prescription, options: StabilizerOptions, plankStart: Int?,
        seed: UInt64
    ) {
        func start(_ id: String) -> Int { range(id, options: options, plankMax: plankStart).start }
        func target(_ id: String) -> Int { range(id, options: options, plankMax: plankStart).target }
        func amount(_ prescription: Prescription) -> Int { prescription.totalReps + prescription.totalHoldSeconds }
        guard let previous else {
            // The slot's exercise, or (a plank max under 6 s) an easier variant it names.
            let easier = catalog.exercise(slot)?.easier.map(\.value) ?? []
            #expect((p.exerciseID == slot || easier.contains(p.exerciseID)) && p.sets == options.sets.start
                    && amount(p) / p.sets == start(p.exerciseID),
                    "seed \(seed): \(slot) first week \(p.short), start \(start(slot))")
            return
        }
        let before = amount(previous) / previous.sets
        let now = amount(p) / p.sets
        let step = catalog.exercise(previous.exerciseID)?.kind == .hold ? options.holdStep : options.repsStep
        let isReps = catalog.exercise(p.exerciseID)?.kind == .reps
        // An added set of reps starts at the range's start, whatever the bound (S4).
        let addedRepsSet = isReps && p.sets == previous.sets + 1 && now == start(p.exerciseID)
        if p.exerciseID == previous.exerciseID, !addedRepsSet {
            #expect(p.sets * now <= WeeklyRise.cap(previous.sets * before, minimum: previous.sets),
                    "seed \(seed): \(previous.short) -> \(p.short) rises more than \(WeeklyRise.percent)%")
        }
        if before < target(previous.exerciseID) {
            #expect(p.exerciseID == previous.exerciseID && p.sets == previous.sets && now > before
                    && now <= min(before + step, target(previous.exerciseID)), "seed \(seed): \(previous.short) -> \(p.short)")
        } else if p.exerciseID == previous.exerciseID, p.sets == previous.sets + 1 {
            // A set added: reps back to the start, never below it; a hold kept (or shorter), never
            // halved by more than the 20% bound asks.
            let kept = isReps ? start(p.exerciseID) : before
            #expect(previous.sets < options.sets.target && now <= kept && now >= (isReps ? kept : 1),
                    "seed \(seed): \(previous.short) -> \(p.short)")
        } else if p.exerciseID != previous.exerciseID {
            // A harder variant only from the top, and only one the catalog names as harder.
            let harder = catalog.exercise(previous.exerciseID)?.harder.map(\.value) ?? []
            #expect(harder.contains(p.exerciseID), "seed \(seed): \(previous.exerciseID) -> \(p.exerciseID)")
            #expect(p.sets == options.sets.start && now == start(p.exerciseID), "seed \(seed): \(p.short)")
        } else {
            #expect(p.sets == previous.sets && now == before, "seed \(seed): top \(previous.short) -> \(p.short)")
        }
    }

    @Test func plansAreDeterministic() throws {
        for seed in Self.seeds.prefix(60) {
            let plan = generate(seed: seed)
            let runner = Runner(catalog: catalog, templates: plan.templates)
            let first = try runner.run(plan.shape)
            let second = try runner.run(plan.shape)
            #expect(first.summary == second.summary, "seed \(seed)")
            #expect(first.blocks == second.blocks, "seed \(seed)")
        }
    }

    @Test func theGeneratorCoversTheInterestingCases() throws {
        // Guard against a generator that never reaches deloads, variants or the top.
        var deloads = 0, variants = 0, tops = 0
        for seed in Self.seeds {
            let plan = generate(seed: seed)
            let run = try Runner(catalog: catalog, templates: plan.templates).run(plan.shape)
            for change in run.blocks.flatMap({ $0.block.prescriptions.compactMap(\.change) }) {
                if change.hasPrefix("deload week") { deloads += 1 }
                if change.hasPrefix("harder variant") { variants += 1 }
                if change.hasPrefix("top of the progression") { tops += 1 }
            }
        }
        #expect(deloads > 100)
        #expect(variants > 50)
        #expect(tops > 20)
    }
}
