import Foundation
import PlanKit
import PushUpProgression
import StabilizerStrength
import Testing
import YAMLKit

/// Programmes with every number at its largest allowed value, and one past it: the largest decode
/// and plan at the longest length without a trap; one past is a located error naming the range.
@Suite struct NumericLimitTests {
    /// Every bounded number of a programme, at the value `value(largest)` gives it.
    static func programme(_ value: (ClosedRange<Int>) -> Int) -> String {
        let stabilizers = ["scapular-push-up", "prone-y-t-w", "plank", "chin-tuck"]
        return """
            id: every-number-at-its-limit
            title: Every number at its limit
            summary: The largest values a programme may hold.
            weeks: \(value(1...Programme.maxWeeks))
            schedule: {days: [mon], time: "00:00", min-rest-hours: \(value(Schedule.minRestHoursRange))}
            phases: [{name: All, weeks: \(value(Phase.weeksRange))}]
            deload: {every: \(value(DeloadPolicy.everyRange)), weeks: [\(value(1...Programme.maxWeeks))], volume: 100%}
            sessions:
              - title: Long
                blocks:
                  - {plugin: mobility-warmup, minutes: 20}
                  - plugin: stabilizer-strength
                    exercises: [\(stabilizers.joined(separator: ", "))]
                    sets: {start: 1, target: \(value(StabilizerOptions.setsRange))}
                    reps: {start: 1, target: \(value(StabilizerOptions.repsRange))}
                    hold-seconds: {start: 5, target: \(value(StabilizerOptions.holdRange))}
                    rest-seconds: \(value(StabilizerOptions.restRange))
                    reps-step: \(value(StabilizerOptions.repsStepRange))
                    hold-step: \(value(StabilizerOptions.holdStepRange))
                  - plugin: push-up-progression
                    sets: \(value(PushUpProgression.Options.setsRange))
                    rest-seconds: \(value(PushUpProgression.Options.restRange))
                    retest-every: \(value(PushUpProgression.Options.retestRange))
                    tempo: 10-10-10-10
            exercises:
              - id: own-hold
                name: Own hold
                category: stabilizer
                kind: reps
                tempo: 10-10-10-10
                hold-seconds: \(value(Exercise.holdSecondsRange))
                muscles: [serratus anterior]
                summary: A rep with the longest pause.
                cues: [hold still]
                short-cue: hold still
            safety:
              stop-if: [sharp pain]
              see-a-clinician: [numbness]

            """
    }

    static func configure(_ text: String) throws -> ConfiguredProgramme {
        let registry = try Flagship.registry()
        let catalog = try Flagship.catalog()
        let loader = ProgrammeLoader(validator: ProgrammeValidator(catalog: catalog, pluginIDs: registry.ids))
        let programme = try loader.programme(from: SourceFile(name: "limits.yaml", bytes: Array(text.utf8)))
        return try registry.configure(programme, catalog: catalog)
    }

    @Test func everyNumberAtItsLargestPlansAtTheLongestLength() throws {
        let configured = try Self.configure(Self.programme { $0.upperBound })
        let athlete = Athlete(
            start: CivilDate(year: 2026, month: 12, day: 7) ?? .earliest, weeks: Programme.maxWeeks,
            baseline: [PushUpProgression.baseline.key: 100])
        let plan = try Planner().plan(configured, for: athlete)
        #expect(plan.weeks.count == Programme.maxWeeks)
        #expect(plan.sessions.count == Programme.maxWeeks)
        // Every session fits in its day (it starts at midnight here).
        #expect(plan.sessions.allSatisfy { $0.durationMinutes <= 24 * 60 })
    }

    @Test func everyNumberOnePastItsLargestIsALocatedErrorWithItsRange() throws {
        // Min-rest-hours 169 also breaks nothing else; every other value is one past its top.
        let text = Self.programme { $0.upperBound + 1 }
        #expect(throws: YAMLError.self) { try Self.configure(text) }
        do {
            _ = try Self.configure(text)
        } catch let error as YAMLError {
            let messages = error.diagnostics.map(\.message)
            for expected in [
                "'weeks' must be from 1 to 520, found 521",
                "'min-rest-hours' must be from 0 to 168, found 169",
                "'every' must be from 2 to 520, found 521",
                "deload week 521 is outside weeks 1 to 520",
                "'hold-seconds' must be from 1 to 120, found 121",
            ] {
                #expect(messages.contains(expected), "\(expected) not in \(messages)")
            }
            #expect(error.diagnostics.allSatisfy { $0.range != nil }, "every error has its place")
        }
    }

    @Test(arguments: ["9223372036854775807", "9223372036854775808", "100000000000000000000000", "-9223372036854775809"])
    func numbersTooLargeForAnIntegerGetTheFieldsRange(number: String) throws {
        let largest = Self.programme { $0.upperBound }
        // The programme's own keys (decoding stops there) and the plugins' keys, one run each.
        let programme = largest
            .replacingOccurrences(of: "phases: [{name: All, weeks: 520}]", with: "phases: [{name: All, weeks: \(number)}]")
            .replacingOccurrences(of: "min-rest-hours: 168", with: "min-rest-hours: \(number)")
        let plugins = largest
            .replacingOccurrences(of: "rest-seconds: 300", with: "rest-seconds: \(number)")
            .replacingOccurrences(of: "target: 6}", with: "target: \(number)}")
        var messages: [String] = []
        for text in [programme, plugins] {
            do {
                _ = try Self.configure(text)
                Issue.record("\(number) was accepted")
            } catch let error as YAMLError {
                messages += error.diagnostics.map(\.message)
            }
        }
        for expected in [
            "'weeks' must be from 1 to 520, found \(number)",
            "'min-rest-hours' must be from 0 to 168, found \(number)",
            "'rest-seconds' must be from 10 to 300, found \(number)",
            "'sets' target must be from 1 to 6, found \(number)",
        ] {
            #expect(messages.contains(expected), "\(expected) not in \(messages)")
        }
        #expect(!messages.contains { $0.contains("9223372036854775807 and") || $0.contains("between") }, "\(messages)")
    }

    @Test func theLimitsMakeThePerPlanCapUnreachable() {
        let most = Programme.maxWeeks * 7 * Limits.prescriptionsPerSession
        #expect(most <= Limits.prescriptionsPerPlan)
    }

    @Test func civilDatesNeverLeaveYearsOneTo9999() {
        #expect(CivilDate.earliest.description == "0001-01-01")
        #expect(CivilDate.latest.description == "9999-12-31")
        #expect(CivilDate.latest.adding(days: 1) == .latest)
        #expect(CivilDate.earliest.adding(days: -1) == .earliest)
        #expect(CivilDate.latest.adding(days: .max) == .latest)
        #expect(CivilDate.earliest.adding(days: .min) == .earliest)
        #expect(CivilDate(daysSinceEpoch: .max) == .latest)
        #expect(CivilDate(daysSinceEpoch: .min) == .earliest)
        #expect(CivilDate.earliest.weekday == .monday)
        #expect(CivilDate.lastStart(forDays: 14)?.description == "9999-12-17")
    }

    @Test func aPlanThatWouldEndAfter9999IsRefusedWithTheLastStart() throws {
        let configured = try Flagship.configured(try Flagship.programme())
        let late = try #require(CivilDate(year: 9999, month: 12, day: 27))
        #expect(throws: PlanError(
            "a plan of 2 weeks starting 9999-12-27 would end after 9999-12-30, the last date Protract plans",
            help: "start on 9999-12-17 or earlier, or plan fewer weeks")) {
            try Planner().plan(configured, for: Athlete(start: late, weeks: 2))
        }
        let last = try #require(CivilDate(year: 9999, month: 12, day: 17))
        let plan = try Planner().plan(configured, for: Athlete(start: last, weeks: 2))
        #expect(plan.sessions.allSatisfy { $0.date.year == 9999 })
    }
}
