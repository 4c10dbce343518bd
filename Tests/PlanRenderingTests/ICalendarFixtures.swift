import Foundation
import PlanKit
import PlanRendering
import Testing

/// Plans and helpers for the iCalendar tests: the sample plan, plans across DST changes, and a
/// byte-exact golden comparison (CRLF matters, so goldens are compared as bytes, not as text).
enum ICalendarFixtures {
    /// 2026-12-01T08:00:00Z, the export time of the goldens.
    static let timestamp = 1_796_112_000

    /// Renders with the given options, and records every problem the strict checker finds.
    static func render(
        _ plan: Plan, _ options: ICalendarRenderer.Options, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let text = try ICalendarRenderer(options: options).render(plan, catalog: try SamplePlan.catalog())
        let checker = ICalendarChecker(text)
        #expect(checker.problems == [], sourceLocation: sourceLocation)
        #expect(checker.calendar?.events.count == plan.sessions.count, sourceLocation: sourceLocation)
        return text
    }

    /// The parsed calendar of a rendered file.
    static func calendar(_ text: String) throws -> ICalendarComponent {
        try #require(ICalendarChecker(text).calendar)
    }

    /// The sample plan moved: sessions Mon, Wed and Fri at 07:30 for two weeks from `start`, in `zone`.
    static func dstPlan(zone: String, start: String) throws -> Plan {
        var plan = try SamplePlan.plan()
        plan.athlete.timeZone = zone
        let first = try SamplePlan.date(start)
        plan.athlete.start = first
        plan.athlete.skip = []
        var number = 0
        plan.weeks = try (0..<2).map { index in
            let monday = first.adding(days: 7 * index)
            let sessions = try [0, 2, 4].enumerated().map { offset, day in
                number += 1
                return try SamplePlan.session(
                    index + 1, number, monday.adding(days: day).description, offset == 1 ? .b : .a,
                    push: ("knee-push-up", 3, 5 + number, nil), plank: (2, 20, nil))
            }
            return PlanWeek(number: index + 1, startDate: monday, phase: "Activate", isDeload: false, sessions: sessions)
        }
        return plan
    }

    /// The bytes of a bundled golden file; nil when it is missing.
    static func golden(_ name: String) throws -> [UInt8]? {
        let directory = try #require(Bundle.module.url(forResource: "Golden", withExtension: nil))
        return (try? Data(contentsOf: directory.appendingPathComponent(name))).map { [UInt8]($0) }
    }

    /// Names of the bundled `.ics` goldens.
    static func goldenNames() throws -> [String] {
        try GoldenFile.names().filter { $0.hasSuffix(".ics") }
    }

    /// Records an issue naming the first differing line when `actual` is not byte-for-byte the golden
    /// file; rewrites the file instead under `PROTRACT_UPDATE_GOLDEN=1`.
    static func check(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if GoldenFile.updating {
            try GoldenFile.check(actual, matches: name, sourceLocation: sourceLocation)
            return
        }
        guard let expected = try golden(name) else {
            Issue.record("no golden file \(name); run PROTRACT_UPDATE_GOLDEN=1 swift test", sourceLocation: sourceLocation)
            return
        }
        let actualBytes = Array(actual.utf8)
        guard expected != actualBytes else { return }
        let want = expected.split(separator: 0x0A, omittingEmptySubsequences: false)
        let got = actualBytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let line = (0..<min(want.count, got.count)).first { want[$0] != got[$0] } ?? min(want.count, got.count)
        func show(_ lines: [ArraySlice<UInt8>]) -> String {
            line < lines.count ? String(decoding: lines[line], as: UTF8.self).debugDescription : "(no line)"
        }
        let message = "\(name) differs at line \(line + 1):\n  expected: \(show(want))\n  actual:   \(show(got))\n"
        Issue.record(
            Comment(rawValue: message + "(if the change is intended: PROTRACT_UPDATE_GOLDEN=1 swift test)"),
            sourceLocation: sourceLocation)
    }
}
