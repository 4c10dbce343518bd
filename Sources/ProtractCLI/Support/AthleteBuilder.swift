import ArgumentParser
import Foundation
import PlanKit
import YAMLKit

/// Builds the `Athlete` from `--profile` and the flags (flags win), checking each input against the
/// programme: flag problems exit 64, profile problems exit 65 with their line and column.
struct AthleteBuilder {
    let options: PlanOptions
    let console: Console

    func athlete(for configured: ConfiguredProgramme) throws -> Athlete {
        var profile: Profile?
        var profileSource: SourceFile?
        if let path = options.profile {
            let source: SourceFile
            do {
                source = try InputFile.read(path, as: .profile)
            } catch {
                if let oversized = error.oversized {
                    console.report([oversized.diagnostic], in: oversized.head)
                    throw ExitStatus.invalidData
                }
                console.error("cannot read the profile \(error.path): \(error.reason)")
                throw ExitStatus.noInput
            }
            do {
                profile = try YAMLDocument.load(source).decode(
                    Profile.self, emptyHelp: "a profile holds keys such as start, days, time, time-zone and baseline")
            } catch {
                console.report(error.diagnostics, in: source)
                throw ExitStatus.invalidData
            }
            profileSource = source
        }
        let problems = ProfileCheck(configured: configured).problems(in: profile)
        if let profileSource, !problems.isEmpty {
            console.report(problems, in: profileSource)
            throw ExitStatus.invalidData
        }

        let zone = try timeZone(profile: profile)
        var baseline: [String: Int] = [:]
        for entry in profile?.baseline ?? [] { baseline[entry.key.value] = entry.value.value }
        // Syntax was checked in validate(); meaning is checked here.
        for flag in (try? PlanOptions.parseBaseline(options.baseline)) ?? [] {
            if let problem = ProfileCheck.baselineProblem(
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
        if skip.count > Limits.skipDates {
            throw console.usageError(
                "--skip and the profile list \(skip.count) dates to skip together; the most is \(Limits.skipDates)",
                command: "plan")
        }
        let flagStart = options.start.flatMap(CivilDate.init(parsing:))
        let start = flagStart ?? profile?.start?.value ?? Self.nextMonday(in: zone)
        let weeks = options.weeks ?? profile?.weeks?.value ?? configured.programme.weeks
        if let problem = Planner.endProblem(start: start, weeks: weeks) {
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

    private func timeZone(profile: Profile?) throws -> String {
        if let name = options.timeZone {
            return name  // checked in PlanOptions.validateSyntax()
        }
        if let name = profile?.timeZone?.value { return name }  // checked by ProfileCheck
        let system = SystemTimeZone.resolve(tz: ProcessInfo.processInfo.environment["TZ"])
        if let warning = system.warning { console.err("protract: warning: \(warning)\n") }
        return system.zone
    }

    /// The first Monday after today in the person's time zone (the only place the clock is read).
    static func nextMonday(in zone: String) -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        let today = CivilDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CivilDate(daysSinceEpoch: 0)
        return today.adding(days: 1).next(.monday)
    }
}

/// Checks a profile's meaning against the programme, with locations.
struct ProfileCheck {
    let configured: ConfiguredProgramme

    func problems(in profile: Profile?) -> [Diagnostic] {
        guard let profile else { return [] }
        var diagnostics: [Diagnostic] = []
        for entry in profile.baseline {
            if let problem = Self.baselineProblem(
                key: entry.key.value, value: entry.value.value, found: entry.written, keys: configured.baselineKeys)
            {
                let known = configured.baselineKeys.contains { $0.key == entry.key.value }
                diagnostics.append(Diagnostic(
                    .error, problem.message, at: known ? entry.value.range : entry.key.range,
                    path: "baseline.\(entry.key.value)", help: problem.help))
            }
        }
        if let zone = profile.timeZone, let problem = TimeZoneCheck.problem(with: zone.value) {
            diagnostics.append(Diagnostic(.error, problem, at: zone.range, path: "time-zone"))
        }
        if let weeks = profile.weeks, !(1...Programme.maxWeeks).contains(weeks.value) {
            diagnostics.append(Diagnostic(
                .error, "'weeks' must be from 1 to \(Programme.maxWeeks), found \(weeks.value)", at: weeks.range, path: "weeks"))
        }
        if let days = profile.days,
            let problem = Schedule.restProblem(days: days, minRestHours: configured.programme.schedule.minRestHours)
        {
            diagnostics.append(Diagnostic(
                .error, "impossible schedule: \(problem)", at: profile.daysRange, path: "days",
                help: "choose days further apart"))
        }
        return diagnostics
    }

    /// What is wrong with a baseline entry: an unknown key, or a value outside the key's range
    /// (`value` is nil for a number too large for any range; `found` is the value as written).
    static func baselineProblem(
        key: String, value: Int?, found: String, keys: [PluginDescriptor.BaselineKey]
    ) -> (message: String, help: String?)? {
        guard let known = keys.first(where: { $0.key == key }) else {
            let names = keys.map(\.key)
            let hint = Suggestion.nearest(to: key, in: names).map { "did you mean '\($0)'? " } ?? ""
            return ("unknown baseline key '\(key)'",
                    hint + (names.isEmpty ? "this programme reads no baseline" : "this programme reads " + names.joined(separator: ", ")))
        }
        guard let value, known.range.contains(value) else {
            return ("baseline '\(key)' must be from \(known.range.lowerBound) to \(known.range.upperBound), found \(found)",
                    known.summary)
        }
        return nil
    }
}

/// Checks IANA time zone names.
enum TimeZoneCheck {
    /// Accepts every zone the system's tz database has (Foundation's list lacks some real names,
    /// such as Asia/Kolkata on Linux); the list only feeds "did you mean".
    static func problem(with name: String) -> String? {
        if !name.isEmpty, TimeZone(identifier: name) != nil { return nil }
        let known = TimeZone.knownTimeZoneIdentifiers
        let hint = Suggestion.nearest(to: name, in: known).map { "; did you mean '\($0)'?" } ?? ""
        return "'\(name)' is not a known IANA time zone\(hint) (write a name such as Europe/London)"
    }
}

/// The zone to plan in when neither `--time-zone` nor the profile names one: `TZ` when it names
/// an IANA zone, else the system's.
///
/// `TZ` is read as glibc reads it where it names a zone: `Europe/London`, `:Europe/London` (the
/// colon is dropped) or a path into a `zoneinfo` folder. A value that names no IANA zone (a typo,
/// or a POSIX rule such as `EST5EDT,M3.2.0,M11.1.0`) gives UTC, as the C library does, with a
/// warning that says so and how to choose a zone.
enum SystemTimeZone {
    static func resolve(
        tz: String?, system: () -> String = { TimeZone.current.identifier }
    ) -> (zone: String, warning: String?) {
        guard let tz, !tz.isEmpty else { return (system(), nil) }
        var name = tz.hasPrefix(":") ? String(tz.dropFirst()) : tz
        if name.hasPrefix("/"), let range = name.range(of: "/zoneinfo/") {
            name = String(name[range.upperBound...])
        }
        if !name.isEmpty, !name.hasPrefix("/"), TimeZone(identifier: name) != nil { return (name, nil) }
        return ("UTC", "TZ is '\(TerminalText.visible(tz))', which names no IANA time zone; planning in UTC. "
            + "Choose the zone with --time-zone (such as --time-zone Europe/London), 'time-zone:' in the profile, "
            + "or TZ=Europe/London")
    }
}
