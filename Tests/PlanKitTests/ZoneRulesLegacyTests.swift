import Foundation
@testable import PlanKit
import Testing

/// The names Foundation's ICU zones accepted and the tz database lacks still read as ICU read
/// them, so a course or profile written before Protract read the database plans as it did.
@Suite struct ZoneRulesLegacyTests {
    /// Java's three-letter IDs: the same offsets as Foundation's, every 7 days from 1970 to 2100.
    @Test(arguments: ZoneRules.legacyNames.keys.sorted())
    func aThreeLetterIDReadsAsICUReadsIt(name: String) throws {
        let zone = try #require(TimeZone(identifier: name), "Foundation no longer knows \(name)")
        let rules = try #require(ZoneRules(identifier: name))
        #expect(rules.identifier == name)
        let mismatches = stride(from: 0, through: 4_102_444_800, by: 7 * 86_400).filter {
            rules.offset(at: $0) != zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval($0)))
        }
        #expect(mismatches.isEmpty, "\(name): \(mismatches.count) instants differ, first \(mismatches.first ?? 0)")
    }

    /// Custom offsets: accepted and refused exactly as Foundation does, at the same offset.
    @Test(arguments: [
        "GMT+5", "GMT-5", "GMT+05", "GMT+0530", "GMT+05:30", "GMT+5:30", "GMT-03:00", "UTC+1", "UTC-11",
        "UTC+05:45", "GMT+14", "GMT+18", "GMT+05:59", "GMT+1234", "GMT+0", "UTC+0", "GMT-0",
        "GMT+23", "GMT+24", "GMT+5:3", "GMT+123", "GMT+12345", "gmt+5", "UT+5", "GMT+5:60", "GMT+18:01",
        "GMT+1:00:00", "GMT+", "GMT+:30", "GMT+5:", "UTC--5", "GMT+ 5",
    ])
    func aCustomOffsetReadsAsICUReadsIt(name: String) {
        let expected = TimeZone(identifier: name)?.secondsFromGMT(for: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(ZoneRules(identifier: name)?.offset(at: 1_800_000_000) == expected, "\(name)")
    }

    /// Only the database's own names are offered as suggestions.
    @Test func legacyNamesAreNotSuggested() {
        let known = Set(ZoneRules.knownIdentifiers())
        #expect(known.isDisjoint(with: ZoneRules.legacyNames.keys))
        #expect(!known.contains("GMT+5"))
    }

    /// Files of the database that are no zone of their own are refused, as Foundation refused them.
    @Test(arguments: ["localtime", "posixrules", "right/Europe/London", "posix/Europe/London"])
    func aDatabaseFileThatIsNoZoneIsRefused(name: String) {
        #expect(TimeZone(identifier: name) == nil)
        #expect(ZoneRules(identifier: name) == nil)
    }
}
