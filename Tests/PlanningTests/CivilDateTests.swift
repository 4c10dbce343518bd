import PlanKit
import Testing

@Suite struct CivilDateTests {
    @Test func roundTripsDayNumbersAcrossCenturies() {
        for days in stride(from: -719_000, through: 2_932_000, by: 997) {
            let date = CivilDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect(CivilDate(year: date.year, month: date.month, day: date.day) == date)
        }
    }

    @Test func knowsWeekdaysAndLeapYears() throws {
        #expect(try #require(CivilDate(parsing: "1970-01-01")).weekday == .thursday)
        #expect(try #require(CivilDate(parsing: "2026-12-07")).weekday == .monday)
        #expect(try #require(CivilDate(parsing: "2024-02-29")).weekday == .thursday)
        #expect(CivilDate(parsing: "2026-02-29") == nil)
        #expect(CivilDate(parsing: "2000-02-29") != nil)
        #expect(CivilDate(parsing: "1900-02-29") == nil)
    }

    @Test(arguments: ["", "2026-1-07", "2026-13-01", "2026-00-10", "26-12-07", "2026-12-07T00", "２０２６-12-07", "abcd-ef-gh"])
    func refusesMalformedDates(text: String) {
        #expect(CivilDate(parsing: text) == nil)
    }

    @Test func findsTheNextWeekday() throws {
        let wednesday = try #require(CivilDate(parsing: "2026-12-09"))
        #expect(wednesday.next(.wednesday) == wednesday)
        #expect(wednesday.next(.monday).description == "2026-12-14")
        #expect(wednesday.shortDisplay == "Wed 9 Dec")
        #expect(wednesday.longDisplay == "Wed 9 Dec 2026")
        #expect(wednesday.basicFormat == "20261209")
    }
}
