public import YAMLKit

/// The rules a person's inputs follow, wherever they come from (flags, a profile, or an `Athlete`
/// built in code): each says what is wrong and how to fix it. The callers only say where: the
/// CLI puts a flag's name in front (a usage error), a profile's problems carry their place.
public enum AthleteRules {
    /// What is wrong, and how to fix it when there is advice to give.
    public typealias Problem = (message: String, help: String?)

    /// The lengths a plan may have, in weeks.
    public static let weeks = 1...Programme.maxWeeks

    /// Why `weeks` is not a plan length, named as `field` (`'weeks'`, `--weeks`); nil when it is.
    public static func weeksProblem(_ weeks: Int, field: String) -> String? {
        Self.weeks.contains(weeks)
            ? nil : "\(field) must be from \(Self.weeks.lowerBound) to \(Self.weeks.upperBound), found \(weeks)"
    }

    /// What is wrong with a baseline entry: an unknown key, or a value outside the key's range
    /// (`value` is nil for a number too large for any range; `found` is the value as written).
    public static func baselineProblem(
        key: String, value: Int?, found: String, keys: [PluginDescriptor.BaselineKey]
    ) -> Problem? {
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

    /// The message for a training day named twice in `field` (`'days'`, `--days`).
    public static func repeatedDay(_ day: Weekday, in field: String) -> String {
        "\(field) names \(day.shortName) twice; name each training day once"
    }

    /// Why the dates to skip are too many, or nil: `fromFlags` of them came from `--skip` and
    /// `fromProfile` from a profile (a profile alone is held to the limit where it is decoded).
    public static func skipProblem(fromFlags: Int, fromProfile: Int = 0) -> String? {
        let count = fromFlags + fromProfile
        guard count > Limits.skipDates else { return nil }
        return fromProfile == 0
            ? "--skip lists \(count) dates; the most is \(Limits.skipDates)"
            : "--skip and the profile list \(count) dates to skip together; the most is \(Limits.skipDates)"
    }

    /// Why a plan of `weeks` weeks from `start` cannot be made because it would start before
    /// 0001-01-02 or end after 9999-12-30 (every output writes four-digit years, in the calendar
    /// in UTC: see `CivilDate.firstPlanned`), with the start that works; nil when it fits.
    public static func endProblem(start: CivilDate, weeks: Int) -> (message: String, help: String)? {
        if start < CivilDate.firstPlanned {
            return ("a plan cannot start before \(CivilDate.firstPlanned), the first date Protract plans",
                    "start on \(CivilDate.firstPlanned) or later")
        }
        let days = 7 * min(max(weeks, 1), Programme.maxWeeks)
        guard let last = CivilDate.lastStart(forDays: days), start > last else { return nil }
        let plan = weeks == 1 ? "1 week" : "\(weeks) weeks"
        return ("a plan of \(plan) starting \(start) would end after \(CivilDate.lastPlanned), the last date Protract plans",
                "start on \(last) or earlier, or plan fewer weeks")
    }

    /// Why `name` is not an IANA time zone, with the nearest one; nil when it is. Every zone and
    /// link of the system's tz database is accepted.
    public static func timeZoneProblem(_ name: String) -> String? {
        if !name.isEmpty, ZoneRules(identifier: name) != nil { return nil }
        let known = ZoneRules.knownIdentifiers()
        if known.allSatisfy(ZoneRules.universalIdentifiers.contains) {  // no database: only UTC's names
            return "'\(name)' is not a time zone Protract can read: it finds no time zone database at "
                + ZoneRules.databaseDirectory
                + " (install the tzdata package: apt-get install tzdata; or set TZDIR to its folder)"
        }
        let hint = Suggestion.nearest(to: name, in: known).map { "; did you mean '\($0)'?" } ?? ""
        return "'\(name)' is not a known IANA time zone\(hint) (write a name such as Europe/London)"
    }

    /// What to tell a person whose zone name is an old three-letter ID (`BST`, `PST`, `IST`),
    /// accepted because Protract accepted it before but easily misread: `BST` is Bangladesh, not
    /// British Summer Time. Nil for any other name.
    public static func timeZoneNote(_ name: String) -> String? {
        if let offset = ZoneRules.customOffset(name) {
            // POSIX reads the same name the other way round (TZ=UTC+5 is five hours behind), and the
            // tz database's Etc/GMT+5 is too: say which way it was taken.
            let minutes = abs(offset) / 60
            let amount = minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
            let direction = offset >= 0 ? "ahead of" : "behind"
            return "time zone '\(name)' is read as \(amount) \(direction) UTC all year, with no summer time; "
                + "write the IANA name of the zone you mean (such as Asia/Karachi or America/New_York)"
        }
        guard let zone = ZoneRules.legacyNames[name] else { return nil }
        return "time zone '\(name)' is an old three-letter ID, read as \(zone); "
            + "write the IANA name of the zone you mean (\(zone), or such as Europe/London)"
    }

    /// Every problem with a profile's meaning for this programme, located in the profile.
    public static func problems(in profile: Profile, for configured: ConfiguredProgramme) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for entry in profile.baseline {
            if let problem = baselineProblem(
                key: entry.key.value, value: entry.value.value, found: entry.written, keys: configured.baselineKeys)
            {
                let known = configured.baselineKeys.contains { $0.key == entry.key.value }
                diagnostics.append(Diagnostic(
                    .error, problem.message, at: known ? entry.value.range : entry.key.range,
                    path: "baseline.\(entry.key.value)", help: problem.help))
            }
        }
        if let zone = profile.timeZone, let problem = timeZoneProblem(zone.value) {
            diagnostics.append(Diagnostic(
                .error, problem, at: zone.range, path: "time-zone",
                help: "write a name from the IANA time zone database, such as Europe/London, or leave 'time-zone' out"))
        }
        if let weeks = profile.weeks, let problem = weeksProblem(weeks.value, field: "'weeks'") {
            diagnostics.append(Diagnostic(
                .error, problem, at: weeks.range, path: "weeks",
                help: "write a whole number of weeks from \(Self.weeks.lowerBound) to \(Self.weeks.upperBound)"))
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
}
