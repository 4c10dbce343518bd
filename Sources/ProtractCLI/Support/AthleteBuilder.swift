#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PlanKit
import YAMLKit

/// Builds the `Athlete` from `--profile` and the flags (flags win), checking each input against the
/// programme: flag problems exit 64, profile problems exit 65 with their line and column.
struct AthleteBuilder {
    let options: PlanOptions
    let console: Console
    /// Today, when a command was given it (`start --today`, for tests and scripts); else the clock's.
    var today: CivilDate? = nil

    func athlete(for configured: ConfiguredProgramme) throws -> Athlete {
        var profile: Profile?
        var profileSource: SourceFile?
        if let path = options.profile {
            let source = try InputFile.read(path, as: .profile, console: console, called: "the profile ")
            profile = try console.decoded(source) { source throws(YAMLError) in
                let profile = try YAMLDocument.load(source).decode(
                    Profile.self, emptyHelp: "a profile holds keys such as start, days, time, time-zone and baseline")
                let problems = AthleteRules.problems(in: profile, for: configured)
                if !problems.isEmpty { throw YAMLError(problems) }
                return profile
            }
            profileSource = source
        }

        let zone = timeZone(profile: profile)
        if let note = AthleteRules.timeZoneNote(zone) { console.note(note, first: "protract: warning: ") }
        var baseline: [String: Int] = [:]
        for entry in profile?.baseline ?? [] { baseline[entry.key.value] = entry.value.value }
        // Syntax was checked in validate(); meaning is checked here.
        for flag in (try? PlanOptions.parseBaseline(options.baseline)) ?? [] {
            if let problem = AthleteRules.baselineProblem(
                key: flag.key, value: flag.value, found: flag.text, keys: configured.baselineKeys)
            {
                throw console.usageError("--baseline \(flag.key)=\(flag.text): \(problem.message)", help: problem.help, command: "plan")
            }
            if let value = flag.value { baseline[flag.key] = value }
        }
        let days = try options.days.map(PlanOptions.parseDays) ?? profile?.days
        if let days, let problem = Schedule.restProblem(days: days, minRestHours: configured.programme.schedule.minRestHours) {
            let source = options.days != nil ? "--days" : "the profile's days"
            throw console.usageError("impossible schedule from \(source): \(problem)", command: "plan")
        }
        let skip = options.skipDates + (profile?.skip ?? [])
        if let problem = AthleteRules.skipProblem(fromFlags: options.skipDates.count, fromProfile: profile?.skip.count ?? 0) {
            throw console.usageError(problem, command: "plan")
        }
        let flagStart = options.start.flatMap(CivilDate.init(parsing:))
        let start = flagStart ?? profile?.start?.value ?? Self.nextMonday(after: today ?? WallClock.today(in: zone))
        let weeks = options.weeks ?? profile?.weeks?.value ?? configured.programme.weeks
        if let problem = AthleteRules.endProblem(start: start, weeks: weeks) {
            // A start (or a length) from a flag is a usage error; one from the profile is located there.
            if flagStart == nil, options.weeks == nil, let profileSource, let written = profile?.start {
                console.report(
                    [Diagnostic(.error, problem.message, at: written.range, path: "start", help: problem.help)],
                    in: profileSource)
                throw ExitStatus.invalidData
            }
            throw console.usageError(problem.message, help: problem.help, command: "plan")
        }
        return Athlete(
            name: options.name.map(SystemPath.text) ?? profile?.name,
            start: start,
            days: days,
            time: options.time.flatMap(TimeOfDay.init(parsing:)) ?? profile?.time,
            timeZone: zone,
            weeks: options.weeks ?? profile?.weeks?.value,
            skip: skip,
            baseline: baseline)
    }

    /// The zone to plan in: `--time-zone` (checked in PlanOptions.validateSyntax()), else the
    /// profile's (checked by AthleteRules.problems), else `TZ` when it names an IANA zone, else the
    /// system's.
    ///
    /// `TZ` is read by `ZoneRules.identifier(fromTZ:)`. A value that names no IANA zone (a typo, or
    /// a POSIX rule such as `EST5EDT,M3.2.0,M11.1.0`) gives UTC, as the C library does, with a
    /// warning that says so and how to choose a zone.
    private func timeZone(profile: Profile?) -> String {
        if let name = options.timeZone ?? profile?.timeZone?.value { return name }
        // The two variables the zone is found by, not a copy of the whole environment.
        let environment = environmentVariables("TZ", "TZDIR")
        guard let tz = environment["TZ"], !tz.isEmpty else { return ZoneRules.systemIdentifier(environment: environment) }
        if let name = ZoneRules.identifier(fromTZ: tz) { return name }
        console.note(
            "TZ is '\(TerminalText.visible(tz))', which names no IANA time zone; planning in UTC. "
                + "Choose the zone with --time-zone (such as --time-zone Europe/London), 'time-zone:' in the profile, "
                + "or TZ=Europe/London", first: "protract: warning: ")
        return "UTC"
    }

    /// The first Monday after today in the person's time zone (today from `WallClock.today(in:)`).
    static func nextMonday(after today: CivilDate) -> CivilDate {
        today.adding(days: 1).next(.monday)
    }
}
