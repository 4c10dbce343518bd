import Testing

/// The strict checker must catch each defect the research found slipping past real parsers;
/// otherwise the other tests, which expect no problems, would prove nothing.
@Suite("iCalendar strict checker")
struct ICalendarCheckerTests {
    static let good = "upper-back-rehab.ics"

    /// The first `from` in `bytes` replaced by `to`.
    static func replacing(_ from: [UInt8], with to: [UInt8], in bytes: [UInt8]) -> [UInt8]? {
        guard from.count <= bytes.count else { return nil }
        for start in 0...(bytes.count - from.count) where bytes[start..<start + from.count].elementsEqual(from) {
            return Array(bytes[..<start]) + to + Array(bytes[(start + from.count)...])
        }
        return nil
    }

    @Test("the good file has no problems")
    func good() throws {
        let bytes = try #require(try ICalendarFixtures.golden(Self.good))
        #expect(ICalendarChecker(bytes: bytes).problems == [])
    }

    @Test("each defect is reported", arguments: [
        ("bare LF", "VERSION:2.0\r\n", "VERSION:2.0\n", "bare CR or LF"),
        ("bare CR", "VERSION:2.0\r\n", "VERSION:2.0\r", "bare CR or LF"),
        ("unfolded long line", "\\, sh\r\n oulder", "\\, shoulder", "over 75"),
        ("fold inside UTF-8", "SUMMARY:Week 1 \u{B7}", "(bytes)", "inside a UTF-8 sequence"),
        ("fold after a backslash", "low load\\, sh", "low load\\\r\n , sh", "backslash"),
        ("byte-order mark", "BEGIN:VCALENDAR\r\nVERSION", "\u{FEFF}BEGIN:VCALENDAR\r\nVERSION", "byte-order mark"),
        ("empty line", "VERSION:2.0\r\n", "VERSION:2.0\r\n\r\n", "empty line"),
        ("no VERSION", "VERSION:2.0\r\n", "", "0 VERSION"),
        ("VERSION 1.0", "VERSION:2.0\r\n", "VERSION:1.0\r\n", "VERSION is not 2.0"),
        ("METHOD", "VERSION:2.0\r\n", "VERSION:2.0\r\nMETHOD:PUBLISH\r\n", "METHOD"),
        ("no DTSTAMP", "DTSTAMP:20261201T080000Z\r\n", "", "0 DTSTAMP"),
        ("local DTSTAMP", "DTSTAMP:20261201T080000Z\r\n", "DTSTAMP:20261201T080000\r\n", "not a UTC DATE-TIME"),
        ("duplicate UID", "-2@protract.invalid", "-1@protract.invalid", "duplicate UID"),
        ("DTEND before DTSTART", "DTEND:20261207T080500Z", "DTEND:20261207T070000Z", "not after DTSTART"),
        ("DURATION too", "DTEND:20261207T080500Z\r\n", "DTEND:20261207T080500Z\r\nDURATION:PT35M\r\n", "DURATION"),
        ("invalid date", "DTSTART:20261207T073000Z", "DTSTART:20260230T073000Z", "not a valid date"),
        ("floating time", "DTSTART:20261207T073000Z", "DTSTART:20261207T073000", "floating"),
        ("TZID", "DTSTART:20261207T073000Z\r\nDTEND:20261207T080500Z",
            "DTSTART;TZID=Europe/London:20261207T073000\r\nDTEND;TZID=Europe/London:20261207T080500", "TZID"),
        ("unescaped comma", "SUMMARY:Week 1 \u{B7} Stability", "SUMMARY:Week 1, Stability", "bad TEXT escaping"),
        ("unknown escape", "SUMMARY:Week 1 \u{B7} Stability", "SUMMARY:Week 1 \\: Stability", "bad TEXT escaping"),
        ("VALARM first", "TRANSP:OPAQUE\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n",
            "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT5M\r\nDESCRIPTION:x\r\nEND:VALARM\r\nTRANSP:OPAQUE\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n",
            "after a subcomponent"),
        ("alarm without description", "ACTION:DISPLAY\r\nDESCRIPTION:Week 1 \u{B7} Stability and push-ups starts in 30 minutes\r\n",
            "ACTION:DISPLAY\r\n", "0 DESCRIPTION"),
        ("bad trigger", "TRIGGER:-PT30M", "TRIGGER:-30M", "bad TRIGGER"),
        ("unclosed", "END:VCALENDAR\r\n", "", "never closed"),
    ])
    func defect(name: String, from: String, to: String, expected: String) throws {
        let good = try #require(try ICalendarFixtures.golden(Self.good))
        // `\u{C2}` and `\u{B7}` stand for single bytes in the fold-inside-UTF-8 case.
        let toBytes = name == "fold inside UTF-8" ? Array("SUMMARY:Week 1 ".utf8) + [0xC2, 0x0D, 0x0A, 0x20, 0xB7] : Array(to.utf8)
        let bad = try #require(Self.replacing(Array(from.utf8), with: toBytes, in: good), "\(name): pattern not found")
        let problems = ICalendarChecker(bytes: bad).problems
        #expect(problems.contains { $0.contains(expected) }, "\(name): \(problems)")
    }
}
