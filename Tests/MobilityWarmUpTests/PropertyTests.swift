import MobilityWarmUp
import PlanKit
import Testing
import YAMLKit
import ProtractTestSupport

/// Invariants over many generated plans (1-52 weeks, 1-6 sessions a week, one or two templates,
/// random options), with fixed seeds so every run checks the same plans.
@Suite struct PropertyTests {
    let catalog: ExerciseCatalog
    let estimator = DurationEstimator()

    init() throws {
        catalog = try Support.catalog()
    }

    /// A random block: minutes, roller, rotation, and either the default drills or a shuffled subset.
    func randomOptions(_ random: inout SeededGenerator) -> MobilityWarmUp.Options {
        let foamRoller = Bool.random(using: &random)
        var pool = catalog.exercises.filter { $0.category == .mobility }.map(\.id)
        if !foamRoller { pool.removeAll { $0 == "foam-roller-extension" } }
        let drills: [String]? =
            Bool.random(using: &random)
            ? nil : Array(pool.shuffled(using: &random).prefix(Int.random(in: 2...pool.count, using: &random)))
        return MobilityWarmUp.Options(
            minutes: Int.random(in: MobilityWarmUp.minuteRange, using: &random), foamRoller: foamRoller,
            drills: drills, rotate: Bool.random(using: &random))
    }

    /// A plugin from random options; lists too short for their minutes are refused, and only those.
    func randomPlugin(_ random: inout SeededGenerator) throws -> MobilityWarmUp {
        while true {
            let options = randomOptions(&random)
            do {
                return try MobilityWarmUp(options: options, catalog: catalog)
            } catch {
                #expect(options.drills != nil)
                #expect(error.diagnostics.count == 1)
                #expect(error.diagnostics.first?.message.hasPrefix("the drills fill at most ") == true)
            }
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func invariantsHoldOverGeneratedPlans(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        for _ in 0..<40 {
            let plugins = try (0..<Int.random(in: 1...2, using: &random)).map { _ in try randomPlugin(&random) }
            let sessions = Support.sessions(
                weeks: Int.random(in: 1...52, using: &random), perWeek: Int.random(in: 1...6, using: &random),
                catalog: catalog)
            let plan = Support.run(plugins, sessions: sessions, catalog: catalog)
            try check(plan, plugins: plugins, sessions: sessions)
        }
    }

    func check(_ plan: [BlockPlan], plugins: [MobilityWarmUp], sessions: [SessionContext]) throws {
        #expect(plan.count == sessions.count)
        // Deterministic, and deloads change nothing but a note.
        #expect(plan == Support.run(plugins, sessions: sessions, catalog: catalog))
        let noDeloads = sessions.map { session -> SessionContext in
            var copy = session
            copy.isDeload = false
            copy.deloadVolume = .full
            return copy
        }
        #expect(plan.map(\.prescriptions) == Support.run(plugins, sessions: noDeloads, catalog: catalog).map(\.prescriptions))

        var byList: [[String]: [BlockPlan]] = [:]
        var byTemplate: [[BlockPlan]] = Array(repeating: [], count: plugins.count)
        for (index, block) in plan.enumerated() {
            let plugin = plugins[index % plugins.count]
            let limit = plugin.minutes * 60
            let seconds = estimator.seconds(for: block)
            #expect(seconds <= limit + 30, "\(seconds) s for \(plugin.minutes) min")
            #expect(seconds * 2 >= limit, "\(seconds) s for \(plugin.minutes) min")
            #expect(block.prescriptions.count >= 2)
            let ids = block.prescriptions.map(\.exerciseID)
            #expect(Set(ids).count == ids.count)
            #expect(Set(ids).isSubset(of: plugin.drills.map(\.id)))
            for prescription in block.prescriptions {
                let exercise = try #require(sessions[index].catalog.exercise(prescription.exerciseID))
                #expect(exercise.category == .mobility)
                #expect(plugin.foamRoller || !exercise.equipment.contains("foam-roller"))
                #expect((1...3).contains(prescription.sets))
                #expect(prescription.change == nil)
                #expect(prescription.restSeconds == 0)
            }
            #expect(block.minutes == max(1, (seconds + 30) / 60))
            // The minutes asked for, to the nearest minute, or a note that says why not.
            let short = block.notes.contains { $0.contains("min planned") }
            #expect(block.minutes == plugin.minutes || short, "\(block)")
            #expect(!short || (block.minutes ?? 0) < plugin.minutes)
            #expect(block.notes.contains(MobilityWarmUp.deloadNote) == sessions[index].isDeload)
            byList[plugin.drills.map(\.id), default: []].append(block)
            byTemplate[index % plugins.count].append(block)
        }
        for (index, plugin) in plugins.enumerated() {
            let list = plugin.drills.map(\.id)
            if !plugin.rotate {
                // No rotation: the same warm-up every time.
                #expect(Set(byTemplate[index].map(\.prescriptions)).count <= 1)
            } else if plugins.allSatisfy({ $0.drills.map(\.id) != list || $0.rotate }) {
                // Over any N consecutive sessions of a list of N drills, every drill is done.
                let blocks = byList[list] ?? []
                guard blocks.count >= list.count else { continue }
                for start in 0...(blocks.count - list.count) {
                    let done = Set(blocks[start..<(start + list.count)].flatMap { $0.prescriptions.map(\.exerciseID) })
                    #expect(done == Set(list))
                }
            }
        }
    }
}
