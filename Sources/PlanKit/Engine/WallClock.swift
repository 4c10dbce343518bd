/// A person's wall clock: the instant a local date and time stand for in their time zone (the
/// system's tz database, through ``ZoneRules``, never the system's own zone), and the local times
/// the clocks skip or repeat, so a session set in a daylight-saving gap is flagged rather than
/// silently moved.
///
/// Local time is resolved the way RFC 5545 §3.3.5 resolves a `TZID` value, so the plan and a
/// calendar reading `DTSTART;TZID=…` agree:
/// - a wall-clock time that happens twice (the autumn change) means the first of the two;
/// - a wall-clock time that does not happen (the spring gap) is read with the offset in force
///   before the gap, so 02:30 on the night New York moves to EDT becomes 03:30 EDT.
public struct WallClock: Sendable {
    /// The zone's offsets.
    public let zone: ZoneRules

    /// The zone's IANA name.
    public var zoneName: String { zone.identifier }

    /// Nil when the tz database has no zone of this name (the command line checks names first).
    public init?(zone name: String) {
        guard let zone = ZoneRules(identifier: name) else { return nil }
        self.zone = zone
    }

    /// Seconds since 1970-01-01T00:00:00Z of `time` on `date` in the zone.
    public func instant(of date: CivilDate, at time: TimeOfDay) -> Int {
        reading(date, at: time).instant
    }

    /// What `time` on `date` is on this clock, from one look at the zone's offsets around it (a
    /// plan asks for every session): the instant it stands for (see ``instant(of:at:)``), the time
    /// the clocks show instead when it does not exist (see ``shiftedTime(on:at:)``), and whether it
    /// happens twice (see ``isRepeated(on:at:)``).
    public func reading(_ date: CivilDate, at time: TimeOfDay) -> (instant: Int, shown: TimeOfDay?, isRepeated: Bool) {
        let reading = Self.reading(date, time)
        let (all, valid) = offsets(reading: reading)
        if let latest = valid.max() {
            // The earliest instant showing this wall-clock time.
            return (reading - latest, nil, valid.count > 1)
        }
        // In a gap: read it with the offset in force just before the gap.
        let instant = reading - zone.offset(at: reading - (all.max() ?? 0))
        let minutes = ((instant + zone.offset(at: instant)) % 86_400 + 86_400) % 86_400 / 60
        return (instant, TimeOfDay(clampedHour: minutes / 60, minute: minutes % 60), false)
    }

    /// The local date at `instant` (seconds since 1970-01-01T00:00:00Z): today, for the clock's now.
    public func date(at instant: Int) -> CivilDate {
        let local = instant + zone.offset(at: instant)
        return CivilDate(daysSinceEpoch: Int((Double(local) / 86_400).rounded(.down)))
    }

    /// The time the clocks actually show when `time` on `date` does not exist (it falls in a
    /// spring-forward gap), or nil when it exists.
    public func shiftedTime(on date: CivilDate, at time: TimeOfDay) -> TimeOfDay? {
        reading(date, at: time).shown
    }

    /// Whether `time` on `date` happens twice (it falls in the hour the clocks go back over).
    /// Every format then means the first of the two, as RFC 5545 reads a repeated local time.
    public func isRepeated(on date: CivilDate, at time: TimeOfDay) -> Bool {
        reading(date, at: time).isRepeated
    }

    /// `time` on `date` as if the zone were UTC: seconds since 1970 of the clock's reading.
    private static func reading(_ date: CivilDate, _ time: TimeOfDay) -> Int {
        date.daysSinceEpoch * 86_400 + time.minutesSinceMidnight * 60
    }

    /// Every offset in force within a day and a half either side of a reading, and those of them
    /// under which the reading is a real instant (none in a gap, two in a repeated hour).
    private func offsets(reading: Int) -> (all: [Int], valid: [Int]) {
        var all: [Int] = []
        for shift in [-129_600, 0, 129_600] {
            let offset = zone.offset(at: reading + shift)
            if !all.contains(offset) { all.append(offset) }
        }
        return (all, all.filter { zone.offset(at: reading - $0) == $0 })
    }
}
