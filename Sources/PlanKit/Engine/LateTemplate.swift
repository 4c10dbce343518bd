/// A session template whose sessions in a plan end after midnight: `validate` holds a template to
/// its programme's own time, but a later start (`--time`, a profile's `time`) may still carry its
/// sessions into the next day, which the plan shows and the person is told once per title.
public struct LateTemplate: Sendable, Equatable {
    /// The template's title.
    public var title: String
    /// The longest of its sessions that end after midnight, in minutes.
    public var longestMinutes: Int
    /// The latest start, on the five minutes, at which every session of the template ends by
    /// midnight.
    public var latestStart: TimeOfDay

    /// `about 4 h 8 min`: the longest session's length, as the planner's messages say one.
    public var length: String { Planner.length(longestMinutes) }

    /// The templates of `plan` with a session that ends after midnight, in the order their first
    /// such session comes; none when every session ends by midnight.
    public static func find(in plan: Plan) -> [LateTemplate] {
        let sessions = plan.sessions
        var found: [LateTemplate] = []
        var seen: Set<String> = []
        for session in sessions where session.endsNextDay {
            // By title, as the person reads it: phases often repeat a title with their own blocks,
            // and one warning with the earliest start that suits them all is what to act on.
            let key = session.title
            guard seen.insert(key).inserted else { continue }
            let same = sessions.filter { $0.title == key }
            let longestLate = same.filter(\.endsNextDay).map(\.durationMinutes).max() ?? session.durationMinutes
            let longest = same.map { $0.durationMinutes + max(0, $0.clockChangeMinutes) }.max() ?? longestLate
            // Ending at midnight itself shows as `00:00 next day`: a minute before it at the latest.
            let latest = max(0, (Planner.minutesInADay - 1 - longest) / 5 * 5)
            found.append(LateTemplate(
                title: session.title, longestMinutes: longestLate,
                latestStart: TimeOfDay(clampedHour: latest / 60, minute: latest % 60)))
        }
        return found
    }
}
