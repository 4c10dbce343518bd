import PlanKit
import Testing
import YAMLKit

/// The person's input rules live in PlanKit: the planner, a profile and the flags give one rule
/// in one wording.
@Suite struct AthleteRulesTests {
    @Test func weeksOutOfRangeIsOneMessageWhateverTheField() throws {
        #expect(AthleteRules.weeksProblem(1, field: "--weeks") == nil)
        #expect(AthleteRules.weeksProblem(520, field: "'weeks'") == nil)
        #expect(AthleteRules.weeksProblem(0, field: "--weeks") == "--weeks must be from 1 to 520, found 0")
        #expect(AthleteRules.weeksProblem(521, field: "'weeks'") == "'weeks' must be from 1 to 520, found 521")
        let configured = try Flagship.configured(try Flagship.programme())
        let start = try #require(CivilDate(year: 2026, month: 12, day: 7))
        #expect(throws: PlanError("'weeks' must be from 1 to 520, found 0")) {
            try Planner().plan(configured, for: Athlete(start: start, weeks: 0))
        }
    }

    @Test func thePlannerGivesTheBaselineRuleInTheProfilesWords() throws {
        let configured = try Flagship.configured(try Flagship.programme())
        let start = try #require(CivilDate(year: 2026, month: 12, day: 7))
        let keys = configured.baselineKeys
        let outOfRange = try #require(AthleteRules.baselineProblem(key: "push-ups", value: 500, found: "500", keys: keys))
        #expect(throws: PlanError(outOfRange.message, help: outOfRange.help)) {
            try Planner().plan(configured, for: Athlete(start: start, baseline: ["push-ups": 500]))
        }
        #expect(outOfRange.message == "baseline 'push-ups' must be from 0 to 200, found 500")
        let unknown = try #require(AthleteRules.baselineProblem(key: "push-upz", value: 6, found: "6", keys: keys))
        #expect(unknown.message == "unknown baseline key 'push-upz'")
        #expect(unknown.help?.hasPrefix("did you mean 'push-ups'? this programme reads ") == true)
        #expect(throws: PlanError(unknown.message, help: unknown.help)) {
            try Planner().plan(configured, for: Athlete(start: start, baseline: ["push-upz": 6]))
        }
    }

    @Test func repeatedDaysAndTooManySkipDates() {
        #expect(AthleteRules.repeatedDay(.monday, in: "--days") == "--days names mon twice; name each training day once")
        #expect(AthleteRules.skipProblem(fromFlags: Limits.skipDates) == nil)
        #expect(AthleteRules.skipProblem(fromFlags: Limits.skipDates + 1)
            == "--skip lists \(Limits.skipDates + 1) dates; the most is \(Limits.skipDates)")
        #expect(AthleteRules.skipProblem(fromFlags: Limits.skipDates, fromProfile: 2)
            == "--skip and the profile list \(Limits.skipDates + 2) dates to skip together; the most is \(Limits.skipDates)")
    }

    @Test func timeZones() {
        #expect(AthleteRules.timeZoneProblem("Europe/London") == nil)
        #expect(AthleteRules.timeZoneProblem("Europe/Londn")?.hasPrefix(
            "'Europe/Londn' is not a known IANA time zone; did you mean 'Europe/London'?") == true)
        #expect(AthleteRules.timeZoneProblem("") != nil)
    }
}
