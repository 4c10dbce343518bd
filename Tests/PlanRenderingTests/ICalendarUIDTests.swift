import PlanKit
@testable import PlanRendering
import Testing

@Suite("iCalendar UIDs, DTSTAMP and SEQUENCE")
struct ICalendarUIDTests {
    static let options = ICalendarRenderer.Options(timestamp: ICalendarFixtures.timestamp)

    func uids(_ plan: Plan, _ options: ICalendarRenderer.Options = options) throws -> [String] {
        try ICalendarFixtures.calendar(try ICalendarFixtures.render(plan, options)).events.compactMap { $0.value("UID") }
    }

    @Test("SHA-256 matches the FIPS 180-4 test vectors")
    func sha256() {
        #expect(SHA256Digest("").hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256Digest("abc").hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").hex
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256Digest(String(repeating: "a", count: 1000)).hex
            == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test("UIDs: unique in the file, ASCII, short, in the .invalid domain")
    func shape() throws {
        let uids = try uids(try SamplePlan.plan())
        #expect(Set(uids).count == uids.count)
        for uid in uids {
            #expect(uid.wholeMatch(of: /[0-9a-f]{32}-[0-9]+@protract\.invalid/) != nil, "\(uid)")
        }
    }

    @Test("regenerating the same plan gives the same UIDs")
    func stable() throws {
        #expect(try uids(try SamplePlan.plan()) == (try uids(try SamplePlan.plan())))
        var later = Self.options
        later.timestamp += 86_400 * 30
        #expect(try uids(try SamplePlan.plan()) == (try uids(try SamplePlan.plan(), later)))
    }

    @Test("a changed start time, days or zone keeps the UIDs, so clients update the events")
    func changedTimeKeepsUIDs() throws {
        let plan = try SamplePlan.plan()
        var moved = plan
        let time = try #require(TimeOfDay(hour: 18, minute: 15))
        moved.time = time
        moved.athlete.time = time
        moved.athlete.timeZone = "America/New_York"
        moved.athlete.days = [.tuesday, .thursday, .saturday]
        for week in moved.weeks.indices {
            for session in moved.weeks[week].sessions.indices {
                moved.weeks[week].sessions[session].start = time
                moved.weeks[week].sessions[session].date = moved.weeks[week].sessions[session].date.adding(days: 1)
            }
        }
        #expect(try uids(moved) == (try uids(plan)))
        #expect(try uids(moved, .init(timestamp: 0, personKey: "Sam")) == (try uids(plan, .init(timestamp: 9, personKey: "Sam"))))
        let before = try ICalendarFixtures.calendar(try ICalendarFixtures.render(plan, Self.options)).events
        let after = try ICalendarFixtures.calendar(try ICalendarFixtures.render(moved, Self.options)).events
        #expect(before.first?.value("DTSTART") != after.first?.value("DTSTART"))
    }

    @Test("another person's baseline, name or start, or another programme, gives other UIDs")
    func differentPlansDoNotCollide() throws {
        let plan = try SamplePlan.plan()
        var variants: [Plan] = []
        var baseline = plan
        baseline.athlete.baseline = ["push-ups": 12]
        variants.append(baseline)
        var name = plan
        name.athlete.name = "Alex"
        variants.append(name)
        var start = plan
        start.athlete.start = plan.athlete.start.adding(days: 7)
        variants.append(start)
        var programme = plan
        programme.programmeID = "shoulder-rehab"
        variants.append(programme)
        var all = Set(try uids(plan))
        for variant in variants {
            let other = try uids(variant)
            #expect(all.isDisjoint(with: other), "\(variant.programmeID) \(variant.athlete)")
            all.formUnion(other)
        }
    }

    @Test("a given person key replaces the derived one; blank means derived")
    func personKey() throws {
        let plan = try SamplePlan.plan()
        var retested = plan
        retested.athlete.baseline = ["push-ups": 12]
        let keyed = ICalendarRenderer.Options(timestamp: 0, personKey: "sam@example.org")
        #expect(try uids(plan, keyed) == (try uids(retested, keyed)))
        #expect(try uids(plan, keyed) != (try uids(plan, .init(timestamp: 0, personKey: "alex@example.org"))))
        #expect(try uids(plan, .init(timestamp: 0, personKey: "  ")) == (try uids(plan)))
        #expect(try uids(plan, keyed) != (try uids(plan)))
        // Length-prefixed fields: moving text between programme id and key changes the hash.
        #expect(UIDGenerator(programmeID: "ab", personKey: "c").planKey != UIDGenerator(programmeID: "a", personKey: "bc").planKey)
    }

    @Test("DTSTAMP is the caller's timestamp; SEQUENCE grows with it, in minutes")
    func stampAndSequence() throws {
        let plan = try SamplePlan.plan()
        var values: [(stamp: String, sequence: Int)] = []
        for timestamp in [0, 59, 60, 1_796_112_000, 1_796_112_061, 4_102_444_800] {
            let event = try #require(try ICalendarFixtures.calendar(
                try ICalendarFixtures.render(plan, .init(timestamp: timestamp))).events.first)
            let sequence = try #require(event.value("SEQUENCE").flatMap { Int($0) })
            #expect(sequence == timestamp / 60)
            values.append((try #require(event.value("DTSTAMP")), sequence))
        }
        #expect(values.map(\.stamp) == [
            "19700101T000000Z", "19700101T000059Z", "19700101T000100Z", "20261201T080000Z", "20261201T080101Z",
            "21000101T000000Z",
        ])
        #expect(values.map(\.sequence) == values.map(\.sequence).sorted())
        let negative = try ICalendarFixtures.render(plan, .init(timestamp: -3600))
        #expect(negative.contains("SEQUENCE:0\r\n"))
        #expect(negative.contains("DTSTAMP:19691231T230000Z\r\n"))
    }
}
