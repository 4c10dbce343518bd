@testable import PlanKit
import ProtractTestSupport
import Testing

/// The POSIX TZ rule of a TZif file's footer (PosixZoneRule), read and evaluated. Expected
/// instants were worked out by hand from the calendar (and agree with Python's zoneinfo).
@Suite struct ZoneRulesPosixTests {
    /// A rule and the offsets it gives a second before and at a change.
    struct Change: CustomTestStringConvertible, Sendable {
        var rule: String
        var instant: Int
        var before: Int
        var after: Int
        var testDescription: String { "\(rule) at \(instant)" }
    }

    @Test(arguments: [
        // London: BST from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC.
        Change(rule: "GMT0BST,M3.5.0/1,M10.5.0", instant: 1_901_149_200, before: 0, after: 3600),  // 2030-03-31
        Change(rule: "GMT0BST,M3.5.0/1,M10.5.0", instant: 1_919_293_200, before: 3600, after: 0),  // 2030-10-27
        Change(rule: "GMT0BST,M3.5.0/1,M10.5.0", instant: 2_531_955_600, before: 0, after: 3600),  // 2050-03-27
        Change(rule: "GMT0BST,M3.5.0/1,M10.5.0", instant: 2_550_704_400, before: 3600, after: 0),  // 2050-10-30
        // New York: 2026-03-08 02:00 EST, 2026-11-01 02:00 EDT.
        Change(rule: "EST5EDT,M3.2.0,M11.1.0", instant: 1_772_953_200, before: -18000, after: -14400),
        Change(rule: "EST5EDT,M3.2.0,M11.1.0", instant: 1_793_512_800, before: -14400, after: -18000),
        // No rules after the daylight name: the United States' rule.
        Change(rule: "EST5EDT", instant: 1_772_953_200, before: -18000, after: -14400),
        Change(rule: "EST5EDT", instant: 1_793_512_800, before: -14400, after: -18000),
        // Sydney (southern): DST ends 2026-04-05 03:00 AEDT, starts 2026-10-04 02:00 AEST.
        Change(rule: "AEST-10AEDT,M10.1.0,M4.1.0/3", instant: 1_775_318_400, before: 39600, after: 36000),
        Change(rule: "AEST-10AEDT,M10.1.0,M4.1.0/3", instant: 1_791_043_200, before: 36000, after: 39600),
        // Dublin: standard time IST (+1) in summer, "daylight" GMT (+0) in winter, at London's instants.
        Change(rule: "IST-1GMT0,M10.5.0,M3.5.0/1", instant: 1_901_149_200, before: 0, after: 3600),
        Change(rule: "IST-1GMT0,M10.5.0,M3.5.0/1", instant: 1_919_293_200, before: 3600, after: 0),
        // J: March 1 00:00 local is day 60 in 2027 and in 2028; day 300 is October 27 in both.
        Change(rule: "<-03>3<-02>,J60/0,J300/0", instant: 1_803_870_000, before: -10800, after: -7200),
        Change(rule: "<-03>3<-02>,J60/0,J300/0", instant: 1_824_602_400, before: -7200, after: -10800),
        Change(rule: "<-03>3<-02>,J60/0,J300/0", instant: 1_835_492_400, before: -10800, after: -7200),  // 2028-03-01
        Change(rule: "<-03>3<-02>,J60/0,J300/0", instant: 1_856_224_800, before: -7200, after: -10800),
        // n: day 59 is March 1 in 2027 but February 29 in 2028; day 299 October 27, then 26.
        Change(rule: "<-03>3<-02>,59/0,299/0", instant: 1_803_870_000, before: -10800, after: -7200),
        Change(rule: "<-03>3<-02>,59/0,299/0", instant: 1_824_602_400, before: -7200, after: -10800),
        Change(rule: "<-03>3<-02>,59/0,299/0", instant: 1_835_406_000, before: -10800, after: -7200),  // 2028-02-29
        Change(rule: "<-03>3<-02>,59/0,299/0", instant: 1_856_138_400, before: -7200, after: -10800),
        // Nuuk: /-1 is 23:00 the day before (01:00 UTC, with Europe).
        Change(rule: "<-02>2<-01>,M3.5.0/-1,M10.5.0/0", instant: 1_901_149_200, before: -7200, after: -3600),
        Change(rule: "<-02>2<-01>,M3.5.0/-1,M10.5.0/0", instant: 1_919_293_200, before: -3600, after: -7200),
        // /25 is 01:00 the day after: Monday 2030-04-01.
        Change(rule: "XXX0YYY,M3.5.0/25,M10.5.0/2", instant: 1_901_235_600, before: 0, after: 3600),
        // Jerusalem: the Friday before the last Sunday of March, 02:00, written as Thursday 26:00.
        Change(rule: "IST-2IDT,M3.4.4/26,M10.5.0", instant: 1_900_972_800, before: 7200, after: 10800),  // 2030-03-29T00:00Z
        // Seconds and minutes in offsets and times.
        Change(rule: "<+0545>-5:45<+0645>-6:45:30,M3.5.0/1:30:15,M10.5.0", instant: 1_901_149_200 + 1815 - 20700,
            before: 20700, after: 24330),
    ])
    func changes(_ change: Change) throws {
        let rule = try #require(PosixZoneRule(change.rule))
        #expect(rule.offset(at: change.instant - 1) == change.before)
        #expect(rule.offset(at: change.instant) == change.after)
    }

    @Test func fixedOffsets() throws {
        #expect(PosixZoneRule("<+0330>-3:30")?.offset(at: 1_900_000_000) == 12600)
        #expect(PosixZoneRule("<+0330>-3:30")?.daylight == nil)
        #expect(PosixZoneRule("EST5")?.offset(at: 0) == -18000)
        #expect(PosixZoneRule("<-03>3")?.offset(at: 0) == -10800)
        #expect(PosixZoneRule("<+14>-14")?.offset(at: 0) == 50400)
        #expect(PosixZoneRule("UTC0")?.offset(at: 0) == 0)
        #expect(PosixZoneRule("GMT+0")?.offset(at: 0) == 0)
    }

    /// `EST5EDT,0/0,J365/25`: daylight time all year, over each new year too (the end of one
    /// year's daylight time is the start of the next one's).
    @Test func daylightTimeAllYear() throws {
        let rule = try #require(PosixZoneRule("EST5EDT,0/0,J365/25"))
        for instant in [0, 1_893_456_000, 1_893_459_600, 1_893_474_000, 1_893_474_001, 1_909_094_400, 1_924_988_400,
            1_924_991_999, 1_924_992_000, 1_925_010_000, 4_102_444_800, -2_208_988_800]
        {
            #expect(rule.offset(at: instant) == -14400, "\(instant)")
        }
        // An empty daylight time (it ends as it starts) stays off.
        let empty = try #require(PosixZoneRule("XXX0YYY,M3.5.0/1,M3.5.0/2"))
        #expect(empty.offset(at: 1_901_149_200) == 0)
    }

    /// The southern hemisphere over the new year, and in each season.
    @Test func southernSeasons() throws {
        let sydney = try #require(PosixZoneRule("AEST-10AEDT,M10.1.0,M4.1.0/3"))
        #expect(sydney.offset(at: 1_893_456_000) == 39600)  // 2030-01-01T00:00Z, summer
        #expect(sydney.offset(at: 1_893_455_999) == 39600)  // 2029-12-31, summer
        #expect(sydney.offset(at: 1_909_094_400) == 36000)  // 2030-07-01, winter
        let dublin = try #require(PosixZoneRule("IST-1GMT0,M10.5.0,M3.5.0/1"))
        #expect(dublin.offset(at: 1_893_456_000) == 0)  // winter: GMT
        #expect(dublin.offset(at: 1_909_094_400) == 3600)  // summer: IST
    }

    @Test func farInstantsNeverTrap() throws {
        let rule = try #require(PosixZoneRule("GMT0BST,M3.5.0/1,M10.5.0"))
        for instant in [Int.min, Int.min + 1, -(1 << 62), 1 << 62, Int.max - 1, Int.max] {
            #expect([0, 3600].contains(rule.offset(at: instant)))
        }
    }

    @Test(arguments: [
        "", "E", "ES5", "EST", "EST+", "EST5E", "EST5EDT,", "EST5EDT,M3.2.0", "EST5EDT,M3.2.0,", "EST5EDT,M13.1.0,M11.1.0",
        "EST5EDT,M0.1.0,M11.1.0", "EST5EDT,M3.6.0,M11.1.0", "EST5EDT,M3.0.0,M11.1.0", "EST5EDT,M3.2.7,M11.1.0",
        "EST5EDT,M3.2,M11.1.0", "EST5EDT,J0,J365", "EST5EDT,J366,J1", "EST5EDT,366,1", "EST25", "EST5:60",
        "EST5:00:60", "EST123", "EST5EDT,M3.2.0/168,M11.1.0", "EST5EDT,M3.2.0/-168,M11.1.0", "EST5x", "EST5EDT4x",
        "<+0330", "<+03>", "<+03:30>-3:30", "<>0", "5", "EST 5", "EST5EDT,M3.2.0,M11.1.0,", "EST5EDT;M3.2.0,M11.1.0",
        "EST5EDT,M3.2.0/,M11.1.0", "EST5EDT,M3.2.0/x,M11.1.0", "ÉST5",
    ])
    func malformedRules(rule: String) {
        #expect(PosixZoneRule(rule) == nil)
    }

    @Test func extremesThatParse() throws {
        #expect(PosixZoneRule("EST5EDT,M3.2.0/167,M11.1.0/-167") != nil)
        #expect(PosixZoneRule("EST24") != nil)
        #expect(PosixZoneRule("EST-24:59:59")?.offset(at: 0) == 89999)
        let rule = try #require(PosixZoneRule("AAA3BBB2,J1/0,J365/24"))
        #expect(rule.daylight?.offset == -7200)
    }

    /// Random text made of the rules' own characters never traps the reader or the evaluation.
    @Test func randomRulesNeverTrap() {
        var generator = SeededGenerator(seed: 8536)
        let alphabet = Array("EST5DT<>+-:,./MJ0123469".utf8)
        for _ in 0..<5000 {
            let length = Int(generator.next() % 40)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            if let rule = PosixZoneRule(utf8: bytes) {
                for instant in [Int.min, -1, 0, 1_900_000_000, Int.max] { _ = rule.offset(at: instant) }
            }
        }
    }
}
