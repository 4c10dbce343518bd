import Foundation
import PlanKit
import PushUpProgression
import Testing
import YAMLKit

/// Every built-in programme in `Programs/`, configured with the real plugins and planned for people
/// of different baselines; and the promises of the two smaller built-ins.
@Suite struct BuiltInProgrammeTests {
    /// The push-up baselines every programme is planned for: none, a few, many.
    static let baselines = [0, 12, 40]
    static let start = CivilDate(year: 2026, month: 12, day: 7) ?? CivilDate(daysSinceEpoch: 20_429)

    /// The programme files' names without `.yaml`, the catalog left out.
    static let names: [String] = {
        let folder = Flagship.repository.appendingPathComponent("Programs")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") && $0 != "exercises.yaml" }
            .map { String($0.dropLast(".yaml".count)) }.sorted()
    }()

    /// The plans of one programme, one per baseline it can take (one plan without a baseline when
    /// it reads no `push-ups` baseline).
    static func plans(_ name: String) throws -> [(baseline: Int?, plan: Plan)] {
        let configured = try Flagship.configured(try Flagship.programme(name))
        let readsPushUps = configured.baselineKeys.contains { $0.key == PushUpProgression.baseline.key }
        let baselines: [Int?] = readsPushUps ? baselines : [nil]
        return try baselines.map { baseline in
            let athlete = Athlete(
                start: start, baseline: baseline.map { [PushUpProgression.baseline.key: $0] } ?? [:])
            return (baseline, try Planner().plan(configured, for: athlete))
        }
    }

    /// Every week that prescribes a hold or a paused repetition shows seconds held in the progress
    /// chart (issue 13: desk-mobility's 5 s chin-tuck holds showed "held 0 s", and more-push-ups'
    /// weeks 7-8 showed 0 s once planks became shoulder taps).
    @Test(arguments: names)
    func theStabilizerChartCountsEveryPause(name: String) throws {
        for (baseline, plan) in try Self.plans(name) {
            for week in plan.weeks {
                let blocks = week.sessions.flatMap(\.blocks).filter { $0.progress?.chart == "Stabilizers" }
                let pauses = blocks.flatMap(\.prescriptions).contains { prescription in
                    if case .hold = prescription.dose { return true }
                    return (prescription.holdSeconds ?? 0) > 0
                }
                let held = blocks.compactMap(\.progress).reduce(0) { $0 + $1.seconds }
                #expect(!pauses || held > 0, "\(name), baseline \(baseline.map(String.init) ?? "none"), week \(week.number)")
            }
        }
    }

    @Test func theThreeBuiltInsAreThere() {
        #expect(Set(Self.names).isSuperset(of: ["upper-back-rehab", "more-push-ups", "desk-mobility"]))
    }

    @Test(arguments: names)
    func everyProgrammePlansOverItsWeeksWithKnownExercises(name: String) throws {
        let programme = try Flagship.programme(name)
        #expect(programme.id == name, "a built-in's id is its file name")
        #expect(!programme.sources.isEmpty)
        #expect(!programme.safety.stopIf.isEmpty && !programme.safety.seeAClinician.isEmpty)
        let configured = try Flagship.configured(programme)
        let builtIn = try Flagship.catalog()
        for (baseline, plan) in try Self.plans(name) {
            let context = Comment(rawValue: "\(name), baseline \(baseline.map(String.init) ?? "none")")
            #expect(plan.weeks.map(\.number) == Array(1...programme.weeks), context)
            #expect(plan.weeks.allSatisfy { !$0.sessions.isEmpty }, context)
            for session in plan.sessions {
                #expect(session.blocks.count == programme.sessions[(session.number - 1) % programme.sessions.count].blocks.count, context)
                for prescription in session.blocks.flatMap(\.prescriptions) {
                    let known = builtIn.contains(prescription.exerciseID)
                        || programme.exercises.contains { $0.id == prescription.exerciseID }
                    #expect(known, "\(prescription.exerciseID) is in no catalog; \(context)")
                    #expect(configured.catalog.contains(prescription.exerciseID), context)
                    #expect(prescription.sets >= 1, context)
                }
            }
        }
    }

    @Test(arguments: names)
    func everyProgrammePlansTheSameEveryTime(name: String) throws {
        let first = try Self.plans(name)
        let second = try Self.plans(name)
        #expect(first.map(\.plan) == second.map(\.plan))
    }

    // MARK: desk-mobility

    @Test func deskMobilityHasNoPushUpBlockAndReadsNoPushUpBaseline() throws {
        let programme = try Flagship.programme("desk-mobility")
        #expect(programme.sessions.count == 2)
        #expect(programme.sessions.flatMap(\.blocks).allSatisfy { $0.plugin.value != PushUpProgression.descriptor.id })
        let configured = try Flagship.configured(programme)
        #expect(!configured.baselineKeys.contains { $0.key == PushUpProgression.baseline.key })
        #expect(throws: PlanError.self) {
            try Planner().plan(configured, for: Athlete(start: Self.start, baseline: ["push-ups": 12]))
        }
        for (_, plan) in try Self.plans("desk-mobility") {
            for session in plan.sessions {
                #expect(session.blocks.allSatisfy { $0.pluginID != PushUpProgression.descriptor.id })
                let categories = session.blocks.flatMap(\.prescriptions).compactMap {
                    configured.catalog.exercise($0.exerciseID)?.category
                }
                #expect(!categories.contains(.pushUp))
            }
        }
    }

    @Test func deskMobilityIsDailyAndAboutTenMinutes() throws {
        let programme = try Flagship.programme("desk-mobility")
        #expect(programme.schedule.days.count == 7)
        #expect(programme.schedule.minRestHours == 24)
        let plan = try #require(try Self.plans("desk-mobility").first?.plan)
        let sessions = plan.sessions
        #expect(sessions.count == programme.weeks * 7)
        #expect(sessions.first?.date == Self.start)
        for (previous, next) in zip(sessions, sessions.dropFirst()) {
            #expect(previous.date.days(until: next.date) == 1, "\(previous.date) -> \(next.date)")
        }
        for session in sessions {
            #expect((6...15).contains(session.durationMinutes), "week \(session.week): \(session.durationMinutes) min")
        }
        let minutes = sessions.map(\.durationMinutes)
        let average = Double(minutes.reduce(0, +)) / Double(minutes.count)
        // The programme says 7-12 minutes; its doses rise at most 20% a week (docs/prescription-rules.md).
        #expect((7.0...12.0).contains(average), "7-12 minutes on average, found \(average)")
        // The two templates alternate day by day.
        #expect(Set(sessions.map(\.title)).count == 2)
        #expect(zip(sessions, sessions.dropFirst()).allSatisfy { $0.title != $1.title })
    }

    // MARK: more-push-ups

    /// The more-push-ups programme's `retest-every`, read from its push-up blocks.
    static func retestEvery(_ programme: Programme) throws -> Int {
        let blocks = programme.sessions.flatMap(\.blocks).filter { $0.plugin.value == PushUpProgression.descriptor.id }
        let options = try blocks.map {
            try NodeDecoder().decode(PushUpProgression.Options.self, from: $0.node.removingKey("plugin"))
        }
        let values = Set(options.map(\.retestEvery))
        try #require(values.count == 1, "every push-up block has the same retest-every")
        return try #require(values.first ?? nil)
    }

    @Test func morePushUpsRetestsOnTheFirstSessionOfTheRetestWeeks() throws {
        let programme = try Flagship.programme("more-push-ups")
        let every = try Self.retestEvery(programme)
        // Weeks N, 2N, …, each moved past deload weeks (computed here from the programme alone).
        var expected: [Int] = []
        for due in stride(from: every, through: programme.weeks, by: every) {
            if let week = (due...programme.weeks).first(where: { !programme.isDeload(week: $0) }), expected.last != week {
                expected.append(week)
            }
        }
        #expect(expected == [2, 4, 6, 8], "the shipped programme retests every second week, never in a deload")
        for (baseline, plan) in try Self.plans("more-push-ups") {
            let context = Comment(rawValue: "baseline \(baseline.map(String.init) ?? "none")")
            var weeks: [Int] = []
            for week in plan.weeks {
                for (index, session) in week.sessions.enumerated() {
                    let pushUps = try #require(session.blocks.first { $0.pluginID == PushUpProgression.descriptor.id })
                    let retests = pushUps.prescriptions.filter { $0.change == PushUpProgression.retestChange }
                    guard let retest = retests.first else { continue }
                    weeks.append(week.number)
                    #expect(retests.count == 1, context)
                    #expect(index == 0, "the retest opens the week; \(context)")
                    #expect(!week.isDeload, context)
                    #expect(pushUps.prescriptions.first == retest, context)
                    #expect(retest.sets == 1, context)
                    // Full push-ups (what the baseline counts) from the push-up up; else the step itself.
                    let step = try #require(pushUps.prescriptions.last?.exerciseID)
                    let easier = ["wall-push-up", "high-incline-push-up", "low-incline-push-up", "knee-push-up"]
                    #expect(retest.exerciseID == (easier.contains(step) ? step : "push-up"), context)
                    #expect(retest.dose == .maxTest, context)
                    #expect(retest.restSeconds == 180, "2-3 min before the working sets; \(context)")
                    #expect(retest.note?.hasPrefix("retest: as many reps as you can with good form") == true, context)
                }
            }
            #expect(weeks == expected, context)
        }
    }

    @Test func morePushUpsStartsFromTheTestAndKeepsSessionsShort() throws {
        let plans = try Self.plans("more-push-ups")
        #expect(plans.map(\.plan.startingPoints.last) == [
            "baseline 0 push-ups -> wall push-up, 5 x 12",
            "baseline 12 push-ups -> push-up, 5 x 8",
            "baseline 40 push-ups -> push-up plus, 5 x 8; 20 or more push-ups is the top of the baseline mapping: "
                + "every count from 20 up starts here",
        ])
        for (_, plan) in plans {
            #expect(plan.days == [.monday, .wednesday, .friday])
            #expect(plan.weeks.filter(\.isDeload).map(\.number) == [5])
            for session in plan.sessions {
                // Under 40 minutes, the retest sessions (a test set and 3 min of rest) included.
                #expect((12...40).contains(session.durationMinutes), "week \(session.week): \(session.durationMinutes) min")
                #expect(session.blocks.map(\.pluginID) == ["mobility-warmup", "stabilizer-strength", "push-up-progression"])
            }
        }
    }
}
