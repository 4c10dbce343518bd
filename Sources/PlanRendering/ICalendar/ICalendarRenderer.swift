public import PlanKit

/// Renders a plan as an iCalendar (RFC 5545) file: one event per session.
///
/// The output is UTF-8 without a BOM, every line ends in CRLF (the last one too), lines are
/// folded at 75 octets only between characters (never inside a UTF-8 sequence or an escape),
/// TEXT values are escaped, and there is no `METHOD` (a plain export, not an invitation). The
/// calendar carries `VERSION:2.0`, a `PRODID`, and its name as both `NAME` (RFC 7986) and
/// `X-WR-CALNAME` (what Google reads).
///
/// Each `VEVENT` has, in this order: `UID`, `DTSTAMP`, `SEQUENCE`, `DTSTART`, `DTEND`,
/// `SUMMARY` (`Week 3 · Stability and push-ups`, `(deload)` added in deload weeks),
/// `DESCRIPTION` (the whole session and the stop rules, see ``EventDescription``),
/// `CATEGORIES:Rehab,Protract`, `STATUS:CONFIRMED`, `TRANSP`, and last, when a reminder is asked
/// for, a `DISPLAY` `VALARM` (Outlook rejects an alarm placed before the event's properties).
///
/// **Times are written in UTC** (`DTSTART:20270329T063000Z`), with no `VTIMEZONE`. Each session's
/// instant is computed from its local date and wall-clock time in the person's IANA zone, so a
/// plan crossing a daylight-saving change keeps every session at 07:30 local time while the UTC
/// instants move by an hour. UTC is the form every client agrees on without a time-zone
/// definition: there is no recurrence rule to drift at a DST change (one event per session),
/// no `VTIMEZONE` to generate in the exact shape Outlook accepts, and no risk of a client
/// resolving a `TZID` differently. The cost is that the raw file shows UTC; every client shows
/// local time. `DTEND` is `DTSTART` plus the session's estimated minutes (at least one).
///
/// **All-day mode** writes `DTSTART;VALUE=DATE:` and an exclusive `DTEND;VALUE=DATE:` on the next
/// day, and marks the event `TRANSP:TRANSPARENT` so it does not block the whole day as busy;
/// timed events are `TRANSP:OPAQUE`. The description still names the planned time.
///
/// **Updates on regeneration.** UIDs depend only on the programme, the person and the session
/// number (see ``UIDGenerator``), so re-importing a regenerated plan updates the same events.
/// `DTSTAMP` is the caller's ``Options/timestamp`` (to the second), and `SEQUENCE` is that
/// timestamp in whole minutes since 1970: an export in a later minute carries a higher `SEQUENCE`,
/// and one later within the same minute the same `SEQUENCE` and a later `DTSTAMP`, which is how
/// clients decide that a copy of an event is the newer one (RFC 5546 §2.1.5: the higher
/// `SEQUENCE`, then the later `DTSTAMP`).
/// A content hash would not do: it is not ordered, so a changed session could look older.
/// Minutes keep the number below 2^31 until the year 6053. The renderer never reads the clock:
/// the same plan, options and timestamp give byte-identical output (`SOURCE_DATE_EPOCH`).
public struct ICalendarRenderer: PlanRenderer {
    /// What goes into the calendar besides the sessions.
    public struct Options: Sendable, Hashable {
        /// The calendar's name; nil for the programme's title and the person's name.
        public var calendarName: String?
        /// Minutes before each session for a `DISPLAY` reminder (0 for at the start); nil for none.
        public var reminderMinutes: Int?
        /// Whether to write all-day events instead of timed ones.
        public var allDay: Bool
        /// The export time, in seconds since 1970-01-01T00:00:00Z: `DTSTAMP`, and `SEQUENCE` in
        /// minutes. The caller passes `SOURCE_DATE_EPOCH` when it is set, else the current time.
        public var timestamp: Int
        /// What identifies the person in UIDs (a name or a calendar id); nil or blank to derive one
        /// from the person's name, start date and baselines.
        public var personKey: String?
        /// Whether to write the sessions a course called off or no longer holds, as cancelled
        /// events, so that a calendar that has them removes them; false for a first import, or
        /// for an importer that adds cancelled events as appointments (calcurse).
        public var cancelledEvents: Bool

        /// The person key of a course's calendar: the course's name with the person's name and
        /// start, so that two courses of one person on one programme keep apart in one calendar.
        public static func personKey(course: String, athlete: Athlete) -> String {
            UIDGenerator.courseKey(course: course, athlete: athlete)
        }

        /// Creates options.
        public init(
            calendarName: String? = nil, reminderMinutes: Int? = nil, allDay: Bool = false, timestamp: Int,
            personKey: String? = nil, cancelledEvents: Bool = true
        ) {
            self.calendarName = calendarName
            self.reminderMinutes = reminderMinutes
            self.allDay = allDay
            self.timestamp = timestamp
            self.personKey = personKey
            self.cancelledEvents = cancelledEvents
        }
    }

    /// `PRODID`, in the formal-public-identifier style RFC 5545 §3.7.3 shows.
    public static let productID = "-//Protract//Protract rehab plan//EN"
    /// The categories every event carries.
    public static let categories = ["Rehab", "Protract"]

    /// The options.
    public var options: Options

    /// Creates a renderer.
    public init(options: Options) {
        self.options = options
    }

    /// The calendar name used when ``Options/calendarName`` is nil or blank:
    /// `Push-ups without upper-back pain · Sam`.
    public static func defaultCalendarName(for plan: Plan) -> String {
        let name = plan.athlete.name?.trimmed ?? ""
        return plan.programmeTitle.trimmed + (name.isEmpty ? "" : " · " + name)
    }

    /// The whole calendar file, CRLF line ends included.
    /// - Parameters:
    ///   - plan: The plan; its athlete's `timeZone` must be an IANA zone.
    ///   - catalog: Where exercise names and cues come from; an id missing from it is shown as is.
    /// - Throws: ``RenderingError/unknownTimeZone(_:)`` for a zone the tz database does not hold,
    ///   ``RenderingError/negativeReminder(minutes:)``, ``RenderingError/noSessions``.
    public func render(_ plan: Plan, catalog: ExerciseCatalog) throws -> String {
        guard let clock = WallClock(zone: plan.athlete.timeZone) else {
            throw RenderingError.unknownTimeZone(plan.athlete.timeZone)
        }
        if let minutes = options.reminderMinutes, minutes < 0 {
            throw RenderingError.negativeReminder(minutes: minutes)
        }
        guard !plan.sessions.isEmpty else { throw RenderingError.noSessions }

        let givenName = options.calendarName?.trimmed ?? ""
        let calendarName = givenName.isEmpty ? Self.defaultCalendarName(for: plan) : givenName
        var lines = [
            ContentLine("BEGIN", raw: "VCALENDAR"),
            ContentLine("VERSION", raw: "2.0"),
            ContentLine("PRODID", text: Self.productID),
            ContentLine("CALSCALE", raw: "GREGORIAN"),
            ContentLine("NAME", text: calendarName),
            ContentLine("X-WR-CALNAME", text: calendarName),
        ]
        if !plan.summary.trimmed.isEmpty {
            lines.append(ContentLine("X-WR-CALDESC", text: plan.summary.trimmed))
        }
        let uids = UIDGenerator(plan: plan, personKey: options.personKey)
        let description = EventDescription(catalog: catalog)
        // Each event is folded into the output as it is made, rather than keeping every line of
        // the calendar and joining them at the end (a ten-year plan held 300 MB that way).
        var out: [UInt8] = []
        var seen: Set<String> = []
        for line in lines { line.appendFolded(to: &out) }
        for week in plan.weeks {
            for session in week.sessions {
                let event = event(session, in: week, plan: plan, clock: clock, uids: uids, description: description, seen: &seen)
                for line in event { line.appendFolded(to: &out) }
            }
        }
        // Sessions a red flag called off: the same UIDs, STATUS:CANCELLED and a later SEQUENCE, so a
        // calendar that imported them before removes them.
        for session in options.cancelledEvents ? plan.cancelled : [] {
            let summary = "Week \(session.week) · \(session.title.trimmed) (called off)"
            let description = "Called off: " + (plan.stoppedBecause ?? "the course stopped")
            for line in cancelledEvent(session, summary: summary, description: description, clock: clock, uids: uids) {
                line.appendFolded(to: &out)
            }
        }
        // Sessions a longer plan of the course held after its end (a missed week logged late):
        // cancelled the same way, so that a re-import leaves no stale session behind.
        for session in options.cancelledEvents ? plan.withdrawn : [] {
            let events = cancelledEvent(
                session, summary: "Session \(session.number) (no longer in the plan)",
                description: "No longer in the plan: the course is shorter now that sessions are logged in weeks it had "
                    + "counted as missed.", clock: clock, uids: uids)
            for line in events { line.appendFolded(to: &out) }
        }
        ContentLine("END", raw: "VCALENDAR").appendFolded(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func event(
        _ session: PlannedSession, in week: PlanWeek, plan: Plan, clock: WallClock, uids: UIDGenerator,
        description: EventDescription, seen: inout Set<String>
    ) -> [ContentLine] {
        let summary = EventDescription.summary(for: session, in: week)
        var lines = eventStart(session, clock: clock, uids: uids)
        lines += [
            ContentLine("SUMMARY", text: summary),
            ContentLine("DESCRIPTION", text: description.text(for: session, in: week, plan: plan, seen: &seen)),
            ContentLine("CATEGORIES", textList: Self.categories),
            ContentLine("STATUS", raw: "CONFIRMED"),
            ContentLine("TRANSP", raw: options.allDay ? "TRANSPARENT" : "OPAQUE"),
        ]
        if let minutes = options.reminderMinutes {
            lines += [
                ContentLine("BEGIN", raw: "VALARM"),
                ContentLine("ACTION", raw: "DISPLAY"),
                ContentLine("DESCRIPTION", text: reminderText(summary, minutes: minutes)),
                ContentLine("TRIGGER", raw: ICalendarDateTime.before(minutes: minutes)),
                ContentLine("END", raw: "VALARM"),
            ]
        }
        lines.append(ContentLine("END", raw: "VEVENT"))
        return lines
    }

    /// A session that no longer happens: its UID, `STATUS:CANCELLED` and the export's later
    /// `SEQUENCE`, so that a calendar that imported it removes it or strikes it out.
    private func cancelledEvent(
        _ session: PlannedSession, summary: String, description: String, clock: WallClock, uids: UIDGenerator
    ) -> [ContentLine] {
        eventStart(session, clock: clock, uids: uids) + [
            ContentLine("SUMMARY", text: summary),
            ContentLine("DESCRIPTION", text: description),
            ContentLine("STATUS", raw: "CANCELLED"),
            ContentLine("TRANSP", raw: "TRANSPARENT"),
            ContentLine("END", raw: "VEVENT"),
        ]
    }

    /// `BEGIN:VEVENT` to `DTEND`: the session's UID, the export's stamp and sequence, its start and
    /// end (a called-off session, which has no length, lasts a minute).
    private func eventStart(_ session: PlannedSession, clock: WallClock, uids: UIDGenerator) -> [ContentLine] {
        var lines = [
            ContentLine("BEGIN", raw: "VEVENT"),
            ContentLine("UID", raw: uids.uid(forSession: session.number)),
            ContentLine("DTSTAMP", raw: ICalendarDateTime.utc(options.timestamp)),
            ContentLine("SEQUENCE", raw: String(sequence)),
        ]
        if options.allDay {
            lines.append(ContentLine("DTSTART;VALUE=DATE", raw: session.date.basicFormat))
            lines.append(ContentLine("DTEND;VALUE=DATE", raw: session.date.adding(days: 1).basicFormat))
        } else {
            let start = clock.instant(of: session.date, at: session.start)
            lines.append(ContentLine("DTSTART", raw: ICalendarDateTime.utc(start)))
            lines.append(ContentLine("DTEND", raw: ICalendarDateTime.utc(start + max(1, session.durationMinutes) * 60)))
        }
        return lines
    }

    /// The timestamp in whole minutes since 1970, kept within 0...Int32.max.
    var sequence: Int {
        min(max(0, options.timestamp / 60), Int(Int32.max))
    }

    /// What the reminder says, for when it fires: `SUMMARY starts in 30 minutes` (`in 1 minute`, `now`)
    /// before a timed event; before an all-day event (which starts at midnight, so a 60-minute reminder
    /// fires at 23:00 the day before) the day: `Today: SUMMARY`, `Tomorrow: SUMMARY`, `In 2 days: SUMMARY`.
    func reminderText(_ summary: String, minutes: Int) -> String {
        guard options.allDay else {
            return summary + (minutes == 0 ? " starts now" : " starts in \(minutes) minute\(minutes == 1 ? "" : "s")")
        }
        switch (minutes + 1439) / 1440 {
        case 0: return "Today: " + summary
        case 1: return "Tomorrow: " + summary
        case let days: return "In \(days) days: " + summary
        }
    }
}
